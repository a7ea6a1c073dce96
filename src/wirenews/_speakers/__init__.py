"""Who said each quotation, in four stages, each a module of this package.

1. ``.mentions``: the phrases that may name a speaker, typed (person, organisation,
   place, description, pronoun, other) from their words and the lexicon;
2. ``.entities``: the article's people and bodies, clustered from its capitalised runs;
3. ``.attribute``: for each quotation, the ordered table of strategies (``STRATEGIES``),
   the first that finds a speaker winning;
4. ``.resolve``: the mention found mapped to the speaker it stands for, by the fullest
   name in the article.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirenews._quotes import find_quote_spans
from wirenews._speakers.attribute import STRATEGIES, build
from wirenews._speakers.entities import read_run, title_words
from wirenews._speakers.mentions import clear_word_flags
from wirenews.records import Block, Dateline, Quote, QuoteKind, QuotePart, Span, SpeakerSummary

__all__ = ["STRATEGIES", "attribute_quotes", "clear_speaker_caches", "summarize_speakers"]


def clear_speaker_caches() -> None:
    """Forget the readings of words and capitalised runs kept across articles (for benchmarks that start cold)."""
    read_run.cache_clear()
    title_words.cache_clear()
    clear_word_flags()


def attribute_quotes(
    text: str, blocks: Sequence[Block], dateline: Dateline | None = None, captions: Sequence[tuple[int, int]] = ()
) -> tuple[Quote, ...]:
    """The body's quotations with their speakers.

    The dateline's places never speak as people; the photos' ``captions`` (their spans) are read for the
    names of the people pictured.
    """
    found = find_quote_spans(text, blocks)
    if not found:
        return ()  # no quotation: no one to credit, and no need to learn who the article names
    places = (dateline.city, dateline.region, dateline.location) if dateline is not None else ()
    article = build(
        text,
        blocks,
        found,
        frozenset(place.casefold() for place in places if place),
        dateline.span.end if dateline is not None else None,
        captions,
    )
    quotes = []
    for quote, credit in zip(found, article.attribute(), strict=True):
        parts = tuple(
            QuotePart(text=text[p.start : p.end].strip(), span=_strip_span(text, p.start, p.end)) for p in quote.parts
        )
        first = quote.parts[0]
        quotes.append(
            Quote(
                text=" ".join(part.text for part in parts),
                speaker=credit.speaker,
                kind=_kind(text, blocks[first.block], first.open_start),
                cue=credit.cue,
                parts=parts,
                paragraph=first.block,
                short=quote.short,
                rule=credit.rule,
                span=Span(parts[0].span.start, parts[-1].span.end),
            )
        )
    return tuple(quotes)


def _strip_span(text: str, start: int, end: int) -> Span:
    inside = text[start:end]
    left = len(inside) - len(inside.lstrip())
    right = len(inside.rstrip())
    return Span(start + left, start + max(right, left))


def _kind(text: str, block: Block, open_start: int) -> QuoteKind:
    """Direct when the quotation opens its sentence or follows a colon, else partial."""
    before = text[max(block.span.start, open_start - 40) : open_start].rstrip()
    if not before or before.endswith((":", ".", "!", "?", "”", '"', "»", "—", "–")):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def summarize_speakers(quotes: Sequence[Quote]) -> tuple[SpeakerSummary, ...]:
    """Group the quotes by speaker, in the order each speaker is first quoted."""
    grouped: dict[tuple[str, str], list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote.speaker is not None:
            grouped.setdefault((quote.speaker.kind.value, quote.speaker.label), []).append(index)
    summaries = []
    for indices in grouped.values():
        speakers = [speaker for i in indices if (speaker := quotes[i].speaker) is not None]
        first = speakers[0]
        summaries.append(
            SpeakerSummary(
                name=first.name,
                description=first.description,
                kind=first.kind,
                title=next((speaker.title for speaker in speakers if speaker.title), None),
                affiliation=next((speaker.affiliation for speaker in speakers if speaker.affiliation), None),
                mentions=tuple(dict.fromkeys(speaker.mention for speaker in speakers)),
                quotes=tuple(indices),
            )
        )
    return tuple(summaries)
