"""parse_many(): many articles, in order, on one core or a pool of processes, in bounded memory."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from wirenews._parse import parse_article
from wirenews.records import Article, Diagnostic

# Chunks waiting in the pool per worker: enough to keep every worker busy, few enough that an
# endless input is read only a little ahead of what has been yielded.
_CHUNKS_PER_WORKER = 2


def parse_many(
    texts: Iterable[str],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    chunk_size: int = 64,
) -> Iterator[Article]:
    """Parse many articles, yielding one :class:`Article` per text, in input order.

    ``jobs`` > 1 parses in that many worker processes (``jobs=0``: one per CPU); otherwise the
    texts are parsed in this process. Results are identical either way. The input is read lazily,
    a bounded window of ``chunk_size``-text chunks ahead of the output, so an endless generator
    is fine. An item that cannot be parsed (not a ``str``, say) yields an empty Article whose
    ``diagnostics`` say why; the batch goes on.

        >>> [article.headline.text for article in parse_many(["First story", "Second story"])]
        ['First story', 'Second story']
    """
    yield from parse_pairs(zip(texts, itertools.repeat(reference_date)), jobs=jobs, chunk_size=chunk_size)


def parse_pairs(
    pairs: Iterable[tuple[str, dt.date | None]], *, jobs: int | None = None, chunk_size: int = 64
) -> Iterator[Article]:
    """Like :func:`parse_many`, with each text's own reference date: ``(text, date)`` pairs."""
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    workers = (os.cpu_count() or 1) if jobs == 0 else (jobs or 1)
    if workers <= 1:
        for text, reference_date in pairs:
            yield _parse_one(text, reference_date)
        return
    chunks = _chunks(pairs, chunk_size)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[Future[list[Article]], int]] = deque()
        for chunk in itertools.islice(chunks, workers * _CHUNKS_PER_WORKER):
            pending.append((pool.submit(_parse_chunk, chunk), len(chunk)))
        while pending:
            future, size = pending.popleft()
            following = next(chunks, None)
            if following is not None:
                pending.append((pool.submit(_parse_chunk, following), len(following)))
            try:
                yield from future.result()
            except Exception as error:  # a worker that died fails its chunk, not the batch
                yield from (_failed(error) for _ in range(size))


def _chunks(pairs: Iterable[tuple[str, dt.date | None]], size: int) -> Iterator[list[tuple[str, dt.date | None]]]:
    iterator = iter(pairs)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _parse_chunk(chunk: Sequence[tuple[str, dt.date | None]]) -> list[Article]:
    return [_parse_one(text, reference_date) for text, reference_date in chunk]


def _parse_one(text: str, reference_date: dt.date | None) -> Article:
    try:
        return parse_article(text, reference_date=reference_date)
    except Exception as error:  # reported on the item, so the batch goes on
        return _failed(error)


def _failed(error: BaseException) -> Article:
    code = "not-text" if isinstance(error, TypeError) else "parse-failed"
    return Article(diagnostics=(Diagnostic(code=code, message=f"{type(error).__name__}: {error}"),))
