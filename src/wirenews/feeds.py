r"""What wire customers receive: NITF, NewsML-G2, NewsML 1.2, ANPA-1312 and IPTC 7901 feeds.

``read(data)`` turns a feed file into its stories, each the plain text ``parse_article`` reads
(headline, standfirst, byline, body paragraphs and sub-heads, a block each, a blank line between)
and what the feed's markup says for certain (``FeedMeta``: headline, slug, byline, times,
provider, language, urgency, subjects, photo references). ``parse(data)`` parses each story
against its publication date, and says where the feed and the parse disagree:

    >>> from wirenews import feeds
    >>> nitf = b'''<nitf><head><docdata><date.issue norm="20240505T101500Z"/>
    ...   <doc.copyright holder="Reuters"/></docdata></head>
    ...   <body><body.head><hedline><hl1>Port strike ends</hl1></hedline></body.head><body.content>
    ...   <p>ODESSA, May 4 (Reuters) - Dock workers returned on Friday.</p></body.content></body></nitf>'''
    >>> (story,) = feeds.parse(nitf)
    >>> story.meta.format, story.meta.agency, story.article.dateline.date.isoformat()
    ('nitf', 'Reuters', '2024-05-04')
    >>> print(story.text, end="")
    Port strike ends
    <BLANKLINE>
    ODESSA, May 4 (Reuters) - Dock workers returned on Friday.

XML is parsed with defusedxml: no entity is declared or expanded, nothing is fetched, so a hostile
file (billion laughs, an external entity naming a local file) raises ``FeedError``, as does data
in no format this module reads. Spans of each ``article`` index its ``text``, not the feed file.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping

import regex

from wirenews._feeds.html import read_html
from wirenews._feeds.newsml import read_newsml
from wirenews._feeds.newsml_g2 import read_newsml_g2
from wirenews._feeds.nitf import read_nitf
from wirenews._feeds.records import FeedArticle, FeedError, FeedItem, FeedMeta
from wirenews._feeds.safe_xml import Element, local, parse_xml
from wirenews._feeds.wire_text import SOH, SYN, is_dpa_plain, read_anpa, read_iptc7901
from wirenews._parse import parse_article
from wirenews.records import Article, Diagnostic

__all__ = ["FORMATS", "FeedArticle", "FeedError", "FeedItem", "FeedMeta", "detect", "parse", "read"]

_XML_READERS: Mapping[str, Callable[[Element], tuple[FeedItem, ...]]] = {
    "nitf": read_nitf,
    "newsml-g2": read_newsml_g2,
    "newsml": read_newsml,
}
_TEXT_READERS: Mapping[str, Callable[[str], tuple[FeedItem, ...]]] = {
    "anpa": read_anpa,
    "iptc7901": read_iptc7901,
}
_PAGE_READERS: Mapping[str, Callable[[bytes], tuple[FeedItem, ...]]] = {"html": read_html}
FORMATS = (*_XML_READERS, *_TEXT_READERS, *_PAGE_READERS)
"""The feed formats ``read`` takes by name (``format=``); ``"auto"`` tells them apart."""

# The root element of each XML format, by local name.
_ROOTS = {"nitf": "nitf", "newsMessage": "newsml-g2", "newsItem": "newsml-g2", "NewsML": "newsml", "NewsItem": "newsml"}
# A page: its doctype or <html> near the start, or a fragment opening with a block element.
_HTML = regex.compile(rb"<!doctype\s+html|<html\b|\A<(?:body|div|article|section|p)\b", regex.IGNORECASE)
_MOST_BYTES = 64 * 1024 * 1024  # a feed file is a few stories; a larger one is refused, not read


def detect(data: bytes) -> str | None:
    r"""The format of ``data`` from its first bytes, None when it is none of ``FORMATS``.

    >>> detect(b"\x16\x16\x01z6715\x1f"), detect(b"\x01a0105KYODO"), detect(b'<?xml version="1.0"?><nitf>')
    ('anpa', 'iptc7901', 'nitf')
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((SYN.encode() * 2, SYN.encode() + SOH.encode())):
        return "anpa"
    if head.startswith(SOH.encode()):
        return "iptc7901"
    if is_dpa_plain(head.decode("latin-1")):
        return "iptc7901"
    if not head.startswith(b"<"):
        return None
    found = regex.search(rb"<(?!\?|!)(?:[\w.\-]+:)?([\w.\-]+)", head)
    root = _ROOTS.get(found.group(1).decode("ascii", "replace")) if found else None
    return root or ("html" if _HTML.search(head) else None)


def read(data: bytes | str | os.PathLike[str], *, format: str = "auto") -> tuple[FeedItem, ...]:
    """The stories of a feed file: its bytes, its content as ``str`` (never a path), or a path.

    ``format`` is one of ``FORMATS`` or ``"auto"`` (told from the content). Raises ``FeedError``
    for data in no format read here, malformed or hostile XML, and a file over 64 MB.
    """
    raw = _bytes(data)
    name = detect(raw) if format == "auto" else format
    if name is None:
        raise FeedError("not a feed wirenews reads (NITF, NewsML-G2, NewsML 1.2, ANPA-1312, IPTC 7901, HTML)")
    if name in _XML_READERS:
        root = parse_xml(raw)
        expected = _ROOTS.get(local(root.tag))
        if expected != name:
            raise FeedError(f"the root element <{local(root.tag)}> is not {name}'s")
        return _XML_READERS[name](root)
    if name in _TEXT_READERS:
        return _TEXT_READERS[name](_decoded(raw))
    if name in _PAGE_READERS:
        return _PAGE_READERS[name](raw)
    raise FeedError(f"no feed format {name!r}: choose one of auto, {', '.join(FORMATS)}")


def parse(
    data: bytes | str | os.PathLike[str], *, format: str = "auto", reference_date: dt.date | None = None
) -> tuple[FeedArticle, ...]:
    """Each story of a feed parsed, against the feed's publication date unless ``reference_date``.

    The feed's own fields win where it marks them (``meta``); where its headline or agency and
    the parse's differ, a ``feed-mismatch`` diagnostic says so.
    """
    results = []
    for item in read(data, format=format):
        article = parse_article(item.text, reference_date=reference_date or item.meta.published_date)
        results.append(
            FeedArticle(text=item.text, meta=item.meta, article=article, diagnostics=_mismatches(item, article))
        )
    return tuple(results)


def _mismatches(item: FeedItem, article: Article) -> tuple[Diagnostic, ...]:
    found = []
    headline = article.headline.text if article.headline else None
    if item.meta.headline and headline and " ".join(item.meta.headline.split()) != " ".join(headline.split()):
        found.append(Diagnostic(code="feed-mismatch", message=f"the feed's headline is {item.meta.headline!r}"))
    agency = article.agency
    if item.meta.agency and agency and item.meta.agency != agency:
        found.append(
            Diagnostic(code="feed-mismatch", message=f"the feed's agency is {item.meta.agency}, the copy's {agency}")
        )
    return tuple(found)


def _bytes(data: bytes | str | os.PathLike[str]) -> bytes:
    if isinstance(data, bytes):
        raw = data
    elif isinstance(data, str):
        raw = data.encode("utf-8", "surrogateescape")
    elif isinstance(data, os.PathLike):
        with open(data, "rb") as handle:
            raw = handle.read(_MOST_BYTES + 1)
    else:
        raise TypeError(f"read() takes bytes, str (the content) or a path, not {type(data).__name__}")
    if len(raw) > _MOST_BYTES:
        raise FeedError(f"too large: over {_MOST_BYTES:,} bytes")
    return raw


def _decoded(raw: bytes) -> str:
    """A teleprinter file's text: UTF-8 where it is, else Latin-1 (every byte a character)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
