"""A write that stops half way: the disk fills, or a kill arrives, after part of the data.

Shared by the atomic-write tests; ``break_writes_after`` makes every file that
``gen.core.atomic`` opens write ``keep(data)`` and then raise ``error()``.
"""

from __future__ import annotations

import os
from typing import Callable

from gen.core import atomic


def break_writes_after(monkeypatch, keep: Callable[[object], object], error: Callable[[], BaseException]) -> None:
    real_fdopen = os.fdopen

    class BrokenWriter:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            self.fh.write(keep(data))
            self.fh.flush()
            raise error()

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode, **kw: BrokenWriter(real_fdopen(fd, mode)))
