"""HTML pages: the story found by trafilatura, its structure kept, rendered as reader's text.

trafilatura (an extra: ``wirenews[html]``) finds a page's main content and writes it as XML that
keeps what the layout stages read: sub-headings (``<head>``), paragraphs, lists, quotations,
tables, and photos (``<graphic>``) with their captions; and the page's metadata: title, author,
publication date, site name. The page's structure supplies what trafilatura leaves out: the
``<h1>``, the lead photo's caption and credit above the story, the description the page prints
first as its standfirst. (A description the page does not print is not taken: on the pages here it
is as often the lead again, and read as a standfirst it cost the lead more than it gave.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import regex

from wirenews._dateline import match_dateline
from wirenews._feeds.provider import agency_of
from wirenews._feeds.records import FeedError, FeedItem, FeedMeta
from wirenews._feeds.render import laid_out, preformatted, render
from wirenews._feeds.safe_xml import Element, attribute, find, local, parse_xml, text, timestamp
from wirenews._lexicon import AFFILIATION_ARTICLES
from wirenews._lines import SENTENCE_END
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
        # the page's own publication date, from its markup: a year in the prose ("in 2016") is no date
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    page = _page(data)
    if not extracted:
        extracted = "<doc><main/></doc>"  # nothing found: the fragment reading below may still find it
    doc = parse_xml(extracted.encode("utf-8"))
    blocks = _blocks(find(doc, "main"), attribute(doc, "sitename"))
    if page is not None and _is_fragment(page, blocks):
        blocks = _fragment_blocks(page)
    if not blocks:
        raise FeedError("no story found in this HTML page")
    title = attribute(doc, "title")
    story = _scope(page) if page is not None else None
    headline = _heading(page, story, title) or title  # the page's <h1>: its <title> carries the site's name
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
    # trafilatura may keep the <h1> in the text, and the byline it read into the metadata
    body = [block for block in blocks if block not in (headline, meta.byline)]
    head = _story_head(page, story, headline, " ".join((attribute(doc, "description") or "").split()), body)
    return (FeedItem(text=render(headline, head.standfirst, *head.captions, head.source, body=head.body), meta=meta),)


class _Head(NamedTuple):
    """What a page prints above the story's text, and the text without it."""

    standfirst: str | None
    captions: list[str]
    source: str | None
    body: list[str]


def _story_head(page: Any, story: Any, headline: str | None, description: str, body: list[str]) -> _Head:
    """The standfirst, the lead photo's captions and the source line, as papers lay them out above the text."""
    captions, bare = _captions(page, story, body) if page is not None else ([], set())
    # a caption trafilatura kept in the text without its credit (some pages print it twice over)
    body = [block for block in body if not any(_repeats(block, words) for words in bare)]
    standfirst = body[0] if body and description and body[0] == description else None
    if standfirst is not None:
        body = body[1:]  # the page prints its description first: its standfirst, above the lead photo
    zone = _head_zone(page, headline) if page is not None else []
    if standfirst is None:
        decks = (_words(element) for element in zone if element.tag == "h2")
        standfirst = next((dek for dek in decks if _reads_as_prose(dek) and dek not in body[:1]), None)
        body = [block for block in body if block != standfirst]
    source = None if body and match_dateline(body[0]) is not None else _source_line(zone)
    return _Head(standfirst, captions, source, body)


def _head_zone(page: Any, headline: str | None) -> list[Any]:
    """What the page prints between the story's ``<h1>`` and its first paragraph: the story's head.

    Pages print there the byline box (the writer, the agency and the place, the times) and the
    standfirst (a ``<h2>`` under the headline); trafilatura keeps neither in the text.
    """
    zone: list[Any] = []
    own: frozenset[Any] = frozenset()  # the boxes holding the headline: the story's own header, not the page's
    started = False
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue  # a comment
        if not started:
            started = element.tag == "h1" and _words(element) == headline
            own = frozenset(element.iterancestors()) if started else own
        elif len(zone) >= _HEAD_ELEMENTS or (element.tag == "p" and len(_words(element).split()) >= _PROSE_WORDS):
            break  # the story's first paragraph (or a head longer than any story's)
        elif not _elsewhere(element, page, own):
            zone.append(element)
    return zone


_HEAD_ELEMENTS = 300


def _source_line(head: list[Any]) -> str | None:
    """The agency and the place a page prints in its byline box (``PTI Mumbai``, ``Reuters, Washington,``).

    Sites that carry agency copy print its source there, apart from the text, where the agency's
    dateline would open it: it stands for the dateline where the story's text has none.
    """
    for element in head:
        if element.tag in _HEADINGS:
            continue
        line = " ".join(_inline_text(element).split())
        found = match_dateline(line) if 0 < len(line.split()) <= _SOURCE_WORDS else None
        if found is not None and found.agency is not None and found.city is not None:
            return line
    return None


_SOURCE_WORDS = 4
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that run in a line of text; any other starts a box of its own.
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "small", "abbr", "cite", "time", "font", "u"})


def _inline_text(element: Any) -> str:
    """An element's text without its boxes (a list of times under a byline is not part of it)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


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
    """The story's ``<article>``: the one whose paragraphs hold the most text (the whole page, if it has none)."""
    articles = page.xpath("//article")
    if len(articles) < 2:
        return articles[0] if articles else page
    return max(articles, key=lambda article: sum(len(_words(p)) for p in article.iter("p")))


def _elsewhere(element: Any, scope: Any, own: frozenset[Any] = frozenset()) -> bool:
    """Whether the element stands, inside ``scope``, in the page's own parts (an aside, a menu, a header).

    ``own`` are boxes known to be the story's (the header holding its headline).
    """
    for ancestor in element.iterancestors():
        if ancestor is scope:
            return False
        if ancestor.tag in _PAGE_PARTS and ancestor not in own:
            return True
    return False


# Where pages keep what is not the story's: a photo captioned there, a heading there, are another's. A
# header may be the story's own (it holds the headline), so a heading in one is weighed apart.
_MENUS_AND_FOOTERS = frozenset({"aside", "nav", "footer"})
_PAGE_PARTS = _MENUS_AND_FOOTERS | {"header"}
_MENUS = " or ".join(f"ancestor::{tag}" for tag in sorted(_MENUS_AND_FOOTERS))  # the same, in XPath


def _heading(page: Any, story: Any, title: str | None) -> str | None:
    """The story's ``<h1>``: one outside the page's own parts, or in a header when the page's title repeats it."""
    if page is None:
        return None
    for scope in (story, page):
        for heading in scope.xpath(f".//h1[not({_MENUS})]"):
            words = _words(heading)
            if words and (not heading.xpath("ancestor::header") or _titles(words, title)):
                return words  # (a story's own <header> holds its headline; the page's, the site's name)
    return None


def _titles(words: str, title: str | None) -> bool:
    """Whether the page's title is these words with the site's name added (``Port strike ends - Example News``)."""
    title = " ".join((title or "").split())
    return words in title and len(words) > len(title) / 2


# A gallery's counter before each caption (``1of4``, ``2 of 4``, ``Image 1 of 5``): the page's, not the caption's.
_COUNTER = regex.compile(r"\A(?:(?:image|photo|picture|foto|bild)\s+)?\d+\s*(?:of|/)\s*\d+\s*", regex.IGNORECASE)


def _captions(page: Any, story: Any, blocks: list[str]) -> tuple[list[str], set[str]]:
    """The captions of the story's photos, each with its credit, for the photo blocks.

    trafilatura keeps a photo's caption only where it stands inside the story's text; a page's lead
    photo stands above it, often above the story's ``<article>`` too. Each caption the story prints
    (its ``<article>``, else what stands before it) is put after the headline, where a reader sees
    the lead photo: a ``<figcaption>`` or an element whose class says caption, with the credit the
    page prints apart beside it (a ``<cite>``, or an element whose class says credit or copyright,
    in the same figure or caption box), without the box's own links at its end (``more >``,
    ``less``). A photo's caption printed again (cut short, in a lightbox) is read once; a gallery's
    photos may share a caption, each being a photo. Where no caption is so marked, a paragraph
    printed beside the photo in its box and ending in a credit is the caption; else the first
    ``alt`` text of an image that ends in a credit (AP's pages), unless the image is a link (a
    gallery's thumbnail: its text names what it opens). A caption with no credit at all is
    left out: in the text it would read as the standfirst.
    """
    in_text = {" ".join(block.split()) for block in blocks}
    bare: set[str] = set()  # the captions' words without the credit added to them
    # the story, then what stands before it (each with where a page's own parts are told apart)
    scopes = ((story, story), (_Before(story), page.getroottree().getroot()))
    for scope, within in scopes:
        found: list[tuple[str | None, str, str]] = []  # (photo, words, words with the credit)
        for caption in scope.xpath(_CAPTIONS):
            if caption.tag in ("a", "button") or _elsewhere(caption, within):
                continue  # a link to open or close the caption; another story's photo
            if caption.xpath(_INNER_CAPTIONS):
                continue  # a box holding the caption proper: read that one
            read = _marked_caption(caption, bare)
            if read is not None and read[1] not in in_text:
                found.append((_photo_of(caption), *read))
        if found:
            return _once_per_photo(found), bare
    for scope, within in scopes:
        for image in scope.xpath(".//img"):
            if _elsewhere(image, within):
                continue
            alt = "" if image.xpath("ancestor::a[@href]") else image.get("alt") or image.get("title") or ""
            for words in (*_beside(image), " ".join(alt.split())):  # (a linked image's alt names what it opens)
                if words and words not in in_text and trailing_credit(words) is not None:
                    return [words], bare
    return [], bare


def _once_per_photo(found: list[tuple[str | None, str, str]]) -> list[str]:
    """Each photo's caption once: not again, and not cut short where it is printed in full too."""
    by_photo: dict[str | None, list[str]] = {}
    for photo, words, _ in found:
        by_photo.setdefault(photo, []).append(words)
    kept: list[str] = []
    seen: set[tuple[str | None, str]] = set()
    for photo, words, printed in found:
        cut = words.rstrip(" .…")
        if (photo, words) in seen or any(
            len(other) > len(words) and other.startswith(cut) for other in by_photo[photo]
        ):
            continue
        seen.add((photo, words))
        kept.append(printed)
    return kept


class _Before:
    """What stands before an element in the page (not its ancestors), as a scope of XPath queries."""

    def __init__(self, element: Any) -> None:
        self.element = element

    def xpath(self, query: str) -> list[Any]:
        return list(self.element.xpath(query.replace(".//", "preceding::", 1)))


def _photo_of(caption: Any) -> str | None:
    """The image a caption belongs to: the first in the nearest box that holds one."""
    images = caption.xpath("ancestor::*[.//img][1]//img")
    return (images[0].get("src") or images[0].get("data-src")) if images else None


def _marked_caption(caption: Any, bare: set[str]) -> tuple[str, str] | None:
    """A marked caption's words, and the words with its credit as captions print it; None without a credit."""
    words = _COUNTER.sub("", _caption_words(caption))
    if not words:
        return None
    if trailing_credit(words) is not None:
        return words, words  # the caption prints its own credit
    box = next(iter(caption.xpath("ancestor::figure[1]")), caption.getparent())  # its figure, else its parent
    credits = [credit for node in box.xpath(f".//*[{_CREDIT_CLASS} or self::cite]") if (credit := _words(node))]
    if not credits:
        return None
    for printed in credits:
        words = words.replace(printed, "").strip()
    credit = _CREDIT_LABEL.sub("", credits[0])
    if not words:
        return "", f"Photo: {credit}"
    bare.add(words)
    return words, f"{words} (Photo: {credit})"


def _caption_words(caption: Any) -> str:
    """A caption's words without the links its box adds at the end (``more >``, ``less``) after a credit."""
    words = _words(caption)
    for link in reversed(caption.xpath(".//a")):
        label = _words(link)
        if trailing_credit(words) is not None or not label or len(label.split()) > _LINK_WORDS:
            break
        if words.endswith(label):
            words = words[: -len(label)].rstrip()
    return words


_LINK_WORDS = 3


def _beside(image: Any) -> list[str]:
    """The paragraphs printed beside an image in its box (no caption marked): candidates for its caption."""
    box = image.getparent()
    while box is not None and box.tag in ("a", "picture", "span"):
        box = box.getparent()
    if box is None:
        return []
    return [_words(node) for node in box if node.tag == "p" and not node.xpath(".//img")]


def _class_says(*words: str) -> str:
    """An XPath test: the element's class holds one of ``words`` (in any case)."""
    lower = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    return "(" + " or ".join(f"contains({lower}, '{word}')" for word in words) + ")"


# Elements that hold a photo's caption, and its credit, by the words pages put in their class.
_CAPTION_CLASS = _class_says("caption")
_CAPTIONS = f".//*[self::figcaption or {_CAPTION_CLASS}]"  # a caption, marked as one
_INNER_CAPTIONS = f".//*[(self::figcaption or {_CAPTION_CLASS}) and not(self::a or self::button)]"
_CREDIT_CLASS = _class_says("credit", "copyright", "photographer", "image_source", "image-source")
# The label a page prints before a credit it sets apart: "Image Credit: WeWork", "Photo: ...".
_CREDIT_LABEL = regex.compile(
    r"\A(?:image\s+credit|photo(?:graph)?(?:\s+credit)?|credit|source)\s*:\s*", regex.IGNORECASE
)


def _words(node: Any) -> str:
    return " ".join(str(node.text_content()).split())


def _blocks(main: Element | None, site: str | None = None) -> list[str]:
    """The story's blocks: each paragraph, heading, list item, quotation and table row; a photo's caption.

    A page's own furniture is left out: after the story (``Most viewed``, ``Related topics``,
    ``Share this story``, each a heading over teasers), a heading with no paragraph of prose after
    it; anywhere, a line not closed like a sentence that names the ``site`` (``Écoutez le club Le
    Figaro International``): the site promoting itself.
    """
    promotes = _names_site(site)
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
            elif (found := " ".join(raw.split())) and not (promotes(found) and SENTENCE_END.search(found) is None):
                blocks.append((name, found))
    last_prose = max((number for number, (name, found) in enumerate(blocks) if _is_prose(name, found)), default=-1)
    furniture = next(
        (number for number, (name, _) in enumerate(blocks) if number > last_prose and name == "head"), len(blocks)
    )
    return [found for _, found in blocks[:furniture]]


def _names_site(site: str | None) -> Callable[[str], bool]:
    """A test of whether a text names the site: holds every word of its name but the articles (``Figaro``)."""
    words = {word for word in _LETTERS.findall((site or "").casefold()) if word not in AFFILIATION_ARTICLES}
    if not words:
        return lambda text: False
    return lambda text: words <= set(_LETTERS.findall(text.casefold()))


_LETTERS = regex.compile(r"\p{L}+")


def _is_prose(name: str, found: str) -> bool:
    """A paragraph of the story's prose: sentences, not a teaser's headline."""
    return name == "p" and _reads_as_prose(found)


def _reads_as_prose(found: str) -> bool:
    """Sentences of some length, closed by a full stop (a paragraph, a standfirst): no teaser's headline."""
    return len(found.split()) >= _PROSE_WORDS and found.rstrip("”\"'»)").endswith((".", "!", "?"))


def _holds_paragraphs(element: Element) -> bool:
    return any(local(inner.tag) in _PARAGRAPHS for inner in element.iter() if inner is not element)


def _with_breaks(element: Element) -> str:
    """An element's text with a line break for each ``<lb/>`` (a ``<br>`` of the page)."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if local(child.tag) == "lb" else _with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)
