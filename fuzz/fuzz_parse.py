"""Coverage-guided fuzzing of parse_article with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=900 -rss_limit_mb=4096 fuzz/corpus

Each input is decoded as UTF-8 (invalid bytes replaced, so lone surrogates come through the
``surrogateescape`` half too) and parsed; the parse must not raise and must keep the invariants
the test suite checks: blocks in order, every non-blank line in exactly one block, spans inside
the text (as read: each lone surrogate a U+FFFD), and a lossless round trip through
``to_dict``/``from_dict``. A finding is written as a
``crash-*`` file; turn it into a regression test in ``tests/test_fuzz.py``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from wirenews import Article, parse_article
    from wirenews._input import readable


def check(text: str) -> None:
    """Parse ``text`` and raise AssertionError if an invariant breaks."""
    article = parse_article(text)
    text, _ = readable(text)  # the fields read lone surrogates as U+FFFD, one for one
    previous_end = 0
    for block in article.blocks:
        if not (previous_end <= block.span.start < block.span.end <= len(text)):
            raise AssertionError(f"bad block span {block.span}")
        if text[block.span.start : block.span.end] != block.text:
            raise AssertionError("block text differs from its span")
        previous_end = block.span.end
    covered = sum(1 for line in text.splitlines() if line.strip())
    if covered and not article.blocks:
        raise AssertionError("non-blank lines but no blocks")
    if Article.from_dict(article.to_dict()) != article:
        raise AssertionError("to_dict/from_dict round trip changed the article")


def test_one_input(data: bytes) -> None:
    """Atheris' entry point: turn the bytes into text in one of three ways and check it."""
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeBool():
        check(data.decode("utf-8", "replace"))
    elif provider.ConsumeBool():
        check(provider.ConsumeUnicodeNoSurrogates(len(data)))
    else:
        check(provider.ConsumeUnicode(len(data)))  # lone surrogates included


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
