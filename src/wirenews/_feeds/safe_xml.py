"""XML parsed safely, and the element helpers every XML feed reader uses.

defusedxml refuses entity declarations (the billion laughs), external entities and DTD fetching,
so a hostile file is an error, never a hang or a leak of a local file. Elements are found by
their local names: feeds mix namespaces (NewsML-G2 with XHTML inside) and prefixes vary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from xml.etree import ElementTree

import regex
from dateutil import parser as date_parser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from wirenews._feeds.records import FeedError

Element = ElementTree.Element


# A document type declaration in the prolog, with its internal subset: feeds carry them (Kyodo's
# NewsML names its DTDs as parameter entities) and nothing here needs them. Dropped before parsing,
# so no entity is ever declared; an entity the text still uses is then an error, never expanded.
_DOCTYPE = regex.compile(
    rb"\A((?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*)"  # the prolog before it, kept
    rb"<!DOCTYPE[^\[>]*(?:\[[^\]]*\])?\s*>"
)


def parse_xml(data: bytes) -> Element:
    """The root element of ``data``; FeedError when it is malformed or uses an entity it would declare."""
    data = _DOCTYPE.sub(rb"\1", data, count=1)
    try:
        root: Element = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise FeedError(f"refused: the XML declares {type(error).__name__}: {error}") from None
    except ElementTree.ParseError as error:
        raise FeedError(f"not well-formed XML: {error}") from None
    return root


def local(tag: object) -> str:
    """An element's name without its namespace: ``{http://iptc.org/...}headline`` -> ``headline``."""
    name = tag if isinstance(tag, str) else ""
    return name.rpartition("}")[2]


def find(element: Element | None, *path: str) -> Element | None:
    """The first descendant down ``path``, each step a child's local name (``*`` any child)."""
    found = element
    for step in path:
        if found is None:
            return None
        found = next((child for child in found if step in ("*", local(child.tag))), None)
    return found


def find_all(element: Element | None, name: str) -> Iterator[Element]:
    """Every descendant of ``element`` of that local name, in document order."""
    if element is None:
        return
    for descendant in element.iter():
        if local(descendant.tag) == name and descendant is not element:
            yield descendant


def text(element: Element | None) -> str | None:
    """All the text inside ``element``, white space folded; None when there is none."""
    if element is None:
        return None
    folded = " ".join("".join(element.itertext()).split())
    return folded or None


def attribute(element: Element | None, *names: str) -> str | None:
    """The first of ``names`` the element has as an attribute (by local name), stripped."""
    if element is None:
        return None
    for key, value in element.attrib.items():
        if local(key) in names and value.strip():
            return value.strip()
    return None


def number(value: str | None) -> int | None:
    """A feed's printed number (an urgency, a priority), None when it prints none."""
    return int(value) if value and value.strip().isdigit() else None


def timestamp(value: str | None) -> dt.datetime | None:
    """A feed's time stamp (``2014-07-16T10:35:57.000Z``, ``20140829T135006Z``), None if unreadable."""
    if not value:
        return None
    try:
        return date_parser.isoparse(value.strip())
    except (ValueError, OverflowError):
        try:
            return date_parser.parse(value.strip())
        except (ValueError, OverflowError):
            return None
