"""The cheap checks that spare the costly patterns never turn away what the patterns would read.

Each check is meant as a necessary condition: on any line where the full pattern matches, the check
must say yes. Lines come from every agency's dateline and credit templates, from text made of the
characters the patterns care about, from arbitrary text, and from the corpus sample.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirenews import AGENCIES
from wirenews._dateline import _FORMS, _byline_end, _may_open_with_dateline
from wirenews._photos import _TRAILING, _WHOLE_LINE, _may_be_whole_credit, may_end_in_credit
from wirenews.agencies import render_credit, render_dateline

from sample import corpus_sample

TEMPLATES = [form for agency in AGENCIES for form in (*agency.datelines, *agency.source_lines)]
CREDITS = [form for agency in AGENCIES for form in agency.credits]
PIECES = [
    "MOSCOW",
    "New York",
    "Ore.",
    "/TASS/.",
    "(Reuters) -",
    "(AP) —",
    "Kyodo -",
    "dpa",
    "AP Photo/Evan Vucci",
    "© Mikhail Metzel",
    "March 3",
    "12",
    "—",
    "--",
    ":",
    " ",
    ". ",
    ",",
    "said",
    "told reporters",
    "according to",
    "According to",
    "noting",
    "Gov.",
    "U.S.",
    "the ministry",
    "he",
    "diye konuştu",
    "заявил",
    '"',
    "(",
    ")",
    "Peskov",
    "(AP)",
    "(Xinhua)",
    "REUTERS",
    "x",
]
# Text built from the pieces the patterns look for, in any order.
pieces_text = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
rendered_datelines = st.builds(
    lambda form, date, tail: render_dateline(form, place="Rio de Janeiro", region="Calif.", date=date) + tail,
    st.sampled_from(TEMPLATES),
    st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
    pieces_text,
)
rendered_credits = st.builds(
    lambda caption, form: f"{caption} {render_credit(form, photographer='Li Xin')}",
    pieces_text,
    st.sampled_from(CREDITS),
)
lines = st.one_of(rendered_datelines, rendered_credits, pieces_text, st.text(max_size=300))


def _dateline_needs_hold(line: str) -> None:
    start = _byline_end(line)
    head = line[: start + 240]
    for name, form, needs, _ in _FORMS:
        if needs is not None and form.match(head, start) is not None:
            assert needs(head[start:]), (name, line)


def _dateline_hint_holds(line: str) -> None:
    start = _byline_end(line)
    head = line[: start + 240]
    for name, form, _, _ in _FORMS:
        if name != "source line" and form.match(head, start) is not None:
            assert _may_open_with_dateline(head, start), (name, line)


def _credit_check_holds(line: str) -> None:
    tail = line[-200:]
    if _TRAILING.match(tail) is not None:
        assert may_end_in_credit(tail), line
    if _WHOLE_LINE.match(line) is not None:
        assert _may_be_whole_credit(line), line


@given(lines)
def test_dateline_forms_are_only_skipped_when_they_cannot_match(line: str) -> None:
    _dateline_needs_hold(line)


@given(lines)
def test_datelines_are_only_looked_for_where_a_marker_stands(line: str) -> None:
    _dateline_hint_holds(line)


@given(lines)
def test_credits_are_only_skipped_when_none_can_stand(line: str) -> None:
    _credit_check_holds(line)


SAMPLE = corpus_sample()


@pytest.mark.skipif(not SAMPLE, reason="needs ../shared/corpus")
def test_the_checks_hold_on_every_line_of_the_corpus_sample() -> None:
    for _, text, _ in SAMPLE:
        for line in filter(None, (raw.strip() for raw in text.splitlines())):
            _dateline_needs_hold(line)
            _dateline_hint_holds(line)
            _credit_check_holds(line)
