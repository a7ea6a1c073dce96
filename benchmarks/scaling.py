"""Time per KB of parse_article from 1 KB to 8 MB, for real articles and every adversarial family.

Run from the project root (matplotlib for the plot: pip install -e '.[bench]'):

    python benchmarks/scaling.py [--max-kb 8192] [--runs 5] [--cpu] [--plot docs/scaling.png]

Prints a table of the median time per KB over ``--runs`` runs at each size, and for each family the
ratio of its largest to its smallest time per KB from 64 KB up (linear time keeps it near 1).
``--cpu`` times with ``time.process_time`` (this process's CPU time), which other work on a shared
machine disturbs less than the wall clock.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from wirenews import parse_article

from adversarial import FAMILIES


def time_per_kb(text: str, runs: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Median microseconds per KB of text over ``runs`` parses."""
    times = []
    for _ in range(runs):
        start = clock()
        parse_article(text)
        times.append(clock() - start)
    return statistics.median(times) * 1e6 / (len(text) / 1024)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time per KB of parse_article by input size")
    parser.add_argument("--max-kb", type=int, default=4096)
    parser.add_argument("--cpu", action="store_true", help="time CPU time (time.process_time), not wall time")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--families", nargs="*", default=sorted(FAMILIES), help="families to run (default: all)")
    parser.add_argument("--plot", type=Path, help="write a PNG plot here")
    args = parser.parse_args(argv)
    sizes = [kb for kb in (1, 4, 16, 64, 256, 1024, 2048, 4096, 8192) if kb <= args.max_kb]
    clock = time.process_time if args.cpu else time.perf_counter
    what = "CPU" if args.cpu else "wall"
    print(f"python {platform.python_version()} on {platform.machine()}; median of {args.runs} runs; {what} µs per KB")
    print("| family | " + " | ".join(f"{kb} KB" for kb in sizes) + " | max/min from 64 KB |")
    print("| --- | " + " | ".join("---" for _ in sizes) + " | --- |")
    results: dict[str, list[float]] = {}
    for family in args.families:
        row = [time_per_kb(FAMILIES[family](kb * 1024), args.runs, clock) for kb in sizes]
        results[family] = row
        tail = [value for kb, value in zip(sizes, row, strict=True) if kb >= 64]
        ratio = max(tail) / min(tail) if tail else float("nan")
        print(f"| {family} | " + " | ".join(f"{value:,.0f}" for value in row) + f" | {ratio:.2f} |", flush=True)
    if args.plot:
        plot(sizes, results, args.plot)
    return 0


def plot(sizes: Sequence[int], results: dict[str, list[float]], path: Path) -> None:
    import matplotlib  # noqa: PLC0415 - only the plot needs it (the bench extra)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    # One small panel per family, on shared axes: 23 lines in one panel cannot be told apart.
    columns = 6
    rows = -(-len(results) // columns)
    figure, grid = plt.subplots(rows, columns, figsize=(2.2 * columns, 1.9 * rows), sharex=True, sharey=True)
    panels = list(grid.flat)
    for axes, (family, row) in zip(panels, results.items(), strict=False):
        axes.plot(sizes, row, marker="o", markersize=3)
        axes.set_title(family, fontsize=8)
        axes.set_xscale("log", base=2)
        axes.set_yscale("log")
        axes.grid(visible=True, which="both", alpha=0.3)
        axes.tick_params(labelsize=7)
    for axes in panels[len(results) :]:
        axes.set_visible(False)
    figure.supxlabel("input size (KB)")
    figure.supylabel("parse time per KB (µs)")
    figure.suptitle("wirenews.parse_article: time per KB stays flat as inputs grow, family by family")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    print(f"plot written to {path}")


if __name__ == "__main__":
    sys.exit(main())
