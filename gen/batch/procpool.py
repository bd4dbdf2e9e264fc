"""The batch's worker processes: a small pool whose stop is bounded in time.

Why not ``multiprocessing.Pool``: its ``terminate()`` waits without a bound.
It first takes the task queue's read lock, which a worker waiting for a task
holds; it joins its three handler threads; it joins every worker without a
timeout. A worker that dies or is killed while holding one of the locks its
queues share, or that is stopped half way through sending a result, leaves
``terminate()`` (or the exit of a process with a pool still open) waiting for ever
(CPython issues 73945, 78178, 96995), and a worker slow to die under load keeps
an interrupted batch running for as long as it takes.

Here each worker has a pipe of its own, so no process ever waits on a lock
another one may hold; the only thread is the caller's; a task is sent only to
a worker with fewer than ``AHEAD`` tasks in flight (the iterable is consumed
lazily); and :meth:`ProcessPool.stop` sends SIGTERM, waits at most a grace
period for the workers to unwind (they finish their atomic writes and exit),
then kills the rest. A worker that dies on its own while tasks are pending
raises :class:`WorkerLost` instead of leaving the caller waiting.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator, Optional

AHEAD = 2  # tasks in flight per worker: one running, one waiting in its pipe, so no worker idles between tasks
STOP_GRACE_SECONDS = 5.0  # after SIGTERM, time a worker gets to finish its writes before it is killed
KILL_WAIT_SECONDS = 2.0  # after SIGKILL, how long to wait for the kernel to reap it


class WorkerLost(RuntimeError):
    """A worker process ended while it still had tasks (killed from outside, out of memory …)."""


def _serve(conn: Any, initializer: Optional[Callable[..., None]], initargs: tuple) -> None:
    """A worker's life: set up once, then answer each (function, argument) with (ok, value) until told to end."""
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            message = conn.recv()
        except EOFError:  # the parent went away
            return
        if message is None:
            return
        func, arg = message
        try:
            answer: tuple[bool, Any] = (True, func(arg))
        except Exception as exc:  # the caller re-raises it, as Pool does
            answer = (False, exc)
        try:
            conn.send(answer)
        except Exception as exc:  # an unpicklable result or exception: say so instead of going silent
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, ctx: Any, initializer: Optional[Callable[..., None]], initargs: tuple) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, initializer, initargs), daemon=True,
                                   name="jixiao-worker")
        self.process.start()
        child.close()
        self.busy: deque[int] = deque()  # numbers of the tasks sent to it, in order


class ProcessPool:
    """``jobs`` worker processes, each set up by ``initializer(*initargs)`` as soon as it starts."""

    def __init__(self, jobs: int, initializer: Optional[Callable[..., None]] = None, initargs: tuple = ()) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        self._workers: list[_Worker] = []
        try:
            for _ in range(jobs):
                self._workers.append(_Worker(ctx, initializer, initargs))
        except BaseException:
            self.stop()
            raise

    def imap_unordered(self, func: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """``func(item)`` for every item, in the order the results arrive."""
        for _, value in self._results(func, items):
            yield value

    def imap(self, func: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """``func(item)`` for every item, in the items' order."""
        waiting: dict[int, Any] = {}
        following = 0
        for number, value in self._results(func, items):
            waiting[number] = value
            while following in waiting:
                yield waiting.pop(following)
                following += 1

    def _results(self, func: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[tuple[int, Any]]:
        if any(w.busy for w in self._workers):  # their answers would be taken for this map's
            raise RuntimeError("a previous map of this pool was left unfinished; stop the pool instead")
        source = enumerate(items)
        more = True
        while True:
            for worker in self._workers:
                while more and len(worker.busy) < AHEAD:
                    try:
                        number, item = next(source)
                    except StopIteration:
                        more = False
                        break
                    try:
                        worker.conn.send((func, item))
                    except OSError:  # its end of the pipe is gone: the worker died
                        raise WorkerLost(_ended(worker)) from None
                    worker.busy.append(number)
            active = [w for w in self._workers if w.busy]
            if not active:
                return
            by_conn = {w.conn: w for w in active}
            by_sentinel = {w.process.sentinel: w for w in active}
            for ready in wait(list(by_conn) + list(by_sentinel)):
                worker = by_conn.get(ready)
                if worker is None:
                    worker = by_sentinel[ready]
                    if not worker.busy or worker.conn.poll():
                        continue  # nothing pending, or its last answer is still to be read: read it first
                    raise WorkerLost(_ended(worker))
                if not worker.busy:
                    continue
                try:
                    ok, value = worker.conn.recv()
                except (EOFError, OSError):  # closed, or reset by a worker that died with tasks unread
                    raise WorkerLost(_ended(worker)) from None
                number = worker.busy.popleft()
                if not ok:
                    raise value
                yield number, value

    def close(self) -> None:
        """Tell every worker to end once its tasks are done, and wait for them (work is finished by now)."""
        for worker in self._workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self._workers:
            worker.process.join()
            worker.conn.close()
        self._workers = []

    def stop(self, grace: Optional[float] = None) -> None:
        """End the workers now, in at most about ``grace`` + KILL_WAIT_SECONDS seconds, whatever they are doing.

        SIGTERM first: a batch worker finishes the bureau it is making and its
        writes, then exits (an idle one exits at once). One still
        alive after ``grace`` (stuck in a long call, starved of CPU) is killed:
        it may leave a temporary file, which the batch sweeps afterwards, never
        a half-written output.
        """
        workers, self._workers = self._workers, []
        for worker in workers:
            _signal(worker.process, signal.SIGTERM)
        deadline = time.monotonic() + (STOP_GRACE_SECONDS if grace is None else grace)
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        stragglers = [w for w in workers if w.process.exitcode is None]
        for worker in stragglers:
            _signal(worker.process, signal.SIGKILL)
        deadline = time.monotonic() + KILL_WAIT_SECONDS
        for worker in stragglers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        for worker in workers:
            worker.conn.close()


def _ended(worker: _Worker) -> str:
    worker.process.join(0.5)
    return f"工作进程 {worker.process.pid} 意外退出（退出码 {worker.process.exitcode}）"


def _signal(process: Any, signum: int) -> None:
    """Send ``signum`` to a worker that may have ended already."""
    if process.pid is None or process.exitcode is not None:
        return
    try:
        os.kill(process.pid, signum)
    except ProcessLookupError:
        pass
