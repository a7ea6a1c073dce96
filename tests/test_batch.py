"""parse_many: serial and pooled parsing give the same articles, in order, in bounded memory."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from wirenews import Article, parse_article, parse_many
from wirenews import _batch as batch

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
    items: list[Any] = ["First story", b"bytes are not text", None, "Last story"]
    articles = list(parse_many(items))
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


# Faults: a worker that dies, a record that kills its worker, an input that raises, an early stop.
# The pool forks, so a worker runs whatever _parse_one the test has put in place.


def _story(number: int) -> str:
    return f"Story number {number}\n\nMOSCOW, May 5. /TASS/. Lead {number}."


def _leads(articles: list[Article]) -> list[str | None]:
    return [article.lead.text if article.lead else None for article in articles]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("pause", [0, 0.5], ids=["at once", "pool broken before the next submit"])
def test_a_worker_killed_mid_batch_costs_no_record(pause: float) -> None:
    texts = [_story(n) for n in range(600)]
    articles: list[Article] = []
    others = set(multiprocessing.active_children())
    for article in parse_many(texts, jobs=2, chunk_size=8):
        articles.append(article)
        if len(articles) == 40:
            (worker, *_) = set(multiprocessing.active_children()) - others
            os.kill(worker.pid or 0, signal.SIGKILL)
            time.sleep(pause)
    assert _leads(articles) == [f"Lead {n}." for n in range(600)]
    assert not [a for a in articles if a.diagnostics]


@pytest.mark.timeout(180)
def test_a_record_that_kills_every_worker_is_the_only_one_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch._parse_one

    def deadly(job: tuple[object, dt.date | None, object]) -> Article:
        if job[0] == "POISON":
            os._exit(1)  # what a segfault in a C extension looks like from the pool
        return real(job)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_parse_one", deadly)
    texts = [_story(n) for n in range(100)]
    texts[37] = texts[81] = "POISON"
    articles = list(parse_many(texts, jobs=2, chunk_size=4))
    assert len(articles) == 100
    assert [n for n, a in enumerate(articles) if [d.code for d in a.diagnostics] == ["worker-died"]] == [37, 81]
    expected = [f"Lead {n}." if n not in (37, 81) else None for n in range(100)]
    assert _leads(articles) == expected


def _raising_after(count: int) -> Iterator[str]:
    for number in range(count):
        yield _story(number)
    raise OSError("the archive went away")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_that_raises_yields_every_record_before_it_then_raises(jobs: int) -> None:
    articles: list[Article] = []
    with pytest.raises(OSError, match="the archive went away"):
        articles.extend(parse_many(_raising_after(203), jobs=jobs, chunk_size=8))
    assert _leads(articles) == [f"Lead {n}." for n in range(203)]


@pytest.mark.timeout(120)
def test_stopping_early_ends_the_workers() -> None:
    before = set(multiprocessing.active_children())
    articles = parse_many((_story(n) for n in itertools.count()), jobs=2, chunk_size=4)
    assert next(articles).lead is not None
    assert len(set(multiprocessing.active_children()) - before) == 2
    articles.close()
    deadline = time.monotonic() + 10
    while set(multiprocessing.active_children()) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not set(multiprocessing.active_children()) - before
