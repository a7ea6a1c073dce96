"""Stage 3: quotations in the body, found by their marks.

Marks read: ``"..."``, ``“...”``, ``«...»``, ``„...“``, the archive forms
````...''`` (old AP) and ``''...''`` (two apostrophes each side), and ``‘...’``
when it holds four words or more (shorter single
quotes are names and scare quotes).  Quotation marks inside an open quotation
are part of it, and an apostrophe (``Russia’s``, ``’90s``) is never a mark.

A quotation left open at the end of a paragraph continues in the next one when
that opens with a mark (the wire convention); ``"First part," he said, "second
part."`` is one quotation in two parts.  The speakers are found afterwards, by
``wirenews._speakers``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import regex

from wirenews._lexicon import INSCRIPTION_NOUNS, INSCRIPTION_VERBS, SLOGAN_CUES, TITLE_CASE_JOINERS
from wirenews._patterns import word_trie
from wirenews.records import Block, BlockKind

_BODY_KINDS = frozenset({BlockKind.DATELINE_PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING})

# Candidate marks; which of them open or close is decided from their neighbours.
# Two-character marks first, so that ’’ is one closing mark and not two apostrophes.
_MARKS = ("``", "''", "’’", '"', "“", "”", "«", "»", "„", "‘", "’")
_MARK = regex.compile("|".join(map(regex.escape, _MARKS)))
# Any character a mark starts with, found in one pass (the standard library's engine).
_ANY_MARK = re.compile("[" + re.escape("".join(sorted({mark[0] for mark in _MARKS}))) + "]")
# What closes each opening mark: AP's web copy closes “ with two apostrophes (’’) at times.
_CLOSERS = {
    "“": ("”", "’’", "''"),
    "«": ("»",),
    "„": ("“", "”"),
    "``": ("''", "’’", "”", '"'),
    '"': ('"',),
    "''": ("''",),
    "‘": ("’",),
}
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
# A quotation that names rather than quotes: the so-called "reset", a film titled "Heat".
_NAMING = regex.compile(r"(?i:(?:so-called|so called|dubbed|titled|entitled|named|nicknamed|codenamed|called)\s*\Z)")


@attrs.frozen
class FoundPart:
    """A quoted piece: ``[start, end)`` inside the marks, in the input's offsets."""

    block: int
    start: int
    end: int
    open_start: int
    """Offset of the opening mark (== start when the piece continues an open quote)."""
    close_end: int
    """Offset after the closing mark (== end when the piece is left open)."""
    closed: bool


@attrs.frozen
class FoundQuote:
    parts: tuple[FoundPart, ...]
    words: int
    """How many words the parts hold, counted no further than ``MOST_WORDS``."""

    @property
    def short(self) -> bool:
        """One or two words: more often a name or a scare quote than speech (``Quote.short``)."""
        return self.words < 3


MOST_WORDS = 4


def find_quote_spans(text: str, blocks: Sequence[Block]) -> list[FoundQuote]:
    """The body's quotations, each as one or more parts, in order."""
    quotes: list[list[FoundPart]] = []
    carried: list[FoundPart] | None = None  # a quotation left open at the end of a paragraph
    for index, block in enumerate(blocks):
        if block.kind not in _BODY_KINDS:
            continue
        pieces = _scan(block.text)
        for number, (start, end, open_start, close_end, closed) in enumerate(pieces):
            base = block.span.start
            part = FoundPart(index, base + start, base + end, base + open_start, base + close_end, closed)
            if carried is not None and number == 0 and open_start == 0:
                carried.append(part)  # the open quotation goes on in this paragraph
            else:
                carried = None
                quotes.append([part])
            carried = quotes[-1] if not closed else None
        if not pieces:
            carried = None
    merged = _merge_split_quotes(text, quotes)
    counted = ((parts, count_words(text, parts, MOST_WORDS)) for parts in merged)
    return [FoundQuote(tuple(parts), words) for parts, words in counted if _is_quotation(text, parts, words)]


def _scan(paragraph: str) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, open_start, close_end, closed) of each top-level quotation."""
    found: list[tuple[int, int, int, int, bool]] = []
    if _ANY_MARK.search(paragraph) is None:
        return found  # most paragraphs quote no one
    opener: regex.Match[str] | None = None
    nested = 0  # straight quotation marks opened inside an open straight quotation
    for mark in _MARK.finditer(paragraph):
        char = mark.group()
        if opener is None:
            if _can_open(paragraph, mark):
                opener = mark
            continue
        closers = _CLOSERS[opener.group()]
        if char == opener.group() == '"' and _can_open(paragraph, mark) and not _can_close(paragraph, mark):
            nested += 1  # "... the station "Zvenigorod" and ..."
        elif char in closers and _can_close(paragraph, mark):
            if nested:
                nested -= 1
                continue
            found.append((opener.end(), mark.start(), opener.start(), mark.end(), True))
            opener = None
    if opener is not None:
        found.append((opener.end(), len(paragraph), opener.start(), len(paragraph), False))
    return [piece for piece in found if _is_text(paragraph[piece[0] : piece[1]])]


def _can_open(text: str, mark: regex.Match[str]) -> bool:
    char = mark.group()
    if char in ("”", "»", "’", "’’"):
        return False
    before = text[mark.start() - 1] if mark.start() else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if after.isspace():
        return False
    if char == "''":
        # two apostrophes open only where a quotation can start: ''We agree,'' he said.
        return (before.isspace() or before in "([{—–-") and after.isalnum()
    if char in '"‘':
        # straight and single marks open only after a space, a bracket or a dash
        return before.isspace() or before in "([{—–-/:«“„'\"‘"
    return True


def _can_close(text: str, mark: regex.Match[str]) -> bool:
    char = mark.group()
    before = text[mark.start() - 1] if mark.start() else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if char == "’":
        # an apostrophe sits between letters (Russia’s) or before a number (’90s)
        return not (after.isalnum() or (before.isalpha() and after.isalpha()))
    if char == '"':
        return not before.isspace() or not after.isalnum()
    return True


def _is_text(inside: str) -> bool:
    return _WORD.search(inside) is not None


def _merge_split_quotes(text: str, quotes: list[list[FoundPart]]) -> list[list[FoundPart]]:
    """Join ``"First part," he said, "second part."`` into one quotation."""
    merged: list[list[FoundPart]] = []
    for parts in quotes:
        if merged:
            previous = merged[-1][-1]
            first = parts[0]
            gap = text[previous.close_end : first.open_start]
            ends_open = text[previous.start : previous.end].rstrip().endswith(",")
            if previous.block == first.block and previous.closed and ends_open and _SPLIT_ATTRIBUTION.fullmatch(gap):
                merged[-1].extend(parts)
                continue
        merged.append(list(parts))
    return merged


# The words between the pieces of a split quotation: ` he said, `, ` said Peskov. `
_SPLIT_ATTRIBUTION = regex.compile(r"\s*[^\"“”«»„.!?]{2,80}?,\s*")


def _is_quotation(text: str, parts: Sequence[FoundPart], words: int) -> bool:
    """Leave out single-quoted short pieces and quotation marks used to name things."""
    first = parts[0]
    inside = text[first.start : first.end]
    few_words = words < MOST_WORDS
    if text[first.open_start] == "‘" and few_words:
        return False
    before = text[max(0, first.open_start - 20) : first.open_start]
    if len(parts) == 1 and (names_a_thing(inside) or is_slogan(text, first.open_start)):
        return False
    return not (few_words and _NAMING.search(before)) and bool(inside.strip())


# A slogan: chanted, or printed on a banner (``placards reading``), the slogans before it in the same list
# (``chanted, "Fund our schools," and "Put kids first"``).
_SLOGAN_BEFORE = regex.compile(
    rf"(?i:\b(?:{word_trie(SLOGAN_CUES)}|(?:{word_trie(INSCRIPTION_NOUNS)})(?:\s+(?:that\s+)?(?:{word_trie(INSCRIPTION_VERBS)}))?))"
    r"\s*(?:[,:]\s*)?(?:[\"“«„][^\"”»“\n]{1,80}[\"”»“](?:,|\band\b|\bor\b|\s)*)*\Z"
)
_SLOGAN_REACH = 160  # characters before the mark: the cue and a few slogans before this one (bounded time)


def is_slogan(text: str, open_start: int) -> bool:
    """Whether the quotation opening at ``open_start`` is chanted or printed on a banner: a slogan.

    >>> is_slogan('Teachers chanted, "Fund our schools," and "Put kids first"', 42)
    True
    """
    return _SLOGAN_BEFORE.search(text, max(0, open_start - _SLOGAN_REACH), open_start) is not None


_MOST_NAME_WORDS = 8
_INSIDE_A_SENTENCE = regex.compile(r"[.!?;:…]")
_COMPOUND = regex.compile(r"\w[-/]\w")


def names_a_thing(inside: str) -> bool:
    """Quoted words printed as a name, a title or a slogan is: in title case (``"Caravan of Death"``).

    Speech is printed as a sentence is, its words in lower case bar names; a name of a thing, a work's
    title or a slogan capitalises every word but the short joiners (``of``, ``for``), and is no
    quotation. Words all in capitals say nothing (old wire copy prints whole stories so).

    >>> names_a_thing("Pacific Ring of Fire,"), names_a_thing("We will never give up,"), names_a_thing("No,")
    (True, False, False)
    """
    words = inside.strip().rstrip(",.").split()
    if not words or len(words) > _MOST_NAME_WORDS or inside.isupper() or not any(char.islower() for char in inside):
        return False
    if _INSIDE_A_SENTENCE.search(" ".join(words)) is not None:
        return False  # a sentence's stop inside: speech, however capitalised
    if not (_capitalised(words[0]) and _capitalised(words[-1])):
        return False
    if len(words) == 1 and not _COMPOUND.search(words[0]):
        return False  # "No," he said: one word is a name only when it joins several (``Fifty-Fifty-Ding``)
    return all(_capitalised(word) or word.casefold() in TITLE_CASE_JOINERS for word in words)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def count_words(text: str, parts: Sequence[FoundPart], most: int) -> int:
    """How many words the parts hold, counting no further than ``most``."""
    found = 0
    for part in parts:
        for _ in _WORD.finditer(text, part.start, part.end):
            found += 1
            if found >= most:
                return found
    return found
