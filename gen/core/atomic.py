"""Atomic output: write to a temporary file beside the target, then rename."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from .errors import UserError


@contextmanager
def open_atomic(path: Path, *, text: bool = False, protect: frozenset[Path] = frozenset()) -> Iterator[IO[Any]]:
    """A file handle whose content replaces ``path`` only when the block completes.

    Written to a temporary file in the same folder and renamed over the target,
    so a reader (or a crash, or Ctrl-C) never sees a partial file, and a
    protected input is never replaced.
    """
    path = Path(path)
    if path.resolve() in {p.resolve() for p in protect}:
        raise UserError(f"输出文件 {path} 与输入文件相同，已拒绝覆盖输入")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with (os.fdopen(fd, "w", encoding="utf-8", newline="") if text else os.fdopen(fd, "wb")) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_bytes(path: Path, data: bytes, *, protect: frozenset[Path] = frozenset()) -> None:
    """Write ``data`` to ``path`` atomically; refuse to replace a protected input."""
    with open_atomic(path, protect=protect) as fh:
        fh.write(data)


def write_text(path: Path, text: str, *, protect: frozenset[Path] = frozenset()) -> None:
    write_bytes(path, text.encode("utf-8"), protect=protect)
