"""Reading ../shared beside the checkout: the corpus files and the scorer, for benchmarks and tests."""

from __future__ import annotations

import ast
import gzip
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


def feed_fixture(path: Path) -> bytes:
    """A file of raw/superdesk as the feed it holds: Yonhap's is an HTML body kept as a string in a
    test's source (``"body_html": "..." "..."``), unwrapped; the others are the feed itself."""
    data = path.read_bytes()
    if path.name.endswith("body_html.txt"):
        data = ast.literal_eval("{" + data.decode("utf-8").strip().rstrip(",") + "}")["body_html"].encode("utf-8")
    return data


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def gold_pages(corpus: Path = CORPUS) -> list[tuple[str, bytes]]:
    """The HTML pages of raw/extra and raw/pages whose plain-text copies have gold: (story id, page bytes)."""
    gold = {record["id"] for path in (corpus / "gold").glob("*.jsonl") for record in read_jsonl(path)}
    pages: list[tuple[str, bytes]] = []
    for folder in ("extra", "pages"):
        manifest = corpus / "raw" / folder / "MANIFEST.tsv"
        if not manifest.exists():
            continue
        with manifest.open(encoding="utf-8") as lines:
            entries = [line.rstrip("\n").split("\t") for line in lines][1:]
        pages.extend(
            (entry[0], gzip.decompress((manifest.parent / entry[-1]).read_bytes()))
            for entry in entries
            if entry and entry[0] in gold
        )
    return pages


def score_html_pages(score: ModuleType, corpus: Path = CORPUS) -> tuple[Any, Any, list[str]]:
    """score.py's tallies of the gold pages read through the HTML path, and of their plain-text copies.

    Each page is scored against its copy's gold with the page's own publication date, else the
    copy's; the third value names the pages that could not be read.
    """
    from wirenews import feeds, parse_article  # noqa: PLC0415 - only the scorers need wirenews here

    plain = {record["id"]: record for path in (corpus / "articles").glob("*.jsonl") for record in read_jsonl(path)}
    gold = {record["id"]: record["gold"] for path in (corpus / "gold").glob("*.jsonl") for record in read_jsonl(path)}
    through_html, as_copies = score.Tally(), score.Tally()
    unread: list[str] = []
    for story_id, page in gold_pages(corpus):
        if story_id not in plain:
            continue
        try:
            (item, *_) = feeds.read(page, format="html")
        except feeds.FeedError as error:
            unread.append(f"{story_id}: {error}")
            continue
        copy = plain[story_id]
        published = item.meta.published.date().isoformat() if item.meta.published else copy.get("published")
        score.score_one(
            through_html, {**copy, "text": item.text, "published": published}, gold[story_id], parse_article
        )
        score.score_one(as_copies, copy, gold[story_id], parse_article)
    return through_html, as_copies, unread
