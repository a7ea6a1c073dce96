"""The command line's conventions: .ndjson and gzip inputs, -v/-q, NO_COLOR, --jobs -1, show on JSONL."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wirenews import cli

from test_cli import STORY, run


def _records(count: int) -> bytes:
    lines = [json.dumps({"id": f"r{n}", "text": STORY.replace("grain", f"grain {n}")}) for n in range(count)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _headlines(out: str) -> list[str]:
    return [json.loads(line)["article"]["headline"]["title"] for line in out.splitlines()]


@pytest.mark.parametrize("name", ["feed.ndjson", "feed.jsonl.gz", "feed.ndjson.gz"])
def test_ndjson_and_gzip_are_read_as_json_lines(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    data = _records(3)
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    status, out, _ = run(["parse", str(path)], capsys)
    assert status == 0
    assert _headlines(out) == [f"Talks on grain {n} deal resume" for n in range(3)]
    assert [json.loads(line)["source"] for line in out.splitlines()] == [f"{path}:{n}" for n in (1, 2, 3)]


def test_a_gzipped_text_file_is_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode("utf-8")))
    status, out, _ = run(["parse", str(path)], capsys)
    assert status == 0
    assert json.loads(out)["article"]["headline"]["attribution"] == "Kremlin"


@pytest.mark.parametrize("damage", ["truncated", "not gzip", "corrupt"])
def test_a_damaged_gzip_file_gives_error_records_and_keeps_what_it_could_read(
    damage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = gzip.compress(_records(200))
    data = {
        "truncated": packed[: len(packed) // 2],
        "not gzip": b"plain text, not gzip",
        "corrupt": packed[:-8] + b"\x00" * 8,  # the trailer's checksum and length are wrong
    }[damage]
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(data)
    good = tmp_path / "good.jsonl"
    good.write_bytes(_records(1))
    status, out, err = run(["parse", str(bad), str(good)], capsys)
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    errors = [r for r in records if "error" in r]
    assert errors
    assert all(r["error"].startswith(("cannot read", "bad record")) for r in errors)
    assert records[-1]["source"] == f"{good}:1"
    assert "article" in records[-1]
    assert "bad.jsonl.gz" in err
    if damage == "corrupt":  # every record was read before the trailer was found wrong
        assert len([r for r in records if "article" in r]) == 201


def test_quiet_says_only_errors_and_verbose_names_each_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_records(2) + b"not json\n")
    _, _, normal = run(["parse", str(feed)], capsys)
    _, _, quiet = run(["parse", "-q", str(feed)], capsys)
    _, _, verbose = run(["parse", "-v", str(feed)], capsys)
    assert quiet.splitlines() == [line for line in normal.splitlines() if "bad record" in line]
    assert "wirenews: 2 parsed, 1 errors, 0 skipped" in normal
    assert [line for line in verbose.splitlines() if line.endswith(": parsed")] == [
        f"wirenews: {feed}:1: parsed",
        f"wirenews: {feed}:2: parsed",
    ]
    assert set(normal.splitlines()) <= set(verbose.splitlines())


def test_jobs_minus_one_uses_every_cpu_and_gives_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_records(20))
    _, serial, _ = run(["parse", str(feed)], capsys)
    status, pooled, _ = run(["parse", str(feed), "--jobs", "-1"], capsys)
    assert status == 0
    assert pooled == serial


class _Terminal:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("choice", "tty", "no_color", "expected"),
    [
        ("auto", True, None, True),
        ("auto", True, "1", False),
        ("auto", True, "", True),  # set but empty: no-color.org says it does not count
        ("auto", False, None, False),
        ("always", False, "1", True),
        ("never", True, None, False),
    ],
)
def test_colour_follows_the_choice_the_terminal_and_no_color(
    choice: str, tty: bool, no_color: str | None, expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert cli._colour(choice, _Terminal(tty)) is expected  # type: ignore[arg-type]


def test_show_picks_a_jsonl_record_by_id_or_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_records(3))
    status, out, _ = run(["show", str(feed), "--id", "r1"], capsys)
    assert status == 0
    assert out.splitlines()[0] == "Talks on grain 1 deal resume — Kremlin"
    status, out, _ = run(["show", str(feed), "--line", "3"], capsys)
    assert status == 0
    assert out.splitlines()[0] == "Talks on grain 2 deal resume — Kremlin"


@pytest.mark.parametrize(
    ("options", "problem"),
    [([], "holds several records: choose one with --id or --line"), (["--id", "r9"], "no JSONL record with --id r9")],
)
def test_show_refuses_to_guess_which_record(
    options: list[str], problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_records(3))
    status, out, err = run(["show", str(feed), *options], capsys)
    assert (status, out) == (2, "")
    assert problem in err


def test_show_of_a_one_record_feed_needs_no_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "one.ndjson"
    feed.write_bytes(_records(1))
    status, out, _ = run(["show", str(feed)], capsys)
    assert status == 0
    assert out.startswith("Talks on grain 0 deal resume")


def test_the_command_line_leaves_logging_as_it_found_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import logging  # noqa: PLC0415

    logger = logging.getLogger("wirenews")
    before = (list(logger.handlers), logger.level, logger.propagate)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert cli.main(["parse", "-v", str(story)]) == 0
    capsys.readouterr()
    assert (list(logger.handlers), logger.level, logger.propagate) == before


def test_output_dir_writes_one_output_per_input_named_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "a.txt").write_text(STORY, encoding="utf-8")
    (inputs / "sub" / "b.txt").write_text(STORY.replace("grain", "oil"), encoding="utf-8")
    (inputs / "sub" / "feed.jsonl.gz").write_bytes(gzip.compress(_records(2) + b"not json\n"))
    alone = tmp_path / "a.txt"  # a second input of the name a.txt
    alone.write_text(STORY.replace("grain", "gas"), encoding="utf-8")
    out = tmp_path / "out"
    status, stdout, _ = run(["parse", str(inputs), str(alone), "--output-dir", str(out)], capsys)
    assert (status, stdout) == (1, "")  # one bad record in the feed
    written = sorted(str(path.relative_to(out)) for path in out.rglob("*") if path.is_file())
    assert written == ["a-2.json", "a.json", "sub/b.json", "sub/feed.jsonl"]
    assert json.loads((out / "a.json").read_text())["article"]["headline"]["title"] == "Talks on grain deal resume"
    assert json.loads((out / "a-2.json").read_text())["article"]["headline"]["title"] == "Talks on gas deal resume"
    assert json.loads((out / "sub" / "b.json").read_text())["source"] == str(inputs / "sub" / "b.txt")
    feed = [json.loads(line) for line in (out / "sub" / "feed.jsonl").read_text().splitlines()]
    assert [("article" in r, "error" in r) for r in feed] == [(True, False), (True, False), (False, True)]


def test_output_dir_with_a_table_format_names_its_files_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["parse", str(story), "--output-dir", str(out), "--format", "csv", "--table", "quotes"]) == 0
    capsys.readouterr()
    lines = (out / "story.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,quote,text,")
    assert len(lines) == 2


def test_output_dir_and_output_are_exclusive_and_a_file_in_the_way_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        cli.main(["parse", str(story), "-o", str(tmp_path / "x"), "--output-dir", str(tmp_path / "y")])
    assert stop.value.code == 2
    blocker = tmp_path / "blocker"
    blocker.write_text("a file", encoding="utf-8")
    status, _, err = run(["parse", str(story), "--output-dir", str(blocker)], capsys)
    assert status == 2
    assert "cannot make the folder" in err
