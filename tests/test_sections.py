"""Sections: a closing section is background only when it reports no one's words.

The convention: a sub-headed section is background when its heading says so (``Background``,
``Timeline``, ``Key facts``, Russian ``Справка``), or when it closes the story and holds neither a
quotation nor an attribution cue (any cue verb of the lexicon, in any language, a cue phrase, or
``according to``).
"""

from __future__ import annotations

import pytest

from wirenews import parse_article

HEAD = "Port reopens after storm\n\nLONDON, May 5 (Reuters) - The port reopened on Monday.\n\n"


def closing_section(heading: str, body: str) -> bool:
    article = parse_article(f"{HEAD}Damage assessed\n\nCrews worked overnight.\n\n{heading}\n\n{body}\n")
    assert [section.heading for section in article.sections] == ["Damage assessed", heading]
    return article.sections[-1].is_background


@pytest.mark.parametrize(
    ("body", "background"),
    [
        ("The port was built in 1890 and handles grain and coal.", True),
        ("Officials warned that repairs could take weeks.", False),
        ("Repairs could take weeks, according to the harbour master.", False),
        ("Repairs could take weeks, the harbour master pointed out.", False),
        ('"It will take weeks," one engineer told reporters.', False),
        ("“We are ready for the next one.”", False),
        ("Les travaux dureront des semaines, a précisé le maire.", False),
        ("Die Arbeiten dauern Wochen, erklärte der Bürgermeister.", False),
    ],
    ids=["no words", "warned", "according to", "cue phrase", "told", "quotation alone", "French", "German"],
)
def test_a_closing_section_is_background_only_without_anyones_words(body: str, background: bool) -> None:
    assert closing_section("The port's past", body) is background


@pytest.mark.parametrize("heading", ["Background", "Timeline of the repairs", "Key facts", "Справка"])
def test_a_heading_that_says_background_makes_it_background(heading: str) -> None:
    assert closing_section(heading, "Officials warned that repairs could take weeks.") is True


def test_a_section_that_is_not_the_last_is_not_background_by_its_words() -> None:
    article = parse_article(f"{HEAD}The port's past\n\nIt was built in 1890.\n\nWhat next\n\nMore work.\n")
    assert [s.is_background for s in article.sections] == [False, True]


@pytest.mark.parametrize(
    "body",
    [
        "The corridor was agreed in 2022 and runs through the Black Sea.",
        "Losses were reported in the first quarter.",
        "The claims were settled in 1986, and its notes mature in 1999.",
    ],
    ids=["passive", "passive plural", "nouns"],
)
def test_cue_words_that_credit_no_one_leave_it_background(body: str) -> None:
    assert closing_section("The port's past", body) is True


# --- sub-headings printed as questions (explainers, "what we know" pages) ---------------------------------------------

QUESTION_LINES = [
    pytest.param("WHO IS THE FRONT-RUNNER?", True, id="capitals"),
    pytest.param("Who is the ‘change candidate’?", True, id="single quotation marks inside"),
    pytest.param("What happens next?", True, id="mixed case"),
    pytest.param("Will the port reopen this week?", True, id="auxiliary first"),
    pytest.param("Pourquoi le port est-il fermé ?", True, id="French"),
    pytest.param("Wie geht es weiter?", True, id="German"),
    pytest.param("The port, closed again?", False, id="no question word first"),
    pytest.param('Is it "safe" now?', False, id="double quotation marks: someone's words"),
    pytest.param(
        "Why did the harbour authority wait until the third storm of the winter to close the port?",
        False,
        id="a question too long for a heading",
    ),
    pytest.param("1. What is at stake?", True, id="an explainer's numbered question"),
    pytest.param("2) How will the channel be cleared?", True, id="numbered with a bracket"),
    pytest.param("3. The port, closed again?", False, id="a numbered item that asks without a question word"),
]


def test_a_question_run_into_the_next_line_is_no_heading() -> None:
    article = parse_article(f"{HEAD}What happens next?\nCrews worked overnight to clear the channel.\n")
    assert article.sections == ()


# --- labels over what follows, and the lines of a table or a fact box -------------------------------------------------

STANDALONE_LINES = [
    pytest.param("BACKGROUND:", True, id="a label in capitals"),
    pytest.param("WHAT THEY SAID:", True, id="a label of several words"),
    pytest.param("Damage: 40 million dollars", False, id="a figure after a colon"),
    pytest.param("KENYA: Dead: 192 Injured: 4,800", False, id="a table's row"),
    pytest.param("Turnout: 65%", False, id="a fact box's line"),
    pytest.param("Height: 154 cm", False, id="a profile's line"),
    pytest.param("10:45 a.m.", True, id="a time is no figure after a colon"),
    pytest.param("Damage assessed: what next", True, id="words after a colon"),
    pytest.param("1. Clear the channel", False, id="a numbered item that is no question: a list's"),
]


@pytest.mark.parametrize(("line", "heading"), [*QUESTION_LINES, *STANDALONE_LINES])
def test_a_line_standing_alone_is_a_heading_unless_a_lists_or_a_tables(line: str, heading: bool) -> None:
    article = parse_article(f"{HEAD}{line}\n\nCrews worked overnight to clear the channel.\n")
    assert [section.heading for section in article.sections] == ([line] if heading else [])


# --- live pages: updates headed by whole sentences --------------------------------------------------------------------

LIVE_HEADING = "Ministers from both countries agree to meet again in Geneva next week to discuss the prisoner exchange"
UPDATE = (
    "The talks will resume on Tuesday, a spokesman for the foreign ministry told reporters in the capital, "
    "after two days in which neither side moved."
)


def _live_page(*middle: str) -> str:
    return HEAD + "\n\n".join(middle) + "\n"


def test_a_sentence_long_heading_on_a_sectioned_page_is_a_heading() -> None:
    article = parse_article(_live_page("Talks go on", UPDATE, LIVE_HEADING, UPDATE, "What comes next", UPDATE))
    assert [section.heading for section in article.sections] == ["Talks go on", LIVE_HEADING, "What comes next"]


def test_a_sentence_long_line_on_a_page_without_sub_headings_is_a_paragraph() -> None:
    article = parse_article(_live_page(LIVE_HEADING, UPDATE))
    assert article.sections == ()


LIVE_LOOKALIKES = [
    pytest.param(f"{LIVE_HEADING} (AP)", id="a caption closed by its credit"),
    pytest.param(f"{LIVE_HEADING}.", id="closed like a sentence"),
    pytest.param(
        "Net 12.5 mln dlrs vs 10.1 mln dlrs, revenues 120.3 mln vs 99.8 mln, per share 1.20 vs 0.98", id="figures"
    ),
]


@pytest.mark.parametrize("line", LIVE_LOOKALIKES)
def test_lines_that_only_look_like_live_headings_are_not(line: str) -> None:
    article = parse_article(_live_page("Talks go on", UPDATE, line, UPDATE, "What comes next", UPDATE))
    assert [section.heading for section in article.sections] == ["Talks go on", "What comes next"]


def test_a_sentence_long_line_over_no_paragraph_is_not_a_live_heading() -> None:
    article = parse_article(_live_page("Talks go on", UPDATE, LIVE_HEADING, "Short note", "What comes next", UPDATE))
    assert LIVE_HEADING not in [section.heading for section in article.sections]


@pytest.mark.parametrize("rule", ["___", "---", "***"])
def test_a_rule_before_a_sub_heading_divides_the_story_and_before_a_credit_signs_it_off(rule: str) -> None:
    article = parse_article(
        f"{HEAD}{rule}\n\nWHO IS THE FRONT-RUNNER?\n\nPolling has been turbulent for weeks.\n\n{rule}\n\n"
        "Associated Press writer Jane Roe contributed to this report.\n"
    )
    rules = [(block.kind.value, block.rule) for block in article.blocks if block.text == rule]
    assert rules == [("boilerplate", "section rule"), ("trailer", "trailer")]
    assert [section.heading for section in article.sections] == ["WHO IS THE FRONT-RUNNER?"]
    assert [trailer.text for trailer in article.trailers][-1].startswith("Associated Press writer")
