"""Sections: which lines are sub-headings, each with the paragraphs under it, and whether it is background."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from wirenews._lexicon import (
    ACCORDING_TO,
    BACKGROUND_HEADING_OPENERS,
    BACKGROUND_HEADING_WORDS,
    CUE_PHRASES,
    CUE_VERBS,
    CUE_WORDS,
    DETERMINERS,
    PASSIVE_AUXILIARIES,
    QUESTION_OPENERS,
)
from wirenews._lines import SENTENCE_END, Line
from wirenews.records import Block, BlockKind, Paragraph, Quote, Section, Span

_TIME_STAMP = regex.compile(r"\d{1,2}(?::\d\d)?\s?[ap]\.m\.(?:\s\p{Lu}{2,4})?\Z")
_LIST_ITEM = regex.compile(r"\d{1,3}[.)]\s")
_QUOTED_LINE = regex.compile(r"[\"“«„‘].{3,150}[\"”»“’]\Z")
_DOUBLE_QUOTE = regex.compile(r"[\"“”«»„]")
_FIRST_WORD = regex.compile(r"[\w'’\-]+")
_FIGURES_AFTER_A_COLON = regex.compile(r"\p{L}:\s+[-+]?[$€£¥]?\d")
_LABEL = regex.compile(r"\p{Lu}[\p{Lu}'’\- ]{2,40}:\Z")
_HEADING_LENGTH = 100
_HEADING_WORDS = 14


def is_heading(lines: Sequence[Line], index: int) -> bool:
    """A short line standing alone between paragraphs, not closed like a sentence, or a question so printed."""
    line = lines[index]
    text = line.text
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or not line.blank_before or len(text) > _HEADING_LENGTH or len(text.split()) > _HEADING_WORDS:
        return False
    if not (text[0].isupper() or text[0] in "\"“«„'‘" or text[0].isdigit()):
        return False
    item = _LIST_ITEM.match(text)
    if item is not None:
        # a list's item, unless it is an explainer's numbered question standing alone: "2) How will it work?"
        question = text[item.end() :]
        return text.endswith("?") and following.blank_before and _is_question_heading(question)
    if _FIGURES_AFTER_A_COLON.search(text):
        return False  # a table's or a fact box's line: "KENYA: Total dead: 192", "Turnout: 65%"
    if _LABEL.match(text):
        return True  # a label in capitals over what follows: "BACKGROUND:", "WHAT THEY SAID:"
    if _QUOTED_LINE.match(text) and not SENTENCE_END.search(text[:-1]):
        return True  # a quotation standing as a heading
    if _TIME_STAMP.match(text):
        return True  # AP's "The Latest" entries: "10 p.m."
    if text.endswith("?") and following.blank_before and _is_question_heading(text):
        return True  # explainers' sub-heads: "WHO IS THE FRONT-RUNNER?"
    return SENTENCE_END.search(text) is None


# Live pages head their updates with whole sentences, unpunctuated: longer than a sub-heading, but only
# on a page that is divided by sub-headings already.
_LIVE_HEADING_LENGTH = 150
_LIVE_HEADING_WORDS = 22
_HEADINGS_OF_A_LIVE_PAGE = 2
_DIGITS = regex.compile(r"\d")


def is_live_heading(lines: Sequence[Line], index: int) -> bool:
    """A sentence-long line standing alone, unpunctuated, as live pages head their updates.

    (Whether the page is divided by sub-headings is the caller's to say.)
    """
    line = lines[index]
    text = line.text
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or not line.blank_before or not following.blank_before:
        return False
    longer = len(text) > _HEADING_LENGTH or len(text.split()) > _HEADING_WORDS
    within = len(text) <= _LIVE_HEADING_LENGTH and len(text.split()) <= _LIVE_HEADING_WORDS
    # the update it heads follows: a paragraph, longer than the heading and closed like a sentence
    heads_an_update = len(following.text) > len(text) and SENTENCE_END.search(following.text) is not None
    return longer and within and heads_an_update and _reads_as_live_heading(text)


def _reads_as_live_heading(text: str) -> bool:
    # not a sentence, not a caption closed by its credit "(AAP)", not a table's or a note's line of figures
    return (
        text[0].isupper()
        and SENTENCE_END.search(text) is None
        and not text.endswith(")")
        and len(_DIGITS.findall(text)) < 4
    )


def is_sectioned(lines: Sequence[Line], start: int) -> bool:
    """Whether the lines from ``start`` hold the sub-headings of a page divided into sections."""
    found = 0
    for index in range(start, len(lines)):
        if is_heading(lines, index):
            found += 1
            if found >= _HEADINGS_OF_A_LIVE_PAGE:
                return True
    return False


def _is_question_heading(text: str) -> bool:
    """A question in the heading's own words (not quoted speech), opening with a question word."""
    first = _FIRST_WORD.match(text)
    return first is not None and first.group().casefold() in QUESTION_OPENERS and not _DOUBLE_QUOTE.search(text)


_BACKGROUND_HEADING = regex.compile(
    r"(?i:\b(?:" + "|".join(regex.escape(word) for word in BACKGROUND_HEADING_WORDS) + r")\b"
    r"|\A(?:" + "|".join(BACKGROUND_HEADING_OPENERS) + r")\b)"
)
# An attribution cue: any cue verb of the lexicon (any language), a cue phrase, or "according to".
_WORD = regex.compile(r"\w+")
_NOT_A_SPEAKERS_VERB = PASSIVE_AUXILIARIES | DETERMINERS  # English words: before English cues only
_ENGLISH_CUES = CUE_VERBS["en"]
_CUE_PHRASE = regex.compile(
    r"(?i:\b(?:" + "|".join(regex.escape(phrase) for phrase in (ACCORDING_TO, *CUE_PHRASES)) + r")\b)"
)


def read_sections(
    blocks: Sequence[Block], paragraphs: Sequence[tuple[int, Paragraph]], quotes: Sequence[Quote] = ()
) -> tuple[Section, ...]:
    """The sections: each heading with the paragraphs up to the next, background marked."""
    quoted = sorted(quote.span.start for quote in quotes)
    headings = [index for index, block in enumerate(blocks) if block.kind is BlockKind.HEADING]
    members_of: dict[int, list[Paragraph]] = {heading: [] for heading in headings}
    for block_index, paragraph in paragraphs:  # each paragraph belongs to the last heading before it
        owner = bisect.bisect_left(headings, block_index) - 1
        if owner >= 0:
            members_of[headings[owner]].append(paragraph)
    sections: list[Section] = []
    for number, heading_index in enumerate(headings):
        end_index = headings[number + 1] if number + 1 < len(headings) else len(blocks)
        members = tuple(members_of[heading_index])
        heading = blocks[heading_index]
        last_block = blocks[max(heading_index, end_index - 1)]
        is_last = number == len(headings) - 1
        span = Span(heading.span.start, last_block.span.end)
        has_quote = bisect.bisect_left(quoted, span.start) < bisect.bisect_left(quoted, span.end)
        sections.append(
            Section(
                heading=heading.text,
                paragraphs=members,
                is_background=_is_background(heading.text, members, is_last=is_last, has_quote=has_quote),
                span=span,
            )
        )
    return tuple(sections)


def _is_background(heading: str, paragraphs: Sequence[Paragraph], *, is_last: bool, has_quote: bool) -> bool:
    """Background: named so, or a closing section that reports no one's words (no quotation, no cue)."""
    if _BACKGROUND_HEADING.search(heading):
        return True
    if not is_last or heading.isupper() or has_quote:
        return False
    return not any(reports_words(paragraph.text) for paragraph in paragraphs)


def reports_words(text: str) -> bool:
    """Whether ``text`` credits anyone with words: a cue verb of any language, a cue phrase or ``according to``.

    An English cue word after a passive auxiliary or a determiner is no one's words (``was agreed``,
    ``the claims``).

        >>> reports_words("Officials warned of delays."), reports_words("The deal was agreed in 2022.")
        (True, False)
    """
    words = [word.casefold() for word in _WORD.findall(text)]
    for before, word in zip(["", *words], words, strict=False):  # each word with the one before it
        if word in CUE_WORDS and not (word in _ENGLISH_CUES and before in _NOT_A_SPEAKERS_VERB):
            return True
    return _CUE_PHRASE.search(text) is not None
