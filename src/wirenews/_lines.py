"""Stage 1: the input's non-blank lines with their offsets.

A line is what ``str.splitlines()`` yields and blank means ``line.strip() == ""``,
so that ``Article.blocks`` can promise to cover every non-blank line.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

PARAGRAPH_LENGTH = 100
"""Characters past which a line reads as a paragraph, not a heading, headline or place line."""

SENTENCE_END = regex.compile(r"[.!?…:;,]['\"’”»)\]]*\Z")
"""A line closed like a sentence (or a clause): headings, headlines and teaser titles are not."""


class Line(NamedTuple):  # a tuple: built for every line of every article, so cheap to make
    """A non-blank line: ``text`` is the line stripped, found at ``[start, end)``."""

    text: str
    start: int
    end: int
    blank_before: bool
    """True when a blank line (or the start of the input) comes before it."""


def split_lines(text: str) -> tuple[Line, ...]:
    r"""The non-blank lines of ``text``, stripped, with their offsets.

    >>> [(line.text, line.start, line.blank_before) for line in split_lines("a\r\n\n  b \nc")]
    [('a', 0, True), ('b', 6, True), ('c', 9, False)]
    """
    lines: list[Line] = []
    blank_before = True
    position = 0
    for piece in text.splitlines(keepends=True):
        stripped = piece.strip()  # its line break too: every break splitlines() knows is whitespace
        if stripped:
            start = position + len(piece) - len(piece.lstrip())
            lines.append(Line(stripped, start, start + len(stripped), blank_before))
            blank_before = False
        else:
            blank_before = True
        position += len(piece)
    return tuple(lines)
