"""Hypothesis profiles for the fuzz tests, and a counter of the cases tried.

``make test`` runs the modest default profile; ``make fuzz`` sets
JIXIAO_HYPOTHESIS_PROFILE=fuzz for many more examples. Every fuzz test counts
the examples it actually ran (``count_example``); the totals are printed at
the end of the session and, when JIXIAO_FUZZ_COUNTS names a file, written
there as JSON, so the figure comes from the run, not from settings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile("fuzz-default", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=1500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
from tests.fuzz.counter import COUNTS, PROFILE


def pytest_sessionfinish(session, exitstatus):
    if not COUNTS:
        return
    if not os.environ.get("JIXIAO_FUZZ_COUNTS"):
        return
    path = Path(os.environ["JIXIAO_FUZZ_COUNTS"])
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:  # under xdist each worker adds its own file; the Makefile sums them
        path = path.with_name(f"{path.stem}.{worker}{path.suffix}")
    path.write_text(json.dumps({"profile": PROFILE, "counts": dict(COUNTS), "total": sum(COUNTS.values())},
                               ensure_ascii=False, indent=1), encoding="utf-8")


def pytest_terminal_summary(terminalreporter):
    if COUNTS:
        terminalreporter.write_line(
            f"fuzz ({PROFILE}): {sum(COUNTS.values())} cases tried — "
            + ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items())))
