"""The ``wirenews`` command line: ``wirenews parse`` and ``wirenews show``.

wirenews parse story.txt                   one article: pretty JSON on stdout
wirenews parse stories/ more.jsonl -o out.jsonl --jobs 2
cat story.txt | wirenews parse -
wirenews show story.txt                    an outline of the parse, for a person
wirenews schema                            the JSON Schema of an article
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import logging
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import IO, Any, TypeVar

import attrs

from wirenews import __version__
from wirenews import _sources as sources
from wirenews._batch import failure, parse_jobs, run_jobs
from wirenews._dates import read_date
from wirenews._destinations import Destinations
from wirenews._output import Encoded, OutputError
from wirenews._parse import parse_article
from wirenews._schema import json_schema
from wirenews._sources import Item, Options
from wirenews._table_output import FORMATS, parquet_available
from wirenews.feeds import FORMATS as FEED_FORMATS
from wirenews.records import Article, Diagnostic, Quote
from wirenews.tables import TABLES

_log = logging.getLogger("wirenews")
_Pair = TypeVar("_Pair")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the exit status table in the docs)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return 0
    with _messages(args.verbose - args.quiet):
        if args.command == "show":
            return _show(args)
        return _parse(args)


@contextlib.contextmanager
def _messages(verbosity: int) -> Iterator[None]:
    """Messages of this run on standard error, as ``wirenews: ...``: -q errors only, -v each record too."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("wirenews: %(message)s"))
    level = logging.DEBUG if verbosity > 0 else logging.ERROR if verbosity < 0 else logging.INFO
    before = _log.level, _log.propagate
    _log.addHandler(handler)
    _log.setLevel(level)
    _log.propagate = False  # said once, here, whatever logging the calling program has set up
    try:
        yield
    finally:
        _log.removeHandler(handler)
        _log.setLevel(before[0])
        _log.propagate = before[1]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirenews", description="Parse wire-service news copy into JSON records.")
    parser.add_argument("--version", action="version", version=f"wirenews {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument("-v", "--verbose", action="count", default=0, help="also name each record as it is parsed")
    loudness.add_argument("-q", "--quiet", action="count", default=0, help="say nothing on stderr but errors")

    parse = commands.add_parser("parse", parents=[common], help="parse articles to JSON, JSONL, CSV or Parquet")
    parse.add_argument("paths", nargs="+", help="text files, directories (read recursively), .jsonl files, - for stdin")
    where = parse.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", help="write here (atomically) instead of stdout")
    where.add_argument(
        "--output-dir", help="write one output per input file in this folder, named after it (made if missing)"
    )
    parse.add_argument(
        "--format",
        choices=("json", "jsonl", *FORMATS),
        help="default: json for one article, jsonl for more; csv or parquet write one table (--table)",
    )
    parse.add_argument(
        "--table", choices=TABLES, help="with --format csv|parquet: the table to write (default: articles)"
    )
    parse.add_argument(
        "--compact", action="store_true", help="with json or jsonl: leave out each article's blocks and paragraphs"
    )
    parse.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl", *FEED_FORMATS),
        default="auto",
        help="how to read each input (default auto: JSON Lines by name, feeds by content, else text)",
    )
    parse.add_argument("--text-field", default="text", help="the field holding the article in JSONL input")
    when = parse.add_mutually_exclusive_group()
    when.add_argument(
        "--reference-date",
        type=read_date,
        help="the date datelines with no year are read against (2024-12-26, Dec 26, 2024, ...)",
    )
    when.add_argument("--date-field", help="the JSONL field holding each article's reference date")
    parse.add_argument("--jobs", type=int, default=1, help="worker processes (0 or -1: one per CPU)")
    parse.add_argument(
        "--follow-symlinks", action="store_true", help="in directories, follow links that lead out of them"
    )
    parse.add_argument(
        "--max-record-mb",
        type=int,
        default=sources.MAX_RECORD_BYTES // (1024 * 1024),
        help="a text file or JSONL line larger than this is an error record (default: %(default)s)",
    )

    commands.add_parser("schema", help="print the JSON Schema of the articles in parse's output")
    show = commands.add_parser("show", parents=[common], help="print a readable outline of one article's parse")
    show.add_argument("path", help="a text file, a JSONL file (with --id or --line), or - for stdin")
    pick = show.add_mutually_exclusive_group()
    pick.add_argument("--id", help="in a JSONL file: the record whose id field is this")
    pick.add_argument("--line", type=int, help="in a JSONL file: the record on this line (from 1)")
    show.add_argument("--text-field", default="text", help="the field holding the article in JSONL input")
    show.add_argument("--reference-date", type=read_date, help="the date datelines with no year are read against")
    show.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    show.add_argument(
        "--why",
        action="store_true",
        help="say beside each quote which rule credited whom and from what; list each block with its layout rule",
    )
    return parser


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread like KeyboardInterrupt is for SIGINT."""


def _terminate(_signal: int, _frame: object) -> None:
    raise _Terminated


def _parse(args: argparse.Namespace) -> int:
    if not _main_thread():  # signal handlers can only be set there
        return _parse_until_stopped(args)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _parse_until_stopped(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the options of ``wirenews parse`` before any input is read, if anything."""
    tabular = args.format in FORMATS
    if args.table is not None and not tabular:
        return "--table needs --format csv or --format parquet"
    if args.compact and tabular:
        return "--compact applies to --format json and jsonl only"
    if args.format == "parquet":
        if args.output is None and args.output_dir is None:
            return "--format parquet writes a file: give it with -o or --output-dir"
        if not parquet_available():
            return "--format parquet needs pyarrow: pip install 'wirenews[parquet]'"
    return None


def _parse_until_stopped(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem is not None:
        _log.error(problem)
        return 2
    tally = _Tally()
    destinations: Destinations | None = None
    try:
        destinations = Destinations(
            output=args.output, output_dir=args.output_dir, form=args.format, table=args.table, compact=args.compact
        )
        _run(args, destinations, tally)
        destinations.commit()
    except OutputError as error:
        if destinations is not None:
            destinations.abort()
        _log.error("%s %s", "--output-dir" if args.output_dir else "-o", error)
        return 2
    except (KeyboardInterrupt, _Terminated) as stop:
        if destinations is not None:
            destinations.abort()
        tally.report()
        name, status = ("SIGINT", 130) if isinstance(stop, KeyboardInterrupt) else ("SIGTERM", 143)
        _log.error("stopped by %s", name)
        return status
    except BrokenPipeError:  # the reader went away (| head): nothing left to tell anyone
        if destinations is not None:
            destinations.abort()
        return 141
    except BaseException:
        if destinations is not None:
            destinations.abort()
        raise
    tally.report()
    return 1 if tally.errors else 0


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@attrs.define
class _Tally:
    parsed: int = 0
    errors: int = 0
    skipped: int = 0

    def report(self) -> None:
        _log.info("%d parsed, %d errors, %d skipped", self.parsed, self.errors, self.skipped)


def _run(args: argparse.Namespace, destinations: Destinations, tally: _Tally) -> None:
    options = Options(
        text_field=args.text_field,
        date_field=args.date_field,
        reference_date=args.reference_date,
        follow_symlinks=args.follow_symlinks,
        max_record_bytes=args.max_record_mb * 1024 * 1024,
        input_format=args.input_format,
    )
    first, items = _peek(_announced(sources.items(args.paths, options, sys.stdin.buffer), tally), 2)
    destinations.start(first)
    encoder = destinations.encoder()
    with contextlib.closing(_parsed(itertools.chain(first, items), args.jobs, encoder)) as parsed:
        for item, article in _progress(parsed):
            failure = _failure(article)
            error = item.error or failure
            if error is not None:
                tally.errors += 1
                _log.error("%s: %s", item.source, error)
            else:
                tally.parsed += 1
                if item.date_error is not None:
                    _log.warning("%s: %s", item.source, item.date_error)
                _log.debug("%s: parsed", item.source)
            destinations.write(_record(item, failure), item, article, error)


def _announced(items: Iterator[Item], tally: _Tally) -> Iterator[Item]:
    """The items that give a record; the skipped ones named on stderr and counted as they pass."""
    for item in items:
        if item.skipped is None:
            yield item
        else:
            tally.skipped += 1
            _log.warning("%s: skipped: %s", item.source, item.skipped)


def _peek(items: Iterator[Item], count: int) -> tuple[list[Item], Iterator[Item]]:
    return list(itertools.islice(items, count)), items


def _parsed(
    items: Iterator[Item], jobs: int, encoder: Callable[[Article], Encoded] | None
) -> Generator[tuple[Item, Article | Encoded | None], None, None]:
    """Each item with its article (None for an unreadable one), in order, read and parsed lazily.

    With an ``encoder``, the article comes as the workers encoded it, not as an Article.
    """
    waiting: deque[Item] = deque()  # read but not yet given out: the parser's window, bounded

    def texts() -> Iterator[tuple[str, dt.date | None, Diagnostic | None]]:
        for item in items:
            waiting.append(item)
            if item.text is not None:
                problem = item.date_error
                note = None if problem is None else Diagnostic(code="bad-reference-date", message=problem)
                yield item.text, item.reference_date, note

    parsed: Generator[Article | Encoded, None, None] = (
        run_jobs(texts(), encoder, jobs=jobs) if encoder is not None else parse_jobs(texts(), jobs=jobs)
    )
    try:
        for article in parsed:
            while (item := waiting.popleft()).text is None:
                yield item, None
            yield item, article
        while waiting:
            yield waiting.popleft(), None
    finally:
        parsed.close()  # ends the workers now, whatever stopped the loop


def _failure(article: Article | Encoded | None) -> str | None:
    if article is None:
        return None
    return article.failure if isinstance(article, Encoded) else failure(article)


def _progress(pairs: Iterator[_Pair]) -> Iterator[_Pair]:
    if not sys.stderr.isatty():
        return pairs
    from tqdm import tqdm  # noqa: PLC0415 - loaded only when a person is watching

    return iter(tqdm(pairs, unit="article", file=sys.stderr))


def _record(item: Item, failure: str | None) -> dict[str, Any]:
    """``{"source", "metadata" (JSONL records only), "error" (if any)}``; the article goes last."""
    record: dict[str, Any] = {"source": item.source}
    if item.metadata is not None:
        record["metadata"] = item.metadata
    if item.error is not None or failure is not None:
        record["error"] = item.error or failure
    return record


_STYLES = {"title": "1;36", "label": "1", "speaker": "33", "dim": "2", "warn": "31"}


def _show(args: argparse.Namespace) -> int:
    found = sources.items([args.path], Options(text_field=args.text_field), sys.stdin.buffer)
    item = _chosen(found, args)
    if isinstance(item, str):
        _log.error("%s", item)
        return 2
    if item.text is None:
        _log.error("%s: %s", item.source, item.error)
        return 1
    article = parse_article(item.text, reference_date=args.reference_date or item.reference_date)
    print(outline(article, color=_colour(args.color, sys.stdout), why=args.why), end="")
    return 0


def _chosen(items: Iterator[Item], args: argparse.Namespace) -> Item | str:
    """The record ``wirenews show`` shows, or why there is no one record to show."""
    if args.id is None and args.line is None:
        first = next(items, None)
        if first is None:
            return f"{args.path}: no record to show"
        if next(items, None) is not None:
            return f"{args.path} holds several records: choose one with --id or --line"
        return first
    for item in items:
        if args.line is not None:
            if item.source.rpartition(":")[2] == str(args.line):  # a JSONL record's source is path:line
                return item
        elif (item.metadata or {}).get("id") is not None and str((item.metadata or {})["id"]) == args.id:
            return item
    wanted = f"--id {args.id}" if args.id is not None else f"--line {args.line}"
    return f"{args.path}: no JSONL record with {wanted}"


def _colour(choice: str, stream: IO[str]) -> bool:
    """Colour when asked, or on a terminal unless ``NO_COLOR`` is set (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR")


def outline(article: Article, *, color: bool = False, why: bool = False) -> str:
    r"""A readable outline of an article's parse: headline, dateline, lead, quotes by speaker, photos, sections.

    With ``why``, each quote says which attribution rule credited it and through which words, and a
    list of the blocks says which layout rule gave each its kind.

    >>> text = 'Talks resume\n\nMOSCOW, May 5. /TASS/. "We agree," Peskov said. "Talks go on."'
    >>> print(outline(parse_article(text), why=True), end="")
    Talks resume
    dateline: MOSCOW, May 5. /TASS/. (MOSCOW; --05-05; TASS)
    lead: "We agree," Peskov said. "Talks go on."
    quotes:
      Peskov (2)
        "We agree,"  [cue_after: 'Peskov' said]
        "Talks go on."  [same_paragraph: 'Peskov']
    layout:
      headline  [headline]  Talks resume
      dateline_paragraph  [dateline: place and agency marker]  MOSCOW, May 5. /TASS/. "We agree," Peskov said. "Tal...
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
    if why and article.blocks:
        lines.append(paint("label", "layout:"))
        lines.extend(f"  {block.kind.value}  [{block.rule}]  {_first_words(block.text)}" for block in article.blocks)
    lines.extend(paint("warn", f"! {d.code}: {d.message}") for d in article.diagnostics)
    return "\n".join(lines) + "\n"


_SHOWN = 60


def _first_words(text: str) -> str:
    """A block's text on one line, cut after ``_SHOWN`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[:_SHOWN] + "..."


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
