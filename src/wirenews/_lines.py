"""Stage 1: the input's non-blank lines with their offsets.

A line is what ``str.splitlines()`` yields and blank means ``line.strip() == ""``,
so that ``Article.blocks`` can promise to cover every non-blank line.
"""

from __future__ import annotations

import attrs
import regex

# The boundaries str.splitlines() knows, \r\n first so it counts as one.
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@attrs.frozen
class Line:
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
    for boundary in (*_LINE_BREAK.finditer(text), None):
        end = boundary.start() if boundary is not None else len(text)
        raw = text[position:end]
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            lines.append(Line(stripped, start, start + len(stripped), blank_before))
            blank_before = False
        else:
            blank_before = True
        if boundary is None:
            break
        position = boundary.end()
    return tuple(lines)
