"""Stage 0: the text as the other stages read it, offset for offset the caller's string.

Two things a caller's ``str`` may hold can never reach a field: lone surrogates (a ``str`` may
carry them, UTF-8 and JSON cannot, and a pair of them written apart comes back from JSON as one
character, shifting every span after it) and a byte-order mark before the first line. Each is
replaced by one character, so spans still index the caller's string.
"""

from __future__ import annotations

import re

from wirenews.records import Diagnostic, Span

REPLACEMENT = "\ufffd"
"""What a lone surrogate reads as: U+FFFD, the replacement character."""

_SURROGATE = re.compile("[\ud800-\udfff]")  # in a str every surrogate stands alone: none are paired


def readable(text: str) -> tuple[str, Diagnostic | None]:
    r"""``text`` with each lone surrogate replaced by U+FFFD and a leading U+FEFF by a space.

    The diagnostic, when any surrogate was replaced, gives their spans (``span``: the first).

        >>> shown, diagnostic = readable("\ufeffHeadline \ud800")
        >>> shown, diagnostic.message, diagnostic.spans
        (' Headline \ufffd', '1 lone surrogate replaced by U+FFFD', (Span(start=10, end=11),))
    """
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # a byte-order mark is not part of the copy: read it as white space
    if text.isascii():
        return text, None
    places = tuple(Span(found.start(), found.end()) for found in _SURROGATE.finditer(text))
    if not places:
        return text, None
    count = len(places)
    diagnostic = Diagnostic(
        code="lone-surrogate",
        message=f"{count} lone surrogate{'s' if count > 1 else ''} replaced by U+FFFD",
        span=places[0],  # the first; each is in spans (a span across blocks would be no field's)
        spans=places,
    )
    return _SURROGATE.sub(REPLACEMENT, text), diagnostic
