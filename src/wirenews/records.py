"""The frozen result types that ``wirenews.parse_article()`` returns.

Every record is an immutable, slotted ``attrs`` class.  Records that were read
from the input carry a ``Span``: ``text[span.start:span.end]`` is the
source of the record in the string that was parsed.  Collections are tuples, so
an ``Article`` is hashable, picklable and safe to share between threads.

``Article.to_dict()`` gives JSON-ready data (dates as ISO strings, enums as
their values) and ``Article.from_dict()`` rebuilds an equal article.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import cattrs

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Dateline",
    "Diagnostic",
    "Headline",
    "Paragraph",
    "PhotoCredit",
    "Quote",
    "QuoteKind",
    "QuotePart",
    "Section",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerSummary",
    "Standfirst",
]


@attrs.frozen
class Span:
    """Half-open character offsets ``[start, end)`` into the parsed string."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, other: object) -> bool:
        return isinstance(other, Span) and self.start <= other.start and other.end <= self.end


class BlockKind(enum.Enum):
    """What a block of the input is."""

    BOILERPLATE = "boilerplate"
    """Page furniture: ``All news``, time stamps, rubrics, ``Read also`` teasers."""
    HEADLINE = "headline"
    """The story's headline (with any trailing source and leading wire slug)."""
    STANDFIRST = "standfirst"
    """The one-sentence summary under the headline."""
    PHOTO = "photo"
    """A photo caption and/or its credit line(s)."""
    BYLINE = "byline"
    """The writer's credit above the story: ``By Jane Doe``."""
    EDITOR_NOTE = "editor_note"
    """``(Adds comments, detail)`` and corrections printed above the story."""
    HIGHLIGHT = "highlight"
    """Bulleted highlights printed above the story (``* Spot gold ...``)."""
    DATELINE_PARAGRAPH = "dateline_paragraph"
    """The paragraph that opens with the dateline (or the dateline on its own line)."""
    PARAGRAPH = "paragraph"
    """A body paragraph after the dateline paragraph."""
    HEADING = "heading"
    """A sub-heading inside the body."""
    TRAILER = "trailer"
    """Sign-offs and credits after the story (``(Reporting by ...)``, ``(END)``)."""


class QuoteKind(enum.Enum):
    """Whether a quotation is a whole utterance or a fragment inside a sentence."""

    DIRECT = "direct"
    """A whole utterance: the quotation opens its sentence or follows a colon."""
    PARTIAL = "partial"
    """A fragment quoted inside the reporter's own sentence: ``he called it "a good start"``."""


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something in the input that looked odd; parsing went on regardless."""

    code: str
    """A stable, machine-readable code such as ``"no-headline"``."""
    message: str
    """A sentence for people."""
    span: Span | None = None
    """Where in the input, when it has a place (the first, when it has several)."""
    spans: tuple[Span, ...] = ()
    """Each place in the input, when it has several (the lone surrogates replaced, say)."""


@attrs.frozen(kw_only=True)
class Block:
    """One or more consecutive non-blank lines of the input with one role."""

    kind: BlockKind
    """What the block is: headline, photo, dateline paragraph, heading, trailer, ..."""
    span: Span
    """From the first non-space character of the first line to the last of the last."""
    text: str
    """The input between the span's offsets, exactly."""
    rule: str
    """The name of the layout rule that gave the block its kind (``"headline"``, ``"whole-line credit"``,
    ``"dateline: place and agency marker"``): ``wirenews show --why`` prints it."""


@attrs.frozen(kw_only=True)
class Headline:
    """The headline line and its parts."""

    text: str
    """The line exactly as printed (surrounding whitespace removed)."""
    title: str
    """The headline without a trailing attribution or a leading wire slug."""
    attribution: str | None = None
    """The source after a final dash or colon: ``"Kremlin"`` in ``"... — Kremlin"``."""
    slug: str | None = None
    """A wire slug or prefix such as ``"UPDATE 1-"`` or ``">>>ANSA/"``, as printed."""
    span: Span
    """Where the headline line stands in the input."""


@attrs.frozen(kw_only=True)
class Standfirst:
    """The summary sentence printed between the headline and the story."""

    text: str
    """The standfirst as printed, lines joined as they stand."""
    span: Span
    """Where the standfirst stands in the input."""


@attrs.frozen(kw_only=True)
class Dateline:
    """Where, when and by whom a story was filed, as in ``MOSCOW, December 15. /TASS/.``."""

    raw: str
    """The dateline as printed, including its agency marker and dash."""
    location: str | None
    """The place as printed with any region or country: ``"IGORA /Leningrad Region/"``."""
    city: str | None
    """The first part of the location: ``"IGORA"``, ``"COLUMBIA"``."""
    region: str | None
    """The region or country qualifier: ``"Leningrad Region"``, ``"S.C."``."""
    date: dt.date | None
    """The full date, when the dateline gives a year or a reference date was passed."""
    year: int | None
    """The year as printed, None when the dateline has none."""
    month: int | None
    """The month, kept even when the year is unknown."""
    day: int | None
    """The day of the month, kept even when the year is unknown."""
    agency: str | None
    """The agency as printed in the dateline (``"TASS"``, ``"Reuter"``), None if none."""
    span: Span
    """Where the dateline stands in the input (``raw`` is the text there)."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """A body paragraph (for the dateline paragraph: the text after the dateline)."""

    text: str
    """The paragraph as printed."""
    span: Span
    """Where the paragraph stands in the input."""


@attrs.frozen(kw_only=True)
class QuotePart:
    """One contiguous piece of a quotation, without its quotation marks."""

    text: str
    """The words between the marks, surrounding white space removed."""
    span: Span
    """Where the piece stands in the input, inside its quotation marks."""


class SpeakerKind(enum.Enum):
    """Whom a quotation is credited to: a named person, a named body, or someone described."""

    PERSON = "person"
    """A person named in the article: ``Dmitry Peskov``."""
    ORGANISATION = "organisation"
    """A body, or a place speaking as its government: ``Foreign Ministry``, ``Moscow``."""
    DESCRIPTION = "description"
    """An unnamed source, known by how the copy describes them: ``senior finance ministry official``."""


@attrs.frozen(kw_only=True)
class Speaker:
    """Who a quotation is credited to."""

    name: str | None
    """The fullest name the article gives (``"Dmitry Peskov"``, ``"White House"``); None for an
    unnamed source, whose words are in ``description``."""
    description: str | None = None
    """An unnamed source as printed, without its determiner: ``"senior finance ministry official"``
    for ``a senior finance ministry official said``; None when the speaker is named."""
    kind: SpeakerKind = SpeakerKind.PERSON
    """A person, an organisation, or a description of someone unnamed."""
    mention: str
    """The words printed beside the quote: ``"he"``, ``"Peskov"``, ``"the ministry"``."""
    title: str | None = None
    """A title or role printed with the speaker: ``"Kremlin Spokesman"``, ``"analyst"``."""
    affiliation: str | None = None
    """The body the speaker speaks for, where the copy says: ``"Crestline Securities"`` for
    ``said Anil Mehta of Crestline Securities``."""
    span: Span | None = None
    """Where the mention stands in the input."""

    @property
    def label(self) -> str:
        """The name, else the description: what to show for the speaker."""
        return self.name or self.description or self.mention


@attrs.frozen(kw_only=True)
class Quote:
    """A direct or partial quotation from the body."""

    text: str
    """What stands between the quotation marks (pieces joined by a space)."""
    speaker: Speaker | None
    """Who said it; None when the article does not say."""
    kind: QuoteKind
    """Direct (a whole utterance) or partial (a fragment inside a sentence)."""
    cue: str | None = None
    """The attribution verb or phrase: ``"said"``, ``"told reporters"``, ``"according to"``."""
    parts: tuple[QuotePart, ...]
    """The pieces: one, or several for a quote split by its attribution or over paragraphs."""
    paragraph: int
    """Index into ``Article.blocks`` of the block the quote starts in."""
    short: bool = False
    """True for quotations of one or two words (often titles or scare quotes)."""
    rule: str = "unattributed"
    """The attribution strategy that found the speaker (``"cue_after"``, ``"continuing_speaker"``,
    ...; see ``wirenews show --why``), or ``"unattributed"``."""
    span: Span
    """From the first part's start to the last part's end."""


@attrs.frozen(kw_only=True)
class SpeakerSummary:
    """A person or body quoted in the article, with everything that refers to them."""

    name: str | None
    """The fullest name the article gives; None for an unnamed source."""
    description: str | None = None
    """An unnamed source's description, without its determiner."""
    kind: SpeakerKind = SpeakerKind.PERSON
    """A person, an organisation, or a description of someone unnamed."""
    title: str | None = None
    """A title printed with the speaker."""
    affiliation: str | None = None
    """The body the speaker speaks for, where the copy says."""
    mentions: tuple[str, ...]
    """The distinct words that credit them beside their quotes (``Dmitry Peskov``, ``he``, ``Peskov``)."""
    quotes: tuple[int, ...]
    """Indices of their quotes in ``Article.quotes``."""


@attrs.frozen(kw_only=True)
class PhotoCredit:
    """A photo: its caption and whose picture it is."""

    caption: str | None
    """The caption, without a trailing credit."""
    credit: str | None
    """The credit as printed, without brackets and a leading ``©`` or ``Photo:``."""
    agency: str | None = None
    """The agency or outlet in the credit: ``"AP"``, ``"TASS"``."""
    photographer: str | None = None
    """The photographer in the credit: ``"Evan Vucci"``."""
    is_file: bool = False
    """True for file photos (``FILE PHOTO:``, ``, File``)."""
    span: Span
    """Where the photo's caption and credit stand in the input."""


@attrs.frozen(kw_only=True)
class Section:
    """A run of body paragraphs, under a sub-heading or (the first) under none."""

    heading: str | None
    """The sub-heading as printed; None for the paragraphs before the first heading."""
    paragraphs: tuple[Paragraph, ...]
    """The body paragraphs under the heading, up to the next."""
    is_background: bool = False
    """True for a closing section of background, such as TASS prints after the news."""
    span: Span
    """From the heading to the section's last paragraph."""


@attrs.frozen(kw_only=True)
class Article:
    """Everything ``wirenews.parse_article()`` read from one article."""

    headline: Headline | None = None
    """The headline, None when the text has none (a bare paragraph, say)."""
    standfirst: Standfirst | None = None
    """The summary under the headline, None when none is printed."""
    dateline: Dateline | None = None
    """Where, when and by whom the story was filed, None when no dateline opens it."""
    lead: Paragraph | None = None
    """The first body paragraph without its dateline."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body, lead first, sub-headings and trailers left out."""
    quotes: tuple[Quote, ...] = ()
    """Every quotation in the body, in order, each with its speaker."""
    speakers: tuple[SpeakerSummary, ...] = ()
    """Each person or body quoted, in the order they are first quoted."""
    photo_credits: tuple[PhotoCredit, ...] = ()
    """Each photo printed with the story: caption, credit, agency and photographer."""
    sections: tuple[Section, ...] = ()
    """The sub-sections with a heading, in order."""
    boilerplate: tuple[Block, ...] = ()
    """Page furniture: ``All news``, time stamps, rubrics, teasers of other stories."""
    trailers: tuple[Block, ...] = ()
    """Sign-offs and credits after the story: ``(Reporting by ...)``, ``(END)``."""
    blocks: tuple[Block, ...] = ()
    """Every non-blank line of the input, in order, in exactly one block."""
    agency: str | None = None
    """The canonical agency recognised from the dateline, credits or sign-off."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What looked odd in the input (no headline, lone surrogates, a bad reference date, ...)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: dates as ISO strings, enums as their values, tuples as lists."""
        result: dict[str, Any] = _CONVERTER.unstructure(self, Article)
        return result

    def to_json(self, *, indent: int | None = None) -> str:
        r"""``to_dict()`` as JSON text (UTF-8 characters as themselves, ``indent`` as ``json.dumps``'s).

        >>> Article().to_json()[:40]
        '{"headline": null, "standfirst": null, "'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from ``to_dict()`` output (or its JSON read back).

        Data of another shape raises ``cattrs.errors.ClassValidationError``, an ``ExceptionGroup``
        (from the ``exceptiongroup`` backport before Python 3.11) naming each field that is wrong.
        """
        article: Article = _CONVERTER.structure(data, cls)
        return article


# The records' converter (cattrs, from the attrs maintainers): it writes one function per record
# type, several times faster than walking the fields. Tuples become lists, dates ISO strings and
# enums their values; ``from_dict`` reverses each.
_CONVERTER = cattrs.Converter(unstruct_collection_overrides={Sequence: list, tuple: list})
_CONVERTER.register_unstructure_hook(dt.date, dt.date.isoformat)
_CONVERTER.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))


def _unstructure(value: object) -> object:
    """A record, or any value in one, as JSON-ready data: what ``to_dict`` does, for any part."""
    return _CONVERTER.unstructure(value)
