"""The teleprinter formats: ANPA-1312 (AP) and IPTC 7901 (Kyodo, and dpa's plain-text form).

Both frame a story with control characters: SOH opens the header (ANPA after two SYNs), STX the
text, ETX ends it. The header's first line is the selector (the item's id) and its second the
priority, category and slug line (``r z BC-BKN--Heat-Hawks 1stLd-Writethru 02-20 0500``: month and
day only, never a year). In AP's ANPA text a line opening with ``^`` is furniture, ended by ``<``
(the slug again, the headline, ``AP Photo`` references, ``Eds:`` notes) or by ``=`` (the byline and
its title); paragraphs open with an indented line. dpa writes the same parts as plain lines: a
header line, the keywords between slashes, version lines in capitals, the headline, the byline
ending in ``=``, paragraphs between blank lines, and notes for the desk (the contacts, the editors'
initials) after ``The following information is not intended for publication``, kept as the note.
"""

from __future__ import annotations

import regex

from wirenews._feeds.provider import agency_of
from wirenews._feeds.records import FeedError, FeedItem, FeedMeta
from wirenews._feeds.render import preformatted, render
from wirenews._feeds.safe_xml import number

SOH, STX, ETX, SYN, US = "\x01", "\x02", "\x03", "\x16", "\x1f"

# The header's second line: priority, category, control characters, the slug and its take.
_SLUG_LINE = regex.compile(r"(?P<priority>\w)\s+(?P<category>\w)[\x00-\x1f]*\s*(?P<slug>\S+)(?:\s+(?P<take>\S+))?")
_PHOTOS = regex.compile(r"^AP Photos? (?P<refs>.+)$")
_NOTE = regex.compile(r"^(?:Eds:|EDITOR'S NOTE\s*[_—-])\s*(?P<note>.*)$")
_DPA_HEADER = regex.compile(
    r"^(?P<id>[a-z]{3}\d{4,6})\s+(?P<priority>\d)\s+(?P<category>[a-z])\s+\d+\s+(?P<provider>dpa)\b"
)
_DPA_KEYWORDS = regex.compile(r"^/(?:[^/\n]+/)+$")
_DPA_END = "The following information is not intended for publication"


def read_anpa(data: str) -> tuple[FeedItem, ...]:
    """The story of an ANPA-1312 transmission (AP)."""
    header, body = _framed(data)
    selector, slug, priority, category, take = _header(header)
    headline, byline, note = None, None, None
    photos: list[str] = []
    paragraphs: list[str] = []
    body_lines: list[str] = []
    for line in body.splitlines():
        if not line.startswith("^"):
            body_lines.append(line)
            continue
        content = line[1:].strip()
        end = content[-1:] if content[-1:] in ("<", "=") else ""
        content = content.rstrip("<=").strip()
        if not content or (slug and content.replace(" ", "").startswith(slug.replace(" ", "")[:12])):
            continue  # the slug line again
        if (found := _PHOTOS.match(content)) is not None:
            photos.extend(ref.strip() for ref in found.group("refs").split(","))
        elif (found := _NOTE.match(content)) is not None:
            note = " ".join(part for part in (note, found.group("note")) if part)
        elif end == "=":
            byline = byline or content  # the first: the writers; the next is their title
        elif headline is None:
            headline = content
    paragraphs = preformatted("\n".join(body_lines))
    meta = FeedMeta(
        format="anpa",
        id=selector,
        headline=headline,
        slug=slug,
        keywords=(take,) if take else (),
        byline=byline,
        provider="AP",
        agency="AP",
        priority=number(priority),
        subjects=(category,) if category else (),
        photos=tuple(photos),
        note=note,
    )
    return (FeedItem(text=render(headline, byline, body=paragraphs), meta=meta),)


def read_iptc7901(data: str) -> tuple[FeedItem, ...]:
    """The story of an IPTC 7901 transmission: control-framed (Kyodo) or dpa's plain lines."""
    if is_dpa_plain(data):
        return (_dpa(data.lstrip()),)
    header, body = _framed(data)
    selector, slug, priority, category, _ = _header(header)
    lines = body.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and slug and lines[0].strip() == slug:
        lines.pop(0)  # the slug again
    headline = lines.pop(0).strip().rstrip("+").strip() if lines else None
    provider = regex.sub(r"^\w?\d+", "", selector or "").strip() or None
    meta = FeedMeta(
        format="iptc7901",
        id=selector,
        headline=headline,
        slug=slug,
        provider=provider,
        agency=agency_of(provider),
        priority=number(priority),
        subjects=(category,) if category else (),
    )
    return (FeedItem(text=render(headline, body=preformatted("\n".join(lines))), meta=meta),)


def is_dpa_plain(data: str) -> bool:
    r"""Whether ``data`` is dpa's IPTC 7901 without control characters: its header line first.

    >>> is_dpa_plain("eca00075 3 i 510    dpa 1003\n\n/politics/EU/\n"), is_dpa_plain("Talks resume")
    (True, False)
    """
    return _DPA_HEADER.match(data.lstrip()) is not None


def _dpa(data: str) -> FeedItem:
    story, _, desk = data.partition(_DPA_END)  # after the marker: notes for the desk, not the reader
    lines = story.splitlines()
    header = _DPA_HEADER.match(lines.pop(0))
    assert header is not None
    keywords: tuple[str, ...] = ()
    headline, byline = None, None
    while lines and headline is None:
        line = lines.pop(0).strip()
        if not line:
            continue
        if _DPA_KEYWORDS.match(line):
            keywords = tuple(word for word in line.split("/") if word)
        elif line.isupper() and len(line.split()) <= 4:
            continue  # a version line: ``2ND LEAD``, ``3RD NET``
        else:
            headline = line
    if lines and lines[0].rstrip().endswith("="):
        byline = lines.pop(0).rstrip().rstrip("=").strip()
    paragraphs = preformatted("\n".join(lines))
    meta = FeedMeta(
        format="iptc7901",
        id=header.group("id"),
        headline=headline,
        keywords=keywords,
        byline=byline,
        provider="dpa",
        agency=agency_of("dpa"),
        priority=number(header.group("priority")),
        subjects=(header.group("category"),),
        note=" ".join(desk.split()) or None,
    )
    return FeedItem(text=render(headline, byline, body=paragraphs), meta=meta)


def _framed(data: str) -> tuple[str, str]:
    """The header (after SOH) and the text (STX to ETX) of a transmission."""
    start = data.find(SOH)
    text_start = data.find(STX, max(start, 0))
    if start < 0 or text_start < 0:
        raise FeedError("no start of header (SOH) and start of text (STX): not a wire transmission")
    end = data.find(ETX, text_start)
    return data[start + 1 : text_start], data[text_start + 1 : end if end >= 0 else len(data)]


def _header(header: str) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """Selector, slug, priority, category and take (``1stLd-Writethru``) of a header."""
    lines = [line for line in header.replace("\r", "").split("\n") if line.strip()]
    selector = lines[0].split(US)[0].strip() if lines else None
    found = _SLUG_LINE.match(lines[1].strip()) if len(lines) > 1 else None
    if found is None:
        return selector, None, None, None, None
    take = found.group("take")
    if take and regex.fullmatch(r"\d\d-\d\d", take):
        take = None  # the month and day, not a take
    return selector, found.group("slug"), found.group("priority"), found.group("category"), take
