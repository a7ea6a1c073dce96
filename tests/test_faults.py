"""Fault injection on the command line: every bad input costs its own record and nothing else.

Each test feeds one kind of bad input beside good ones and checks the outcome of every record, the
exit status, and that the output is valid UTF-8 JSON Lines in which every good record is present.
docs/reliability.md tabulates what these tests assert.
"""

from __future__ import annotations

import io
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirenews import Article, _output, cli, parse_article

STORY = "Talks resume\n\nMOSCOW, May 5. /TASS/. Talks resume, Dmitry Peskov said.\n"


def story(number: int) -> str:
    return STORY.replace("Talks resume", f"Talks {number} resume")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, Any]], str]:
    """Run the command line; the exit status, the records (the output must be UTF-8 JSONL) and stderr."""
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, records_of(captured.out.encode("utf-8", "surrogateescape")), captured.err


def records_of(data: bytes) -> list[dict[str, Any]]:
    text = data.decode("utf-8")  # strict: output that is not UTF-8 fails here
    if text.startswith("{\n"):  # one record: pretty JSON
        return [json.loads(text)]
    return [json.loads(line) for line in text.split("\n") if line]


def headline(record: dict[str, Any]) -> str | None:
    article = record.get("article")
    return article["headline"]["text"] if article and article["headline"] else None


def jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def good_line(number: int, **fields: object) -> bytes:
    return json.dumps({"id": number, "text": story(number), **fields}).encode("utf-8")


# Records that used to crash the whole run.


def test_deeply_nested_json_is_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nested = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    feed = jsonl(tmp_path / "feed.jsonl", [good_line(1), nested, good_line(3)])
    status, records, err = run(["parse", str(feed)], capsys)
    assert status == 1
    assert [headline(r) for r in records] == ["Talks 1 resume", None, "Talks 3 resume"]
    assert records[1]["source"] == f"{feed}:2"
    assert records[1]["error"].startswith("bad record: RecursionError")
    assert err.endswith("wirenews: 2 parsed, 1 errors, 0 skipped\n")


@pytest.mark.parametrize("surrogate", ["\\ud800", "\\udfff", "\\udc80", "\\ud83d\\u0020\\ude00"])
def test_lone_surrogates_give_valid_utf8_that_reads_back_equal(
    surrogate: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = b'{"text": "Headline ' + surrogate.encode() + b' here\\n\\nMOSCOW, May 5. /TASS/. Lead."}'
    feed = jsonl(tmp_path / "feed.jsonl", [line, good_line(2)])
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", str(feed), "-o", str(out)]) == 0
    records = records_of(out.read_bytes())
    assert [headline(r) for r in records][1] == "Talks 2 resume"
    article = Article.from_dict(records[0]["article"])
    assert article == parse_article(json.loads(line)["text"])  # spans unshifted by the round trip
    assert "lone-surrogate" in [d.code for d in article.diagnostics]


def test_undecodable_stdin_is_an_error_record(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Caf\xe9 news\n"), errors="strict"))
    status, records, err = run(["parse", "-"], capsys)
    assert status == 1
    assert records == [{"source": "-", "error": "not UTF-8 text: invalid continuation byte at byte 3"}]
    assert "Traceback" not in err


# Output that used to be invalid.


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = os.fsencode(tmp_path)
    with open(folder + b"/caf\xe9.txt", "wb") as handle:
        handle.write(STORY.encode("utf-8"))
    status, records, _ = run(["parse", str(tmp_path)], capsys)
    assert status == 0
    assert records[0]["source"] == f"{tmp_path}/caf\\xe9.txt"
    assert headline(records[0]) == "Talks resume"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_line_separators_in_strings_neither_split_input_nor_output(
    separator: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.dumps({"text": f"Headline{separator}more\n\nMOSCOW, May 5. /TASS/. Lead."}, ensure_ascii=False)
    feed = jsonl(tmp_path / "feed.jsonl", [raw.encode("utf-8"), good_line(2)])
    status = cli.main(["parse", str(feed)])
    out = capsys.readouterr().out
    assert status == 0
    assert len(out.splitlines()) == 2  # str.splitlines() splits on the separator: it must not be raw
    assert separator not in out
    assert [headline(r) for r in records_of(out.encode())][1] == "Talks 2 resume"


# Records that used to be lost silently.


def test_one_undecodable_line_costs_only_that_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", [good_line(1), b'{"text": "Caf\xe9"}', good_line(3)])
    status, records, _ = run(["parse", str(feed)], capsys)
    assert status == 1
    assert [headline(r) for r in records] == ["Talks 1 resume", None, "Talks 3 resume"]
    assert records[1]["error"] == "not UTF-8 text: invalid continuation byte at byte 13"


def test_a_byte_order_mark_costs_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", [b"\xef\xbb\xbf" + good_line(1), good_line(2)])
    text = tmp_path / "story.txt"
    text.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    status, records, _ = run(["parse", str(feed), str(text)], capsys)
    assert status == 0
    assert [headline(r) for r in records] == ["Talks 1 resume", "Talks 2 resume", "Talks resume"]
    assert records[2]["article"]["headline"]["span"] == {"start": 0, "end": len("Talks resume")}


def test_bad_entries_in_a_directory_are_error_records_and_fifos_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "sub" / "z.txt").write_text(story(2), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    status, records, err = run(["parse", str(tmp_path)], capsys)
    outcome = {Path(r["source"]).relative_to(tmp_path).as_posix(): r.get("error") or headline(r) for r in records}
    assert outcome == {
        "a.txt": "Talks 1 resume",
        "broken.txt": "broken symbolic link",
        "loop.txt": "symbolic link loop",
        "sub/up": "symbolic link loop: leads back to a directory above it",
        "sub/z.txt": "Talks 2 resume",
    }
    assert status == 1
    assert f"{tmp_path / 'pipe'}: skipped: a FIFO" in err
    assert err.endswith("wirenews: 2 parsed, 3 errors, 1 skipped\n")


def test_skipped_entries_alone_do_not_fail_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    status, records, err = run(["parse", str(tmp_path)], capsys)
    assert (status, [headline(r) for r in records]) == (0, ["Talks 1 resume"])
    assert err.endswith("1 parsed, 0 errors, 1 skipped\n")


def test_an_unreadable_folder_inside_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    (tmp_path / "locked").mkdir()
    listdir = os.listdir

    def refusing(path: str) -> list[str]:  # as chmod 000 does for anyone but root
        if path.endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return listdir(path)

    monkeypatch.setattr(os, "listdir", refusing)
    status, records, _ = run(["parse", str(tmp_path)], capsys)
    assert status == 1
    assert [r.get("error") or headline(r) for r in records] == [
        "Talks 1 resume",
        "cannot read directory: Permission denied",
    ]


def test_an_empty_directory_given_directly_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty" / "nested").mkdir(parents=True)
    status, records, _ = run(["parse", str(tmp_path / "empty")], capsys)
    assert status == 1
    assert records == [{"source": str(tmp_path / "empty"), "error": "no files to parse in this directory"}]


def test_links_leading_out_of_a_directory_are_followed_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(story(9), encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(story(1), encoding="utf-8")
    (folder / "inner.txt").symlink_to(folder / "a.txt")
    (folder / "x.txt").symlink_to(outside)
    status, records, err = run(["parse", str(folder)], capsys)
    assert (status, [headline(r) for r in records]) == (0, ["Talks 1 resume", "Talks 1 resume"])
    assert f"{folder / 'x.txt'}: skipped: a symbolic link leading out of the directory" in err
    status, records, _ = run(["parse", str(folder), "--follow-symlinks"], capsys)
    assert [headline(r) for r in records] == ["Talks 1 resume", "Talks 1 resume", "Talks 9 resume"]


def test_carried_fields_cannot_overwrite_the_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", [good_line(1, source="forged", error="forged", article=0)])
    status, records, _ = run(["parse", str(feed)], capsys)
    assert status == 0
    (record,) = records
    assert record["source"] == f"{feed}:1"
    assert record["metadata"] == {"id": 1, "source": "forged", "error": "forged", "article": 0}
    assert "error" not in record
    assert headline(record) == "Talks 1 resume"


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (b"[1, 2]", "bad record: a JSON list, not an object"),
        (b'"just a string"', "bad record: a JSON str, not an object"),
        (b'{"text": 42}', "bad record: field 'text': int, not text"),
        (b'{"body": "x"}', "bad record: field 'text': no such field"),
    ],
)
def test_records_of_the_wrong_shape_are_error_records(
    line: bytes, error: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", [line, good_line(2)])
    status, records, _ = run(["parse", str(feed), "--date-field", "published"], capsys)
    assert status == 1
    assert records[0]["error"] == error
    assert headline(records[1]) == "Talks 2 resume"


def test_a_bad_date_is_a_diagnostic_and_the_record_is_still_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", [b'{"text": "Talks resume", "published": "May 5"}', good_line(2)])
    status, records, err = run(["parse", str(feed), "--date-field", "published"], capsys)
    assert status == 0
    assert "error" not in records[0]
    assert headline(records[0]) == "Talks resume"
    (diagnostic,) = [d for d in records[0]["article"]["diagnostics"] if d["code"] == "bad-reference-date"]
    assert "'May 5' is not a whole date" in diagnostic["message"]
    assert "feed.jsonl:1: field 'published'" in err
    assert headline(records[1]) == "Talks 2 resume"


def test_an_oversized_line_is_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = json.dumps({"text": "x" * 1_500_000}).encode()
    feed = jsonl(tmp_path / "feed.jsonl", [good_line(1), huge, good_line(3)])
    status, records, _ = run(["parse", str(feed), "--max-record-mb", "1"], capsys)
    assert status == 1
    assert [r.get("error") or headline(r) for r in records] == [
        "Talks 1 resume",
        "too large: a line over 1,048,576 bytes",
        "Talks 3 resume",
    ]
    assert records[1]["source"] == f"{feed}:2"


# Where -o writes.


def test_output_through_a_symlink_replaces_its_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert cli.main(["parse", str(tmp_path / "a.txt"), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert headline(records_of(target.read_bytes())[0]) == "Talks 1 resume"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "link.jsonl", "real.jsonl"]


def test_a_new_output_file_respects_the_umask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    previous = os.umask(0o027)
    try:
        assert cli.main(["parse", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.json")]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o640


def test_output_to_a_device_is_written_to_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    assert cli.main(["parse", str(tmp_path / "a.txt"), "-o", os.devnull]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.parametrize("where", ["missing/out.jsonl", "."])
def test_output_where_it_cannot_go_is_a_usage_error(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    status = cli.main(["parse", str(tmp_path / "a.txt"), "-o", str(tmp_path / where)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith(f"wirenews: -o {tmp_path / where}: ")
    assert "Traceback" not in err


# Hypothesis: JSONL files of good and bad lines, one outcome per line.

_BAD_LINES = {
    "bad bytes": b'{"text": "\xff\xfe"}',
    "deep nesting": b"[" * 5_000 + b"]" * 5_000,
    "not an object": b"[1, 2, 3]",
    "number text": b'{"text": 3.5}',
    "null text": b'{"text": null}',
    "not json": b"{text: 'x'}",
}
_line_kinds = st.lists(st.sampled_from(["good", "good u2028", "good u0085", *_BAD_LINES]), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(kinds=_line_kinds, bom=st.booleans(), blank=st.booleans())
def test_every_line_of_a_mixed_file_gives_one_outcome(kinds: list[str], bom: bool, blank: bool) -> None:
    lines: list[bytes] = []
    for number, kind in enumerate(kinds):
        if kind.startswith("good"):
            separator = {"good": "", "good u2028": "\u2028", "good u0085": "\x85"}[kind]
            row = {"id": number, "text": story(number).replace("resume", f"resume{separator}")}
            lines.append(json.dumps(row, ensure_ascii=False).encode("utf-8"))
        else:
            lines.append(_BAD_LINES[kind])
        if blank:
            lines.append(b"   ")
    if bom:
        lines[0] = b"\xef\xbb\xbf" + lines[0]
    data = io.BytesIO(b"\n".join(lines))
    written = io.BytesIO()
    stdout, stderr = io.TextIOWrapper(written, encoding="utf-8"), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdout", stdout)
        patch.setattr(sys, "stderr", stderr)
        patch.setattr("wirenews._sources.open", lambda *_: io.BufferedReader(data), raising=False)
        status = cli.main(["parse", "feed.jsonl", "--format", "jsonl"])
    stdout.flush()
    records = records_of(written.getvalue())
    assert len(records) == len(kinds)
    for number, (kind, record) in enumerate(zip(kinds, records, strict=True)):
        assert record["source"] == f"feed.jsonl:{number * (2 if blank else 1) + 1}"
        if kind.startswith("good"):
            assert record["metadata"] == {"id": number}
            assert headline(record) is not None
            assert headline(record).startswith(f"Talks {number} resume")  # type: ignore[union-attr]
        else:
            assert "error" in record
            assert "article" not in record
    assert status == (1 if any(not kind.startswith("good") for kind in kinds) else 0)


# Signals: a clean stop, the previous output intact, no temporary file, no worker left.


def _processes_naming(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc to find left-over workers")
@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "status"), [("SIGTERM", 143), ("SIGINT", 130)])
def test_a_signal_stops_the_run_cleanly(name: str, status: int, tmp_path: Path) -> None:
    feed = jsonl(tmp_path / "feed-for-signal.jsonl", [good_line(n) for n in range(40_000)])
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    command = [sys.executable, "-m", "wirenews", "parse", str(feed), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while not any(p.stat().st_size > 100_000 for p in tmp_path.glob(".out.jsonl.*")):
        assert time.monotonic() < deadline, "no output was being written"
        assert process.poll() is None
        time.sleep(0.05)
    if name == "SIGINT":  # as Ctrl-C does: to the whole process group, workers included
        os.killpg(process.pid, signal.SIGINT)
    else:
        os.kill(process.pid, signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == status
    assert b"Traceback" not in err
    assert err.decode().endswith(f"wirenews: stopped by {name}\n")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed-for-signal.jsonl", "out.jsonl"]
    deadline = time.monotonic() + 10
    while _processes_naming(str(feed)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_naming(str(feed)) == []


def test_a_long_article_written_piece_by_piece_is_the_same_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_output, "_PIECEWISE_CHARS", 10_000)
    text = "\n\n".join(story(n) + "\u2028 “We agree,” Peskov said." for n in range(600))
    assert len(text) > _output._PIECEWISE_CHARS
    article = parse_article(text)
    record = {"source": "big.txt", "metadata": {"id": "\ud800"}}
    whole = json.dumps({**record, "article": article.to_dict()}).encode("ascii") + b"\n"
    pieces = list(_output.encode(record, article))
    assert len(pieces) > 10
    assert json.loads(b"".join(pieces)) == json.loads(whole)
    plain = {"source": "big.txt"}
    expected = json.dumps({**plain, "article": article.to_dict()}, ensure_ascii=False).replace("\u2028", "\\u2028")
    assert b"".join(_output.encode(plain, article)) == expected.encode("utf-8") + b"\n"
