"""The reader's text of a feed item: each block on its own line, a blank line between blocks."""

from __future__ import annotations

import html
from collections.abc import Iterable

import regex

from wirenews._feeds.safe_xml import Element, find, local, text

# Elements whose text is one block; the rest are walked for the blocks inside them.
_BLOCKS = frozenset({"p", "blockquote", "li", "pre", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2"})
_CONTAINS_BLOCKS = _BLOCKS | {"tr", "media", "table", "div", "section", "block", "body.content", "body"}
_SKIPPED = frozenset({"script", "style", "head", "meta", "media-reference", "media-metadata", "object", "img"})


def body_blocks(element: Element | None) -> list[str]:
    """The blocks of an NITF or XHTML body, in order: paragraphs, sub-heads, table rows, captions."""
    blocks: list[str] = []
    if element is not None:
        _walk(element, blocks)
    return blocks


def _walk(element: Element, blocks: list[str]) -> None:
    name = local(element.tag)
    if name in _SKIPPED:
        return
    if name in _BLOCKS:
        _add_text(blocks, element)
        return
    if name == "tr":
        cells = [text(cell) for cell in element if local(cell.tag) in ("td", "th")]
        _add(blocks, "  ".join(cell for cell in cells if cell))
        return
    if name == "media":  # NITF: a photo's caption and its credit
        caption, credit = text(find(element, "media-caption")), text(find(element, "media-producer"))
        _add(blocks, "\n".join(part for part in (caption, credit) if part))
        return
    if not _holds_blocks(element):  # text with inline markup only (<org>, <location>): one paragraph
        _add_text(blocks, element)
        return
    _add(blocks, _folded(element.text))
    for child in element:
        _walk(child, blocks)
        _add(blocks, _folded(child.tail))


def _add_text(blocks: list[str], element: Element) -> None:
    """An element's text as one paragraph, or as the paragraphs of a wire's layout kept inside it."""
    raw = "".join(element.itertext())
    if laid_out(raw):
        blocks.extend(preformatted(raw))
    else:
        _add(blocks, text(element))


def laid_out(raw: str) -> bool:
    r"""Whether text keeps a wire's layout: some lines indented (paragraphs open), some flush left.

    XML written with indentation indents every line alike, which is no layout.

    >>> laid_out("    Lead opens\nand goes on.\n    Next one\nends."), laid_out("\n    one\n    two\n    three\n")
    (True, False)
    """
    lines = [line for line in raw.splitlines() if line.strip()]
    indented = sum(1 for line in lines if line[:1].isspace())
    return 0 < indented < len(lines) and len(lines) > 2


def _holds_blocks(element: Element) -> bool:
    return any(local(inner.tag) in _CONTAINS_BLOCKS for inner in element.iter() if inner is not element)


def _folded(value: str | None) -> str | None:
    return " ".join(value.split()) if value and not value.isspace() else None


def _add(blocks: list[str], block: str | None) -> None:
    if block:
        blocks.append(block)


def preformatted(raw: str) -> list[str]:
    r"""Paragraphs of wire text laid out by lines: an indented line or a blank line opens one.

    >>> preformatted("Lead line one\ncontinued.\n    Second paragraph\nends here.")
    ['Lead line one continued.', 'Second paragraph ends here.']
    """
    paragraphs: list[list[str]] = []
    opens = True
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            opens = True
            continue
        if opens or line[:1].isspace():
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
        opens = False
    return [" ".join(lines) for lines in paragraphs]


# Markup carried as text (ANSA's CDATA of <p> elements, ANA's escaped <P>): its block-level tags
# end paragraphs and every other tag goes; no tag is nested enough to need a parser.
_BLOCK_TAG = regex.compile(r"</?(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>", regex.IGNORECASE)
_TAG = regex.compile(r"<[^>]*>")


def markup_blocks(raw: str) -> list[str]:
    r"""The paragraphs of a text that may hold HTML tags, or is laid out by lines.

    >>> markup_blocks("4/4/2018 <P>Wages grew.</P><P>The ministry said so.")
    ['4/4/2018', 'Wages grew.', 'The ministry said so.']
    >>> markup_blocks("<p>\n   ROME - Wages grew\nagain.\n   The ministry\nsaid so.\n</p>")
    ['ROME - Wages grew again.', 'The ministry said so.']
    """
    if "<" not in raw:
        return preformatted(raw)
    blocks: list[str] = []
    for piece in _BLOCK_TAG.split(raw):
        plain = html.unescape(_TAG.sub(" ", piece))
        if laid_out(plain):  # a wire's layout inside one tag (ANSA's <p>): its indented lines open paragraphs
            blocks.extend(preformatted(plain))
        elif folded := " ".join(plain.split()):
            blocks.append(folded)
    return blocks


def render(*parts: str | None, body: Iterable[str] = ()) -> str:
    """The item's text: the given parts (headline, standfirst, byline), then the body's blocks."""
    blocks = [part for part in parts if part]
    blocks.extend(block for block in body if block)
    return "\n\n".join(blocks) + "\n" if blocks else ""
