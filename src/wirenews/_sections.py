"""Sections: each sub-heading with the paragraphs under it, and whether it is background."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from wirenews.records import Block, BlockKind, Paragraph, Section, Span

_BACKGROUND_HEADING = regex.compile(
    r"(?i:\b(?:background|backgrounder|history|context|timeline|key facts|fact ?box|situation|about)\b"
    r"|\A(?:о|об|справка|предыстория)\b)"
)
_SPEECH = regex.compile(r"\b(?:said|says|told|stated|added|noted|stressed|emphasized|according to)\b")


def read_sections(blocks: Sequence[Block], paragraphs: Sequence[tuple[int, Paragraph]]) -> tuple[Section, ...]:
    """The sections: each heading with the paragraphs up to the next, background marked."""
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
        sections.append(
            Section(
                heading=heading.text,
                paragraphs=members,
                is_background=_is_background(heading.text, members, is_last=is_last),
                span=Span(heading.span.start, last_block.span.end),
            )
        )
    return tuple(sections)


def _is_background(heading: str, paragraphs: Sequence[Paragraph], *, is_last: bool) -> bool:
    """Background: named so, or a closing section that reports no one's words."""
    if _BACKGROUND_HEADING.search(heading):
        return True
    return is_last and not heading.isupper() and not any(_SPEECH.search(p.text) for p in paragraphs)
