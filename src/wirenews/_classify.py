"""Stage 2: give every non-blank line a role and group the lines into blocks.

The story is laid out around its dateline: what stands above it is the head
(page furniture, headline, standfirst, photos, bylines, editors' notes), what
follows is the body (paragraphs, sub-headings, photos, trailers).  Each zone is
read with an ordered table of line rules; the first rule that matches wins.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import attrs
import regex

from wirenews._credits import trailing_credit, whole_line_credit
from wirenews._dateline import DatelineMatch, match_dateline
from wirenews._lines import PARAGRAPH_LENGTH, Line
from wirenews.agencies import AGENCIES
from wirenews.records import BlockKind

# How far into an article a dateline is looked for, in non-blank lines.
_DATELINE_WINDOW = 16


def _whole(patterns: Sequence[str], *, ignore_case: bool = True) -> regex.Pattern[str]:
    """One pattern matching a whole line that any of ``patterns`` matches."""
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z", flags)


_BOILERPLATE = _whole([pattern for agency in AGENCIES for pattern in agency.boilerplate])
_RUBRIC = _whole([regex.escape(rubric) for agency in AGENCIES for rubric in agency.rubrics])
_STANDFIRST_LAYOUTS = _whole(
    [pattern for agency in AGENCIES if agency.prints_standfirst for pattern in agency.boilerplate]
)
_STANDFIRST_AGENCIES = frozenset(
    spelling.casefold() for agency in AGENCIES if agency.prints_standfirst for spelling in agency.spellings
)
_TRAILER = _whole(
    [pattern for agency in AGENCIES for pattern in agency.trailers]
    + [
        r"_{3,}|-{3,}|\*{3,}|#{3,}",
        r"\(?(?:Reporting|Writing|Additional reporting|Editing) by .*",
        r"(?:Copyright|©) .*(?:reserved|Press|Reuters|Agency|News).*",
        r"Follow .* (?:coverage|on Twitter|at http).*",
        r"\((?:END|MORE|ENDS)\)",
    ],
    ignore_case=False,  # sign-offs are printed one way: "hh/ph" is AFP's, "AP/REUTERS" is not
)
_SIGN_OFFS = tuple(
    (regex.compile(f"(?:{pattern})\\Z"), agency.name) for agency in AGENCIES for pattern in agency.trailers
)


def sign_off_agency(line: str) -> str | None:
    """The agency whose sign-off a trailer line is: ``==Kyodo`` -> Kyodo.

    >>> sign_off_agency("==Kyodo"), sign_off_agency("(Reporting by Jane Doe; Editing by John Roe)")
    ('Kyodo', 'Reuters')
    """
    return next((name for pattern, name in _SIGN_OFFS if pattern.match(line)), None)


_EDITOR_NOTE = regex.compile(
    r"\((?:Adds|Updates|Corrects|Recasts|Changes|Refiles|Repeats|Rewrites|Removes|Fixes|Edits|Inserts|Clarifies|"
    r"In [^)]{0,60} story|This (?:story|version)|Releads|Writes through)\b[^\n]*\)\Z"
)
_HIGHLIGHT = regex.compile(r"[*•·▪‣◦-]\s+\S")
_BYLINE = regex.compile(r"(?i:by)\s+\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*){0,7}\Z")
_SENTENCE_END = regex.compile(r"[.!?…:;,]['\"’”»)\]]*\Z")
_TIME_STAMP = regex.compile(r"\d{1,2}(?::\d\d)?\s?[ap]\.m\.(?:\s\p{Lu}{2,4})?\Z")
_LIST_ITEM = regex.compile(r"\d{1,3}[.)]\s")
_QUOTED_LINE = regex.compile(r"[\"“«„‘].{3,150}[\"”»“’]\Z")


@attrs.define
class RawBlock:
    """A block before its fields are read: a role and its first and last line."""

    kind: BlockKind
    first: int
    last: int


@attrs.define
class Layout:
    """Stage 2's result: the blocks, and the dateline with its line."""

    blocks: list[RawBlock]
    dateline: DatelineMatch | None = None
    dateline_line: int | None = None


def classify(lines: Sequence[Line]) -> Layout:
    """Give every line a role and group the lines into blocks."""
    dateline_line, dateline = _find_dateline(lines)
    body_start = dateline_line if dateline_line is not None else _body_start(lines)
    always_standfirst = dateline is not None and (dateline.agency or "").casefold() in _STANDFIRST_AGENCIES
    blocks = _read_head(lines[:body_start], has_dateline=dateline is not None, always_standfirst=always_standfirst)
    blocks.extend(_read_body(lines, body_start, dateline_line))
    return Layout(blocks=blocks, dateline=dateline, dateline_line=dateline_line)


def _find_dateline(lines: Sequence[Line]) -> tuple[int | None, DatelineMatch | None]:
    long_lines = 0
    for index, line in enumerate(lines[:_DATELINE_WINDOW]):
        if index == 0 and len(lines) > 1 and not _looks_like_body(line.text):
            continue  # the first line of a longer text is its headline
        if _head_rule(line.text) in (BlockKind.PHOTO, BlockKind.BOILERPLATE):
            continue
        found = match_dateline(line.text)
        if found is not None and not (found.first_paragraph_only and long_lines):
            return index, found
        if len(line.text) > PARAGRAPH_LENGTH:
            long_lines += 1
        if long_lines <= 1 and _is_place_line(lines, index):
            return index, DatelineMatch(0, len(line.text), line.text, None, line.text, None, None, None, None)
    return None, None


# A line that is nothing but a place, between the standfirst and the lead (Anadolu: "Ankara").
_PLACE_LINE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]+)?\Z")


def _is_place_line(lines: Sequence[Line], index: int) -> bool:
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        index >= 2
        and following is not None
        and len(following.text) > PARAGRAPH_LENGTH
        and _PLACE_LINE.match(lines[index].text) is not None
    )


def _looks_like_body(text: str) -> bool:
    return len(text) > 160


# Headlines end without a full stop; a line past a headline's length that ends in one is a sentence.
_FULL_STOP = regex.compile(r"[^.]\.['\"’”»)]*\Z")


def _opens_with_lead(text: str) -> bool:
    """Whether the first line is the lead of copy printed without a headline."""
    if _looks_like_body(text) and _SENTENCE_END.search(text):
        return True
    return len(text) > PARAGRAPH_LENGTH and _FULL_STOP.search(text) is not None


def _body_start(lines: Sequence[Line]) -> int:
    """With no dateline, the body starts at the first paragraph after the headline.

    A paragraph is a line closed like a sentence that is not a photo caption; the
    standfirst of a layout that prints one is not it. A long sentence where the
    headline would stand is the lead of copy printed without one.
    """
    headline_seen = False
    standfirst_pending = any(_STANDFIRST_LAYOUTS.match(line.text) for line in lines[:_DATELINE_WINDOW])
    for index, line in enumerate(lines[:_DATELINE_WINDOW]):
        if _head_rule(line.text) is not None or _is_caption(lines, index):
            continue
        if not headline_seen:
            if _opens_with_lead(line.text):
                return index  # copy that opens with its lead: a headline is never a long sentence
            headline_seen = True
        elif standfirst_pending:
            standfirst_pending = False
        elif _SENTENCE_END.search(line.text):
            return index
    return len(lines) if len(lines) <= _DATELINE_WINDOW else min(len(lines), 1)


def _is_caption(lines: Sequence[Line], index: int) -> bool:
    """A line directly followed by its credit line, or by itself without the credit, is a caption."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.blank_before:
        return False
    return whole_line_credit(following.text) is not None or is_repeated_caption(lines[index].text, following.text)


def is_repeated_caption(with_credit: str, caption: str) -> bool:
    """The older TASS layout prints ``caption CREDIT`` and then ``caption`` again."""
    return len(caption) < len(with_credit) and with_credit.startswith(caption) and with_credit[len(caption)] == " "


def clear_line_caches() -> None:
    """Forget the per-line answers cached by the layout stage (for benchmarks that parse a text twice)."""
    for cached in (_head_rule, whole_line_credit, trailing_credit):
        cached.cache_clear()


@functools.lru_cache(maxsize=4096)
def _head_rule(text: str) -> BlockKind | None:
    """The ordered rules for a line above the dateline; None leaves it for headline/standfirst."""
    rules: tuple[tuple[Callable[[str], object], BlockKind], ...] = (
        (_BOILERPLATE.match, BlockKind.BOILERPLATE),
        (whole_line_credit, BlockKind.PHOTO),
        (trailing_credit, BlockKind.PHOTO),
        (_EDITOR_NOTE.match, BlockKind.EDITOR_NOTE),
        (_HIGHLIGHT.match, BlockKind.HIGHLIGHT),
        (_BYLINE.match, BlockKind.BYLINE),
    )
    for matches, kind in rules:
        if matches(text):
            return kind
    return None


def _read_head(lines: Sequence[Line], *, has_dateline: bool, always_standfirst: bool) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    headline_seen = False
    always_standfirst = always_standfirst or any(_STANDFIRST_LAYOUTS.match(line.text) for line in lines)
    standfirst_allowed = has_dateline or always_standfirst
    standfirst_seen = False
    for index, line in enumerate(lines):
        kind = _head_rule(line.text)
        if kind is None and not headline_seen and _RUBRIC.match(line.text) and index + 1 < len(lines):
            kind = BlockKind.BOILERPLATE  # a rubric printed above the headline
        if (
            kind is BlockKind.PHOTO
            and not headline_seen
            and not blocks_hold(blocks, BlockKind.PHOTO)
            and whole_line_credit(line.text) is None
            and not _is_caption(lines, index)
        ):
            kind = None  # "Ky. Company Wins Grant (AP)": a headline tagged with its agency, not a caption
        if kind is None:
            if not headline_seen and not _is_caption(lines, index):
                kind = BlockKind.HEADLINE
                headline_seen = True
            elif (
                standfirst_allowed
                and not standfirst_seen
                and (always_standfirst or not _is_caption(lines, index))
                and not (index + 1 < len(lines) and is_repeated_caption(line.text, lines[index + 1].text))
            ):
                kind = BlockKind.STANDFIRST
                standfirst_seen = True
            else:
                kind = BlockKind.PHOTO  # a caption, alone or before its credit line
        _append(blocks, kind, index, line, lines)
    return blocks


def blocks_hold(blocks: Sequence[RawBlock], kind: BlockKind) -> bool:
    return any(block.kind is kind for block in blocks)


def _append(blocks: list[RawBlock], kind: BlockKind, index: int, line: Line, lines: Sequence[Line]) -> None:
    """Add a line as a block of its own, or to the photo block it belongs to."""
    previous = blocks[-1] if blocks else None
    if (
        kind is BlockKind.PHOTO
        and previous is not None
        and previous.kind is BlockKind.PHOTO
        and previous.last - previous.first < _PHOTO_LINES - 1
        and _same_photo(lines, previous, index)
    ):
        previous.last = index
        return
    blocks.append(RawBlock(kind, index, index))


# The most lines one photo takes: "caption CREDIT", "caption", "© CREDIT" in TASS's older layout.
_PHOTO_LINES = 3


def _same_photo(lines: Sequence[Line], photo: RawBlock, index: int) -> bool:
    """Whether a photo line continues the photo block before it.

    It does when it is the credit of a caption printed alone, a repeat of the
    block's caption, or a repeat of the block's credit (``© AP Photo/...``).
    """
    text = lines[index].text
    credit = whole_line_credit(text)
    block_credits = set()
    block_captions = set()
    for line in lines[photo.first : photo.last + 1]:
        whole = whole_line_credit(line.text)
        if whole is not None:
            block_credits.add(whole.credit)
            continue
        trailing = trailing_credit(line.text)
        if trailing is not None:
            block_credits.add(trailing.credit)
            block_captions.add(line.text[: trailing.markup_start].strip())
        else:
            block_captions.add(line.text)
    if credit is not None:
        return not block_credits or credit.credit in block_credits
    return text in block_captions or any(is_repeated_caption(caption, text) for caption in block_captions)


def _read_body(lines: Sequence[Line], start: int, dateline_line: int | None) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    for index in range(start, len(lines)):
        line = lines[index]
        text = line.text
        kind: BlockKind
        if index == dateline_line:
            kind = BlockKind.DATELINE_PARAGRAPH
        elif _BOILERPLATE.match(text):
            kind = BlockKind.BOILERPLATE
        elif blocks and _is_teaser_title(lines, blocks[-1], index):
            blocks[-1].last = index  # "Read also" and the headline it links to: one piece of furniture
            continue
        elif _TRAILER.match(text):
            kind = BlockKind.TRAILER
        elif whole_line_credit(text) or trailing_credit(text) or _is_caption(lines, index):
            kind = BlockKind.PHOTO
        elif _is_heading(lines, index):
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        _append(blocks, kind, index, line, lines)
    return blocks


def _is_teaser_title(lines: Sequence[Line], previous: RawBlock, index: int) -> bool:
    """The headline under a ``Read also`` line: the next line, short and not closed like a sentence."""
    text = lines[index].text
    return (
        previous.kind is BlockKind.BOILERPLATE
        and previous.last == index - 1
        and _TEASER.match(lines[previous.last].text) is not None
        and len(text) < _TEASER_LENGTH
        and _SENTENCE_END.search(text) is None
    )


_TEASER = regex.compile(r"(?i:read (?:also|more)):?\Z")
_TEASER_LENGTH = 160


def _is_heading(lines: Sequence[Line], index: int) -> bool:
    """A short line standing alone between paragraphs, not closed like a sentence."""
    line = lines[index]
    text = line.text
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or not line.blank_before or len(text) > 100 or len(text.split()) > 14:
        return False
    if not (text[0].isupper() or text[0] in "\"“«„'‘" or text[0].isdigit()) or _LIST_ITEM.match(text):
        return False
    if _QUOTED_LINE.match(text) and not _SENTENCE_END.search(text[:-1]):
        return True  # a quotation standing as a heading
    if _TIME_STAMP.match(text):
        return True  # AP's "The Latest" entries: "10 p.m."
    return _SENTENCE_END.search(text) is None
