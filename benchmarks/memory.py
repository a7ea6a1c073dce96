"""Peak memory of ``wirenews parse`` on a huge text file and on a JSONL file of very many records.

Run from the project root, with ../shared beside the checkout:

    python benchmarks/memory.py [--text-mb 200] [--lines 1000000] [--jobs 1] [--keep DIR]

Both inputs are made by repeating the corpus's English articles: the text file as one article of
them all, blank lines between; the JSONL file with one article per line. Each is parsed by the
command line in a process of its own (output to /dev/null) and the peak resident memory of that
process and its workers is reported beside the input's size. Bounded memory keeps the JSONL peak
independent of the number of lines, and the text file's within a small multiple of its size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from shared_corpus import CORPUS, read_jsonl


def english_articles() -> list[str]:
    """The corpus's English article texts."""
    return [
        record["text"]
        for path in sorted((CORPUS / "articles").glob("*.jsonl"))
        for record in read_jsonl(path)
        if record.get("lang") == "en"
    ]


def write_text(path: Path, articles: Sequence[str], megabytes: int) -> None:
    """One text file of about ``megabytes`` MB: the articles over and over, blank lines between."""
    goal = megabytes * 1024 * 1024
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < goal:
            for text in articles:
                piece = text.strip() + "\n\n"
                out.write(piece)
                written += len(piece.encode("utf-8"))
                if written >= goal:
                    break


def write_jsonl(path: Path, articles: Sequence[str], lines: int) -> None:
    """``lines`` records, the articles in turn, each with an id."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(lines):
            out.write(json.dumps({"id": number, "text": articles[number % len(articles)]}) + "\n")


def peak_of(command: Sequence[str]) -> tuple[int, float, int]:
    """Run ``command``; its exit status, wall seconds and peak resident memory in bytes (with workers)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    assert process.stderr is not None
    sys.stderr.write(process.stderr.read().decode("utf-8", "replace")[-300:])
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss * 1024  # Linux reports KB


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="peak memory of wirenews parse on huge inputs")
    parser.add_argument("--text-mb", type=int, default=200, help="size of the text file (0: skip it)")
    parser.add_argument("--lines", type=int, default=1_000_000, help="records in the JSONL file (0: skip it)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="make the inputs in this folder and keep them")
    args = parser.parse_args(argv)
    articles = english_articles()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wirenews-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    inputs: list[Path] = []
    if args.text_mb:
        inputs.append(folder / f"huge-{args.text_mb}mb.txt")
        write_text(inputs[-1], articles, args.text_mb)
    if args.lines:
        inputs.append(folder / f"many-{args.lines}.jsonl")
        write_jsonl(inputs[-1], articles, args.lines)
    print(f"{len(articles)} English articles repeated; --jobs {args.jobs}")
    print("| input | size | exit | seconds | peak memory | peak / input |")
    print("| --- | --- | --- | --- | --- | --- |")
    for path in inputs:
        command = [sys.executable, "-m", "wirenews", "parse", str(path), "-o", os.devnull, "--jobs", str(args.jobs)]
        status, seconds, peak = peak_of(command)
        size = path.stat().st_size
        print(
            f"| {path.name} | {size / 2**20:,.0f} MB | {status} | {seconds:,.0f} | {peak / 2**20:,.0f} MB"
            f" | {peak / size:.2f} |",
            flush=True,
        )
        if args.keep is None:
            path.unlink()
    if args.keep is None:
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
