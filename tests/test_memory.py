"""Bounded memory: the command line holds one record at a time, however many records there are.

docs/reliability.md states the bound checked here: parsing a 20 MB JSONL file of 5 KB articles
peaks under 100 MB of resident memory (interpreter and wirenews included; measured: 28 MB), and
within 15 MB of the peak on a file a tenth of its size.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wirenews import parse_article

from adversarial import FAMILIES

PEAK_BOUND_MB = 100
GROWTH_BOUND_MB = 15

# The peak is read from /proc (VmHWM), not getrusage(): ru_maxrss survives exec, so a child forked
# from a large test process would report the parent's size.
_MEASURE = """
import os, sys
from wirenews import cli
status = cli.main(["parse", sys.argv[1], "-o", os.devnull])
with open("/proc/self/status") as lines:
    peak = next(int(line.split()[1]) for line in lines if line.startswith("VmHWM:"))
print(status, peak // 1024)
"""


def _peak_mb(path: Path) -> int:
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, check=True, timeout=300)
    status, peak = done.stdout.split()
    assert status == b"0", done.stderr.decode()[-500:]
    return int(peak)


def _feed(path: Path, megabytes: int) -> Path:
    article = FAMILIES["articles"](5_000)
    with path.open("w", encoding="utf-8") as out:
        for number in range(megabytes * 1024 * 1024 // len(article)):
            out.write(json.dumps({"id": number, "text": f"Story {number}\n\n{article}"}) + "\n")
    return path


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from /proc")
@pytest.mark.timeout(600)
def test_peak_memory_does_not_grow_with_the_number_of_records(tmp_path: Path) -> None:
    small = _peak_mb(_feed(tmp_path / "small.jsonl", 2))
    large = _peak_mb(_feed(tmp_path / "large.jsonl", 20))
    assert os.path.getsize(tmp_path / "large.jsonl") > 19 * 1024 * 1024
    assert large < PEAK_BOUND_MB, (small, large)
    assert large - small < GROWTH_BOUND_MB


def test_a_parse_leaves_no_reference_cycles() -> None:
    # The cycle collector is paused while a long article is parsed, so a record kept alive by a
    # cycle would stay until the parse ends: every record must go as soon as nothing uses it.
    text = FAMILIES["named speaker paragraphs"](200_000) + "\n\n" + FAMILIES["articles"](50_000)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        parse_article(f"Talks go on\n\n{text}")
        gc.collect()
        left = [type(garbage).__name__ for garbage in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []
