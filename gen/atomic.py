"""Atomic output: write to a temporary file beside the target, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError


def write_bytes(path: Path, data: bytes, *, protect: frozenset[Path] = frozenset()) -> None:
    """Write ``data`` to ``path`` atomically; refuse to replace a protected input."""
    path = Path(path)
    resolved = path.resolve()
    if resolved in {p.resolve() for p in protect}:
        raise UserError(f"输出文件 {path} 与输入文件相同，已拒绝覆盖输入")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text(path: Path, text: str, *, protect: frozenset[Path] = frozenset()) -> None:
    write_bytes(path, text.encode("utf-8"), protect=protect)
