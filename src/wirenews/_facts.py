"""What each line is by itself, worked out once per article.

The layout stage asks of a line several times whether it is a credit, ends in one,
or is one of the agencies' fixed lines; ``line_facts()`` answers each question at
most once per article and keeps the answers with the article's lines, so that no
cache outlives the article and no module clears another's.

The line rules (``LINE_RULES``) are the roles a line has whatever stands around it,
tried in order, the first that holds winning; the zones of ``._classify`` build on
them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import attrs
import regex

from wirenews._dateline import is_timestamp
from wirenews._lexicon import BYLINE_ROLE_MODIFIERS, BYLINE_ROLES, KICKERS, PAGE_CONTROLS, SECTION_NAMES, TEASER_LABELS
from wirenews._lines import SENTENCE_END, Line
from wirenews._patterns import AGENCY_NAMES, word_trie
from wirenews._photos import CreditMatch, trailing_credit, whole_line_credit
from wirenews.agencies import AGENCIES
from wirenews.records import BlockKind


def _whole(patterns: Sequence[str], *, ignore_case: bool = True) -> regex.Pattern[str]:
    """One pattern matching a whole line that any of ``patterns`` matches."""
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z", flags)


BOILERPLATE = _whole([pattern for agency in AGENCIES for pattern in agency.boilerplate])
# What stands alone above a headline as its rubric, case-folded: an agency's (IN BRIEF), a site's section
# (WORLD NEWS), a kicker (EXCLUSIVE)
RUBRICS = frozenset(rubric.casefold() for agency in AGENCIES for rubric in agency.rubrics) | SECTION_NAMES | KICKERS
STANDFIRST_LAYOUTS = _whole(
    [pattern for agency in AGENCIES if agency.prints_standfirst for pattern in agency.boilerplate]
)
STANDFIRST_AGENCIES = frozenset(
    spelling.casefold() for agency in AGENCIES if agency.prints_standfirst for spelling in agency.spellings
)
# A rule line (``___``, ``---``): it closes the story before a sign-off, or divides its parts.
_RULE = r"_{3,}|-{3,}|\*{3,}|#{3,}"
RULE_LINE = _whole([_RULE])
TRAILER = _whole(
    [pattern for agency in AGENCIES for pattern in agency.trailers]
    + [
        _RULE,
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
# A related-story label (``Read also``), alone or before the headline it links to (``À lire aussi La natalité ...``).
TEASER_LABEL = regex.compile(f"(?i:{word_trie(TEASER_LABELS)})" + r"\s*:?(?=\s|\Z)")
TEASER_LENGTH = 160
_TEASER_OPENINGS = frozenset(label[:2] for label in TEASER_LABELS)  # looked up before the pattern is tried
# The marks that open a page's highlight (``• Talks resume``), and with a digest's and a dash's, any list's item:
# a line so opened is never a caption printed alone
_HIGHLIGHT_MARKS = "*•·▪‣◦-"
ITEM_MARKS = (*_HIGHLIGHT_MARKS, "+", "–", "—")
_HIGHLIGHT = regex.compile(rf"[{regex.escape(_HIGHLIGHT_MARKS)}]\s+\S")
# By and the writers' capitalised names, titles and employer, the agency as it spells itself (dpa).
# The writers may be named by their role first, after their agency or not: ``By Xinhua writer An Bei``.
_BYLINE_ROLE = (
    rf"(?:(?:{AGENCY_NAMES})\s+)?(?i:(?:{word_trie(BYLINE_ROLE_MODIFIERS)})\s+)?(?i:{word_trie(BYLINE_ROLES)})\s+"
)
_BYLINE = regex.compile(
    rf"(?i:by)\s+(?:{_BYLINE_ROLE})?"
    r"\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*){0,7}"
    rf"(?:,\s*(?:{AGENCY_NAMES}))?\Z"
)


class HasLines(Protocol):
    """What a line rule reads: the lines and their credits (the facts, or a zone that carries them)."""

    @property
    def lines(self) -> Sequence[Line]: ...
    @property
    def whole(self) -> Sequence[CreditMatch | None]: ...
    @property
    def trailing(self) -> Sequence[CreditMatch | None]: ...


@attrs.frozen
class LineRule:
    """A role a line has by itself: its name (kept on the block it makes), its kind, its test."""

    name: str
    kind: BlockKind
    holds: Callable[[HasLines, int], bool]


def _boilerplate(facts: HasLines, index: int) -> bool:
    return BOILERPLATE.match(facts.lines[index].text) is not None


def _timestamp(facts: HasLines, index: int) -> bool:
    return is_timestamp(facts.lines[index].text)


def _teaser(facts: HasLines, index: int) -> bool:
    """A label and the headline of another story on one line, short and not closed like a sentence."""
    text = facts.lines[index].text
    if len(text) >= TEASER_LENGTH or text[:2].casefold() not in _TEASER_OPENINGS:
        return False  # most lines: a paragraph, or no label's first letters
    label = TEASER_LABEL.match(text)
    # the label alone (the headline it links to follows: see _classify's "teaser title"), or with that headline
    return label is not None and SENTENCE_END.search(text, label.end()) is None


def _whole_line_credit(facts: HasLines, index: int) -> bool:
    return facts.whole[index] is not None


def _trailing_credit(facts: HasLines, index: int) -> bool:
    return facts.trailing[index] is not None


def _editor_note(facts: HasLines, index: int) -> bool:
    return _EDITOR_NOTE.match(facts.lines[index].text) is not None


# A page's reading time (``4 min read``), a gallery's counter and its breadcrumb trail (``Home > World > Europe``)
_READING_TIME = regex.compile(r"(?i:\d{1,3}[ -]min(?:ute)?s?\.?[ -]read)\Z")
_GALLERY_COUNTER = regex.compile(r"\d{1,3}\s*(?:/|of)\s*\d{1,3}\Z")  # 1 / 3, 2 of 12
_BREADCRUMB = regex.compile(r"[^>›»|\n]{1,40}(?:\s[>›»]\s[^>›»|\n]{1,40}){2,}\Z")
_LONGEST_CONTROL = 120  # characters: a breadcrumb of three 40-character parts


def _page_control(facts: HasLines, index: int) -> bool:
    """A line of the page's own controls: a share button, its reading time, a gallery's counter, its breadcrumb."""
    text = facts.lines[index].text
    if len(text) > _LONGEST_CONTROL:
        return False  # most lines: text, longer than any control
    return (
        text.casefold() in PAGE_CONTROLS
        or _READING_TIME.match(text) is not None
        or _GALLERY_COUNTER.match(text) is not None
        or ((" > " in text or " › " in text or " » " in text) and _BREADCRUMB.match(text) is not None)
    )


def _highlight(facts: HasLines, index: int) -> bool:
    return _HIGHLIGHT.match(facts.lines[index].text) is not None


def _byline(facts: HasLines, index: int) -> bool:
    return _BYLINE.match(facts.lines[index].text) is not None


AGENCY_BOILERPLATE = LineRule("agency boilerplate", BlockKind.BOILERPLATE, _boilerplate)
WHOLE_LINE_CREDIT = LineRule("whole-line credit", BlockKind.PHOTO, _whole_line_credit)
CAPTION_WITH_CREDIT = LineRule("caption with its credit", BlockKind.PHOTO, _trailing_credit)

TEASER = LineRule("teaser", BlockKind.BOILERPLATE, _teaser)
PAGE_CONTROL = LineRule("page control", BlockKind.BOILERPLATE, _page_control)  # Share, 4 min read, Home > World

# The roles a line has by itself, in the order they are tried: the first that holds wins. A byline
# comes before the credits: ``By Ian Jones, Press Association`` names its writer and employer as a
# credit names its photographer and outlet, but a credit never opens with ``By``.
LINE_RULES: tuple[LineRule, ...] = (
    AGENCY_BOILERPLATE,
    TEASER,
    LineRule("timestamp", BlockKind.BOILERPLATE, _timestamp),  # a page's "Updated: ..." line
    PAGE_CONTROL,
    LineRule("byline", BlockKind.BYLINE, _byline),
    WHOLE_LINE_CREDIT,
    CAPTION_WITH_CREDIT,
    LineRule("editor's note", BlockKind.EDITOR_NOTE, _editor_note),
    LineRule("highlight", BlockKind.HIGHLIGHT, _highlight),
)

_UNKNOWN = object()  # a line whose rule has not been asked for yet


@attrs.define
class LineFacts:
    """The lines of one article with what each is by itself."""

    lines: Sequence[Line]
    whole: list[CreditMatch | None]
    """Per line: the credit when the line is nothing but one."""
    trailing: list[CreditMatch | None]
    """Per line: the credit closing it, when it is a caption with its credit (and not a credit alone)."""
    _rules: list[object]

    def line_rule(self, index: int) -> LineRule | None:
        """The first of ``LINE_RULES`` that line ``index`` meets, if any (worked out once)."""
        rule = self._rules[index]
        if rule is _UNKNOWN:
            rule = None
            for candidate in LINE_RULES:
                if candidate.holds(self, index):
                    rule = candidate
                    break
            self._rules[index] = rule
        assert rule is None or isinstance(rule, LineRule)
        return rule


def line_facts(lines: Sequence[Line]) -> LineFacts:
    """Each line's credits, read in one pass; its line rule when first asked for."""
    whole = [whole_line_credit(line.text) for line in lines]
    trailing = [
        None if found is not None else trailing_credit(line.text) for line, found in zip(lines, whole, strict=True)
    ]
    return LineFacts(lines, whole, trailing, [_UNKNOWN] * len(lines))
