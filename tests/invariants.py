"""Checks every parse must pass, whatever the input."""

from __future__ import annotations

import bisect
import itertools
import json

import attrs

from wirenews import Article, Block, Quote, Section, Span
from wirenews._classify import BODY_RULES, HEAD_RULES
from wirenews._dateline import _FORMS

# Every name a block's rule may have: a zone rule's, or the dateline's with the grammar's form.
RULE_NAMES = frozenset(rule.name for rule in (*HEAD_RULES, *BODY_RULES) if rule.name != "dateline") | {
    f"dateline: {form}" for form in (*(form.name for form in _FORMS), "place line")
}


def as_read(text: str) -> str:
    """The text the fields are cut from: each surrogate as U+FFFD, a leading byte-order mark as a space."""
    shown = "".join("\ufffd" if 0xD800 <= ord(char) <= 0xDFFF else char for char in text)
    return " " + shown[1:] if shown.startswith("\ufeff") else shown


def non_blank_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stripped content of each non-blank line, as str.splitlines() sees lines."""
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.splitlines()[0] if line.splitlines() else ""
        stripped = content.strip()
        if stripped:
            start = offset + len(content) - len(content.lstrip())
            found.append((start, start + len(stripped)))
        offset += len(line)
    return found


def spans_of(value: object) -> list[Span]:
    """Every span in a record tree."""
    if isinstance(value, Span):
        return [value]
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))  # type: ignore[arg-type]
        if isinstance(value, (Section, Quote)):  # these may run over several blocks: check their parts
            fields = tuple(field for field in fields if field.name != "span")
        return [span for field in fields for span in spans_of(getattr(value, field.name))]
    if isinstance(value, tuple):
        return [span for item in value for span in spans_of(item)]
    return []


def check_invariants(text: str, article: Article) -> None:
    # every field encodes as UTF-8 and survives JSON unchanged, its spans included
    encoded = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Article.from_dict(json.loads(encoded)) == article
    if any(0xD800 <= ord(char) <= 0xDFFF for char in text):
        assert [d.code for d in article.diagnostics].count("lone-surrogate") == 1
    text = as_read(text)  # the spans index the caller's text, and its fields read it so
    blocks = article.blocks
    for block in blocks:
        assert block.rule in RULE_NAMES, block.rule
        assert 0 <= block.span.start < block.span.end <= len(text)
        assert text[block.span.start : block.span.end] == block.text
    for earlier, later in itertools.pairwise(blocks):
        assert earlier.span.end <= later.span.start, "blocks overlap or are out of order"
    block_starts = [block.span.start for block in blocks]
    for start, end in non_blank_lines(text):
        # blocks are ordered and disjoint, so the only candidate is the last block starting at or before the line
        index = bisect.bisect_right(block_starts, start) - 1
        assert index >= 0, f"line at {start}:{end} {text[start:end]!r} is in no block"
        assert end <= blocks[index].span.end, f"line at {start}:{end} {text[start:end]!r} is in no block"
    for section in article.sections:
        assert 0 <= section.span.start < section.span.end <= len(text)
    for quote in article.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
    for span in spans_of(article):
        assert 0 <= span.start <= span.end <= len(text)
        index = bisect.bisect_right(block_starts, span.start) - 1
        assert index >= 0, f"span {span} lies outside every block"
        assert span in blocks[index].span, f"span {span} lies outside every block"
    for field in (article.headline, article.standfirst, article.lead, *article.paragraphs):
        if field is not None:
            assert text[field.span.start : field.span.end] == field.text
    for quote in article.quotes:
        for piece in quote.parts:
            assert text[piece.span.start : piece.span.end] == piece.text
    if article.dateline is not None:
        assert text[article.dateline.span.start : article.dateline.span.end] == article.dateline.raw


def owning_block(article: Article, span: Span) -> Block:
    return next(block for block in article.blocks if span in block.span)
