"""Fuzzing with a fixed example budget: arbitrary text, and valid articles mutated at random.

Invariants: nothing raised; spans inside the text and blocks disjoint; every non-blank line in exactly
one block; ``Article.from_dict(a.to_dict()) == a``; parsing twice gives the same article.
"""

from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from wirenews import Article, parse_article

from invariants import check_invariants
from strategies import ArticleParts, Style, articles, render, styles

FUZZ = settings(max_examples=400, deadline=None)


def _check(text: str) -> None:
    article = parse_article(text)
    check_invariants(text, article)
    assert Article.from_dict(article.to_dict()) == article
    assert parse_article(text) == article


@FUZZ
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=2_000))  # surrogates too
@example("\u2028\u2029\x85\x0b\x0c")
@example("«»„“”‘’``''" * 50)
@example("(Reuters) -" * 200)
@example('Talks resume\n\nBy "Jane NEW YORK, Jan 21 (Reuters) - "We are ready," he said.')  # atheris: no sentence
def test_arbitrary_text(text: str) -> None:
    _check(text)


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    parts: ArticleParts = draw(articles())
    style: Style = draw(styles)
    lines = render(parts, style).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 6))):
        operation = draw(st.sampled_from(("swap", "duplicate", "cut", "insert", "delete")))
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        if operation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "cut":
            line = lines[index]
            lines[index] = line[: draw(st.integers(0, len(line)))]
        elif operation == "insert":
            line = lines[index]
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(st.text(min_size=1, max_size=5)) + line[at:]
        else:
            del lines[index]
    return "".join(lines)


@FUZZ
@given(mutated_articles())
def test_mutated_articles(text: str) -> None:
    _check(text)


_HALVES = st.sampled_from(["\ud83d", "\ude00", "\ud800", "\udfff", "\udc80", "\ud83d\ude00"])


@FUZZ
@given(st.lists(st.one_of(st.text(max_size=40), _HALVES), max_size=40).map("".join))
@example('Headline \ud83d\ude00 here\n\nMOSCOW, May 5. /TASS/. "We agree \ud800," Peskov said.')
def test_json_round_trip_with_surrogates_written_apart(text: str) -> None:
    # the halves of a pair, each alone in a str, would come back from JSON as one character
    article = parse_article(text)
    line = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Article.from_dict(json.loads(line)) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    check_invariants(text, article)
