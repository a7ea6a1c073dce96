"""The cheap checks that spare the costly patterns never turn away what the patterns would read.

Each check is meant as a necessary condition: on any line where the full pattern matches, the check
must say yes. Lines come from every agency's dateline and credit templates, from text made of the
characters the patterns care about, from arbitrary text, and from the corpus sample.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from wirenews import AGENCIES
from wirenews._credits import _TRAILING, may_end_in_credit
from wirenews._dateline import _FORMS, _byline_end
from wirenews._speakers import _BEFORE, _CUE_WORD, _SEALING_MARKS, _cue_words, _said_mentions, may_introduce_quote
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
    for form, needs in _FORMS:
        if needs is not None and form.match(head, start) is not None:
            assert needs(head[start:]), (form.pattern[:60], line)


def _credit_check_holds(line: str) -> None:
    tail = line[-200:]
    if _TRAILING.match(tail) is not None:
        assert may_end_in_credit(tail), line


def _quote_introduction_check_holds(before: str) -> None:
    if _BEFORE.search(before) is not None:
        assert may_introduce_quote(before), before


def _sealed_quotations(text: str) -> list[tuple[int, int]]:
    """Each stretch from a sealing mark to the next closing mark (or the end): a quotation's extent."""
    stretches = []
    position = 0
    while (opening := next((i for i in range(position, len(text)) if text[i] in _SEALING_MARKS), None)) is not None:
        closing = next((i for i in range(opening + 1, len(text)) if text[i] in '"”»'), len(text) - 1)
        stretches.append((opening, closing + 1))
        position = closing + 1
    return stretches


def _unread_quotations_hide_only_their_own_mentions(text: str) -> None:
    sealed = _sealed_quotations(text)

    def outside(offset: int) -> bool:
        return not any(start <= offset < end for start, end in sealed)

    every = _said_mentions(text, 0, len(text))
    assert _said_mentions(text, 0, len(text), sealed) == [found for found in every if outside(found[2])]


def _cue_words_agree(text: str, start: int, end: int) -> None:
    def found(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str | None, str | None]]:
        return [(m.start(m.lastgroup or 0), m.end(), m.group("according"), m.group("cue")) for m in matches]

    assert found(_cue_words(text, start, end)) == found(_CUE_WORD.finditer(text, start, end))


@given(lines)
def test_dateline_forms_are_only_skipped_when_they_cannot_match(line: str) -> None:
    _dateline_needs_hold(line)


@given(lines)
def test_trailing_credits_are_only_skipped_when_none_can_stand(line: str) -> None:
    _credit_check_holds(line)


@given(st.one_of(pieces_text, st.text(max_size=300)))
@example("According to Gov. Peskov, the plan is ")  # the name after "according to" may hold a dot
@example("According to the U.S. Embassy, it was ")
@example("He left, noting that the talks were ")
def test_words_before_a_quotation_are_only_skipped_when_they_cannot_introduce_it(before: str) -> None:
    _quote_introduction_check_holds(before)


@given(st.one_of(pieces_text, st.text(max_size=300)))
@example('Peskov, the man "who knows, said so"')  # a mention may run up to a mark, never over it
@example("“We will,” said Peskov. He added: «they said so»")
@example("Peskov, the man „who knows, said so“")  # „ does not seal: an appositive may hold it
def test_cue_words_inside_quotations_name_only_people_inside_them(text: str) -> None:
    _unread_quotations_hide_only_their_own_mentions(text)


@given(st.one_of(pieces_text, st.text(max_size=300)), st.data())
def test_cue_words_after_a_gap_are_the_cue_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _cue_words_agree(text, 0, len(text))
    _cue_words_agree(text, start, end)


SAMPLE = corpus_sample()
_QUOTE_MARK = re.compile('["“”«»„]')


@pytest.mark.skipif(not SAMPLE, reason="needs ../shared/corpus")
def test_the_checks_hold_on_every_line_of_the_corpus_sample() -> None:
    for _, text, _ in SAMPLE:
        for line in filter(None, (raw.strip() for raw in text.splitlines())):
            _dateline_needs_hold(line)
            _credit_check_holds(line)
        _cue_words_agree(text, 0, len(text))
        for paragraph in text.split("\n"):
            _unread_quotations_hide_only_their_own_mentions(paragraph)
        for mark in _QUOTE_MARK.finditer(text):
            _quote_introduction_check_holds(text[max(0, mark.start() - 600) : mark.start()])
