"""HTML pages: the story found by trafilatura, its structure kept, rendered as reader's text.

trafilatura (an extra: ``wirenews[html]``) finds a page's main content and writes it as XML that
keeps what the layout stages read: sub-headings (``<head>``), paragraphs, lists, quotations,
tables, and photos (``<graphic>``) with their captions; and the page's metadata: title, author,
publication date, site name. (The page's description is not taken for a standfirst: on the pages
here it is as often the lead again, and read as a standfirst it cost the lead more than it gave.)
"""

from __future__ import annotations

from typing import Any

import regex

from wirenews._feeds.provider import agency_of
from wirenews._feeds.records import FeedError, FeedItem, FeedMeta
from wirenews._feeds.render import laid_out, preformatted, render
from wirenews._feeds.safe_xml import Element, attribute, find, local, parse_xml, text, timestamp
from wirenews._photos import trailing_credit

_PROSE_WORDS = 12
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
        favor_precision=True,
    )
    page = _page(data)
    if not extracted:
        extracted = "<doc><main/></doc>"  # nothing found: the fragment reading below may still find it
    doc = parse_xml(extracted.encode("utf-8"))
    blocks = _blocks(find(doc, "main"))
    if page is not None and _is_fragment(page, blocks):
        blocks = _fragment_blocks(page)
    if not blocks:
        raise FeedError("no story found in this HTML page")
    headline = _heading(page) or attribute(doc, "title")  # the page's <h1>: its <title> carries the site's name
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
    body = [block for block in blocks if block != headline]  # trafilatura may keep the <h1> in the text
    captions, bare = _captions(page, body) if page is not None else ([], set())
    # a caption trafilatura kept in the text without its credit (some pages print it twice over)
    body = [block for block in body if not any(_repeats(block, words) for words in bare)]
    return (FeedItem(text=render(headline, *captions, body=body), meta=meta),)


# Where pages keep what is not the story's: a photo captioned there belongs to another story.
_ELSEWHERE = "ancestor::aside or ancestor::nav or ancestor::footer or ancestor::header"


def _is_fragment(page: Any, blocks: list[str]) -> bool:
    """A body fragment (a feed's HTML, no page around it) that trafilatura found little of.

    trafilatura looks for a page's main content; given a feed item's bare body, lines kept with
    ``<br>``, it may keep only the sign-off. Then the fragment is read line by line instead.
    """
    if page.xpath("//head") and page.xpath("//title"):
        return False  # a whole page: trafilatura's reading stands
    found = sum(len(block) for block in blocks)
    return found < len(" ".join(str(page.text_content()).split())) / 2


def _fragment_blocks(page: Any) -> list[str]:
    """A fragment's text by its lines (``<br>`` a line break), in paragraphs as the wire laid them out."""
    for line_break in page.iter("br"):
        line_break.tail = "\n" + (line_break.tail or "")
    raw = str(page.text_content()).replace("\r", "")
    if laid_out(raw):  # paragraphs open with indented lines: the blank lines a <br> and a newline make are none
        return preformatted("\n".join(line for line in raw.split("\n") if line.strip()))
    return [" ".join(part.split()) for part in raw.split("\n\n") if part.strip()]


def _repeats(block: str, caption: str) -> bool:
    """Whether a block of the text is the caption again (or opens with it, when that is long enough to tell)."""
    return block == caption or (len(caption) >= 30 and block.startswith(caption))


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
            if words := _words(heading):
                return words
    return None


# A gallery's counter before each caption (``1of4``, ``2 of 4``): the page's, not the caption's.
_COUNTER = regex.compile(r"\A\d+\s*of\s*\d+\s*")


def _captions(page: Any, blocks: list[str]) -> tuple[list[str], set[str]]:
    """The captions of the story's photos, each with its credit, for the photo blocks.

    trafilatura keeps a photo's caption only where it stands inside the story's text; a page's lead
    photo stands above it. Each caption the story's ``<article>`` (the page, if it has none) prints
    is put after the headline, where a reader sees the lead photo: a ``<figcaption>`` or an element
    whose class says caption, with the credit the page prints apart beside it (an element whose
    class says credit or copyright, in the same figure or caption box). A page that prints no
    caption often keeps its lead photo's in the image's ``alt`` text (AP's pages): then the first
    such text that ends in a credit is the caption. A caption with no credit at all is left out: in
    the text it would read as the standfirst.
    """
    scope = _scope(page)
    seen = {" ".join(block.split()) for block in blocks}
    captions: list[str] = []
    bare: set[str] = set()  # the captions' words without the credit added to them
    for caption in scope.xpath(f".//*[(self::figcaption or {_CAPTION_CLASS}) and not({_ELSEWHERE})]"):
        if caption.xpath(f".//*[self::figcaption or {_CAPTION_CLASS}]"):
            continue  # a box holding the caption proper: read that one
        box = next(iter(caption.xpath("ancestor::figure[1]")), caption.getparent())  # its figure, else its parent
        credits = [credit for node in box.xpath(f".//*[{_CREDIT_CLASS}]") if (credit := _words(node))]
        words = _COUNTER.sub("", _words(caption))
        for printed in credits:
            words = words.replace(printed, "").strip()
        if credits and words:
            bare.add(words)
        if credits:
            credit = _CREDIT_LABEL.sub("", credits[0])
            words = f"{words} (Photo: {credit})" if words else f"Photo: {credit}"  # as captions print it
        if not words or words in seen or (not credits and trailing_credit(words) is None):
            continue
        seen.add(words)
        captions.append(words)
    if not captions:
        for image in scope.xpath(f".//img[not({_ELSEWHERE})]"):
            words = " ".join((image.get("alt") or image.get("title") or "").split())
            if words and words not in seen and trailing_credit(words) is not None:
                return [words], bare
    return captions, bare


def _class_says(*words: str) -> str:
    """An XPath test: the element's class holds one of ``words`` (in any case)."""
    lower = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    return "(" + " or ".join(f"contains({lower}, '{word}')" for word in words) + ")"


# Elements that hold a photo's caption, and its credit, by the words pages put in their class.
_CAPTION_CLASS = _class_says("caption")
_CREDIT_CLASS = _class_says("credit", "copyright", "photographer", "image_source", "image-source")
# The label a page prints before a credit it sets apart: "Image Credit: WeWork", "Photo: ...".
_CREDIT_LABEL = regex.compile(
    r"\A(?:image\s+credit|photo(?:graph)?(?:\s+credit)?|credit|source)\s*:\s*", regex.IGNORECASE
)


def _words(node: Any) -> str:
    return " ".join(str(node.text_content()).split())


def _blocks(main: Element | None) -> list[str]:
    """The story's blocks: each paragraph, heading, list item, quotation and table row; a photo's caption.

    A page's own furniture after the story (``Most viewed``, ``Related topics``, ``Share this
    story``, each a heading over teasers) is left out: a heading with no paragraph of prose after it.
    """
    blocks: list[tuple[str, str]] = []  # (element name, text)
    if main is None:
        return []
    for element in main.iter():
        name = local(element.tag)
        if name == "row":
            cells = [text(cell) for cell in element if local(cell.tag) == "cell"]
            blocks.extend((name, row) for row in filter(None, ["  ".join(cell for cell in cells if cell)]))
        elif name in _PARAGRAPHS and not _holds_paragraphs(element):
            raw = _with_breaks(element)
            if laid_out(raw):  # a wire's lines kept with <br>: paragraphs open with an indented line
                blocks.extend((name, paragraph) for paragraph in preformatted(raw))
            elif found := " ".join(raw.split()):
                blocks.append((name, found))
    last_prose = max((number for number, (name, found) in enumerate(blocks) if _is_prose(name, found)), default=-1)
    furniture = next(
        (number for number, (name, _) in enumerate(blocks) if number > last_prose and name == "head"), len(blocks)
    )
    return [found for _, found in blocks[:furniture]]


def _is_prose(name: str, found: str) -> bool:
    """A paragraph of the story's prose: sentences, not a teaser's headline."""
    return name == "p" and len(found.split()) >= _PROSE_WORDS and found.rstrip("”\"'»)").endswith((".", "!", "?"))


def _holds_paragraphs(element: Element) -> bool:
    return any(local(inner.tag) in _PARAGRAPHS for inner in element.iter() if inner is not element)


def _with_breaks(element: Element) -> str:
    """An element's text with a line break for each ``<lb/>`` (a ``<br>`` of the page)."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if local(child.tag) == "lb" else _with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)
