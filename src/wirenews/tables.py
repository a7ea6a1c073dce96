r"""Articles as tables: one flat row per article, quote, photo or section, ready for pandas or CSV.

Every row starts with the record's ``id`` (a ``wirenews.Record``'s id, else the article's
position in the input) and ends with the record's metadata, one ``metadata.<field>`` column per
field, so that a quote can be grouped by what the caller knows of its article (its agency, its
desk) without zipping anything back on:

    >>> import wirenews
    >>> from wirenews import tables
    >>> text = 'Talks resume\n\nMOSCOW, May 5. /TASS/. "We agree," Dmitry Peskov said.'
    >>> records = wirenews.parse_many([{"id": "t1", "text": text, "agency": "TASS"}])
    >>> [(row["id"], row["speaker_name"], row["metadata.agency"]) for row in tables.rows("quotes", records)]
    [('t1', 'Dmitry Peskov', 'TASS')]

A record that could not be parsed (no text, say) is a row of the ``articles`` table with its
``error``, and has no row in the others. Dates are ``datetime.date`` objects, enums their values,
and spans two columns, ``start`` and ``end``, offsets into the parsed text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wirenews._batch import Record, failure
from wirenews.records import Article, PhotoCredit, Quote, Section

if TYPE_CHECKING:  # pandas is an extra: imported only by to_dataframe
    import pandas

__all__ = ["COLUMNS", "COLUMN_TYPES", "TABLES", "rows", "to_dataframe"]

_ARTICLE_COLUMNS = (
    "id",
    "headline",
    "headline_title",
    "headline_attribution",
    "standfirst",
    "dateline",
    "location",
    "city",
    "region",
    "date",
    "month",
    "day",
    "dateline_agency",
    "agency",
    "lead",
    "paragraphs",
    "quotes",
    "speakers",
    "photos",
    "sections",
    "diagnostics",
    "error",
)
_QUOTE_COLUMNS = (
    "id",
    "quote",
    "text",
    "quote_kind",
    "speaker_name",
    "speaker_kind",
    "speaker_description",
    "speaker_title",
    "speaker_affiliation",
    "mention",
    "cue",
    "rule",
    "short",
    "paragraph",
    "start",
    "end",
)
_PHOTO_COLUMNS = ("id", "photo", "caption", "credit", "agency", "photographer", "is_file", "start", "end")
_SECTION_COLUMNS = ("id", "section", "heading", "is_background", "paragraphs", "text", "start", "end")

COLUMNS: Mapping[str, tuple[str, ...]] = {
    "articles": _ARTICLE_COLUMNS,
    "quotes": _QUOTE_COLUMNS,
    "photos": _PHOTO_COLUMNS,
    "sections": _SECTION_COLUMNS,
}
"""Each table's own columns, in order; the ``metadata.<field>`` columns follow them."""

TABLES = tuple(COLUMNS)
"""The tables' names: ``articles``, ``quotes``, ``photos`` and ``sections``."""

_NOT_TEXT: Mapping[str, type] = {
    "date": dt.date,
    **dict.fromkeys(("short", "is_file", "is_background"), bool),
    **dict.fromkeys(("month", "day", "paragraphs", "quotes", "speakers", "photos", "sections"), int),
    **dict.fromkeys(("quote", "photo", "section", "paragraph", "start", "end"), int),
}
COLUMN_TYPES: Mapping[str, type] = {
    column: _NOT_TEXT.get(column, str) for columns in COLUMNS.values() for column in columns if column != "id"
}
"""The type of every column but ``id`` (a str or an int) when it holds a value: str, int, bool or
``datetime.date``; any may be None (no dateline, no speaker)."""


def rows(table: str, results: Iterable[Article | Record]) -> Iterator[dict[str, Any]]:
    """The rows of one table for ``results`` (what ``wirenews.parse_many`` yields), lazily.

    ``table`` is one of ``TABLES``; an ``Article`` given without its record is identified by
    its position in ``results``.
    """
    if table not in COLUMNS:
        raise ValueError(f"no table {table!r}: choose one of {', '.join(TABLES)}")
    for position, result in enumerate(results):
        if isinstance(result, Record):
            identifier, metadata, article = result.id, result.metadata, result.article
        elif isinstance(result, Article):
            identifier, metadata, article = position, {}, result
        else:
            raise TypeError(f"rows() takes Article or Record items, not {type(result).__name__}")
        extra = {f"metadata.{key}": value for key, value in metadata.items()}
        for row in article_rows(table, article):
            yield {"id": identifier, **row, **extra}


def article_rows(table: str, article: Article) -> Iterator[dict[str, Any]]:
    """The rows one article gives in ``table``, without ``id`` and metadata columns."""
    if table == "articles":
        return iter([_article_row(article)])
    column, parts, row_of = _PARTS[table]
    return ({column: number, **row_of(part)} for number, part in enumerate(parts(article)))


def to_dataframe(table: str, results: Iterable[Article | Record]) -> pandas.DataFrame:
    """One table as a pandas DataFrame (pandas is an extra: ``pip install 'wirenews[pandas]'``).

    Its columns are the table's own (``COLUMNS``) and the records' ``metadata.<field>``
    columns, even when there are no rows.
    """
    try:
        import pandas  # noqa: PLC0415 - an optional dependency, needed here only
    except ImportError as error:
        raise ImportError("to_dataframe() needs pandas: pip install 'wirenews[pandas]'") from error
    found = list(rows(table, results))
    metadata = list(dict.fromkeys(key for row in found for key in row if key.startswith("metadata.")))
    frame: pandas.DataFrame = pandas.DataFrame(found, columns=[*COLUMNS[table], *metadata])
    return frame


def _article_row(article: Article) -> dict[str, Any]:
    headline, dateline = article.headline, article.dateline
    return {
        "headline": headline.text if headline else None,
        "headline_title": headline.title if headline else None,
        "headline_attribution": headline.attribution if headline else None,
        "standfirst": article.standfirst.text if article.standfirst else None,
        "dateline": dateline.raw if dateline else None,
        "location": dateline.location if dateline else None,
        "city": dateline.city if dateline else None,
        "region": dateline.region if dateline else None,
        "date": dateline.date if dateline else None,
        "month": dateline.month if dateline else None,
        "day": dateline.day if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "agency": article.agency,
        "lead": article.lead.text if article.lead else None,
        "paragraphs": len(article.paragraphs),
        "quotes": len(article.quotes),
        "speakers": len(article.speakers),
        "photos": len(article.photo_credits),
        "sections": len(article.sections),
        "diagnostics": ";".join(diagnostic.code for diagnostic in article.diagnostics),
        "error": failure(article),
    }


def _quote_row(quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "text": quote.text,
        "quote_kind": quote.kind.value,
        "speaker_name": speaker.name if speaker else None,
        "speaker_kind": speaker.kind.value if speaker else None,
        "speaker_description": speaker.description if speaker else None,
        "speaker_title": speaker.title if speaker else None,
        "speaker_affiliation": speaker.affiliation if speaker else None,
        "mention": speaker.mention if speaker else None,
        "cue": quote.cue,
        "rule": quote.rule,
        "short": quote.short,
        "paragraph": quote.paragraph,
        "start": quote.span.start,
        "end": quote.span.end,
    }


def _photo_row(photo: PhotoCredit) -> dict[str, Any]:
    return {
        "caption": photo.caption,
        "credit": photo.credit,
        "agency": photo.agency,
        "photographer": photo.photographer,
        "is_file": photo.is_file,
        "start": photo.span.start,
        "end": photo.span.end,
    }


def _section_row(section: Section) -> dict[str, Any]:
    return {
        "heading": section.heading,
        "is_background": section.is_background,
        "paragraphs": len(section.paragraphs),
        "text": "\n\n".join(paragraph.text for paragraph in section.paragraphs),
        "start": section.span.start,
        "end": section.span.end,
    }


# Each table but the articles': the column numbering the part in its article, the parts, their row.
_PARTS: Mapping[str, tuple[str, Callable[[Article], Sequence[Any]], Callable[[Any], dict[str, Any]]]] = {
    "quotes": ("quote", lambda article: article.quotes, _quote_row),
    "photos": ("photo", lambda article: article.photo_credits, _photo_row),
    "sections": ("section", lambda article: article.sections, _section_row),
}
