"""The safety net for refactoring: ``to_dict()`` of every corpus article, recorded and compared.

Run from the project root:

    python benchmarks/snapshot.py record before.jsonl.gz      # before moving code
    python benchmarks/snapshot.py compare before.jsonl.gz     # after: the articles whose output changed
    python benchmarks/snapshot.py compare before.jsonl.gz --fields quotes --show 5

``compare`` prints one line per changed article (its id and the top-level fields that differ) and,
with ``--show N``, the first N differences in full; it exits 1 when any article changed, so a
refactoring that must change nothing can be checked by its status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from wirenews import parse_article

from shared_corpus import CORPUS


def articles(corpus: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, to_dict()) of every article under ``corpus/articles``, in file and line order."""
    for path in sorted((corpus / "articles").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                published = record.get("published")
                try:
                    reference = dt.date.fromisoformat(published) if published else None
                except ValueError:  # a few sources print impossible dates
                    reference = None
                yield record["id"], parse_article(record["text"], reference_date=reference).to_dict()


def record(corpus: Path, out: Path) -> int:
    count = 0
    with gzip.open(out, "wt", encoding="utf-8") as sink:
        for ident, data in articles(corpus):
            sink.write(json.dumps({"id": ident, "article": data}, ensure_ascii=True, sort_keys=True) + "\n")
            count += 1
    print(f"{count} articles recorded in {out}")
    return 0


def compare(corpus: Path, before: Path, fields: Sequence[str], show: int) -> int:
    with gzip.open(before, "rt", encoding="utf-8") as source:
        recorded = {entry["id"]: entry["article"] for entry in map(json.loads, source)}
    changed: Counter[str] = Counter()
    shown = 0
    articles_changed = 0
    for ident, parsed in articles(corpus):
        data = json.loads(json.dumps(parsed, ensure_ascii=True, sort_keys=True))  # as recorded
        old = recorded.get(ident)
        if old is None:
            print(f"{ident}: new")
            continue
        keys = [key for key in sorted(set(old) | set(data)) if old.get(key) != data.get(key)]
        if fields:
            keys = [key for key in keys if key in fields]
        if not keys:
            continue
        articles_changed += 1
        changed.update(keys)
        print(f"{ident}: {', '.join(keys)}")
        for key in keys:
            if shown < show:
                shown += 1
                print(f"  - {key}: {json.dumps(old.get(key), ensure_ascii=False)[:600]}")
                print(f"  + {key}: {json.dumps(data.get(key), ensure_ascii=False)[:600]}")
    summary = ", ".join(f"{key} {count}" for key, count in changed.most_common()) or "none"
    print(f"{articles_changed} articles changed ({summary})")
    return 1 if articles_changed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("file", type=Path, help="the snapshot (gzipped JSON lines)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--fields", nargs="*", default=(), help="compare only these top-level fields")
    parser.add_argument("--show", type=int, default=0, help="print the first N differences in full")
    args = parser.parse_args(argv)
    if args.action == "record":
        return record(args.corpus, args.file)
    return compare(args.corpus, args.file, args.fields, args.show)


if __name__ == "__main__":
    sys.exit(main())
