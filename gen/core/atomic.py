"""Atomic output that never destroys: a temporary file beside the target, renamed when complete.

The rename happens only after the whole content is written and synced, so a
crash, Ctrl-C or full disk leaves the previous file as it was. Only a regular
file or a new path is ever replaced: a device (/dev/null), FIFO, socket,
folder or symlink at the output path is refused, because renaming over it
would replace it (as root, the system's /dev/null) with a plain file.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from .errors import UserError
from .readfile import kind_of, os_reason

_UMASK_LOCK = threading.Lock()
# Errors a user can fix (space, permissions, paths): a Chinese message, exit 2.
_USER_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR,
                errno.ENOENT, errno.EISDIR, errno.ENAMETOOLONG, errno.ELOOP, errno.EIO, errno.EFBIG}


def current_umask() -> int:
    """The process umask (read by setting and restoring it, under a lock)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def check_target(path: Path) -> None:
    """Refuse an output path that is not a regular file or a new name, or whose folder is not a folder."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise UserError(f"输出路径 {path} 无法使用（{os_reason(exc)}）") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise UserError(f"输出路径 {path} 是{kind_of(st.st_mode)}，不是普通文件；为免破坏它，已拒绝写入，请换一个输出路径")
    parent = path.parent
    for folder in (parent, *parent.parents):
        if os.path.lexists(folder):
            if not folder.is_dir():
                raise UserError(f"输出路径 {path} 无法使用：{folder} 是文件而不是文件夹")
            break


def _make_folder(folder: Path, path: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"无法创建输出文件夹 {folder}（{os_reason(exc)}），{path} 未写出") from None


@contextmanager
def open_atomic(path: Path, *, text: bool = False, protect: frozenset[Path] = frozenset()) -> Iterator[IO[Any]]:
    """A file handle whose content replaces ``path`` only when the block completes.

    Written to a temporary file in the same folder (so the rename stays on one
    file system), synced, given the mode the umask gives a new file, and
    renamed over the target; a protected input is never replaced.
    """
    path = Path(path)
    if path.resolve() in {Path(p).resolve() for p in protect}:
        raise UserError(f"输出文件 {path} 与输入文件相同，已拒绝覆盖输入")
    check_target(path)
    _make_folder(path.parent, path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UserError(f"无法在 {path.parent} 中写入 {path.name}（{os_reason(exc)}）") from None
    try:
        with (os.fdopen(fd, "w", encoding="utf-8", newline="") if text else os.fdopen(fd, "wb")) as fh:
            yield fh
            fh.flush()
            os.fchmod(fh.fileno(), 0o666 & ~current_umask())
            os.fsync(fh.fileno())
        check_target(path)  # something may have appeared at the path while we wrote
        os.replace(tmp, path)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, OSError) and exc.errno in _USER_ERRNOS:
            raise UserError(f"写入 {path} 失败（{os_reason(exc)}）；原有文件（如有）保持不变") from None
        raise


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def write_bytes(path: Path, data: bytes, *, protect: frozenset[Path] = frozenset()) -> None:
    """Write ``data`` to ``path`` atomically; refuse to replace a protected input or a special file."""
    with open_atomic(path, protect=protect) as fh:
        fh.write(data)


def write_text(path: Path, text: str, *, protect: frozenset[Path] = frozenset()) -> None:
    write_bytes(path, text.encode("utf-8"), protect=protect)
