"""Stopping a running ``jixiao batch`` by a signal, half way through.

Shared by the Ctrl-C (SIGINT) and SIGTERM tests: both need a batch big enough
to still be running when its first reports appear, a stop at that moment, and
the process's exit code and error output.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

JIXIAO = Path(sys.executable).with_name("jixiao")
STOP_BOUND_SECONDS = 60  # from the signal to the batch's exit


def synthetic_workbook(path: Path, bureaus: int) -> None:
    from gen.batch.synthetic import synthetic_bureau
    from gen.batch.workbook_write import write_workbook

    write_workbook(path, [(f"S{i + 1:03d}", synthetic_bureau(i)) for i in range(bureaus)])


def stop_batch_midway(source: Path, out: Path, formats: str, sig: int, after_reports: int,
                      env: Optional[dict] = None, attempts: int = 3) -> tuple[int, str]:
    """Run ``jixiao batch`` on two workers, send ``sig`` once ``after_reports`` .md files exist.

    Returns (exit code, stderr). A run that ended normally although the signal was sent (a starved test
    process can see the sixth report only as the batch ends: seen once on two cores shared with other
    suites) tells nothing about stopping, so it is run again on an emptied output folder, up to
    ``attempts`` times; the test then judges the last run.
    """
    for _ in range(attempts):
        code, err = _stop_once(source, out, formats, sig, after_reports, env)
        if code != 0:
            break
        shutil.rmtree(out)
    return code, err


def _stop_once(source: Path, out: Path, formats: str, sig: int, after_reports: int,
               env: Optional[dict]) -> tuple[int, str]:
    # A child inherits an ignored SIGINT, and Python then installs no KeyboardInterrupt for it: an earlier test in
    # the same pytest worker that left SIGINT ignored made the batch run to its end through the signal. A handled
    # SIGINT in this process is reset to the default in the child, which Python turns into KeyboardInterrupt.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen([str(JIXIAO), "batch", str(source), "-o", str(out), "--jobs", "2", "--format", formats],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=source.parent, env=env,
                                start_new_session=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and sum(p.suffix == ".md" for p in out.iterdir()) >= after_reports:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be stopped"
    proc.send_signal(sig)
    # The stop is bounded (gen.batch.procpool: SIGTERM to the workers, a 5 s grace period, then SIGKILL);
    # it takes under 1.5 s on two saturated cores. The bound leaves room for a slow interpreter exit.
    try:
        _, stderr = proc.communicate(timeout=STOP_BOUND_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers: nothing left running after the test
        proc.communicate()
        raise
    return proc.returncode, stderr.decode("utf-8")
