"""The record types: immutability, serialisation, pickling, and bad arguments."""

from __future__ import annotations

import datetime as dt
import enum
import json
import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirenews
from wirenews import Article, Span, parse_article

from sample import corpus_sample

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tass_style.txt"


@pytest.fixture
def article() -> Article:
    return parse_article(EXAMPLE.read_text(encoding="utf-8"), reference_date=dt.date(2024, 6, 2))


def test_records_are_frozen_and_slotted(article: Article) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = None  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert article.dateline is not None
    assert not hasattr(article.dateline, "__dict__")


def test_to_dict_is_json_ready_and_round_trips(article: Article) -> None:
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["dateline"]["date"] == "2024-06-02"
    assert data["blocks"][0]["kind"] == "boilerplate"
    assert Article.from_dict(json.loads(json.dumps(data))) == article


def test_articles_pickle_and_hash(article: Article) -> None:
    assert pickle.loads(pickle.dumps(article)) == article
    assert hash(article) == hash(pickle.loads(pickle.dumps(article)))


def test_example_reads_completely(article: Article) -> None:
    assert article.headline is not None
    assert article.headline.attribution == "Rosmorrechflot"
    assert [(p.caption, p.credit, p.photographer) for p in article.photo_credits] == [
        ("Icebreaker Yamal in the Kara Sea", "Ivan Petrov/TASS", "Ivan Petrov")
    ]
    assert {q.speaker.name for q in article.quotes if q.speaker} == {"Artur Kolesov"}
    assert [s.heading for s in article.sections] == ["Northern Sea Route"]


@pytest.mark.parametrize(
    ("argument", "named"),
    [(b"MOSCOW, May 5. /TASS/.", "bytes"), (None, "NoneType"), (42, "int"), (["a"], "list")],
    ids=["bytes", "none", "int", "list"],
)
def test_non_str_argument_raises_a_type_error_that_says_what_to_pass(argument: object, named: str) -> None:
    with pytest.raises(TypeError) as raised:
        parse_article(argument)  # type: ignore[arg-type]
    assert str(raised.value) == (
        f"parse_article() takes the article as a str, not {named}; "
        "decode bytes first, e.g. parse_article(data.decode('utf-8'))"
    )


def test_bad_reference_date_raises() -> None:
    with pytest.raises(TypeError, match=r"reference_date must be a datetime\.date or None, not str"):
        parse_article("x", reference_date="2024-01-01")  # type: ignore[arg-type]


def test_datetime_reference_is_taken_as_its_date() -> None:
    article = parse_article("A\n\nMOSCOW, May 5. /TASS/. B.", reference_date=dt.datetime(2024, 5, 6, 12, 0))
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2024, 5, 5)


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\u00a0"], ids=["empty", "whitespace", "nbsp"])
def test_empty_input_gives_empty_fields_and_a_diagnostic(text: str) -> None:
    article = parse_article(text)
    assert (article.headline, article.dateline, article.lead, article.blocks) == (None, None, None, ())
    assert [d.code for d in article.diagnostics] == ["empty"]


def test_public_api_is_exported() -> None:
    for name in wirenews.__all__:
        assert hasattr(wirenews, name)
    assert Span(1, 4) in Span(0, 5)
    assert len(Span(2, 7)) == 5


# --- to_dict through cattrs equals the plain walk of the fields it replaced ---


def _walked(value: object) -> object:
    """The JSON-ready data of a record by walking its fields (what to_dict did before cattrs)."""
    if attrs.has(type(value)):
        return {f.name: _walked(getattr(value, f.name)) for f in attrs.fields(type(value))}  # type: ignore[arg-type]
    if isinstance(value, tuple):
        return [_walked(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _same(article: Article) -> None:
    data = article.to_dict()
    walked = _walked(article)
    assert data == walked
    assert json.dumps(data) == json.dumps(walked)  # key order and list types too
    assert Article.from_dict(json.loads(json.dumps(data))) == article


@pytest.mark.corpus
def test_to_dict_equals_the_walk_of_the_fields_on_the_corpus_sample() -> None:
    sample = corpus_sample()
    if not sample:
        pytest.skip("the shared corpus is not beside this checkout")
    for _, text, reference in sample:
        _same(parse_article(text, reference_date=reference))


@given(st.text(max_size=400), st.none() | st.dates())
def test_to_dict_equals_the_walk_of_the_fields_on_any_text(text: str, reference: dt.date | None) -> None:
    _same(parse_article(text, reference_date=reference))
