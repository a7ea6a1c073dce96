"""Shared test set-up: hypothesis profiles and the corpus location."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# the adversarial input families live with the benchmarks, which use them at full size
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from shared_corpus import CORPUS, SHARED  # noqa: E402 - found through the path set above

__all__ = ["CORPUS", "SHARED"]
