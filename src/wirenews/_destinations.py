"""Where ``wirenews parse`` writes each record: one output (``-o`` or stdout), or one per input file.

With ``--output-dir DIR`` each input file has its output file in ``DIR``, named after it, as
trafilatura's ``--input-dir``/``--output-dir`` do: a file given by name by its base name, a file
found in a directory by its path inside it (folders made as needed), standard input as
``stdin``; the suffix says the format (``story.txt`` -> ``story.json``, ``feed.jsonl.gz`` ->
``feed.jsonl``, ``--format csv``: ``.csv``). Two inputs that would share a name get ``-2``,
``-3``, ... Each output is written atomically, like ``-o``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

from wirenews._output import Encoded, Output, OutputError, encode_article, encode_with_json, open_output
from wirenews._sources import GZIP_SUFFIX, JSONL_SUFFIXES, Item
from wirenews._table_output import FORMATS, TableWriter
from wirenews.records import Article


class Destinations:
    """The outputs of one run, opened as records arrive, committed or aborted together at the end."""

    def __init__(
        self, *, output: str | None, output_dir: str | None, form: str | None, table: str | None, compact: bool
    ) -> None:
        self._path = output
        self._folder = output_dir
        self._form = form
        self._table_name = table or "articles"
        self._compact = compact
        self._output: Output | None = None
        self._table: TableWriter | None = None
        self._origin: str | None = None
        self._named: set[str] = set()
        if output_dir is not None:
            _make_folder(output_dir)

    def start(self, first: list[Item]) -> None:
        """Open the one output of a run without ``--output-dir``: JSON for one record, else JSONL."""
        if self._folder is None:
            self._open(self._path, self._form or ("json" if len(first) == 1 else "jsonl"))

    def encoder(self) -> Callable[[Article], Encoded] | None:
        """What the workers should make of each article: its JSON when every record is a JSON line.

        None when the parent needs the articles themselves (tables, indented JSON, per-file outputs).
        """
        if self._folder is not None or self._output is None or self._table is not None or self._output.pretty:
            return None
        return functools.partial(encode_article, compact=self._compact)

    def write(self, record: dict[str, Any], item: Item, article: Article | Encoded | None, error: str | None) -> None:
        """Write one record (``article`` None for an error record) where its input's output is."""
        if isinstance(article, Encoded):
            if article.json is not None and error is None and self._output is not None:
                self._output.write_line(encode_with_json(record, article.json))
                return
            article = article.article
        if self._folder is not None and item.origin != self._origin:
            self._finish()
            form = self._form or ("jsonl" if _is_json_lines(item.origin) else "json")
            self._open(self._target(item.origin, form), form)
            self._origin = item.origin
        if self._table is not None:
            self._table.write(item, article, error)
        elif self._output is not None:
            self._output.write(record, article if error is None else None)

    def commit(self) -> None:
        """Finish the output being written (the others are finished already)."""
        self._finish()

    def abort(self) -> None:
        """Leave the output being written as it was before the run (its temporary file removed)."""
        if self._output is not None:
            self._output.abort()
            self._output = None

    def _open(self, path: str | None, form: str) -> None:
        self._output = open_output(path)
        self._output.pretty = form == "json"
        self._output.compact = self._compact
        self._table = TableWriter(self._output, self._table_name, form) if form in FORMATS else None

    def _finish(self) -> None:
        if self._table is not None:
            self._table.finish()
            self._table = None
        if self._output is not None:
            self._output.commit()
            self._output = None

    def _target(self, origin: str, form: str) -> str:
        assert self._folder is not None
        stem = "stdin" if origin == "-" else os.path.splitext(origin.removesuffix(GZIP_SUFFIX))[0]
        name = f"{stem}.{form}"
        number = 1
        while name in self._named:  # two inputs of one name (a.txt and a.jsonl, or two folders' a.txt)
            number += 1
            name = f"{stem}-{number}.{form}"
        self._named.add(name)
        path = os.path.join(self._folder, name)
        _make_folder(os.path.dirname(path))
        return path


def _is_json_lines(origin: str) -> bool:
    return origin.removesuffix(GZIP_SUFFIX).endswith(JSONL_SUFFIXES)


def _make_folder(path: str) -> None:
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as error:  # a file in the way, or no permission
        raise OutputError(f"{path}: cannot make the folder: {error.strerror or error}") from None
