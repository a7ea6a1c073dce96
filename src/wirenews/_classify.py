"""Give every non-blank line a role and group the lines into blocks.

The story is laid out around its dateline: what stands above it is the head
(page furniture, headline, standfirst, photos, bylines, editors' notes), what
follows is the body (paragraphs, sub-headings, photos, trailers).  Each zone is
read with a named, ordered table of rules (``HEAD_RULES``, ``BODY_RULES``): the
first rule that holds for a line gives its role, and its name is kept on the block
(``Block.rule``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from wirenews._dateline import DatelineMatch, match_dateline
from wirenews._facts import (
    AGENCY_BOILERPLATE,
    CAPTION_WITH_CREDIT,
    ITEM_MARKS,
    LINE_RULES,
    PAGE_CONTROL,
    RUBRICS,
    RULE_LINE,
    STANDFIRST_AGENCIES,
    STANDFIRST_LAYOUTS,
    TEASER,
    TEASER_LABEL,
    TEASER_LENGTH,
    TRAILER,
    WHOLE_LINE_CREDIT,
    LineFacts,
    LineRule,
    line_facts,
)
from wirenews._lines import PARAGRAPH_LENGTH, SENTENCE_END, Line
from wirenews._photos import CAPTION_LENGTH, PHOTO_LINES, CreditMatch, is_caption, is_repeated_caption, same_photo
from wirenews._sections import is_heading, is_live_heading, is_sectioned
from wirenews.records import BlockKind

# How far into an article a dateline is looked for, in non-blank lines.
_DATELINE_WINDOW = 16


@attrs.define
class RawBlock:
    """A block before its fields are read: a role, the rule that gave it, its first and last line."""

    kind: BlockKind
    first: int
    last: int
    rule: str


@attrs.define
class Layout:
    """The layout stage's result: the blocks, the lines' facts, and the dateline with its line."""

    blocks: list[RawBlock]
    facts: LineFacts
    dateline: DatelineMatch | None = None
    dateline_line: int | None = None


@attrs.define
class Zone:
    """One zone of an article as it is read: its lines' facts, where it ends, the blocks so far.

    It carries the lines and their credits itself, so that the line rules read a zone as they read
    the facts (no wrapper call per line and rule).
    """

    facts: LineFacts
    start: int
    end: int
    """The zone's lines are ``facts.lines[start:end]`` (the head stops at the dateline, the body starts there)."""
    lines: Sequence[Line] = attrs.field(init=False)
    whole: Sequence[CreditMatch | None] = attrs.field(init=False)
    trailing: Sequence[CreditMatch | None] = attrs.field(init=False)
    blocks: list[RawBlock] = attrs.Factory(list)
    dateline_line: int | None = None
    standfirst_allowed: bool = False
    dated: bool = False
    """Whether a dateline closes the zone (the head of dated copy)."""
    always_standfirst: bool = False
    headline_seen: bool = False
    standfirst_seen: bool = False
    sectioned: bool | None = None
    """Whether the zone holds two sub-headings or more: worked out when first asked."""

    def __attrs_post_init__(self) -> None:
        self.lines, self.whole, self.trailing = self.facts.lines, self.facts.whole, self.facts.trailing


@attrs.frozen
class ZoneRule:
    """A role a line takes in its zone: a name (``Block.rule``), a kind, and when it holds.

    A kind of None joins the line to the block before it.
    """

    name: str
    kind: BlockKind | None
    holds: Callable[[Zone, int], bool]


def _line(rule: LineRule) -> ZoneRule:
    """A line rule (what a line is by itself) as a rule of a zone."""
    return ZoneRule(rule.name, rule.kind, rule.holds)


def classify(lines: Sequence[Line]) -> Layout:
    """Give every line a role and group the lines into blocks."""
    facts = line_facts(lines)
    dateline_line, dateline = _find_dateline(facts)
    standfirst_over_photo = False
    if dateline_line is not None:
        body_start = dateline_line
    else:
        body_start, standfirst_over_photo = _body_start(facts)
    always_standfirst = dateline is not None and (dateline.agency or "").casefold() in STANDFIRST_AGENCIES
    always_standfirst = always_standfirst or any(STANDFIRST_LAYOUTS.match(line.text) for line in lines[:body_start])
    head = Zone(
        facts,
        0,
        body_start,
        standfirst_allowed=dateline is not None or always_standfirst or standfirst_over_photo,
        dated=dateline is not None,
        always_standfirst=always_standfirst,
    )
    _read(head, HEAD_RULES)
    body = Zone(facts, body_start, len(lines), dateline_line=dateline_line)
    _read(body, BODY_RULES)
    if dateline is not None and dateline_line is not None:
        dateline_block = next(block for block in body.blocks if block.first == dateline_line)
        dateline_block.rule = f"dateline: {dateline.form}"
    return Layout(blocks=head.blocks + body.blocks, facts=facts, dateline=dateline, dateline_line=dateline_line)


def _read(zone: Zone, rules: Sequence[ZoneRule]) -> None:
    """Give each line of the zone the first of ``rules`` that holds."""
    for index in range(zone.start, zone.end):
        for rule in rules:  # the last rule always holds
            if rule.holds(zone, index):
                break
        if rule.kind is None:
            zone.blocks[-1].last = index
            continue
        if rule.kind is BlockKind.HEADLINE:
            zone.headline_seen = True
        elif rule.kind is BlockKind.STANDFIRST:
            zone.standfirst_seen = True
        _append(zone, rule, index)


def _append(zone: Zone, rule: ZoneRule, index: int) -> None:
    """Add a line as a block of its own, or to the photo block it belongs to."""
    assert rule.kind is not None
    previous = zone.blocks[-1] if zone.blocks else None
    if (
        rule.kind is BlockKind.PHOTO
        and previous is not None
        and previous.kind is BlockKind.PHOTO
        and previous.last - previous.first < PHOTO_LINES - 1
        and same_photo(zone.facts, previous.first, previous.last, index)
    ):
        previous.last = index
        return
    zone.blocks.append(RawBlock(rule.kind, index, index, rule.name))


# --- where the body starts ---


def _find_dateline(facts: LineFacts) -> tuple[int | None, DatelineMatch | None]:
    lines = facts.lines
    long_lines = 0
    for index, line in enumerate(lines[:_DATELINE_WINDOW]):
        if index == 0 and len(lines) > 1 and not _looks_like_body(line.text):
            continue  # the first line of a longer text is its headline
        rule = facts.line_rule(index)
        if rule is not None and rule.kind in (BlockKind.PHOTO, BlockKind.BOILERPLATE, BlockKind.BYLINE):
            continue  # a line that is all byline (By Sam Lister, Press Association) holds no dateline
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
    if _looks_like_body(text) and SENTENCE_END.search(text):
        return True
    return len(text) > PARAGRAPH_LENGTH and _FULL_STOP.search(text) is not None


def _body_start(facts: LineFacts) -> tuple[int, bool]:
    """With no dateline, the body starts at the first paragraph after the headline.

    A paragraph is a line closed like a sentence that is not a photo caption; the
    standfirst of a layout that prints one is not it. A long sentence where the
    headline would stand is the lead of copy printed without one. A short paragraph
    printed between the headline and the lead photo is the page's standfirst, and the
    body starts after the photo (the second value says so).
    """
    lines = facts.lines
    headline_seen = False
    standfirst_pending = False
    for index, line in enumerate(lines[:_DATELINE_WINDOW]):
        if not headline_seen and STANDFIRST_LAYOUTS.match(line.text):
            # the furniture of a page that prints a standfirst stands above its headline (All news);
            # a "Read more" teaser inside the story says nothing of the page's layout
            standfirst_pending = True
        if facts.line_rule(index) is not None or is_caption(facts, index, len(lines)):
            continue
        if not headline_seen:
            if _opens_with_lead(line.text):
                return index, False  # copy that opens with its lead: a headline is never a long sentence
            headline_seen = True
        elif standfirst_pending:
            standfirst_pending = False
        elif SENTENCE_END.search(line.text):
            after_photo = _after_lead_photo(facts, index)
            if after_photo is not None and len(line.text) <= _STANDFIRST_LENGTH:
                return after_photo, True
            return index, False
    return (len(lines) if len(lines) <= _DATELINE_WINDOW else min(len(lines), 1)), False


# A standfirst is a sentence or two; a longer paragraph above the lead photo is the lead itself.
_STANDFIRST_LENGTH = 320


def _after_lead_photo(facts: LineFacts, index: int) -> int | None:
    """Where the body starts when a photo follows paragraph ``index`` and a paragraph follows the photo."""
    lines = facts.lines
    after = index + 1
    while after < len(lines):
        rule = facts.line_rule(after)
        if not ((rule is not None and rule.kind is BlockKind.PHOTO) or is_caption(facts, after, len(lines))):
            break
        after += 1
    return after if index + 1 < after < len(lines) else None


# --- the head zone ---


def _agency_tagged_headline(zone: Zone, index: int) -> bool:
    """``Ky. Company Wins Grant (AP)``: a headline tagged with its agency, not a caption with its credit."""
    return (
        not zone.headline_seen
        and zone.facts.line_rule(index) is CAPTION_WITH_CREDIT
        and not any(block.kind is BlockKind.PHOTO for block in zone.blocks)
        and not is_caption(zone.facts, index, zone.end)
    )


def _rubric(zone: Zone, index: int) -> bool:
    """A rubric printed above the headline: an agency's (``IN BRIEF``), a site's section or a kicker (``WORLD``)."""
    if zone.headline_seen or index + 1 >= zone.end:
        return False
    return zone.lines[index].text.casefold() in RUBRICS


def _headline(zone: Zone, index: int) -> bool:
    return not zone.headline_seen and not is_caption(zone.facts, index, zone.end)


def _standfirst(zone: Zone, index: int) -> bool:
    lines = zone.lines
    return (
        zone.standfirst_allowed
        and not zone.standfirst_seen
        and (zone.always_standfirst or not is_caption(zone.facts, index, zone.end))
        and not (index + 1 < zone.end and is_repeated_caption(lines[index].text, lines[index + 1].text))
    )


def _beside_a_photo(zone: Zone, index: int) -> bool:
    """A caption: followed by its credit, or printed on under a photo's lines (a credit above its caption).

    A line above the body that no credit stands beside is no caption: it is copy printed without a
    dateline's paragraph breaks (a table's rows, a wire's hard-wrapped lines, a roundup's items).
    """
    if is_caption(zone.facts, index, zone.end):
        return True
    previous = zone.blocks[-1] if zone.blocks else None
    return previous is not None and previous.kind is BlockKind.PHOTO and previous.last == index - 1


def _caption_without_credit(zone: Zone, index: int) -> bool:
    """A photo's caption printed with no credit (TASS): a short line, not closed like a sentence, above a dateline.

    Without a dateline such a line is as likely a table's row, so it is read as copy there.
    """
    text = zone.lines[index].text
    return (
        zone.dated
        and len(text) <= CAPTION_LENGTH
        and SENTENCE_END.search(text) is None
        and not text.startswith(ITEM_MARKS)
    )


def _always(zone: Zone, index: int) -> bool:
    return True


# The rules for a line above the dateline, in order: the first that holds gives the line its role.
HEAD_RULES: tuple[ZoneRule, ...] = (
    ZoneRule("headline tagged with its agency", BlockKind.HEADLINE, _agency_tagged_headline),
    *(_line(rule) for rule in LINE_RULES),
    ZoneRule("rubric", BlockKind.BOILERPLATE, _rubric),
    ZoneRule("headline", BlockKind.HEADLINE, _headline),
    ZoneRule("standfirst", BlockKind.STANDFIRST, _standfirst),
    ZoneRule("caption", BlockKind.PHOTO, _beside_a_photo),  # before its credit line, or under a photo's lines
    ZoneRule("caption without its credit", BlockKind.PHOTO, _caption_without_credit),
    ZoneRule("paragraph above the body", BlockKind.PARAGRAPH, _always),
)


# --- the body zone ---


def _dateline(zone: Zone, index: int) -> bool:
    return index == zone.dateline_line


def _teaser_title(zone: Zone, index: int) -> bool:
    """The headline under a ``Read also`` line: the next line, short and not closed like a sentence."""
    if not zone.blocks:
        return False
    previous = zone.blocks[-1]
    lines = zone.lines
    text = lines[index].text
    return (
        previous.kind is BlockKind.BOILERPLATE
        and previous.last == index - 1
        and (label := TEASER_LABEL.match(lines[previous.last].text)) is not None
        and label.end() == len(lines[previous.last].text)
        and len(text) < TEASER_LENGTH
        and SENTENCE_END.search(text) is None
    )


def _trailer(zone: Zone, index: int) -> bool:
    return TRAILER.match(zone.lines[index].text) is not None


def _section_rule(zone: Zone, index: int) -> bool:
    """A rule line (``___``) before a sub-heading: it divides the story's parts (AP), no sign-off follows it."""
    return (
        RULE_LINE.match(zone.lines[index].text) is not None
        and index + 1 < zone.end
        and is_heading(zone.lines, index + 1)
    )


def _caption_before_credit(zone: Zone, index: int) -> bool:
    return is_caption(zone.facts, index, zone.end)


def _heading(zone: Zone, index: int) -> bool:
    return is_heading(zone.lines, index)


def _live_heading(zone: Zone, index: int) -> bool:
    """A sentence-long update heading, on a page that other sub-headings divide (live pages)."""
    if not is_live_heading(zone.lines, index):
        return False
    if zone.sectioned is None:
        zone.sectioned = is_sectioned(zone.lines, zone.start)
    return zone.sectioned


# The rules for a line from the dateline on, in order: the first that holds gives the line its role.
BODY_RULES: tuple[ZoneRule, ...] = (
    ZoneRule("dateline", BlockKind.DATELINE_PARAGRAPH, _dateline),
    _line(AGENCY_BOILERPLATE),
    _line(TEASER),
    _line(PAGE_CONTROL),
    ZoneRule("teaser title", None, _teaser_title),  # "Read also" and the headline it links to: one piece
    ZoneRule("section rule", BlockKind.BOILERPLATE, _section_rule),  # "___" between an explainer's parts
    ZoneRule("trailer", BlockKind.TRAILER, _trailer),
    _line(WHOLE_LINE_CREDIT),
    _line(CAPTION_WITH_CREDIT),
    ZoneRule("caption before its credit", BlockKind.PHOTO, _caption_before_credit),
    ZoneRule("heading", BlockKind.HEADING, _heading),
    ZoneRule("live-update heading", BlockKind.HEADING, _live_heading),
    ZoneRule("paragraph", BlockKind.PARAGRAPH, _always),
)
