"""wirenews.tables and the command line's CSV/Parquet output: every part once, with its record's id."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirenews import Article, Record, cli, parse_article, parse_many, tables

from strategies import articles, pages, render, render_page, styles

pandas = pytest.importorskip("pandas")

TEXT = (
    "Talks resume\n\nPeskov speaks to reporters\nPhoto: TASS/Ivan Petrov\n\n"
    'MOSCOW, May 5. /TASS/. "We agree," Dmitry Peskov said.\n\n"Talks go on," he added.\n\n'
    "Background\n\nThe talks began in 2022."
)


def _ids(rows: list[dict[str, Any]]) -> Counter[object]:
    return Counter(row["id"] for row in rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            articles().flatmap(lambda a: styles.map(lambda s: render(a, s))),
            pages().flatmap(lambda p: styles.map(lambda s: render_page(p, s))),
        ),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.text(min_size=1, max_size=6), unique=True, min_size=4, max_size=4),
)
def test_every_part_of_every_article_is_one_row_with_its_records_id(texts: list[str], ids: list[str]) -> None:
    records = list(parse_many([{"id": ids[n], "text": text, "desk": n} for n, text in enumerate(texts)]))
    by_id = {record.id: record.article for record in records}
    for table, parts in (("quotes", "quotes"), ("photos", "photo_credits"), ("sections", "sections")):
        found = list(tables.rows(table, records))
        assert _ids(found) == Counter({i: len(getattr(a, parts)) for i, a in by_id.items() if getattr(a, parts)})
        numbered = table[:-1]
        for row in found:
            article = by_id[row["id"]]
            part = getattr(article, parts)[row[numbered]]
            assert (row["start"], row["end"]) == (part.span.start, part.span.end)
            assert row["metadata.desk"] == ids.index(row["id"])
        assert sorted((row["id"], row[numbered]) for row in found) == sorted(
            (i, n) for i, a in by_id.items() for n in range(len(getattr(a, parts)))
        )
    assert [row["id"] for row in tables.rows("articles", records)] == ids[: len(texts)]


def test_rows_read_the_fields_they_name() -> None:
    article = parse_article(TEXT)
    (quote, follow) = tables.rows("quotes", [article])
    assert quote["id"] == 0
    assert (quote["text"], quote["speaker_name"], quote["mention"], quote["speaker_kind"]) == (
        "We agree,",
        "Dmitry Peskov",
        "Dmitry Peskov",
        "person",
    )
    assert follow["mention"] == "he"
    assert follow["rule"] == article.quotes[1].rule
    (photo,) = tables.rows("photos", [article])
    assert (photo["agency"], photo["photographer"]) == ("TASS", "Ivan Petrov")
    (row,) = tables.rows("articles", [article])
    assert (row["headline"], row["city"], row["quotes"], row["photos"], row["error"]) == (
        "Talks resume",
        "MOSCOW",
        2,
        1,
        None,
    )
    assert set(row) == set(tables.COLUMNS["articles"])


def test_a_record_that_could_not_be_parsed_is_an_article_row_with_its_error() -> None:
    records = list(parse_many([{"id": "bad", "body": "x"}, {"id": "good", "text": TEXT}]))
    articles_table = list(tables.rows("articles", records))
    assert [(row["id"], row["error"] is not None) for row in articles_table] == [("bad", True), ("good", False)]
    assert {row["id"] for row in tables.rows("quotes", records)} == {"good"}


def test_a_table_name_that_is_none_is_refused() -> None:
    with pytest.raises(ValueError, match="no table 'speeches'"):
        list(tables.rows("speeches", [parse_article(TEXT)]))
    with pytest.raises(TypeError, match="Article or Record"):
        list(tables.rows("quotes", ["text"]))  # type: ignore[list-item]


def test_every_column_has_a_type() -> None:
    assert {c for cs in tables.COLUMNS.values() for c in cs} - {"id"} == set(tables.COLUMN_TYPES)


def test_to_dataframe_has_the_tables_columns_and_the_metadata() -> None:
    records = list(parse_many([{"id": "a", "text": TEXT, "agency": "TASS"}, {"id": "b", "text": "Nothing said"}]))
    frame = tables.to_dataframe("quotes", records)
    assert list(frame.columns) == [*tables.COLUMNS["quotes"], "metadata.id", "metadata.agency"]
    assert frame.groupby("metadata.agency")["speaker_name"].agg(lambda s: s.mode()[0]).to_dict() == {
        "TASS": "Dmitry Peskov"
    }
    empty = tables.to_dataframe("photos", [parse_article("Nothing here")])
    assert list(empty.columns) == list(tables.COLUMNS["photos"])
    assert len(empty) == 0


# --- the command line ---


def _feed(tmp_path: Path, texts: list[str]) -> Path:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"r{n}", "text": text, "desk": "world"}) for n, text in enumerate(texts)]
    feed.write_text("\n".join([*lines, '{"id": "r-bad", "body": 1}']) + "\n", encoding="utf-8")
    return feed


def _expected(texts: list[str], table: str) -> list[dict[str, Any]]:
    records = [Record(index=n, id=f"r{n}", metadata={}, article=parse_article(text)) for n, text in enumerate(texts)]
    return list(tables.rows(table, records))


@pytest.mark.parametrize("table", tables.TABLES)
def test_csv_round_trips_the_rows(table: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = [TEXT, TEXT.replace("Peskov", "Zakharova"), "Only a headline"]
    status = cli.main(["parse", str(_feed(tmp_path, texts)), "--format", "csv", "--table", table])
    out, err = capsys.readouterr()
    assert status == 1  # the record without text is an error
    assert "feed.jsonl:4" in err
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == [*tables.COLUMNS[table], "source", "metadata"]
    read = list(reader)
    expected = _expected(texts, table)
    if table == "articles":
        assert read[-1]["id"] == "r-bad"
        assert read[-1]["error"]
        read = read[:-1]
    assert len(read) == len(expected)
    for got, want in zip(read, expected, strict=True):
        assert json.loads(got["metadata"]) == {"id": got["id"], "desk": "world"}
        for column in tables.COLUMNS[table]:
            value = want[column]
            shown = "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)
            assert got[column] == shown, column


@pytest.mark.parametrize("table", tables.TABLES)
def test_parquet_round_trips_the_rows(table: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    texts = [TEXT, "Only a headline", TEXT]
    target = tmp_path / "out.parquet"
    status = cli.main(
        ["parse", str(_feed(tmp_path, texts)), "--format", "parquet", "--table", table, "-o", str(target)]
    )
    capsys.readouterr()
    assert status == 1
    frame = pandas.read_parquet(target)
    assert list(frame.columns) == [*tables.COLUMNS[table], "source", "metadata"]
    got = frame.astype(object).where(frame.notna(), None).to_dict("records")
    if table == "articles":
        assert got[-1]["id"] == "r-bad"
        got = got[:-1]
    expected = _expected(texts, table)
    assert [{c: row[c] for c in tables.COLUMNS[table]} for row in got] == expected


def test_compact_json_leaves_out_blocks_and_paragraphs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    assert cli.main(["parse", str(story), "--compact"]) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    full = parse_article(TEXT).to_dict()
    assert article == {key: value for key, value in full.items() if key not in ("blocks", "paragraphs")}


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        (["--table", "quotes"], "--table needs --format csv"),
        (["--format", "csv", "--compact"], "--compact applies to --format json and jsonl only"),
        (["--format", "parquet"], "--format parquet writes a file"),
    ],
)
def test_table_options_that_do_not_fit_are_usage_errors(
    options: list[str], problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    assert cli.main(["parse", str(story), *options]) == 2
    assert problem in capsys.readouterr().err


def test_an_article_without_its_record_is_numbered_by_position() -> None:
    found = list(tables.rows("articles", [Article(), parse_article(TEXT)]))
    assert [row["id"] for row in found] == [0, 1]
