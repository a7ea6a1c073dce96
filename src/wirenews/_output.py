"""Where the command line's records go, and how each is written: valid UTF-8 JSON, as it comes.

A record is written as soon as it is parsed, a large one piece by piece, so memory holds one
record at a time. Output to a file is atomic: written to a temporary file in the target's folder
and renamed over the target when complete (a symbolic link's target, not the link; the target's
mode kept, a new file's from the umask); a device or FIFO is written to directly.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from typing import IO, Any, Protocol

import attrs

from wirenews._batch import failure
from wirenews.records import Article, _unstructure

_PIECEWISE_CHARS = 1 << 20
"""Records of articles longer than this (in characters of input) are encoded piece by piece."""

# Line breaks that JSON leaves raw in strings but str.splitlines() and many JSONL readers split on.
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


class OutputError(Exception):
    """The output cannot be written where asked (a missing folder, a directory): a usage error."""


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...


class Output:
    """An open output: ``write`` records, then ``commit`` (or ``abort``, which leaves the old file)."""

    def __init__(
        self,
        stream: _Sink,
        *,
        file: IO[bytes] | None = None,
        temporary: str | None = None,
        target: str | None = None,
        mode: int = 0,
    ) -> None:
        self.stream = stream
        self.pretty = False
        """Indented JSON (for one record) rather than JSON Lines."""
        self.compact = False
        """Articles without their ``blocks`` and ``paragraphs`` (``--compact``)."""
        self._file = file  # a file of ours to close: the temporary file, or a device opened for -o
        self._temporary = temporary
        self._target = target
        self._mode = mode

    def write(self, record: dict[str, Any], article: Article | None = None) -> None:
        """Write one record and a newline, ``article`` (if any) as its ``"article"`` field."""
        for piece in encode(record, article, pretty=self.pretty, compact=self.compact):
            self.stream.write(piece)

    def write_line(self, line: bytes) -> None:
        """Write one record encoded already (see ``encode_with_json``)."""
        self.stream.write(line)

    def commit(self) -> None:
        """Finish: a temporary file takes the target's place, a stream is flushed."""
        self.stream.flush()
        if self._file is None:
            return
        if self._temporary is not None and self._target is not None:
            os.fchmod(self._file.fileno(), self._mode)
            self._file.close()
            os.replace(self._temporary, self._target)
            self._temporary = None
        self._file.close()

    def abort(self) -> None:
        """Stop: a temporary file is removed, so the previous output stays as it was."""
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temporary)
            self._temporary = None


def open_output(path: str | None) -> Output:
    """The output for ``-o path`` (None: stdout); raises OutputError if it cannot be written there."""
    if path is None:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        return Output(buffer if buffer is not None else _TextSink(sys.stdout))
    target = os.path.realpath(path)  # a symbolic link's target is what gets replaced
    try:
        status: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(f"{path}: is a directory")
    if status is not None and not stat.S_ISREG(status.st_mode):  # a device or FIFO: written as a stream
        try:
            device = open(target, "wb")  # noqa: SIM115 - closed by commit or abort
        except OSError as error:
            raise OutputError(f"{path}: {error.strerror or error}") from None
        return Output(device, file=device)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise OutputError(f"{path}: no such folder: {folder}")
    mode = stat.S_IMODE(status.st_mode) if status is not None else 0o666 & ~_umask()
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{path}: cannot write in {folder}: {error.strerror or error}") from None
    file = os.fdopen(handle, "wb")
    return Output(file, file=file, temporary=temporary, target=target, mode=mode)


class _TextSink:
    """A text stream with no binary buffer under it (an IDE's console, say), written as bytes."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, data: bytes) -> int:
        return self._stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self._stream.flush()


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it: put it straight back
    os.umask(mask)
    return mask


# What --compact leaves out of each article: the largest fields, which the others summarise.
COMPACT_LEAVES_OUT = ("blocks", "paragraphs")


def encode(
    record: dict[str, Any], article: Article | None = None, *, pretty: bool = False, compact: bool = False
) -> Iterator[bytes]:
    """One record as UTF-8 JSON and a newline, with U+0085, U+2028 and U+2029 escaped.

    ``article`` becomes the record's last field, ``"article"``. A record that cannot be encoded as
    UTF-8 (a lone surrogate in a JSONL record's own fields: an article has none) is ASCII-escaped
    instead, which reads back the same. A long article's record is written piece by piece, one
    element of each field at a time, so that its dictionary never exists whole; it is compact
    even when ``pretty``. With ``compact``, the article has no ``blocks`` and ``paragraphs``.
    """
    if article is None or _length(article) <= _PIECEWISE_CHARS:
        whole = record if article is None else {**record, "article": _article_data(article, compact=compact)}
        yield _escape_breaks(record_json(whole, indent=2 if pretty else None)).encode("utf-8") + b"\n"
        return
    yield _escape_breaks(_opening(record_json(record), record)).encode("utf-8")
    buffered: list[str] = []
    length = 0
    for piece in _article_pieces(article, COMPACT_LEAVES_OUT if compact else ()):
        buffered.append(piece)
        length += len(piece)
        if length > 1 << 16:
            yield _escape_breaks("".join(buffered)).encode("utf-8")
            buffered.clear()
            length = 0
    buffered.append("}\n")
    yield _escape_breaks("".join(buffered)).encode("utf-8")


@attrs.frozen
class Encoded:
    """An article made ready for a JSON Lines record where it was parsed (a worker), so the parent only writes.

    Exactly one of the three is set: the failure of a record that could not be parsed, the
    article's JSON, or, for an article too long to encode whole, the article itself.
    """

    failure: str | None = None
    json: str | None = None
    article: Article | None = None


def encode_article(article: Article, *, compact: bool = False) -> Encoded:
    """``article`` as the compact JSON of a record's ``"article"`` field (line breaks escaped)."""
    problem = failure(article)
    if problem is not None:
        return Encoded(failure=problem)
    if _length(article) > _PIECEWISE_CHARS:
        return Encoded(article=article)  # written piece by piece by the parent, never whole
    return Encoded(json=_escape_breaks(json.dumps(_article_data(article, compact=compact), ensure_ascii=False)))


def encode_with_json(record: dict[str, Any], article_json: str) -> bytes:
    """One record whose article was encoded already (``Encoded.json``) as a JSON line."""
    return (_escape_breaks(_opening(record_json(record), record)) + article_json + "}\n").encode("utf-8")


def _article_data(article: Article, *, compact: bool) -> dict[str, Any]:
    """``article.to_dict()``, without ``COMPACT_LEAVES_OUT`` when ``compact``."""
    data = article.to_dict()
    for name in COMPACT_LEAVES_OUT if compact else ():
        del data[name]
    return data


def record_json(record: dict[str, Any], indent: int | None = None) -> str:
    """A record as JSON: UTF-8 characters as themselves, ASCII-escaped if one cannot be encoded.

    Only a JSONL record's own fields can hold such a character (a lone surrogate); escaped, it
    reads back the same.
    """
    text = json.dumps(record, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record, indent=indent)
    return text


def _opening(record_json: str, record: dict[str, Any]) -> str:
    """A record's JSON up to where its ``"article"`` field's value goes (the record closed after it)."""
    return record_json[:-1] + (', "article": ' if record else '"article": ')


def _length(article: Article) -> int:
    return article.blocks[-1].span.end if article.blocks else 0


def _article_pieces(article: Article, leave_out: tuple[str, ...] = ()) -> Iterator[str]:
    """``json.dumps(article.to_dict())``, in pieces: each field, and each element of a tuple field."""
    separator = "{"
    for field in attrs.fields(Article):
        if field.name in leave_out:
            continue
        value = getattr(article, field.name)
        yield f"{separator}{json.dumps(field.name)}: "
        separator = ", "
        if isinstance(value, tuple):
            yield "[" + ", ".join(json.dumps(_unstructure(item), ensure_ascii=False) for item in value[:1])
            for item in value[1:]:
                yield ", " + json.dumps(_unstructure(item), ensure_ascii=False)
            yield "]"
        else:
            yield json.dumps(_unstructure(value), ensure_ascii=False)
    yield "}"


def _escape_breaks(text: str) -> str:
    if text.isascii() or not _LINE_BREAKS.search(text):
        return text
    return _LINE_BREAKS.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
