"""The command line's tables: ``wirenews parse --format csv|parquet --table NAME``, row by row.

Each row is one of ``wirenews.tables``' rows, then the record's ``source`` (path, with ``:line``
for a JSONL record) and its ``metadata`` as one JSON string: a column per field would need every
record's fields before the first row is written, and the output is written as it is parsed. The
``id`` is the record's ``id`` field, else its source. An error record is a row of the
``articles`` table with its ``error``; the other tables have no row for it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from wirenews._batch import record_id
from wirenews._output import Output, record_json
from wirenews._sources import Item
from wirenews.records import Article
from wirenews.tables import COLUMN_TYPES, COLUMNS, article_rows

FORMATS = ("csv", "parquet")
"""The tabular output formats; parquet needs pyarrow."""

_BATCH_ROWS = 2048  # rows held before a Parquet row group is written: memory stays bounded


class TableWriter:
    """Rows of one table written to an ``Output`` as CSV or Parquet."""

    def __init__(self, output: Output, table: str, form: str) -> None:
        self.columns = (*COLUMNS[table], "source", "metadata")
        self._table = table
        self._output = output
        self._rows: list[dict[str, Any]] = []
        self._parquet: Any = None
        if form == "parquet":
            self._parquet = _ParquetSink(output, self.columns)
        else:
            self._write_csv([self.columns])

    def write(self, item: Item, article: Article | None, error: str | None) -> None:
        """The rows of one record (an error record: one ``articles`` row, or none)."""
        shared = {
            "id": _identifier(item),
            "source": item.source,
            "metadata": None if item.metadata is None else record_json(item.metadata),
        }
        if article is None or error is not None:
            found = [{"error": error or item.error}] if self._table == "articles" else []
        else:
            found = list(article_rows(self._table, article))
        rows = [{**shared, **row} for row in found]
        if self._parquet is not None:
            self._rows.extend(rows)
            if len(self._rows) >= _BATCH_ROWS:
                self._flush()
        else:
            self._write_csv([[_cell(row.get(column)) for column in self.columns] for row in rows])

    def finish(self) -> None:
        """Write what is held and close the Parquet file's footer."""
        if self._parquet is not None:
            self._flush()
            self._parquet.close()

    def _write_csv(self, rows: list[Any]) -> None:
        if not rows:
            return
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        self._output.stream.write(buffer.getvalue().encode("utf-8", "backslashreplace"))

    def _flush(self) -> None:
        if self._rows:
            self._parquet.write(self._rows)
            self._rows = []


def _identifier(item: Item) -> str:
    return str(record_id((item.metadata or {}).get("id"), item.source))


def _cell(value: object) -> object:
    """What CSV shows for a value: nothing for None, dates in ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return _encodable(value)


class _ParquetSink:
    """A Parquet file of fixed schema written row group by row group (pyarrow, imported here only)."""

    def __init__(self, output: Output, columns: tuple[str, ...]) -> None:
        import pyarrow as pa  # noqa: PLC0415 - an optional dependency
        import pyarrow.parquet as pq  # noqa: PLC0415

        arrow = {str: pa.string(), int: pa.int64(), bool: pa.bool_(), dt.date: pa.date32()}
        self._pa = pa
        self._columns = columns
        self._schema = pa.schema([(column, arrow[COLUMN_TYPES.get(column, str)]) for column in columns])
        self._writer = pq.ParquetWriter(output.stream, self._schema)

    def write(self, rows: list[dict[str, Any]]) -> None:
        data = {column: [_encodable(row.get(column)) for row in rows] for column in self._columns}
        self._writer.write_table(self._pa.Table.from_pydict(data, schema=self._schema))

    def close(self) -> None:
        self._writer.close()


def _encodable(value: object) -> object:
    """A value whose text encodes as UTF-8: a lone surrogate (a JSONL record's own field) escaped."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def parquet_available() -> bool:
    """Whether pyarrow can be imported (``--format parquet`` needs it)."""
    try:
        import pyarrow.parquet  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True
