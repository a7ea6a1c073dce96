"""``python -m wirenews FILE...``: parse articles and print them as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from wirenews import __version__, parse_article


def main(argv: Sequence[str] | None = None) -> int:
    """Parse each file (``-`` for standard input) and print one JSON object per article."""
    parser = argparse.ArgumentParser(prog="wirenews", description="Parse wire-service articles into JSON.")
    parser.add_argument("paths", nargs="+", help="text files to parse, - for standard input")
    parser.add_argument("--reference-date", type=dt.date.fromisoformat, help="YYYY-MM-DD for datelines with no year")
    parser.add_argument("--version", action="version", version=f"wirenews {__version__}")
    args = parser.parse_args(argv)
    status = 0
    for path in args.paths:
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"wirenews: cannot read {path}: {error}", file=sys.stderr)
            status = 1
            continue
        article = parse_article(text, reference_date=args.reference_date)
        indent = 2 if len(args.paths) == 1 else None
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent))
    return status


if __name__ == "__main__":
    sys.exit(main())
