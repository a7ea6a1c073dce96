"""HTML pages: the story found by trafilatura, its structure kept, rendered as reader's text.

trafilatura (an extra: ``wirenews[html]``) finds a page's main content and writes it as XML that
keeps what the layout stages read: sub-headings (``<head>``), paragraphs, lists, quotations,
tables, and photos (``<graphic>``) with their captions; and the page's metadata: title, author,
publication date, site name. (The page's description is not taken for a standfirst: on the pages
here it is as often the lead again, and read as a standfirst it cost the lead more than it gave.)
"""

from __future__ import annotations

from typing import Any

import attrs
import regex

from wirenews._feeds.provider import agency_of
from wirenews._feeds.records import FeedError, FeedItem, FeedMeta
from wirenews._feeds.render import laid_out, preformatted, render
from wirenews._feeds.safe_xml import Element, attribute, find, local, parse_xml, text, timestamp

_PARAGRAPHS = frozenset({"p", "quote", "item", "head", "row"})


def read_html(data: bytes) -> tuple[FeedItem, ...]:
    """The story of an HTML page, or FeedError when no story is found (or trafilatura is missing)."""
    try:
        import trafilatura  # noqa: PLC0415 - the html extra, loaded only for pages
    except ImportError as error:
        raise FeedError("HTML pages need trafilatura: pip install 'wirenews[html]'") from error
    extracted = trafilatura.extract(
        data,
        output_format="xml",
        with_metadata=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        include_formatting=False,
    )
    if not extracted:
        raise FeedError("no story found in this HTML page")
    doc = parse_xml(extracted.encode("utf-8"))
    blocks = _blocks(find(doc, "main"))
    headline = attribute(doc, "title")
    provider = attribute(doc, "sitename") or attribute(doc, "hostname")
    meta = FeedMeta(
        format="html",
        id=attribute(doc, "url"),
        headline=headline,
        keywords=tuple(tag for tag in (attribute(doc, "tags") or "").split(";") if tag),
        byline=attribute(doc, "author"),
        published=timestamp(attribute(doc, "date")),
        provider=provider,
        agency=agency_of(provider),
        language=attribute(doc, "language"),
        subjects=tuple(c for c in (attribute(doc, "categories") or "").split(";") if c),
        photos=tuple(
            src for graphic in doc.iter() if local(graphic.tag) == "graphic" and (src := attribute(graphic, "src"))
        ),
    )
    page = _page(data)
    shown = _heading(page) or headline  # the page's <h1>, not its <title> with the site's name
    body = [block for block in blocks if block != shown]  # trafilatura may keep the <h1> in the text
    captions = _captions(page, body) if page is not None else []
    return (FeedItem(text=render(shown, *captions, body=body), meta=attrs.evolve(meta, headline=shown)),)


# Where pages keep what is not the story's: a photo captioned there belongs to another story.
_ELSEWHERE = "ancestor::aside or ancestor::nav or ancestor::footer or ancestor::header"


def _page(data: bytes) -> Any:
    """The page's tree as trafilatura loads it (its encoding found from the page), None if unreadable."""
    from trafilatura.utils import load_html  # noqa: PLC0415 - the html extra

    return load_html(data)


def _scope(page: Any) -> Any:
    """The story's ``<article>`` when the page has exactly one, else the whole page."""
    articles = page.xpath("//article")
    return articles[0] if len(articles) == 1 else page


def _heading(page: Any) -> str | None:
    if page is None:
        return None
    for scope in (_scope(page), page):
        for heading in scope.xpath(f".//h1[not({_ELSEWHERE})]"):
            words = " ".join(heading.text_content().split())
            if words:
                return words
    return None


# A gallery's counter before each caption (``1of4``, ``2 of 4``): the page's, not the caption's.
_COUNTER = regex.compile(r"\A\d+\s*of\s*\d+\s*")


def _captions(page: Any, blocks: list[str]) -> list[str]:
    """The captions of the story's photos (``<figcaption>``, credit and all), for the photo blocks.

    trafilatura keeps a photo's caption only where it stands inside the story's text; a page's lead
    photo stands above it. Captions inside the story's ``<article>`` (the page, if it has none) are
    put after the headline, where a reader sees the lead photo; one already in the text is not repeated.
    """
    scope = _scope(page)
    seen = {" ".join(block.split()) for block in blocks}
    captions: list[str] = []
    for caption in scope.xpath(f".//figcaption[not({_ELSEWHERE})]"):
        words = _COUNTER.sub("", " ".join(caption.text_content().split()))
        if words and words not in seen:
            seen.add(words)
            captions.append(words)
    return captions


def _blocks(main: Element | None) -> list[str]:
    """The story's blocks: each paragraph, heading, list item, quotation and table row; a photo's caption."""
    blocks: list[str] = []
    if main is None:
        return blocks
    for element in main.iter():
        name = local(element.tag)
        if name == "row":
            cells = [text(cell) for cell in element if local(cell.tag) == "cell"]
            blocks.extend(filter(None, ["  ".join(cell for cell in cells if cell)]))
        elif name in _PARAGRAPHS and not _holds_paragraphs(element):
            raw = _with_breaks(element)
            if laid_out(raw):  # a wire's lines kept with <br>: paragraphs open with an indented line
                blocks.extend(preformatted(raw))
            elif found := " ".join(raw.split()):
                blocks.append(found)
    return blocks


def _holds_paragraphs(element: Element) -> bool:
    return any(local(inner.tag) in _PARAGRAPHS for inner in element.iter() if inner is not element)


def _with_breaks(element: Element) -> str:
    """An element's text with a line break for each ``<lb/>`` (a ``<br>`` of the page)."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if local(child.tag) == "lb" else _with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)
