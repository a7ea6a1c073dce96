"""NewsML-G2 (Reuters, ANSA): each ``newsItem`` of a ``newsMessage`` (or a bare ``newsItem``) is a story.

``itemMeta`` gives the provider and times, ``contentMeta`` the headline (a ``subHeadline`` role is
the standfirst), slug, byline, place, language, urgency and subjects; ``contentSet`` the body, as
XHTML (``inlineXML``) or as text (``inlineData``, which may itself hold escaped markup).
"""

from __future__ import annotations

from wirenews._feeds.provider import agency_of
from wirenews._feeds.records import FeedItem, FeedMeta
from wirenews._feeds.render import body_blocks, markup_blocks, render
from wirenews._feeds.safe_xml import Element, attribute, find, find_all, local, number, text, timestamp


def read_newsml_g2(root: Element) -> tuple[FeedItem, ...]:
    """Every text story (``newsItem``) the document holds; packages and pictures are left out."""
    stories = [root] if local(root.tag) == "newsItem" else list(find_all(root, "newsItem"))
    return tuple(_item(story) for story in stories if _is_text(story))


def _is_text(story: Element) -> bool:
    kind = attribute(find(story, "itemMeta", "itemClass"), "qcode") or "ninat:text"
    return kind.endswith(":text")


def _item(story: Element) -> FeedItem:
    meta_element, content = find(story, "itemMeta"), find(story, "contentMeta")
    headline, standfirst = None, None
    for element in find_all(content, "headline"):
        role = attribute(element, "role") or ""
        if "sub" in role.casefold():
            standfirst = standfirst or text(element)
        else:
            headline = headline or text(element)
    by = text(find(content, "by"))
    provider = attribute(find(meta_element, "provider"), "literal", "qcode") or text(find(meta_element, "provider"))
    source = attribute(find(content, "infoSource"), "literal") or attribute(find(content, "creator"), "literal")
    located = find(content, "located")
    meta = FeedMeta(
        format="newsml-g2",
        id=attribute(story, "guid"),
        headline=headline,
        slug=text(find(content, "slugline")),
        keywords=tuple(word for element in find_all(content, "keyword") if (word := text(element))),
        byline=by,
        dateline=text(find(content, "dateline")) or attribute(located, "literal") or text(find(located, "name")),
        published=timestamp(text(find(meta_element, "firstCreated")) or text(find(content, "contentCreated"))),
        version_created=timestamp(text(find(meta_element, "versionCreated"))),
        provider=provider,
        agency=agency_of(source, provider),
        language=attribute(find(content, "language"), "tag") or attribute(story, "lang"),
        priority=number(text(find(content, "urgency"))),
        subjects=tuple(code for element in find_all(content, "subject") if (code := attribute(element, "qcode"))),
        photos=tuple(ref for element in find_all(story, "remoteContent") if (ref := attribute(element, "href"))),
        note=text(find(meta_element, "edNote")),
    )
    return FeedItem(text=render(headline, standfirst, by, body=_body(find(story, "contentSet"))), meta=meta)


def _body(content_set: Element | None) -> list[str]:
    inline = find(content_set, "inlineXML")
    if inline is not None:
        return body_blocks(find(inline, "html", "body") or inline)
    data = find(content_set, "inlineData")
    return markup_blocks(data.text if data is not None and data.text else "")
