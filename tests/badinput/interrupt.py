"""Stopping a running ``jixiao batch`` by a signal, half way through.

Shared by the Ctrl-C (SIGINT) and SIGTERM tests: both need a batch big enough
to still be running when its first reports appear, a stop at that moment, and
the process's exit code and error output.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

JIXIAO = Path(sys.executable).with_name("jixiao")


def synthetic_workbook(path: Path, bureaus: int) -> None:
    from gen.batch.synthetic import synthetic_bureau
    from gen.batch.workbook_write import write_workbook

    write_workbook(path, [(f"S{i + 1:03d}", synthetic_bureau(i)) for i in range(bureaus)])


def stop_batch_midway(source: Path, out: Path, formats: str, sig: int, after_reports: int,
                      env: Optional[dict] = None) -> tuple[int, str]:
    """Run ``jixiao batch`` on two workers, send ``sig`` once ``after_reports`` .md files exist.

    Returns (exit code, stderr). Fails the test if the batch ended before it could be stopped.
    """
    proc = subprocess.Popen([str(JIXIAO), "batch", str(source), "-o", str(out), "--jobs", "2", "--format", formats],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=source.parent, env=env)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and sum(p.suffix == ".md" for p in out.iterdir()) >= after_reports:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be stopped"
    proc.send_signal(sig)
    # The stop itself takes seconds; the bound is generous because a CI run of the whole suite on
    # two busy cores once took longer than 120 s here (not reproduced alone or under load since).
    _, stderr = proc.communicate(timeout=300)
    return proc.returncode, stderr.decode("utf-8")
