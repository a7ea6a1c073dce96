"""parse_many(): many articles, in order, on one core or a pool of processes, in bounded memory.

Nothing is lost to one bad record: a text that cannot be parsed yields an Article whose
diagnostics say why; a worker process that dies costs at most the records the pool held, which
are retried one by one in a fresh worker (a record that kills that one too gets a
``worker-died`` diagnostic), and the pool is rebuilt; an input that raises yields every record
read before it, in order, and then raises.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from wirenews._parse import parse_article
from wirenews.records import Article, Diagnostic

# Chunks waiting in the pool per worker: enough to keep every worker busy, few enough that an
# endless input is read only a little ahead of what has been yielded.
_CHUNKS_PER_WORKER = 2

_Pair = tuple[str, dt.date | None]


def parse_many(
    texts: Iterable[str],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    chunk_size: int = 64,
) -> Generator[Article, None, None]:
    """Parse many articles, yielding one :class:`Article` per text, in input order.

    ``jobs`` > 1 parses in that many worker processes (``jobs=0``: one per CPU); otherwise the
    texts are parsed in this process. Results are identical either way. The input is read lazily,
    a bounded window of ``chunk_size``-text chunks ahead of the output, so an endless generator
    is fine. An item that cannot be parsed (not a ``str``, say) yields an empty Article whose
    ``diagnostics`` say why; a worker process that dies is replaced and its records retried; an
    input that raises yields every article read before the failure, then raises. Closing the
    iterator early ends the workers.

        >>> [article.headline.text for article in parse_many(["First story", "Second story"])]
        ['First story', 'Second story']
    """
    yield from parse_pairs(zip(texts, itertools.repeat(reference_date)), jobs=jobs, chunk_size=chunk_size)


def parse_pairs(
    pairs: Iterable[_Pair], *, jobs: int | None = None, chunk_size: int = 64
) -> Generator[Article, None, None]:
    """Like :func:`parse_many`, with each text's own reference date: ``(text, date)`` pairs."""
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    workers = (os.cpu_count() or 1) if jobs == 0 else (jobs or 1)
    if workers <= 1:
        for text, reference_date in pairs:
            yield _parse_one(text, reference_date)
        return
    reader = _ChunkReader(pairs, chunk_size)
    pool = _new_pool(workers)
    try:
        pending: deque[tuple[Future[list[Article]], list[_Pair]]] = deque()
        _fill(pool, pending, reader, workers * _CHUNKS_PER_WORKER)
        while pending:
            future, chunk = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:  # a worker died: every chunk the pool held failed with it
                held = [chunk, *(waiting for _, waiting in pending)]
                pending.clear()
                _end(pool)
                for lost in held:
                    yield from _retry_alone(lost)
                pool = _new_pool(workers)
                _fill(pool, pending, reader, workers * _CHUNKS_PER_WORKER)
                continue
            except Exception as error:  # the chunk could not reach a worker or come back (pickling)
                results = [_failed(error) for _ in chunk]
            _fill(pool, pending, reader, 1)
            yield from results
    except BaseException:
        _end(pool)
        raise
    else:
        pool.shutdown()
    if reader.error is not None:
        raise reader.error


class _ChunkReader:
    """The input in chunks; an input that raises ends the chunks, and the error is kept for the end."""

    def __init__(self, pairs: Iterable[_Pair], size: int) -> None:
        self._pairs = iter(pairs)
        self._size = size
        self.error: Exception | None = None

    def next_chunk(self) -> list[_Pair] | None:
        chunk: list[_Pair] = []
        if self.error is not None:
            return None
        try:
            chunk.extend(itertools.islice(self._pairs, self._size))
        except Exception as error:  # raised again once every record read before it is yielded
            self.error = error
        return chunk or None


def _fill(
    pool: ProcessPoolExecutor,
    pending: deque[tuple[Future[list[Article]], list[_Pair]]],
    reader: _ChunkReader,
    count: int,
) -> None:
    for _ in range(count):
        chunk = reader.next_chunk()
        if chunk is None:
            return
        pending.append((_submit(pool, chunk), chunk))


def _submit(pool: ProcessPoolExecutor, chunk: list[_Pair]) -> Future[list[Article]]:
    """The chunk sent to the pool; if the pool has broken meanwhile, a future failed as it would."""
    try:
        return pool.submit(_parse_chunk, chunk)
    except BrokenProcessPool as error:  # a worker died since the last result: retried like the rest
        failed: Future[list[Article]] = Future()
        failed.set_exception(error)
        return failed


def _retry_alone(chunk: Sequence[_Pair]) -> Iterator[Article]:
    """Each record of a chunk lost with a dead worker, parsed again in a worker of its own."""
    pool = _new_pool(1)
    try:
        for pair in chunk:
            article, pool = _parse_alone(pool, pair)
            yield article
    except BaseException:
        _end(pool)
        raise
    pool.shutdown()


def _parse_alone(pool: ProcessPoolExecutor, pair: _Pair) -> tuple[Article, ProcessPoolExecutor]:
    """One record parsed in a one-worker pool, and the pool to go on with (a new one if it died)."""
    try:
        (article,) = pool.submit(_parse_chunk, [pair]).result()
    except BrokenProcessPool:
        _end(pool)
        return _failed_with("worker-died", "the worker process parsing this record died, twice"), _new_pool(1)
    except Exception as error:
        return _failed(error), pool
    return article, pool


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what stops, and ends the
    # workers, whose SIGTERM must end them even if a forked parent had its own handler for it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _end(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: queued work dropped, running workers terminated, none left behind."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # the executor keeps no public list
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    for worker in workers:
        worker.join(timeout=5)


def _parse_chunk(chunk: Sequence[_Pair]) -> list[Article]:
    return [_parse_one(text, reference_date) for text, reference_date in chunk]


def _parse_one(text: str, reference_date: dt.date | None) -> Article:
    try:
        return parse_article(text, reference_date=reference_date)
    except Exception as error:  # reported on the item, so the batch goes on
        return _failed(error)


def _failed(error: BaseException) -> Article:
    code = "not-text" if isinstance(error, TypeError) else "parse-failed"
    return _failed_with(code, f"{type(error).__name__}: {error}")


def _failed_with(code: str, message: str) -> Article:
    return Article(diagnostics=(Diagnostic(code=code, message=message),))
