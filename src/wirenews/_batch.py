"""parse_many(): many articles, in order, on one core or a pool of processes, in bounded memory.

Nothing is lost to one bad record: a text that cannot be parsed yields an Article whose
diagnostics say why; a reference date that cannot be read is a diagnostic and the text is
parsed without one; a worker process that dies costs at most the records the pool held, which
are retried one by one in a fresh worker (a record that kills that one too gets a
``worker-died`` diagnostic), and the pool is rebuilt; an input that raises yields every record
read before it, in order, and then raises.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar, Union, overload

import attrs

from wirenews._dates import read_date
from wirenews._parse import parse_article
from wirenews.records import Article, Diagnostic

__all__ = ["Record", "parse_many"]

# Chunks waiting in the pool per worker: enough to keep every worker busy, few enough that an
# endless input is read only a little ahead of what has been yielded.
_CHUNKS_PER_WORKER = 2

_T = TypeVar("_T")

# What a worker parses: the text (anything, checked there), its reference date, and a diagnostic
# found while reading the record (a bad date) that goes on the article.
_Job = tuple[object, dt.date | None, Diagnostic | None]
_Item = Union[str, tuple[str, Any], Mapping[str, Any]]  # noqa: UP007 - a runtime alias on Python 3.10


@attrs.frozen(kw_only=True, eq=True, hash=False)
class Record:
    """One record of ``parse_many()`` given mappings: the article with what the caller sent beside it."""

    index: int
    """The record's position in the input, from 0."""
    id: str | int
    """The record's ``id`` field (see ``id_field``) when it has one (a str or an int), else ``index``."""
    metadata: dict[str, Any]
    """Every field of the record but its text, as given (a shallow copy)."""
    article: Article
    """The record's text parsed; an empty Article with a diagnostic when it held no text."""


FAILED_CODES = frozenset({"not-text", "parse-failed", "worker-died"})
"""The diagnostics of a record that could not be parsed at all (its Article is empty)."""


def failure(article: Article) -> str | None:
    """Why ``article`` is the empty result of a record that could not be parsed; None if it was parsed."""
    if article.diagnostics and article.diagnostics[0].code in FAILED_CODES:
        return article.diagnostics[0].message
    return None


def workers_for(jobs: int | None) -> int:
    """How many processes ``jobs`` asks for: ``None`` or 1 is this process, 0 or less one per CPU.

    >>> workers_for(None), workers_for(3), workers_for(0) == workers_for(-1) == (os.cpu_count() or 1)
    (1, 3, True)
    """
    if jobs is None:
        return 1
    return (os.cpu_count() or 1) if jobs <= 0 else jobs


@overload
def parse_many(
    items: Iterable[Mapping[str, Any]],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    chunk_size: int = 64,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str = "id",
) -> Generator[Record, None, None]: ...


@overload
def parse_many(
    items: Iterable[str],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    chunk_size: int = 64,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str = "id",
) -> Generator[Article, None, None]: ...


@overload
def parse_many(
    items: Iterable[tuple[str, dt.date | str | None]],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    chunk_size: int = 64,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str = "id",
) -> Generator[Article, None, None]: ...


def parse_many(
    items: Iterable[Any],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    chunk_size: int = 64,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str = "id",
) -> Generator[Any, None, None]:
    """Parse many articles, yielding one result per item, in input order.

    Each item is one of:

    - a text (``str``): yields its ``Article``, parsed against ``reference_date``;
    - a pair ``(text, date)``: yields the ``Article`` of ``text`` parsed against its own ``date``
      (a ``datetime.date``, a string such as ``"2024-12-26"`` or ``"Thu, 26 Dec 2024 10:00:00
      GMT"``, or ``None`` for ``reference_date``);
    - a mapping (a JSON record, say): yields a ``Record`` carrying the record's position,
      its id (the ``id_field``), its other fields as ``metadata`` and the ``Article`` of its
      ``text_field``, parsed against its ``date_field`` where it has one.

    A date that cannot be read is a ``bad-reference-date`` diagnostic on the article, which is
    parsed without it; an item with no text (not a ``str``, or a mapping without the text field)
    yields an empty Article with a ``not-text`` diagnostic. The batch always goes on.

    ``jobs`` > 1 parses in that many worker processes (0 or less: one per CPU); otherwise the
    items are parsed in this process. Results are identical either way. The input is read lazily,
    a bounded window of ``chunk_size``-item chunks ahead of the output, so an endless generator
    is fine. A worker process that dies is replaced and its records retried; an input that raises
    yields every result read before the failure, then raises. Closing the iterator early ends
    the workers.

        >>> [article.headline.text for article in parse_many(["First story", "Second story"])]
        ['First story', 'Second story']
        >>> records = parse_many([{"id": "a1", "text": "First story", "desk": "world"}])
        >>> [(r.id, r.metadata, r.article.headline.text) for r in records]
        [('a1', {'id': 'a1', 'desk': 'world'}, 'First story')]
    """
    wrappers: deque[tuple[int, Mapping[str, Any]] | None] = deque()  # read, not yet yielded: bounded

    def jobs_of() -> Iterator[_Job]:
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                wrappers.append((index, item))
                yield _mapping_job(item, text_field, date_field, reference_date)
            else:
                wrappers.append(None)
                yield _job(item, reference_date)

    parsed = parse_jobs(jobs_of(), jobs=jobs, chunk_size=chunk_size)
    try:
        for article in parsed:
            wrapper = wrappers.popleft()
            if wrapper is None:
                yield article
            else:
                index, record = wrapper
                yield _record(index, record, article, text_field, id_field)
    finally:
        parsed.close()


def _job(item: object, reference_date: dt.date | None) -> _Job:
    if isinstance(item, tuple) and len(item) == 2:
        text, date = item
        if date is None:
            return text, reference_date, None
        read, problem = _date(date, "the pair's date")
        return text, read, problem
    return item, reference_date, None


def _mapping_job(
    record: Mapping[str, Any], text_field: str, date_field: str | None, reference_date: dt.date | None
) -> _Job:
    text = record.get(text_field)
    if text is None:
        return _MissingText(text_field), reference_date, None
    if date_field is None or record.get(date_field) in (None, ""):
        return text, reference_date, None
    read, problem = _date(record[date_field], f"field {date_field!r}")
    return text, read, problem


def _date(value: object, where: str) -> tuple[dt.date | None, Diagnostic | None]:
    """A reference date from a date, a datetime or a printed date; None and a diagnostic if it is none."""
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, str):
        try:
            return read_date(value), None
        except ValueError as error:
            message = f"{where}: {error}; parsed without a reference date"
    else:
        message = f"{where}: a {type(value).__name__}, not a date; parsed without a reference date"
    return None, Diagnostic(code="bad-reference-date", message=message)


@attrs.frozen
class _MissingText:
    """A record without its text field: parsing it fails with a message naming the field."""

    field: str


def record_id(given: object, otherwise: str | int) -> str | int:
    """A record's id: its id field's value when that is a str or an int, else ``otherwise``.

    >>> record_id("tass-1", 0), record_id(7, 0), record_id(True, 3), record_id(None, "feed.jsonl:4")
    ('tass-1', 7, 3, 'feed.jsonl:4')
    """
    return given if isinstance(given, (str, int)) and not isinstance(given, bool) else otherwise


def _record(index: int, record: Mapping[str, Any], article: Article, text_field: str, id_field: str) -> Record:
    identifier = record_id(record.get(id_field), index)
    metadata = {key: value for key, value in record.items() if key != text_field}
    return Record(index=index, id=identifier, metadata=metadata, article=article)


def parse_jobs(
    jobs_in: Iterable[_Job], *, jobs: int | None = None, chunk_size: int = 64
) -> Generator[Article, None, None]:
    """Articles of ``(text, reference date, diagnostic to add)`` jobs, in order: what parse_many runs."""
    return run_jobs(jobs_in, _article, jobs=jobs, chunk_size=chunk_size)


def _article(article: Article) -> Article:
    return article


def run_jobs(
    jobs_in: Iterable[_Job], finish: Callable[[Article], _T], *, jobs: int | None = None, chunk_size: int = 64
) -> Generator[_T, None, None]:
    """``finish`` of each job's article, in order, run where the article is parsed (in the worker).

    The command line's ``finish`` encodes the article's JSON, so that the parent only writes it;
    ``finish`` must be picklable (a module's function, or a ``functools.partial`` of one).
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    workers = workers_for(jobs)
    if workers <= 1:
        for job in jobs_in:
            yield finish(_parse_one(job))
        return
    reader = _ChunkReader(jobs_in, chunk_size)
    pool = _new_pool(workers)
    try:
        pending: deque[tuple[Future[list[_T]], list[_Job]]] = deque()
        _fill(pool, pending, reader, workers * _CHUNKS_PER_WORKER, finish)
        while pending:
            future, chunk = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:  # a worker died: every chunk the pool held failed with it
                held = [chunk, *(waiting for _, waiting in pending)]
                pending.clear()
                _end(pool)
                for lost in held:
                    yield from _retry_alone(lost, finish)
                pool = _new_pool(workers)
                _fill(pool, pending, reader, workers * _CHUNKS_PER_WORKER, finish)
                continue
            except Exception as error:  # the chunk could not reach a worker or come back (pickling)
                results = [finish(_failed(error)) for _ in chunk]
            _fill(pool, pending, reader, 1, finish)
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

    def __init__(self, jobs: Iterable[_Job], size: int) -> None:
        self._jobs = iter(jobs)
        self._size = size
        self.error: Exception | None = None

    def next_chunk(self) -> list[_Job] | None:
        chunk: list[_Job] = []
        if self.error is not None:
            return None
        try:
            chunk.extend(itertools.islice(self._jobs, self._size))
        except Exception as error:  # raised again once every record read before it is yielded
            self.error = error
        return chunk or None


def _fill(
    pool: ProcessPoolExecutor,
    pending: deque[tuple[Future[list[_T]], list[_Job]]],
    reader: _ChunkReader,
    count: int,
    finish: Callable[[Article], _T],
) -> None:
    for _ in range(count):
        chunk = reader.next_chunk()
        if chunk is None:
            return
        pending.append((_submit(pool, chunk, finish), chunk))


def _submit(pool: ProcessPoolExecutor, chunk: list[_Job], finish: Callable[[Article], _T]) -> Future[list[_T]]:
    """The chunk sent to the pool; if the pool has broken meanwhile, a future failed as it would."""
    try:
        return pool.submit(_parse_chunk, chunk, finish)
    except BrokenProcessPool as error:  # a worker died since the last result: retried like the rest
        failed: Future[list[_T]] = Future()
        failed.set_exception(error)
        return failed


def _retry_alone(chunk: Sequence[_Job], finish: Callable[[Article], _T]) -> Iterator[_T]:
    """Each record of a chunk lost with a dead worker, parsed again in a worker of its own."""
    pool = _new_pool(1)
    try:
        for job in chunk:
            result, pool = _parse_alone(pool, job, finish)
            yield result
    except BaseException:
        _end(pool)
        raise
    pool.shutdown()


def _parse_alone(
    pool: ProcessPoolExecutor, job: _Job, finish: Callable[[Article], _T]
) -> tuple[_T, ProcessPoolExecutor]:
    """One record parsed in a one-worker pool, and the pool to go on with (a new one if it died)."""
    try:
        (result,) = pool.submit(_parse_chunk, [job], finish).result()
    except BrokenProcessPool:
        _end(pool)
        died = _failed_with("worker-died", "the worker process parsing this record died, twice")
        return finish(died), _new_pool(1)
    except Exception as error:
        return finish(_failed(error)), pool
    return result, pool


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
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)  # shutdown forgets the queue
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    for worker in workers:
        worker.join(timeout=5)
    # A worker terminated while sending its results leaves half a message in the results pipe, and
    # the pool's manager thread waits for the rest for ever (and the interpreter, at exit, for it).
    # With every worker gone, closing this process's end for writing lets that read end at EOF.
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


def _parse_chunk(chunk: Sequence[_Job], finish: Callable[[Article], _T]) -> list[_T]:
    return [finish(_parse_one(job)) for job in chunk]


def _parse_one(job: _Job) -> Article:
    text, reference_date, problem = job
    if isinstance(text, _MissingText):
        return _failed_with("not-text", f"the record has no {text.field!r} field: no text to parse")
    try:
        article = parse_article(text, reference_date=reference_date)  # type: ignore[arg-type]
    except Exception as error:  # reported on the item, so the batch goes on
        article = _failed(error)
    if problem is None:
        return article
    return attrs.evolve(article, diagnostics=(*article.diagnostics, problem))


def _failed(error: BaseException) -> Article:
    code = "not-text" if isinstance(error, TypeError) else "parse-failed"
    return _failed_with(code, f"{type(error).__name__}: {error}")


def _failed_with(code: str, message: str) -> Article:
    return Article(diagnostics=(Diagnostic(code=code, message=message),))
