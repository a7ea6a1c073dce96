"""Accuracy on the shared, hand-checked dev gold, scored by ../shared/tools/score.py.

The floors below may only ever go up: raise one when a change improves it, never lower it.
The corpus is read from ../shared/corpus; where it is absent these tests are skipped.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from wirenews import parse_article

from conftest import CORPUS, SHARED

pytestmark = pytest.mark.corpus

SCORE_PY = SHARED / "tools" / "score.py"

# (gold scope, field) -> lowest allowed figure (accuracy, or F1 for set-valued fields)
FLOORS: dict[tuple[str, str], float] = {
    **{
        ("tass", field): 1.0
        for field in (
            "headline",
            "headline_attribution",
            "standfirst",
            "lead",
            "dateline_all",
            "photo_credit",
            "section_heading",
            "quote",
            "quote_speaker",
        )
    },
    ("reuters21578-datelines", "dateline_location"): 0.994,
    ("reuters21578-datelines", "dateline_date"): 0.994,
    ("reuters21578-datelines", "headline"): 1.0,
    **{
        ("all", field): 1.0
        for field in (
            "headline",
            "headline_attribution",
            "standfirst",
            "lead",
            "dateline_all",
            "photo_credit",
            "photo_caption",
            "section_heading",
        )
    },
    ("all", "quote"): 0.978,
    ("all", "quote_speaker"): 0.834,
    ("en", "quote"): 0.992,
    ("en", "quote_speaker"): 0.911,
}
HAND_CHECKED = (
    tuple(sorted(p.name for p in (CORPUS / "gold").glob("*.jsonl") if not p.name.endswith("-datelines.jsonl")))
    if CORPUS.exists()
    else ()
)
# scope -> (gold files, languages scored or None for all)
SCOPES: dict[str, tuple[tuple[str, ...], frozenset[str] | None]] = {
    "tass": (("seeds.jsonl", "tass.jsonl"), None),
    "reuters21578-datelines": (("reuters21578-datelines.jsonl",), None),
    "all": (HAND_CHECKED, None),
    "en": (HAND_CHECKED, frozenset({"en"})),
}


def _load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, dict[str, float]]]:
    if not SCORE_PY.exists() or not CORPUS.exists():
        pytest.skip("the shared corpus and score.py are not beside this checkout")
    score = _load_score()
    golds_by_scope = {
        scope: [g for name in names for g in _read_jsonl(CORPUS / "gold" / name)]
        for scope, (names, _languages) in SCOPES.items()
    }
    wanted = {g["id"] for golds in golds_by_scope.values() for g in golds}
    articles = {}
    for path in (CORPUS / "articles").glob("*.jsonl"):
        for record in _read_jsonl(path):
            if record["id"] in wanted:
                articles[record["id"]] = record
    result: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for scope, golds in golds_by_scope.items():
        languages = SCOPES[scope][1]
        tally = score.Tally()
        for gold in golds:
            if languages is not None and articles[gold["id"]].get("lang", "en") not in languages:
                continue
            score.score_one(tally, articles[gold["id"]], gold["gold"], parse_article)
        assert tally.crashes == 0
        result[scope] = tally.figures()
    return result


@pytest.mark.parametrize(("scope", "field"), sorted(FLOORS), ids=[f"{s}-{f}" for s, f in sorted(FLOORS)])
def test_accuracy_floor(figures: dict[str, dict[str, dict[str, float]]], scope: str, field: str) -> None:
    measured = figures[scope][field]
    value = measured.get("accuracy", measured.get("f1"))
    assert value is not None
    assert value >= FLOORS[scope, field] - 1e-9, f"{scope} {field} fell to {value:.3f}"


def test_reference_dates_come_from_the_corpus() -> None:
    if not CORPUS.exists():
        pytest.skip("the shared corpus is not beside this checkout")
    record = _read_jsonl(CORPUS / "articles" / "seeds.jsonl")[0]
    article = parse_article(record["text"], reference_date=dt.date.fromisoformat(record["published"]))
    assert article.dateline is not None
    assert article.dateline.date == dt.date.fromisoformat(record["published"])
