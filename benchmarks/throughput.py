"""Throughput of parse_article over the shared corpus, beside a floor of the cheapest possible work.

Run from the project root:  python benchmarks/throughput.py [--corpus ../shared/corpus] [--only tass]

The floor is ``text.splitlines()`` plus one ``regex.finditer`` for quotation marks over the same
texts: the least any parser must do. The ratio parse/floor says how much the parser adds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

from wirenews import parse_article
from wirenews._parse import clear_caches

_QUOTE_MARKS = regex.compile(r"[\"“”«»„]")


def load(corpus: Path, only: str | None) -> list[tuple[str, dt.date | None]]:
    texts = []
    for path in sorted((corpus / "articles").glob("*.jsonl")):
        if only and path.stem != only:
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                texts.append((record["text"], _date(record.get("published"))))
    return texts


def _date(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:  # a few sources print impossible dates
        return None


def floor(text: str, reference: dt.date | None) -> object:
    return len(text.splitlines()) + sum(1 for _ in _QUOTE_MARKS.finditer(text))


def timed(work: Callable[[str, dt.date | None], object], texts: Sequence[tuple[str, dt.date | None]]) -> float:
    clear_caches()  # every run starts cold: no line is answered from an earlier run's cache
    start = time.perf_counter()
    for text, reference in texts:
        work(text, reference)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--only", help="one article file, by name without .jsonl (e.g. tass)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each; the best is reported")
    parser.add_argument(
        "--command-line",
        action="store_true",
        help="also time the corpus through `wirenews parse --format jsonl` with --jobs 1 and --jobs 2",
    )
    parser.add_argument(
        "--jobs-plot",
        type=Path,
        help="plot the command line's articles per second against --jobs 1 to one more than the CPUs (a PNG)",
    )
    args = parser.parse_args(argv)
    texts = load(args.corpus, args.only)
    if not texts:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    megabytes = sum(len(text.encode("utf-8")) for text, _ in texts) / 1e6
    print(f"python {platform.python_version()} on {platform.machine()} {platform.system()}, {platform.processor()}")
    print(f"{len(texts)} articles, {megabytes:.2f} MB{f' ({args.only})' if args.only else ''}")
    parse_seconds = min(timed(lambda t, r: parse_article(t, reference_date=r), texts) for _ in range(args.repeat))
    floor_seconds = min(timed(floor, texts) for _ in range(args.repeat))
    both_seconds = min(
        timed(lambda t, r: parse_article(t, reference_date=r).to_dict(), texts) for _ in range(args.repeat)
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"parse: {len(texts) / parse_seconds:,.0f} articles/s, {megabytes / parse_seconds:.2f} MB/s")
    print(f"floor: {len(texts) / floor_seconds:,.0f} articles/s, {megabytes / floor_seconds:.2f} MB/s")
    print(f"parse/floor: {parse_seconds / floor_seconds:.1f}x; peak memory {peak_mb:.0f} MB")
    added = both_seconds / parse_seconds - 1
    print(f"parse + to_dict: {len(texts) / both_seconds:,.0f} articles/s; to_dict adds {added:.0%}")
    if args.command_line:
        files = sorted((args.corpus / "articles").glob(f"{args.only or '*'}.jsonl"))
        one, two = (command_line(files, jobs) for jobs in (1, 2))
        print(f"wirenews parse --format jsonl: --jobs 1 {one:.1f} s, --jobs 2 {two:.1f} s ({one / two:.2f}x faster)")
    if args.jobs_plot:
        files = sorted((args.corpus / "articles").glob(f"{args.only or '*'}.jsonl"))
        counts = list(range(1, (os.cpu_count() or 1) + 2))
        rates = [len(texts) / command_line(files, jobs) for jobs in counts]
        for jobs, rate in zip(counts, rates, strict=True):
            print(f"--jobs {jobs}: {rate:,.0f} articles/s")
        plot_jobs(counts, rates, len(texts), args.jobs_plot)
    return 0


def plot_jobs(counts: Sequence[int], rates: Sequence[float], articles: int, path: Path) -> None:
    import matplotlib  # noqa: PLC0415 - only the plot needs it (the bench extra)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    figure, axes = plt.subplots(figsize=(6, 4))
    axes.plot(counts, rates, marker="o", label="measured")
    axes.plot(counts, [rates[0] * min(jobs, os.cpu_count() or 1) for jobs in counts], linestyle=":", label="ideal")
    axes.set_xticks(list(counts))
    axes.set_xlabel("--jobs")
    axes.set_ylabel("articles per second")
    axes.set_ylim(bottom=0)
    axes.set_title(f"wirenews parse, {articles:,} articles, {os.cpu_count()} CPUs")
    axes.legend()
    axes.grid(visible=True, alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    print(f"plot written to {path}")


def command_line(files: Sequence[Path], jobs: int) -> float:
    """Seconds for the command line to parse ``files`` into a JSONL file (thrown away)."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "wirenews", "parse", "-q", *map(str, files), "--format", "jsonl"]
        start = time.perf_counter()
        subprocess.run([*command, "-o", str(Path(folder) / "out.jsonl"), "--jobs", str(jobs)], check=True)
        return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
