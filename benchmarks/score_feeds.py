"""The feed path against the plain-text path, on the gold of the same stories, and its speed.

Run from the project root:  python benchmarks/score_feeds.py [--corpus ../shared/corpus]

Each file of raw/superdesk/MANIFEST.tsv is read with ``wirenews.feeds.read`` and its story's text
scored with score.py's ``score_one`` against the gold of its plain-text copy in articles/, beside
the plain copy itself. Then: stories read per second for each format, and the parse of a feed
story's text against the parse of its plain copy.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wirenews import feeds, parse_article

from shared_corpus import CORPUS, feed_fixture, load_score, read_jsonl, score_html_pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=20, help="reads of each file for the speed figures")
    args = parser.parse_args(argv)
    folder = args.corpus / "raw" / "superdesk"
    with (folder / "MANIFEST.tsv").open(encoding="utf-8") as manifest:
        rows = list(csv.DictReader(manifest, delimiter="\t"))
    id_column = next(name for name in rows[0] if name.startswith("id"))
    plain = {r["id"]: r for path in (args.corpus / "articles").glob("*.jsonl") for r in read_jsonl(path)}
    gold = {g["id"]: g["gold"] for path in (args.corpus / "gold").glob("*.jsonl") for g in read_jsonl(path)}
    score = load_score()
    plain_tally, feed_tally = score.Tally(), score.Tally()
    speed: dict[str, list[float]] = defaultdict(list)
    ratios: list[float] = []
    item_ratios: list[float] = []
    unread = []
    for row in rows:
        path, story_id = folder / row["file"], row[id_column]
        try:
            (item, *_) = feeds.read(feed_fixture(path))
        except feeds.FeedError as error:
            unread.append(f"{row['file']}: {error}")
            continue
        copy = plain.get(story_id)
        if copy is not None and story_id in gold:
            published = item.meta.published.date().isoformat() if item.meta.published else copy.get("published")
            score.score_one(
                feed_tally, {**copy, "text": item.text, "published": published}, gold[story_id], parse_article
            )
            score.score_one(plain_tally, copy, gold[story_id], parse_article)
        data = feed_fixture(path)
        start = time.perf_counter()
        for _ in range(args.repeat):
            feeds.read(data)
        speed[item.meta.format].append((time.perf_counter() - start) / args.repeat)
        if copy is not None:  # also per character: a feed's text holds its byline and notes, which copies drop
            feed_time, copy_time = _parse_time(item.text, args.repeat), _parse_time(copy["text"], args.repeat)
            item_ratios.append(feed_time / copy_time)
            ratios.append((feed_time / len(item.text)) / (copy_time / len(copy["text"])))
    _report(plain_tally.figures(), feed_tally.figures())
    _score_pages(args.corpus, score, unread)
    print("\nreading (feeds.read), stories per second:")
    for form, seconds in sorted(speed.items()):
        print(f"  {form}: {len(seconds) / sum(seconds):,.0f} ({len(seconds)} files)")
    for name, values in (("per story", item_ratios), ("per character", ratios)):
        median = sorted(values)[len(values) // 2]
        print(f"parse time {name}, feed text / plain copy: median {median:.2f}x, largest {max(values):.2f}x")
    for line in unread:
        print(f"not read: {line}")
    return 0


def _score_pages(corpus: Path, score: Any, unread: list[str]) -> None:
    """The HTML pages of raw/extra and raw/pages with gold, through the HTML path, beside their copies."""
    through_html, as_copies, not_read = score_html_pages(score, corpus)
    unread.extend(not_read)
    print("\nHTML pages of raw/extra and raw/pages with gold, through the HTML path:")
    _report(as_copies.figures(), through_html.figures())


def _parse_time(text: str, repeat: int, batches: int = 5) -> float:
    """Seconds for ``repeat`` parses of ``text``, the best of ``batches`` (the machines are shared and noisy)."""
    best = float("inf")
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(repeat):
            parse_article(text)
        best = min(best, time.perf_counter() - start)
    return best


def _report(plain: dict[str, Any], feed: dict[str, Any]) -> None:
    print("| field | plain text | feed |")
    print("| --- | --- | --- |")
    for field in sorted(plain):
        print(f"| {field} | {_figure(plain[field])} | {_figure(feed.get(field, {}))} |")


def _figure(field: dict[str, float]) -> str:
    if not field or not field.get("n"):
        return "-"
    value = field.get("f1", field.get("accuracy", 0.0))
    return f"{value:.3f} (n={int(field['n'])})"


if __name__ == "__main__":
    sys.exit(main())
