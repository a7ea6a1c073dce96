"""A fixed sample of corpus articles: every dev-gold article, then others taken evenly from each file."""

from __future__ import annotations

import datetime as dt
import json

from shared_corpus import CORPUS, read_jsonl

SAMPLE_SIZE = 1_000


def corpus_sample(size: int = SAMPLE_SIZE) -> list[tuple[str, str, dt.date | None]]:
    """(id, text, reference date) of ``size`` articles, the same on every run; [] without the corpus."""
    if not CORPUS.exists():
        return []
    gold_ids = {
        json.loads(line)["id"]
        for path in (CORPUS / "gold").glob("*.jsonl")
        if not path.name.endswith("-datelines.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    by_file = {path.name: read_jsonl(path) for path in sorted((CORPUS / "articles").glob("*.jsonl"))}
    chosen = [record for records in by_file.values() for record in records if record["id"] in gold_ids]
    others = [[r for r in records if r["id"] not in gold_ids] for records in by_file.values()]
    step = 0
    while len(chosen) < size and any(step < len(records) for records in others):
        chosen.extend(records[step] for records in others if step < len(records) and len(chosen) < size)
        step += 1
    return [(r["id"], r["text"], _date(r.get("published"))) for r in chosen[:size]]


def _date(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None
