"""Reading ../shared beside the checkout: the corpus files and the scorer, for benchmarks and tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SCORE_PY = SHARED / "tools" / "score.py"


def load_score() -> ModuleType:
    """``../shared/tools/score.py`` as a module."""
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
