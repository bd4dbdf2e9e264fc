"""An interrupted batch ends within a bounded time, whatever its workers are doing.

The batch's workers run in :class:`gen.batch.procpool.ProcessPool`. Its stop
sends SIGTERM, gives the workers a grace period to finish their atomic writes,
then kills what is left: a worker stuck in a long call or starved of CPU on a
busy machine cannot keep an interrupted batch from ending (with
``multiprocessing.Pool.terminate()`` it could, for ever: it joins every worker
without a timeout and takes locks a worker may hold).
"""

from __future__ import annotations

import json
import os
import signal
import time

import pytest

from gen.batch import procpool
from gen.batch.procpool import ProcessPool, WorkerLost


def _stubborn() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # like a worker deep in a call that never returns to Python


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _square(n: int) -> int:
    if n == 13:
        raise ValueError("thirteen")
    return n * n


def _pid(_: object) -> int:
    return os.getpid()


def _stuck_after_the_first(tasks):
    """The first bureau is made as usual; every other one never ends and ignores SIGTERM."""
    from gen.batch.worker import process_chunk

    if tasks[0].index == 0:
        return process_chunk(tasks)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(600)


def test_results_in_order_or_as_they_come_and_errors_reraised():
    pool = ProcessPool(2)
    try:
        assert list(pool.imap(_square, range(12))) == [n * n for n in range(12)]
        assert sorted(pool.imap_unordered(_square, range(12))) == [n * n for n in range(12)]
        with pytest.raises(ValueError, match="thirteen"):
            list(pool.imap(_square, range(20)))
    finally:
        pool.stop()


def test_stop_kills_a_worker_that_ignores_sigterm_after_the_grace_period():
    pool = ProcessPool(2, _stubborn)
    results = pool.imap_unordered(_sleep, [0.0, 600.0, 600.0, 600.0])
    assert next(results) == 0.0  # both workers are now inside a 600 s call, deaf to SIGTERM
    started = time.monotonic()
    pool.stop(grace=1.0)
    took = time.monotonic() - started
    assert 0.9 <= took < 1.0 + procpool.KILL_WAIT_SECONDS + 5  # the grace, the kill, and no more
    assert not [p for p in __import__("multiprocessing").active_children() if p.name == "jixiao-worker"]


def test_a_worker_that_dies_is_reported_instead_of_waited_for():
    pool = ProcessPool(2)
    try:
        pids = set(pool.imap_unordered(_pid, range(8)))
        results = pool.imap_unordered(_sleep, [600.0, 600.0])
        for pid in pids:
            os.kill(pid, signal.SIGKILL)  # out of memory, or killed by hand
        with pytest.raises(WorkerLost, match="意外退出"):
            next(results)
    finally:
        pool.stop()


def test_interrupted_batch_ends_in_bounded_time_when_a_worker_will_not_stop(tmp_path, monkeypatch):
    """A worker deaf to SIGTERM (stuck, or starved on a busy machine) is killed after the grace period;
    the summary is written and says which bureaus were not done."""
    from gen.batch import run
    from gen.batch.run import Options, run_batch
    from gen.batch.workbook import WorkbookIndex
    from tests.badinput.interrupt import synthetic_workbook

    monkeypatch.setattr(run, "process_chunk", _stuck_after_the_first)
    monkeypatch.setattr(procpool, "STOP_GRACE_SECONDS", 1.0)
    source = tmp_path / "bureaus.xlsx"
    synthetic_workbook(source, 6)
    out = tmp_path / "out"

    def interrupt(step: int, total: int) -> None:
        if step:
            raise KeyboardInterrupt  # Ctrl-C as the first report comes in

    started = time.monotonic()
    with WorkbookIndex(source) as index, pytest.raises(KeyboardInterrupt):
        run_batch(index, source.name, Options(out_dir=out, formats=("md",), jobs=2, self_check=False),
                  progress=interrupt)
    assert time.monotonic() - started < 60  # before: for ever (the stuck worker was joined without a timeout)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["interrupted"] is True
    statuses = [r["status"] for r in summary["bureaus"]]
    assert len(statuses) == 6 and statuses.count("interrupted") >= 4
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary file, no lock
