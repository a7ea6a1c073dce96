"""The ``wirenews`` command line: ``wirenews parse`` and ``wirenews show``.

wirenews parse story.txt                   one article: pretty JSON on stdout
wirenews parse stories/ more.jsonl -o out.jsonl --jobs 2
cat story.txt | wirenews parse -
wirenews show story.txt                    an outline of the parse, for a person
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from wirenews import __version__
from wirenews._batch import parse_pairs
from wirenews._parse import parse_article
from wirenews.records import Article, Quote


@attrs.frozen
class _Item:
    """One article to parse: where it came from, its text (None if unreadable) and carried fields."""

    source: str
    text: str | None
    reference_date: dt.date | None = None
    fields: dict[str, Any] = attrs.field(factory=dict)
    error: str | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 if any input failed)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "show":
        return _show(args)
    return _parse(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirenews", description="Parse wire-service news copy into JSON records.")
    parser.add_argument("--version", action="version", version=f"wirenews {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="parse articles to JSON or JSONL")
    parse.add_argument("paths", nargs="+", help="text files, directories (read recursively), .jsonl files, - for stdin")
    parse.add_argument("-o", "--output", type=Path, help="write here (atomically) instead of stdout")
    parse.add_argument("--format", choices=("json", "jsonl"), help="default: json for one article, jsonl for more")
    parse.add_argument("--text-field", default="text", help="the field holding the article in JSONL input")
    when = parse.add_mutually_exclusive_group()
    when.add_argument("--reference-date", type=dt.date.fromisoformat, help="YYYY-MM-DD for datelines with no year")
    when.add_argument("--date-field", help="the JSONL field holding each article's reference date")
    parse.add_argument("--jobs", type=int, default=1, help="worker processes (0: one per CPU)")

    show = commands.add_parser("show", help="print a readable outline of one article's parse")
    show.add_argument("path", help="a text file, or - for stdin")
    show.add_argument("--reference-date", type=dt.date.fromisoformat, help="YYYY-MM-DD")
    show.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    show.add_argument(
        "--why", action="store_true", help="say beside each quote which rule credited whom, and from what"
    )
    return parser


def _parse(args: argparse.Namespace) -> int:
    items = list(_items(args.paths, args))
    failed = [item for item in items if item.error is not None]
    for item in failed:
        print(f"wirenews: {item.source}: {item.error}", file=sys.stderr)
    output_format = args.format or ("json" if len(items) == 1 else "jsonl")
    articles = _parse_items(items, args.jobs)
    records = (_record(item, article) for item, article in zip(items, articles, strict=True))
    if args.output is None:
        _write(sys.stdout, records, output_format)
    else:
        _write_atomically(args.output, records, output_format)
    return 1 if failed else 0


def _parse_items(items: Sequence[_Item], jobs: int) -> Iterator[Article | None]:
    """Articles for the readable items (None for the others), in order, with a progress bar on a terminal."""
    readable = [item for item in items if item.text is not None]
    parsed = parse_pairs(((item.text or "", item.reference_date) for item in readable), jobs=jobs)
    parsed = _progress(parsed, total=len(readable))
    for item in items:
        yield next(parsed) if item.text is not None else None


def _progress(articles: Iterator[Article], *, total: int) -> Iterator[Article]:
    if total < 2 or not sys.stderr.isatty():
        return articles
    from tqdm import tqdm  # noqa: PLC0415 - loaded only when a person is watching

    return iter(tqdm(articles, total=total, unit="article", file=sys.stderr))


def _record(item: _Item, article: Article | None) -> dict[str, Any]:
    record: dict[str, Any] = {"source": item.source, **item.fields}
    if article is None:
        record["error"] = item.error
    else:
        record["article"] = article.to_dict()
    return record


def _write(stream: IO[str], records: Iterator[dict[str, Any]], output_format: str) -> None:
    for record in records:
        if output_format == "json":
            stream.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        else:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _write_atomically(path: Path, records: Iterator[dict[str, Any]], output_format: str) -> None:
    """Write to a temporary file beside ``path`` and rename it over: a partial file never replaces a good one."""
    handle, temporary = tempfile.mkstemp(dir=path.parent or Path(), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="surrogateescape") as stream:
            _write(stream, records, output_format)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _items(paths: Sequence[str], args: argparse.Namespace) -> Iterator[_Item]:
    for path in paths:
        if path == "-":
            yield _Item("-", sys.stdin.read(), args.reference_date)
            continue
        location = Path(path)
        files = sorted(p for p in location.rglob("*") if p.is_file()) if location.is_dir() else [location]
        for file in files:
            if file.suffix == ".jsonl":
                yield from _jsonl_items(file, args)
            else:
                yield _text_item(file, args.reference_date)


def _text_item(file: Path, reference_date: dt.date | None) -> _Item:
    try:
        return _Item(str(file), file.read_bytes().decode("utf-8"), reference_date)
    except OSError as error:
        return _Item(str(file), None, error=f"cannot read: {error.strerror or error}")
    except UnicodeDecodeError as error:
        return _Item(str(file), None, error=f"not UTF-8 text: {error.reason} at byte {error.start}")


def _jsonl_items(file: Path, args: argparse.Namespace) -> Iterator[_Item]:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        yield _Item(str(file), None, error=f"cannot read: {error}")
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source = f"{file}:{number}"
        try:
            record = json.loads(line)
            text = record.pop(args.text_field)
            if not isinstance(text, str):
                raise TypeError(f"field {args.text_field!r} holds {type(text).__name__}, not text")
            reference = args.reference_date
            if args.date_field and record.get(args.date_field):
                reference = dt.date.fromisoformat(str(record[args.date_field])[:10])
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            yield _Item(source, None, error=f"bad record: {type(error).__name__}: {error}")
            continue
        yield _Item(source, text, reference, fields=record)


_STYLES = {"title": "1;36", "label": "1", "speaker": "33", "dim": "2", "warn": "31"}


def _show(args: argparse.Namespace) -> int:
    item = _Item("-", sys.stdin.read()) if args.path == "-" else _text_item(Path(args.path), None)
    if item.text is None:
        print(f"wirenews: {item.source}: {item.error}", file=sys.stderr)
        return 1
    article = parse_article(item.text, reference_date=args.reference_date)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    print(outline(article, color=color, why=args.why), end="")
    return 0


def outline(article: Article, *, color: bool = False, why: bool = False) -> str:
    r"""A readable outline of an article's parse: headline, dateline, lead, quotes by speaker, photos, sections.

    With ``why``, each quote says which attribution rule credited it and through which words.

    >>> text = 'Talks resume\n\nMOSCOW, May 5. /TASS/. "We agree," Peskov said. "Talks go on."'
    >>> print(outline(parse_article(text), why=True), end="")
    Talks resume
    dateline: MOSCOW, May 5. /TASS/. (MOSCOW; --05-05; TASS)
    lead: "We agree," Peskov said. "Talks go on."
    quotes:
      Peskov (2)
        "We agree,"  [cue_after: 'Peskov' said]
        "Talks go on."  [same_paragraph: 'Peskov']
    """

    def paint(style: str, text: str) -> str:
        return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if color else text

    lines = [paint("title", article.headline.text if article.headline else "(no headline)")]
    if article.standfirst:
        lines.append(paint("dim", article.standfirst.text))
    if article.dateline:
        d = article.dateline
        when = d.date.isoformat() if d.date else (f"--{d.month:02d}-{d.day:02d}" if d.month and d.day else "no date")
        lines.append(f"{paint('label', 'dateline:')} {d.raw} ({d.location or 'no place'}; {when}; {d.agency or '-'})")
    if article.lead:
        lines.append(f"{paint('label', 'lead:')} {article.lead.text}")
    if article.speakers or article.quotes:
        lines.append(paint("label", "quotes:"))
        for speaker in article.speakers:
            label = speaker.name or f"({speaker.description})"
            lines.append(f"  {paint('speaker', label)} ({len(speaker.quotes)})")
            lines.extend(f'    "{article.quotes[i].text}"{_why(article.quotes[i], why)}' for i in speaker.quotes)
        unattributed = [quote for quote in article.quotes if quote.speaker is None]
        if unattributed:
            lines.append(f"  {paint('dim', 'no speaker')} ({len(unattributed)})")
            lines.extend(f'    "{quote.text}"{_why(quote, why)}' for quote in unattributed)
    lines.extend(
        f"{paint('label', 'photo:')} {photo.caption or '(no caption)'} [{photo.credit or 'no credit'}]"
        for photo in article.photo_credits
    )
    for section in article.sections:
        background = " (background)" if section.is_background else ""
        lines.append(
            f"{paint('label', 'section:')} {section.heading}{background}, {len(section.paragraphs)} paragraphs"
        )
    lines.extend(paint("warn", f"! {d.code}: {d.message}") for d in article.diagnostics)
    return "\n".join(lines) + "\n"


def _why(quote: Quote, why: bool) -> str:
    """``  [cue_after: 'Peskov' said]``: the rule that credited a quote, the mention and the cue."""
    if not why:
        return ""
    if quote.speaker is None:
        return f"  [{quote.rule}]"
    cue = f" {quote.cue}" if quote.cue else ""
    return f"  [{quote.rule}: {quote.speaker.mention!r}{cue}]"


if __name__ == "__main__":
    sys.exit(main())
