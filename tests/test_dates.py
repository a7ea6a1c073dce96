"""Reference dates read from records and the command line, in the forms sources print them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirenews import cli
from wirenews._dates import read_date

# (value, date) in the forms records and feeds use
FORMS = [
    pytest.param("2024-12-26", dt.date(2024, 12, 26), id="ISO date"),
    pytest.param("2024-12-26T10:00:00Z", dt.date(2024, 12, 26), id="ISO timestamp"),
    pytest.param("2024-12-26 23:59:00+03:00", dt.date(2024, 12, 26), id="ISO with a space"),
    pytest.param("Thu, 26 Dec 2024 10:00:00 GMT", dt.date(2024, 12, 26), id="RFC 2822 (RSS)"),
    pytest.param("Thu, 26 Dec 2024 10:00:00 +0300", dt.date(2024, 12, 26), id="RFC 2822 with an offset"),
    pytest.param("December 26, 2024", dt.date(2024, 12, 26), id="month day, year"),
    pytest.param("26 December 2024", dt.date(2024, 12, 26), id="day month year"),
    pytest.param("Dec. 26, 2024", dt.date(2024, 12, 26), id="abbreviated month"),
    pytest.param("12/26/2024", dt.date(2024, 12, 26), id="numeric, month first"),
    pytest.param("  2024-12-26\n", dt.date(2024, 12, 26), id="surrounding space"),
]


@pytest.mark.parametrize(("value", "date"), FORMS)
def test_printed_dates_are_read(value: str, date: dt.date) -> None:
    assert read_date(value) == date


NOT_WHOLE_DATES = [
    pytest.param("December 26", id="no year"),
    pytest.param("2024", id="a year alone"),
    pytest.param("Dec 2024", id="no day"),
    pytest.param("Thursday", id="a weekday"),
    pytest.param("", id="empty"),
    pytest.param("yesterday", id="a word"),
    pytest.param("2024-13-01", id="no such month"),
    pytest.param("x" * 500, id="too long"),
]


@pytest.mark.parametrize("value", NOT_WHOLE_DATES)
def test_what_is_not_a_whole_date_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        read_date(value)


_RENDERINGS: tuple[Callable[[dt.date], str], ...] = (
    lambda d: d.isoformat(),
    lambda d: f"{d.isoformat()}T08:30:00Z",
    lambda d: f"{d:%a, %d %b %Y} 08:30:00 GMT",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d.day} {d:%B} {d.year}",
)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(_RENDERINGS))
def test_any_date_reads_back_in_every_form(date: dt.date, render: Callable[[dt.date], str]) -> None:
    assert read_date(render(date)) == date


@given(st.text(max_size=60))
def test_arbitrary_text_is_a_date_or_a_value_error(value: str) -> None:
    try:
        date = read_date(value)
    except ValueError:
        return
    assert isinstance(date, dt.date)


def test_date_field_in_a_feed_form_sets_the_reference_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"id": 1, "published": "Thu, 02 Jan 2025 10:00:00 GMT", "text": "Talks\n\nMOSCOW, December 31. /TASS/. Talks."},
        {"id": 2, "published": "December 31", "text": "Talks\n\nMOSCOW, December 31. /TASS/. Talks."},
    ]
    source = tmp_path / "feed.jsonl"
    source.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    status = cli.main(["parse", str(source), "--date-field", "published"])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0  # the second record's date is no whole date: parsed without one, and it says so
    assert out[0]["article"]["dateline"]["date"] == "2024-12-31"  # the year nearest the feed's date
    assert "error" not in out[1]
    assert out[1]["article"]["dateline"]["date"] is None
    assert [d["code"] for d in out[1]["article"]["diagnostics"]] == ["bad-reference-date"]
