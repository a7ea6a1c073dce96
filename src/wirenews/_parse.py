"""parse_article(): runs the stages and builds the Article."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Sequence

import attrs

from wirenews._classify import Layout, RawBlock, classify
from wirenews._dateline import build_dateline
from wirenews._facts import sign_off_agency
from wirenews._headline import read_headline
from wirenews._input import readable
from wirenews._lines import split_lines
from wirenews._photos import caption_spans, read_photo
from wirenews._sections import read_sections
from wirenews._speakers import attribute_quotes, clear_speaker_caches, summarize_speakers
from wirenews.agencies import canonical_agency
from wirenews.records import (
    Article,
    Block,
    BlockKind,
    Dateline,
    Diagnostic,
    Headline,
    Paragraph,
    PhotoCredit,
    Span,
    Standfirst,
)

_PAUSE_COLLECTOR_CHARS = 64 * 1024


def parse_article(text: str, *, reference_date: dt.date | None = None) -> Article:
    r"""Parse one wire article given as plain text.

    ``reference_date`` (usually the publication date) supplies the year of a
    dateline that prints none: the year that puts the date nearest to it.
    Without it such a dateline keeps its month and day and has no ``date``.

    Never raises on a ``str``; anything odd is reported in ``Article.diagnostics``. Spans index
    ``text`` itself; a lone surrogate in it reads as U+FFFD in every field (diagnostic
    ``lone-surrogate``) and a leading byte-order mark as white space, so that every field
    encodes as UTF-8 and survives a JSON round trip.

        >>> import datetime
        >>> article = parse_article(
        ...     "Trade talks to resume — ministry\n\n"
        ...     "MOSCOW, March 3. /TASS/. Talks resume on Monday, the ministry said.",
        ...     reference_date=datetime.date(2024, 3, 4),
        ... )
        >>> article.headline.attribution, article.dateline.location, article.dateline.date
        ('ministry', 'MOSCOW', datetime.date(2024, 3, 3))
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse_article() takes the article as a str, not {type(text).__name__}; "
            "decode bytes first, e.g. parse_article(data.decode('utf-8'))"
        )
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    # A long input builds hundreds of thousands of records, hardly any in a reference cycle, and the
    # cycle collector's passes over them would make the parse superlinear (dateline lines, 64 KB to
    # 4 MB: time per KB 1.33x with it, 1.07x without): paused while a long article is parsed, unless
    # the caller has paused it already (a cycle made meanwhile is collected once it resumes).
    pause = len(text) > _PAUSE_COLLECTOR_CHARS and gc.isenabled()
    if pause:
        gc.disable()
    try:
        text, unreadable = readable(text)
        # the lines and their facts are passed on, not kept here: _build lets them go once the
        # blocks are read, so that a huge input's per-line records do not outlive the layout stage
        article = _build(text, classify(split_lines(text)), reference_date)
    finally:
        if pause:
            gc.enable()
        # The per-line answers serve one article; kept longer they would hold its text (measured:
        # no slower, as hits across articles are rare).
        clear_caches()
    if unreadable is None:
        return article
    return attrs.evolve(article, diagnostics=(unreadable, *article.diagnostics))


def clear_caches() -> None:
    """Forget the answers cached while parsing an article: parse_article calls it when done.

    (The layout's answers live with the article's lines and go with them; the speaker stage keeps
    readings of words and capitalised runs.)
    """
    clear_speaker_caches()


def _build(text: str, layout: Layout, reference_date: dt.date | None) -> Article:
    read = _read_blocks(text, layout, reference_date)
    del layout  # its lines and facts are done with: the speaker stage works on the blocks
    blocks, paragraphs, photos, dateline = read.blocks, read.paragraphs, read.photos, read.dateline
    body = tuple(paragraph for _, paragraph in paragraphs)
    trailers = tuple(b for b in blocks if b.kind is BlockKind.TRAILER)
    quotes = attribute_quotes(text, blocks, dateline, caption_spans(text, photos))
    return Article(
        headline=read.headline,
        standfirst=read.standfirst,
        dateline=dateline,
        lead=body[0] if body else None,
        paragraphs=body,
        quotes=quotes,
        speakers=summarize_speakers(quotes),
        photo_credits=tuple(photos),
        sections=read_sections(blocks, paragraphs, quotes),
        boilerplate=tuple(b for b in blocks if b.kind is BlockKind.BOILERPLATE),
        trailers=trailers,
        blocks=blocks,
        agency=_agency(dateline, trailers, photos),
        diagnostics=read.diagnostics,
    )


@attrs.frozen
class _Read:
    """What the layout's blocks say, before the speakers are read."""

    blocks: tuple[Block, ...]
    headline: Headline | None
    standfirst: Standfirst | None
    dateline: Dateline | None
    paragraphs: list[tuple[int, Paragraph]]
    """The body's paragraphs, each with the index of its block."""
    photos: list[PhotoCredit]
    diagnostics: tuple[Diagnostic, ...]


def _read_blocks(text: str, layout: Layout, reference_date: dt.date | None) -> _Read:
    lines = layout.facts.lines
    blocks = tuple(_block(text, layout, raw) for raw in layout.blocks)
    diagnostics: list[Diagnostic] = []
    headline = standfirst = None
    dateline = None
    paragraphs: list[tuple[int, Paragraph]] = []
    photos: list[PhotoCredit] = []
    for index, (raw, block) in enumerate(zip(layout.blocks, blocks, strict=True)):
        if raw.kind is BlockKind.HEADLINE:
            headline = read_headline(block)
        elif raw.kind is BlockKind.STANDFIRST:
            standfirst = Standfirst(text=block.text, span=block.span)
        elif raw.kind is BlockKind.PHOTO:
            photos.append(read_photo(layout.facts, raw.first, raw.last, block.span))
        elif raw.kind is BlockKind.DATELINE_PARAGRAPH and layout.dateline is not None:
            dateline, lead = build_dateline(layout.dateline, block, reference_date)
            if lead is not None:
                paragraphs.append((index, lead))
        elif raw.kind is BlockKind.PARAGRAPH:
            paragraphs.append((index, Paragraph(text=block.text, span=block.span)))
    if headline is None and lines:
        diagnostics.append(Diagnostic(code="no-headline", message="no line could be read as the headline"))
    if not lines:
        diagnostics.append(Diagnostic(code="empty", message="the input has no text"))
    return _Read(blocks, headline, standfirst, dateline, paragraphs, photos, tuple(diagnostics))


def _block(text: str, layout: Layout, raw: RawBlock) -> Block:
    lines = layout.facts.lines
    first = lines[raw.first]
    start, end = first.start, lines[raw.last].end
    # a block of one line is that line's text, already cut out: no second copy of the input
    block_text = first.text if raw.first == raw.last else text[start:end]
    return Block(kind=raw.kind, span=Span(start, end), text=block_text, rule=raw.rule)


def _agency(dateline: Dateline | None, trailers: Sequence[Block], photos: Sequence[PhotoCredit]) -> str | None:
    """The agency that filed the story: from its dateline, else its sign-off, else its photos' one agency."""
    if dateline is not None and dateline.agency is not None:
        return canonical_agency(dateline.agency) or dateline.agency
    for trailer in reversed(trailers):
        signed = sign_off_agency(trailer.text)
        if signed is not None:
            return signed
    credited = {photo.agency for photo in photos if canonical_agency(photo.agency)}
    return credited.pop() if len(credited) == 1 else None
