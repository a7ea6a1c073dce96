"""The command line: inputs of every kind, errors that never lose work, atomic output, the outline."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wirenews import cli

STORY = 'Talks on grain deal resume — Kremlin\n\nMOSCOW, May 5. /TASS/. "We agree," Peskov said.\n'


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_one_file_gives_one_json_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    status, out, err = run(["parse", str(story), "--reference-date", "2024-05-06"], capsys)
    assert (status, err) == (0, "wirenews: 1 parsed, 0 errors, 0 skipped\n")
    record = json.loads(out)
    assert record["source"] == str(story)
    assert record["article"]["dateline"]["date"] == "2024-05-05"
    assert record["article"]["headline"]["attribution"] == "Kremlin"


def test_directories_are_read_recursively_into_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "two.txt").write_text(STORY.replace("Talks", "Trade"), encoding="utf-8")
    status, out, _ = run(["parse", str(tmp_path), "--jobs", "2"], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [Path(r["source"]).name for r in records] == ["one.txt", "two.txt"]
    assert records[1]["article"]["headline"]["text"].startswith("Trade")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    status, out, _ = run(["parse", "-", "--format", "jsonl"], capsys)
    assert status == 0
    assert json.loads(out)["article"]["lead"]["text"] == '"We agree," Peskov said.'


def test_jsonl_input_carries_its_fields_as_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "a1", "body": STORY, "published": "2025-01-02"}, {"id": "a2", "body": STORY, "published": None}]
    feed.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    status, out, _ = run(
        ["parse", str(feed), "--text-field", "body", "--date-field", "published", "--jobs", "2"], capsys
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["metadata"]["id"], r["source"].endswith(f":{n}")) for n, r in enumerate(records, 1)] == [
        ("a1", True),
        ("a2", True),
    ]
    assert records[0]["metadata"] == {"id": "a1", "published": "2025-01-02"}
    assert [r["article"]["dateline"]["date"] for r in records] == ["2025-05-05", None]


def test_bad_inputs_give_error_records_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 news".encode("latin-1"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": 42}\nnot json\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    status, out, err = run(["parse", str(latin), str(missing), str(feed), str(good)], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [("error" in r, "article" in r) for r in records] == [(True, False)] * 4 + [(False, True)]
    assert records[0]["error"] == "not UTF-8 text: invalid continuation byte at byte 3"
    assert "latin.txt: not UTF-8 text" in err
    assert f"{missing}: cannot read: No such file or directory" in err
    assert "feed.jsonl:1: bad record: field 'text': int, not text" in err
    assert "feed.jsonl:2: bad record: JSONDecodeError" in err


def test_output_is_written_atomically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(["parse", str(story), "-o", str(out)], capsys)[0] == 0
    good = out.read_text(encoding="utf-8")
    assert json.loads(good)["article"]["headline"]["text"].startswith("Talks")

    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(cli, "_record", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        cli.main(["parse", str(story), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "story.txt"]


def test_show_prints_an_outline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    status, out, _ = run(["show", str(story), "--reference-date", "2024-05-06"], capsys)
    assert status == 0
    assert out.splitlines()[:2] == [
        "Talks on grain deal resume — Kremlin",
        "dateline: MOSCOW, May 5. /TASS/. (MOSCOW; 2024-05-05; TASS)",
    ]
    assert '    "We agree,"' in out
    status, colored, _ = run(["show", str(story), "--color", "always"], capsys)
    assert "\x1b[1;36mTalks on grain" in colored


def test_show_why_names_the_rule_behind_each_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    _, plain, _ = run(["show", str(story)], capsys)
    status, out, _ = run(["show", str(story), "--why"], capsys)
    assert status == 0
    assert "[cue_after: " in out
    assert "[" not in plain.split("quotes:", 1)[1]


def test_show_of_a_missing_file_fails_clearly(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["show", "/nonexistent/story.txt"], capsys)
    assert status == 1
    assert err == "wirenews: /nonexistent/story.txt: cannot read: No such file or directory\n"
