"""NITF 3.x (AP, PA, ANSA, EFE): ``head/docdata`` for the metadata, ``body.head`` and ``body.content``."""

from __future__ import annotations

from wirenews._feeds.provider import agency_of
from wirenews._feeds.records import FeedItem, FeedMeta
from wirenews._feeds.render import body_blocks, render
from wirenews._feeds.safe_xml import Element, attribute, find, find_all, number, text, timestamp


def read_nitf(root: Element) -> tuple[FeedItem, ...]:
    """The one story of an NITF document."""
    head, body = find(root, "head"), find(root, "body")
    docdata = find(head, "docdata")
    body_head = find(body, "body.head")
    headline = text(find(body_head, "hedline", "hl1")) or text(find(head, "title"))
    second = find(body_head, "hedline", "hl2")
    standfirst = text(second) if second is not None and attribute(second, "id") != "originalHeadline" else None
    byline = find(body_head, "byline")
    by = " ".join((byline.text or "").split()) if byline is not None else None  # without its <byttl>
    blocks = body_blocks(find(body, "body.content"))
    abstract = text(find(body_head, "abstract"))
    if abstract and blocks and abstract != blocks[0] and not standfirst:
        standfirst = abstract  # an abstract that is not the first paragraph again
    if standfirst == headline:
        standfirst = None
    provider = (
        attribute(find(docdata, "doc.copyright"), "holder")
        or text(find(body_head, "distributor"))
        or attribute(find(docdata, "doc-id"), "regsrc")
    )
    meta = FeedMeta(
        format="nitf",
        id=attribute(find(docdata, "doc-id"), "id-string"),
        headline=headline,
        slug=attribute(find(docdata, "du-key"), "key"),
        keywords=tuple(key for k in find_all(docdata, "keyword") if (key := attribute(k, "key"))),
        byline=by or text(byline),
        dateline=text(find(body_head, "dateline", "location")) or text(find(body_head, "dateline")),
        published=timestamp(attribute(find(docdata, "date.issue"), "norm"))
        or timestamp(attribute(find(docdata, "date.release"), "norm")),
        provider=provider,
        agency=agency_of(provider),
        language=attribute(root, "lang") or attribute(find(head, "lang"), "lang") or attribute(body, "lang"),
        priority=number(attribute(find(docdata, "urgency"), "ed-urg")),
        subjects=tuple(
            code
            for subject in find_all(head, "tobject.subject")
            if (code := attribute(subject, "tobject.subject.refnum"))
        ),
        photos=tuple(ref for media in find_all(body, "media-reference") if (ref := attribute(media, "source"))),
        note=attribute(find(docdata, "ed-msg"), "info"),
    )
    return (FeedItem(text=render(headline, standfirst, by, body=blocks), meta=meta),)
