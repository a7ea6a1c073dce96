"""NewsML 1.2 (AFP, EFE, Kyodo, ANA): each ``NewsItem`` is a story.

``NewsLines`` give the headline, sub-headline (the standfirst), byline, dateline and slug;
``NewsManagement`` the times and urgency; the metadata sections the provider, language and
subjects; the text is the ``DataContent`` of the component whose media type is text (NITF,
XHTML or plain text inside), and the other components are its photos.
"""

from __future__ import annotations

import attrs

from wirenews._feeds.provider import agency_of
from wirenews._feeds.records import FeedItem, FeedMeta
from wirenews._feeds.render import body_blocks, markup_blocks, render
from wirenews._feeds.safe_xml import Element, attribute, find, find_all, local, number, text, timestamp

_SUBJECTS = frozenset({"Subject", "SubjectMatter", "SubjectDetail"})


def read_newsml(root: Element) -> tuple[FeedItem, ...]:
    """Every story of a NewsML 1.2 document that has text."""
    envelope = find(root, "NewsEnvelope")
    items = [root] if local(root.tag) == "NewsItem" else list(find_all(root, "NewsItem"))
    found = (_item(item, envelope) for item in items)
    return tuple(item for item in found if item is not None)


def _item(item: Element, envelope: Element | None) -> FeedItem | None:
    lines = find(item, "NewsComponent", "NewsLines") or next(find_all(item, "NewsLines"), None)
    blocks = _text(item)
    if blocks is None:
        return None  # a picture or a package, no story
    headline = text(find(lines, "HeadLine"))
    dateline = text(find(lines, "DateLine"))
    if dateline and blocks and dateline.endswith(("-", "—", "–")) and not blocks[0].startswith(dateline):
        blocks[0] = f"{dateline} {blocks[0]}"  # AFP prints the dateline in NewsLines, not in the text
    management, described = find(item, "NewsManagement"), next(find_all(item, "DescriptiveMetadata"), None)
    party = find(next(find_all(item, "AdministrativeMetadata"), None), "Provider", "Party")
    provider = attribute(party, "FormalName") or text(next(find_all(item, "ProviderId"), None))
    keywords = [word for line in find_all(lines, "KeywordLine") if (word := text(line))]
    keywords += [
        value
        for prop in find_all(described, "Property")
        if attribute(prop, "FormalName") == "Keyword" and (value := attribute(prop, "Value"))
    ]
    meta = FeedMeta(
        format="newsml",
        id=text(next(find_all(item, "PublicIdentifier"), None)),
        headline=headline,
        slug=text(find(lines, "SlugLine")) or text(next(find_all(item, "NameLabel"), None)),
        keywords=tuple(keywords),
        byline=text(find(lines, "ByLine")),
        dateline=dateline,
        published=timestamp(text(find(management, "FirstCreated"))),
        version_created=timestamp(text(find(management, "ThisRevisionCreated"))),
        provider=provider,
        agency=agency_of(provider),
        language=attribute(find(described, "Language"), "FormalName") or attribute(item, "lang"),
        priority=number(
            attribute(find(management, "Urgency"), "FormalName") or attribute(find(envelope, "Priority"), "FormalName")
        ),
        subjects=tuple(
            code
            for element in find_all(described, "*")
            if local(element.tag) in _SUBJECTS and (code := attribute(element, "FormalName"))
        ),
        photos=tuple(
            href
            for content in find_all(item, "ContentItem")
            if _media(content) == "photo" and (href := attribute(content, "Href"))
        ),
    )
    standfirst = text(find(lines, "SubHeadLine"))
    if standfirst and standfirst.isupper() and len(standfirst.split()) <= 4:
        # a kicker in capitals (EFE's INDIA SUCESOS: country and desk), not a summary to read
        meta = attrs.evolve(meta, keywords=(*meta.keywords, standfirst))
        standfirst = None
    return FeedItem(text=render(headline, standfirst, meta.byline, body=blocks), meta=meta)


def _media(content: Element) -> str:
    return (attribute(find(content, "MediaType"), "FormalName") or "").casefold()


def _text(item: Element) -> list[str] | None:
    """The blocks of the item's text component, None when it has none."""
    for content in find_all(item, "ContentItem"):
        if _media(content) != "text":
            continue
        data = find(content, "DataContent")
        if data is None:
            continue
        if len(data):  # NITF inside: its body.content; XHTML: the whole content
            nitf_body = next(find_all(data, "body.content"), None)
            return body_blocks(nitf_body if nitf_body is not None else data)
        return markup_blocks(data.text or "")
    return None
