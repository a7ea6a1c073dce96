"""parse_many: serial and pooled parsing give the same articles, in order, in bounded memory."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from collections.abc import Iterator

import pytest

from wirenews import Article, parse_article, parse_many

from adversarial import FAMILIES

TEXTS = [FAMILIES["articles"](size) for size in (500, 1_500, 3_000, 6_000)] * 5 + ["", "x", '"open']
REFERENCE = dt.date(2024, 12, 27)


def test_serial_results_equal_parse_article() -> None:
    assert list(parse_many(TEXTS, reference_date=REFERENCE)) == [
        parse_article(text, reference_date=REFERENCE) for text in TEXTS
    ]


@pytest.mark.timeout(120)
def test_process_pool_gives_identical_results_in_order() -> None:
    serial = list(parse_many(TEXTS, reference_date=REFERENCE))
    pooled = list(parse_many(iter(TEXTS), jobs=2, reference_date=REFERENCE, chunk_size=3))
    assert pooled == serial


@pytest.mark.timeout(120)
def test_endless_input_is_read_only_a_bounded_window_ahead() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for number in itertools.count():
            pulled += 1
            yield f"Story number {number}\n\nMOSCOW, May 5. /TASS/. Lead {number}."

    taken = list(itertools.islice(parse_many(endless(), jobs=2, chunk_size=4), 10))
    assert [article.lead.text for article in taken if article.lead] == [f"Lead {n}." for n in range(10)]
    assert pulled <= 10 + 2 * 2 * 4 + 4  # what was yielded, the window of chunks in flight, one more chunk


def test_a_bad_item_yields_a_diagnostic_and_the_batch_goes_on() -> None:
    items: list[object] = ["First story", b"bytes are not text", None, "Last story"]
    articles = list(parse_many(items))  # type: ignore[arg-type]
    assert [a.headline.text if a.headline else None for a in articles] == ["First story", None, None, "Last story"]
    assert [d.code for d in articles[1].diagnostics] == ["not-text"]
    assert "bytes" in articles[1].diagnostics[0].message


def test_bad_chunk_size_is_refused() -> None:
    with pytest.raises(ValueError, match="chunk_size must be at least 1, not 0"):
        list(parse_many(["x"], chunk_size=0))


def test_results_are_safe_to_share_across_threads() -> None:
    articles = list(parse_many(TEXTS))
    seen: list[int] = []

    def read() -> None:
        seen.append(sum(len(a.to_dict()["blocks"]) for a in articles))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 1
    assert all(isinstance(a, Article) for a in articles)
