"""Plots of the dev-gold accuracy for docs/accuracy.md, from ../shared/tools/score.py --json.

Run from the project root (matplotlib: pip install -e '.[bench]'):

    python benchmarks/accuracy_plot.py [--score ../shared/tools/score.py] [--out docs]

Writes accuracy-fields.png (each field, English and all languages, with the number of gold items
behind each bar) and accuracy-agencies.png (quotation F1 and speaker accuracy of each agency in
English, with its gold articles and quotations).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIELDS = (
    "headline",
    "headline_attribution",
    "standfirst",
    "lead",
    "dateline_all",
    "photo_caption",
    "photo_credit",
    "section_heading",
    "quote",
    "quote_speaker",
)


def scores(score_py: Path, *options: str) -> dict[str, Any]:
    """score.py's figures as JSON (its report on stderr is dropped)."""
    found = subprocess.run(
        [sys.executable, str(score_py), "--json", *options], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(found.stdout)
    return result


def figure_of(field: dict[str, float]) -> float:
    """The one figure of a field: its F1 where it has one, else its accuracy."""
    return field["f1"] if "f1" in field else field["accuracy"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    import matplotlib  # noqa: PLC0415 - the bench extra

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    every = scores(args.score)
    english = scores(args.score, "--lang", "en", "--by-agency")

    figure, axes = plt.subplots(figsize=(9, 5.5))
    rows = range(len(FIELDS))
    for offset, (label, data) in enumerate(
        ((f"English ({english['articles']} articles)", english), (f"all ({every['articles']} articles)", every))
    ):
        values = [figure_of(data["fields"][field]) for field in FIELDS]
        bars = axes.barh([row + offset * 0.4 for row in rows], values, height=0.38, label=label)
        for bar, field in zip(bars, FIELDS, strict=True):
            n = data["fields"][field]["n"]
            axes.text(bar.get_width() + 0.005, bar.get_y() + bar.get_height() / 2, f"{bar.get_width():.3f} (n={n})",
                      va="center", fontsize=7)  # fmt: skip
    axes.set_yticks([row + 0.2 for row in rows], FIELDS)
    axes.invert_yaxis()
    axes.set_xlim(0.5, 1.12)
    axes.set_xlabel("accuracy, or F1 for photos, headings and quotations")
    axes.set_title("wirenews on the dev gold, by field (n: gold items scored)")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize=8)
    figure.tight_layout()
    figure.savefig(args.out / "accuracy-fields.png", dpi=100)

    agencies = {
        name: fields for name, fields in english["by_agency"].items() if fields.get("quote_speaker", {}).get("n", 0)
    }
    figure, axes = plt.subplots(figsize=(9, 5))
    names = sorted(agencies, key=lambda name: -agencies[name]["quote_speaker"]["n"])
    for offset, field in enumerate(("quote", "quote_speaker")):
        values = [figure_of(agencies[name][field]) for name in names]
        axes.bar([number + offset * 0.4 for number in range(len(names))], values, width=0.38, label=field)
    labels = [
        f"{name}\n{agencies[name]['dateline_all']['n']} art.\n{agencies[name]['quote_speaker']['n']} quotes"
        for name in names
    ]
    axes.set_xticks([number + 0.2 for number in range(len(names))], labels, fontsize=8)
    axes.set_ylim(0, 1.05)
    axes.axhline(0.85, color="grey", linewidth=0.8, linestyle="--")
    axes.set_ylabel("quotation F1 / speaker accuracy")
    axes.set_title("Who said it, English dev gold, by agency (dashed: 0.85)")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, fontsize=8)
    figure.tight_layout()
    figure.savefig(args.out / "accuracy-agencies.png", dpi=100)
    print(f"plots written to {args.out}/accuracy-fields.png and accuracy-agencies.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
