"""Adversarial inputs up to 256 KB: nothing raised, every invariant kept, the right output where there is one.

Speed and linear time are measured by benchmarks/scaling.py on the same families up to 4 MB; the
timeout here only guards against a run that hangs.
"""

from __future__ import annotations

import gc
import json

import pytest

from wirenews import Article, parse_article

from adversarial import FAMILIES
from invariants import check_invariants

SIZES = (1_000, 256_000)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size // 1000}KB")
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_adversarial_family_parses(family: str, size: int) -> None:
    text = FAMILIES[family](size)
    article = parse_article(text)
    check_invariants(text, article)
    assert Article.from_dict(article.to_dict()) == article


def test_lone_surrogates_read_as_replacement_characters_with_one_diagnostic() -> None:
    text = FAMILIES["lone surrogates"](2_000)
    article = parse_article(text)
    data = article.to_dict()
    encoded = json.dumps(data, ensure_ascii=False).encode("utf-8")  # would fail on a surrogate
    assert Article.from_dict(json.loads(encoded)) == article
    surrogates = [i for i, char in enumerate(text) if 0xD800 <= ord(char) <= 0xDFFF]
    (diagnostic,) = [d for d in article.diagnostics if d.code == "lone-surrogate"]
    assert [span.start for span in diagnostic.spans] == surrogates
    shown = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")  # one for one: offsets kept
    assert all(shown[b.span.start : b.span.end] == b.text for b in article.blocks)
    assert article.blocks


def test_repeated_datelines_read_the_first_and_keep_the_rest_as_paragraphs() -> None:
    text = FAMILIES["dateline lines"](50_000)
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.raw == "MOSCOW, May 5. /TASS/."
    assert article.lead is not None
    assert article.lead.text == "Talks began."
    assert len(article.paragraphs) == len(text.splitlines()) - 1


def test_many_quotes_with_speakers_are_all_read() -> None:
    text = "Talks\n\nMOSCOW, May 5. /TASS/. " + FAMILIES["quotes with speakers"](20_000)
    article = parse_article(text)
    assert len(article.quotes) == 2 * text.count("Peskov added")
    assert {q.speaker.name for q in article.quotes if q.speaker} == {"Peskov"}


def test_unmatched_quotation_marks_give_open_quotes_not_losses() -> None:
    text = "Talks\n\nMOSCOW, May 5. /TASS/. " + FAMILIES["straight quotes"](5_000)
    article = parse_article(text)
    check_invariants(text, article)
    assert article.lead is not None
    assert article.lead.text.startswith('"word')


def test_photo_credit_runs_give_one_photo_per_caption() -> None:
    text = "Gallery\n\n" + FAMILIES["photo credits"](10_000)
    article = parse_article(text)
    assert len(article.photo_credits) == text.count("© AP Photo")
    assert {p.credit for p in article.photo_credits} == {"AP Photo/Evan Vucci"}


@pytest.mark.parametrize("caller_paused", [False, True])
def test_the_cycle_collector_is_left_as_the_caller_had_it(caller_paused: bool) -> None:
    text = FAMILIES["dateline lines"](100_000)  # long enough for the collector to be paused meanwhile
    if caller_paused:
        gc.disable()
    try:
        article = parse_article(text)
        assert gc.isenabled() is not caller_paused
    finally:
        gc.enable()
    assert article == parse_article(text)
