"""A batch worker told to stop (SIGTERM from ProcessPool.stop) ends between bureaus, never inside one.

Raising SystemExit from the signal handler itself was fragile: the handler runs
wherever the main thread is, and inside a destructor (``Decimal.__del__``)
CPython can only print "Exception ignored in …" with a traceback — seen once
in six runs of the interrupted-batch test.
"""

from __future__ import annotations

import signal

import pytest

from gen.batch import worker


class _Written:
    def __init__(self):
        self.waited = 0

    def wait(self):
        self.waited += 1

    def __call__(self):
        self.waited += 1


@pytest.fixture
def state(monkeypatch):
    monkeypatch.setattr(worker, "_STATE", {})
    return worker._STATE


def test_the_handler_only_sets_a_flag_while_a_bureau_is_being_made(state):
    state["making"] = True
    assert worker._stop_on_sigterm(signal.SIGTERM, None) is None  # no exception inside arbitrary code
    assert state["stop"] == 128 + signal.SIGTERM


def test_a_chunk_finishes_the_bureau_in_hand_and_its_writes_then_exits(state, monkeypatch):
    started, finishes = [], []

    def start(task, submit):
        started.append(task)
        worker._stop_on_sigterm(signal.SIGTERM, None)  # SIGTERM arrives while the first bureau is made
        finish = _Written()
        finishes.append(finish)
        return {"paragraphs": [], "status": "ok"}, finish, 0.0

    monkeypatch.setattr(worker, "_start", start)
    monkeypatch.setattr(worker, "_writer", lambda: type("W", (), {"submit": None})())
    with pytest.raises(SystemExit) as stopped:
        worker.process_chunk(["a", "b", "c"])
    assert stopped.value.code == 128 + signal.SIGTERM
    assert started == ["a"]  # no new bureau after the signal
    assert finishes[0].waited == 1  # the one begun was finished (its writes done) before exiting
    assert "stop" not in state and state["making"] is False


def test_a_chunk_without_a_signal_returns_its_rows(state, monkeypatch):
    monkeypatch.setattr(worker, "_start", lambda task, submit: ({"paragraphs": [], "task": task}, None, 0.0))
    monkeypatch.setattr(worker, "_writer", lambda: type("W", (), {"submit": None})())
    rows = worker.process_chunk(["a", "b"])
    assert [r["task"] for r in rows] == ["a", "b"] and state["making"] is False
