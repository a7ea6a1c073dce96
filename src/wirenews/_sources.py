"""Where the command line's records come from: text files, JSONL files, directories and stdin.

Every input becomes items, one per record, read lazily so that memory holds one record at a
time: an item carries an article's text, or the reason there is none (``error``: an error record
in the output), or the reason the input was not read at all (``skipped``: FIFOs, devices and
sockets inside a directory, and symbolic links leading out of it). Nothing here raises on bad
input.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gzip
import json
import os
import stat
import zlib
from collections.abc import Iterator, Sequence
from typing import IO, Any, Protocol

import attrs

from wirenews import feeds
from wirenews._dates import read_date

MAX_RECORD_BYTES = 256 * 1024 * 1024
"""The largest article read, as a text file or as one JSONL line: a larger one is an error record."""

JSONL_SUFFIXES = (".jsonl", ".ndjson")
"""File names read as JSON Lines, one record per line; every other file is one article."""

GZIP_SUFFIX = ".gz"
"""A file so named is decompressed as it is read (``feed.jsonl.gz``, ``story.txt.gz``)."""

# What a damaged gzip stream raises while it is read: an error record, never a traceback.
_GZIP_ERRORS = (OSError, EOFError, zlib.error)

_BOM = b"\xef\xbb\xbf"
_NOT_READ = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class _Readable(Protocol):
    """A binary stream read by size: a file, stdin's buffer, or a gzip stream over a file."""

    def read(self, size: int = -1, /) -> bytes: ...
    def readline(self, size: int = -1, /) -> bytes: ...


@attrs.frozen
class Item:
    """One record of the input: its text, or why it has none."""

    source: str
    """Where the record is: a path (``-`` for stdin), with ``:line`` for a JSONL record; printable."""
    text: str | None = None
    """The article, None if the record could not be read."""
    reference_date: dt.date | None = None
    """The date a dateline with no year is read against."""
    metadata: dict[str, Any] | None = None
    """A JSONL record's fields other than the text; None for a text file."""
    error: str | None = None
    """Why the record could not be read: it becomes an error record."""
    skipped: str | None = None
    """Why an entry of a directory was not read at all (a FIFO, say): named on stderr, no record."""
    date_error: str | None = None
    """Why the record's date field gave no reference date: the text is parsed without one, and says so."""
    origin: str = "-"
    """The input file the record is from, as ``--output-dir`` names its output: a file given by name
    is its base name, a file found in a directory its path inside it, standard input ``-``."""


@attrs.frozen
class Options:
    """How inputs are read."""

    text_field: str = "text"
    date_field: str | None = None
    reference_date: dt.date | None = None
    follow_symlinks: bool = False
    max_record_bytes: int = MAX_RECORD_BYTES
    input_format: str = "auto"
    """``auto`` (JSON Lines by name, feeds by their content, else text), ``text``, ``jsonl`` or a feed format."""


def items(paths: Sequence[str], options: Options, stdin: IO[bytes]) -> Iterator[Item]:
    """The records of every path in turn (``-`` is stdin): directories walked in name order."""
    for path in paths:
        if path == "-":
            yield from _whole(stdin, "-", options)
        elif os.path.isdir(path):
            yield from _directory(path, options)
        else:
            origin = os.path.basename(path)
            yield from (attrs.evolve(item, origin=origin) for item in _file(path, options))


def printable(path: str) -> str:
    r"""A path as text that encodes as UTF-8: bytes no encoding could read shown as ``\xNN``."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file system decoding produced
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _file(path: str, options: Options) -> Iterator[Item]:
    source = printable(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after a lazy read
    except OSError as error:
        yield Item(source, error=_cannot_read(error))
        return
    name = path.removesuffix(GZIP_SUFFIX)
    with handle, gzip.GzipFile(fileobj=handle) if name != path else handle as data:
        form = options.input_format
        if form == "jsonl" or (form == "auto" and name.endswith(JSONL_SUFFIXES)):
            yield from _jsonl(data, source, options)
        else:
            yield from _whole(data, source, options)


def _whole(handle: _Readable, source: str, options: Options) -> Iterator[Item]:
    """A whole file (or stdin): one article of text, or a feed's stories (a feed told by its content)."""
    try:
        data = handle.read(options.max_record_bytes + 1)
    except _GZIP_ERRORS as error:
        yield Item(source, error=_cannot_read(error))
        return
    if len(data) > options.max_record_bytes:
        yield Item(source, error=f"too large: over {options.max_record_bytes:,} bytes")
        return
    form = options.input_format
    if form == "auto":
        form = feeds.detect(data) or "text"
    if form == "text":
        yield _text(data, source, options)
    else:
        yield from _feed(data, form, source, options)


def _feed(data: bytes, form: str, source: str, options: Options) -> Iterator[Item]:
    """One item per story of a feed, its metadata the feed's; a feed that cannot be read is an error record."""
    try:
        stories = feeds.read(data, format=form)
    except feeds.FeedError as error:
        yield Item(source, error=f"bad {form} feed: {error}")
        return
    if not stories:
        yield Item(source, error=f"no story in this {form} feed")
    for number, story in enumerate(stories, start=1):
        where = source if len(stories) == 1 else f"{source}:{number}"
        reference = options.reference_date or story.meta.published_date
        yield Item(where, story.text, reference, metadata=story.meta.to_dict())


def _text(data: bytes, source: str, options: Options) -> Item:
    """A whole file's bytes as one article, decoded as UTF-8 with or without a byte-order mark."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Item(source, error=f"not UTF-8 text: {error.reason} at byte {error.start}")
    return Item(source, text, options.reference_date)


def _jsonl(handle: _Readable, source: str, options: Options) -> Iterator[Item]:
    """One item per line, lines ended by a line feed alone (a U+2028 in a string does not end one)."""
    limit = options.max_record_bytes
    number = 0
    while True:
        try:
            line = handle.readline(limit + 1)
        except _GZIP_ERRORS as error:
            yield Item(f"{source}:{number + 1}", error=_cannot_read(error))
            return
        if not line:
            return
        number += 1
        where = f"{source}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(handle)
            yield Item(where, error=f"too large: a line over {limit:,} bytes")
            continue
        if number == 1 and line.startswith(_BOM):
            line = line[len(_BOM) :]
        if line.strip():
            yield _record(line, where, options)


def _skip_rest_of_line(handle: _Readable) -> None:
    with contextlib.suppress(*_GZIP_ERRORS):  # a damaged stream ends here; the next read says so
        while chunk := handle.readline(1 << 20):
            if chunk.endswith(b"\n"):
                return


def _record(line: bytes, where: str, options: Options) -> Item:
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return Item(where, error=f"not UTF-8 text: {error.reason} at byte {error.start}")
    try:
        record = json.loads(decoded)
    except (ValueError, RecursionError, MemoryError) as error:
        return Item(where, error=f"bad record: {type(error).__name__}: {error}")
    if not isinstance(record, dict):
        return Item(where, error=f"bad record: a JSON {type(record).__name__}, not an object")
    text = record.pop(options.text_field, None)
    if not isinstance(text, str):
        held = "no such field" if text is None else f"{type(text).__name__}, not text"
        return Item(where, metadata=record, error=f"bad record: field {options.text_field!r}: {held}")
    reference = options.reference_date
    if options.date_field and record.get(options.date_field):
        try:
            reference = read_date(str(record[options.date_field]))
        except ValueError as error:
            problem = f"field {options.date_field!r}: {error}; parsed without a reference date"
            return Item(where, text, options.reference_date, metadata=record, date_error=problem)
    return Item(where, text, reference, metadata=record)


def _directory(root: str, options: Options) -> Iterator[Item]:
    """Every file under ``root``, in name order; an empty or unreadable directory is an error record."""
    inside = os.path.realpath(root)
    found = False
    # Entries still to read, the next at the end; each with the real paths of the directories above
    # it (to see a link that leads back up) and whether it is a directory to list.
    pending: list[tuple[str, frozenset[str], bool]] = [(root, frozenset(), True)]
    while pending:
        path, above, to_list = pending.pop()
        origin = os.path.relpath(path, root) if path != root else os.path.basename(os.path.normpath(root))
        if to_list:
            listing = _listing(path, above)
            if isinstance(listing, Item):
                found = True
                yield attrs.evolve(listing, origin=origin)
            else:
                pending.extend((entry, here, False) for entry, here in reversed(listing))
            continue
        read = _entry(path, above, inside, options)
        if read is None:
            pending.append((path, above, True))
        else:
            found = True
            yield from (attrs.evolve(item, origin=origin) for item in read)
    if not found:
        yield Item(
            printable(root),
            error="no files to parse in this directory",
            origin=os.path.basename(os.path.normpath(root)),
        )


def _listing(path: str, above: frozenset[str]) -> list[tuple[str, frozenset[str]]] | Item:
    """A directory's entries in name order, or an error record if it cannot be read."""
    try:
        names = sorted(os.listdir(path))
    except OSError as error:
        return Item(printable(path), error=f"cannot read directory: {error.strerror or error}")
    here = above | {os.path.realpath(path)}
    return [(os.path.join(path, name), here) for name in names]


def _entry(path: str, above: frozenset[str], inside: str, options: Options) -> Iterator[Item] | None:
    """The items of one directory entry, or None for a directory to walk into."""
    source = printable(path)
    linked = os.path.islink(path)
    try:
        mode = os.stat(path).st_mode  # follows a link: a broken one or a loop raises
    except OSError as error:
        if linked and error.errno == errno.ELOOP:
            return iter([Item(source, error="symbolic link loop")])
        if linked and error.errno == errno.ENOENT:
            return iter([Item(source, error="broken symbolic link")])
        return iter([Item(source, error=_cannot_read(error))])
    target = os.path.realpath(path)
    if linked and not options.follow_symlinks and os.path.commonpath([target, inside]) != inside:
        return iter([Item(source, skipped="a symbolic link leading out of the directory (see --follow-symlinks)")])
    if stat.S_ISDIR(mode):
        if target in above:
            return iter([Item(source, error="symbolic link loop: leads back to a directory above it")])
        return None
    if not stat.S_ISREG(mode):
        return iter([Item(source, skipped=_NOT_READ.get(stat.S_IFMT(mode), "not a regular file"))])
    return _file(path, options)


def _cannot_read(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    return f"cannot read: {error or type(error).__name__}"
