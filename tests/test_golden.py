"""End-to-end checks on golden articles of our own (tests/fixtures), which need no ../shared corpus.

Each fixture is an article in one agency's house style (``NAME.txt``) and the fields a reader
would take from it (``NAME.json``), written by hand from the conventions, not from the parser.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from wirenews import Article, parse_article

from invariants import check_invariants

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def _read(name: str) -> tuple[str, dict[str, Any]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected


def _fields(article: Article) -> dict[str, Any]:
    """The parse, in the shape of the fixtures' expected fields."""
    headline = article.headline
    dateline = article.dateline
    return {
        "headline": headline and {"title": headline.title, "attribution": headline.attribution, "slug": headline.slug},
        "dateline": dateline
        and {
            "location": dateline.location,
            "date": dateline.date.isoformat() if dateline.date else None,
            "agency": dateline.agency,
        },
        "lead": article.lead.text if article.lead else None,
        "standfirst": article.standfirst.text if article.standfirst else None,
        "agency": article.agency,
        "quotes": [(q.text, q.speaker.label if q.speaker else None) for q in article.quotes],
        "photos": [(p.caption, p.credit, p.agency, p.photographer, p.is_file) for p in article.photo_credits],
        "headings": [{"heading": s.heading, "is_background": s.is_background} for s in article.sections if s.heading],
    }


def test_every_fixture_has_its_expected_fields() -> None:
    assert NAMES, "no fixtures found"
    for name in NAMES:
        assert (FIXTURES / f"{name}.json").exists(), name


@pytest.mark.parametrize("name", NAMES)
def test_golden_article(name: str) -> None:
    text, expected = _read(name)
    article = parse_article(text, reference_date=dt.date.fromisoformat(expected["reference_date"]))
    check_invariants(text, article)
    got = _fields(article)
    assert got["headline"] == expected["headline"]
    assert got["dateline"] == expected["dateline"]
    assert got["lead"] is not None
    assert got["lead"].startswith(expected["lead_starts"])
    if "standfirst_starts" in expected:
        assert got["standfirst"] is not None
        assert got["standfirst"].startswith(expected["standfirst_starts"])
    else:
        assert got["standfirst"] is None
    assert got["agency"] == expected["agency"]
    quotes = [(text.lstrip("\"“'‘"), speaker) for text, speaker in got["quotes"]]
    assert len(quotes) == len(expected["quotes"])
    for (quote, speaker), wanted in zip(quotes, expected["quotes"], strict=True):
        assert quote.startswith(wanted["starts"])
        assert speaker == wanted["speaker"], quote
    assert len(got["photos"]) == len(expected["photos"])
    for (caption, credit, agency, photographer, is_file), wanted in zip(got["photos"], expected["photos"], strict=True):
        assert caption is not None
        assert caption.startswith(wanted["caption_starts"])
        assert (credit, agency, photographer) == (wanted["credit"], wanted["agency"], wanted["photographer"])
        assert is_file == wanted.get("is_file", False)
    assert got["headings"] == expected["headings"]
