"""The records of a feed item: its text, and its metadata as the feed gives it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from wirenews.records import Article, Diagnostic


class FeedError(ValueError):
    """The data is no feed wirenews reads: malformed or hostile XML, or no format it knows."""


@attrs.frozen(kw_only=True)
class FeedMeta:
    """What a feed item's markup says for certain, beside its text."""

    format: str
    """The feed format: ``nitf``, ``newsml-g2``, ``newsml`` (1.2), ``anpa`` or ``iptc7901``."""
    id: str | None = None
    """The item's identifier in the feed (a NewsML guid, an NITF doc-id, an ANPA selector)."""
    headline: str | None = None
    """The headline as the feed marks it."""
    slug: str | None = None
    """The slug line or keyword the desk files the story under: ``BC-BKN--Heat-Hawks``."""
    keywords: tuple[str, ...] = ()
    """Keywords the feed lists."""
    byline: str | None = None
    """The byline as the feed marks it: ``By BERNARD CONDON``."""
    dateline: str | None = None
    """The dateline's place as the feed marks it: ``NEW YORK``."""
    published: dt.datetime | None = None
    """When the item was first created or issued (the reference date of its dateline)."""
    version_created: dt.datetime | None = None
    """When this version of the item was made."""
    provider: str | None = None
    """The provider as the feed names it: ``AFP``, ``reuters.com``, ``The Associated Press``."""
    agency: str | None = None
    """The provider as a canonical agency name where wirenews knows it (``AP``, ``Reuters``)."""
    language: str | None = None
    """The item's language tag: ``en``, ``en-US``, ``it``."""
    priority: int | None = None
    """The urgency or priority the feed gives, as printed (1 is the most urgent in IPTC formats)."""
    subjects: tuple[str, ...] = ()
    """Subject codes or names: ``15008000``, ``N2:SYR``."""
    photos: tuple[str, ...] = ()
    """References to the photos that go with the story: ``GATK105``, an href."""
    note: str | None = None
    """An editor's note to the desk: ``Eds: Updates. With AP Photos.``."""

    @property
    def published_date(self) -> dt.date | None:
        """The calendar day of ``published``: the reference date for the story's dateline."""
        return self.published.date() if self.published is not None else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: times as ISO 8601 strings, tuples as lists."""
        return {field.name: _plain(getattr(self, field.name)) for field in attrs.fields(FeedMeta)}


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


@attrs.frozen(kw_only=True)
class FeedItem:
    """One story of a feed: the text ``parse_article`` reads, and the feed's metadata."""

    text: str
    """Headline, standfirst, byline, body paragraphs, sub-heads, captions and credits, a block each."""
    meta: FeedMeta
    """What the feed's markup says of the story."""


@attrs.frozen(kw_only=True)
class FeedArticle:
    """A feed item parsed: the spans of ``article`` index ``text``."""

    text: str
    """The item's text as rendered from the feed, which the article's spans index."""
    meta: FeedMeta
    """What the feed says; its headline, byline, agency and publication time are the feed's word."""
    article: Article
    """``parse_article(text)``, against the publication date (or the caller's date)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Where the feed and the parse disagree (``feed-mismatch``: the headline or the agency)."""
