"""parse_many over pairs and records: ids, metadata and per-record dates carried, bad ones reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirenews import Article, Record, parse_article, parse_many

STORY = "Talks resume\n\nMOSCOW, May 5. /TASS/. Talks resumed on Monday."


def _story(number: int) -> str:
    return f"Talks {number} resume\n\nMOSCOW, May 5. /TASS/. Lead {number}."


def test_a_pair_is_parsed_against_its_own_date() -> None:
    early, late = parse_many([(STORY, dt.date(2020, 5, 6)), (STORY, "2024-05-06")])
    assert early.dateline is not None
    assert early.dateline.date == dt.date(2020, 5, 5)
    assert late.dateline is not None
    assert late.dateline.date == dt.date(2024, 5, 5)


def test_a_pair_without_a_date_falls_back_to_the_batch_date() -> None:
    (article,) = parse_many([(STORY, None)], reference_date=dt.date(2022, 5, 6))
    assert article == parse_article(STORY, reference_date=dt.date(2022, 5, 6))


@pytest.mark.parametrize("bad", ["May 5", "not a date", 20240506, ["2024-05-06"]])
def test_a_bad_date_is_a_diagnostic_and_the_text_is_still_parsed(bad: object) -> None:
    pairs: list[Any] = [(STORY, bad)]
    (article,) = parse_many(pairs)
    assert article.headline is not None
    assert article.headline.text == "Talks resume"
    assert article.dateline is not None
    assert article.dateline.date is None  # no year to read it against
    (diagnostic,) = [d for d in article.diagnostics if d.code == "bad-reference-date"]
    assert "parsed without a reference date" in diagnostic.message


def test_records_carry_their_id_and_metadata() -> None:
    records: list[dict[str, Any]] = [
        {"id": "tass-1", "text": _story(1), "published": "2021-05-06", "desk": "world"},
        {"text": _story(2), "desk": "business"},
        {"id": 7, "text": _story(3)},
    ]
    out = list(parse_many(records, date_field="published"))
    assert all(isinstance(record, Record) for record in out)
    assert [(r.index, r.id) for r in out] == [(0, "tass-1"), (1, 1), (2, 7)]
    assert out[0].metadata == {"id": "tass-1", "published": "2021-05-06", "desk": "world"}
    assert out[1].metadata == {"desk": "business"}
    assert out[0].article.dateline is not None
    assert out[0].article.dateline.date == dt.date(2021, 5, 5)
    assert out[1].article.dateline is not None
    assert out[1].article.dateline.date is None
    assert records[0]["text"] == _story(1)  # the caller's record is not changed


def test_a_record_names_its_fields_as_the_caller_does() -> None:
    (record,) = parse_many([{"key": "x1", "body": STORY, "when": "Thu, 06 May 2021 10:00:00 GMT"}],
                           text_field="body", date_field="when", id_field="key")  # fmt: skip
    assert record.id == "x1"
    assert record.metadata == {"key": "x1", "when": "Thu, 06 May 2021 10:00:00 GMT"}
    assert record.article.dateline is not None
    assert record.article.dateline.date == dt.date(2021, 5, 5)


def test_records_without_text_or_with_a_bad_date_say_so_and_the_rest_are_parsed() -> None:
    records: list[dict[str, Any]] = [
        {"id": "a", "text": _story(1)},
        {"id": "b", "body": "no text field"},
        {"id": "c", "text": b"bytes"},
        {"id": "d", "text": _story(4), "published": "May 5"},
        {"id": "e", "text": _story(5)},
    ]
    out = list(parse_many(records, date_field="published"))
    codes = {r.id: [d.code for d in r.article.diagnostics] for r in out}
    assert codes == {"a": [], "b": ["not-text"], "c": ["not-text"], "d": ["bad-reference-date"], "e": []}
    assert "'text'" in out[1].article.diagnostics[0].message
    assert [r.article.lead.text if r.article.lead else None for r in out] == [
        "Lead 1.",
        None,
        None,
        "Lead 4.",
        "Lead 5.",
    ]


def _raising_records(count: int) -> Iterator[Mapping[str, Any]]:
    for number in range(count):
        yield {"id": number, "text": _story(number)}
    raise OSError("the feed went away")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("jobs", [1, 2])
def test_records_in_order_and_a_raising_input_yields_all_before_it(jobs: int) -> None:
    out: list[Record] = []
    with pytest.raises(OSError, match="the feed went away"):
        out.extend(parse_many(_raising_records(75), jobs=jobs, chunk_size=8))
    assert [r.id for r in out] == list(range(75))
    assert [r.article.lead.text if r.article.lead else None for r in out] == [f"Lead {n}." for n in range(75)]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=60),
            st.tuples(st.text(max_size=60), st.one_of(st.none(), st.dates(), st.text(max_size=12))),
            st.fixed_dictionaries(
                {"text": st.one_of(st.text(max_size=60), st.integers())},
                optional={"id": st.one_of(st.text(max_size=5), st.integers()), "published": st.text(max_size=12)},
            ),
        ),
        max_size=8,
    )
)
def test_every_item_gives_one_result_of_its_kind_in_order(items: list[Any]) -> None:
    out = list(parse_many(items, date_field="published"))
    assert len(out) == len(items)
    for index, (item, result) in enumerate(zip(items, out, strict=True)):
        if isinstance(item, dict):
            assert isinstance(result, Record)
            assert result.index == index
            assert result.id == item.get("id", index)
            assert "text" not in result.metadata
        else:
            assert isinstance(result, Article)


def test_jobs_zero_or_less_means_one_worker_per_cpu() -> None:
    from wirenews._batch import workers_for  # noqa: PLC0415 - the helper the command line shares

    assert workers_for(0) == workers_for(-1) >= 1
    assert workers_for(None) == workers_for(1) == 1
