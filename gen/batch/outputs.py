"""The batch's output folder: one run at a time, outputs proven by their hashes, no stray temporaries.

- A lock file (``.jixiao-batch.lock``, holding the owner's pid and host) keeps a
  second batch out of a folder in use: two runs at once would mix their files
  and the later up-to-date check would then keep the wrong ones. A lock whose
  process no longer exists on this host is stale and taken over.
- The up-to-date check compares the SHA-256 of each output with the one the
  summary recorded, so a file edited, truncated or replaced by hand is rebuilt.
- A worker killed mid-write may leave its temporary file (``.name.XXXX.tmp``);
  after the workers are gone they are swept away.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import socket
from pathlib import Path
from typing import Iterable, Optional

from ..core.errors import UserError
from ..core.readfile import os_reason

LOCK_NAME = ".jixiao-batch.lock"
_HASH_CHUNK = 1 << 20


def file_hash(path: Path) -> Optional[str]:
    """SHA-256 of a regular file, or None when it is missing or not a regular file."""
    try:
        if not path.is_file() or path.is_symlink():
            return None
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(_HASH_CHUNK), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def outputs_intact(paths: dict[str, Path], recorded: Optional[dict]) -> bool:
    """True when every output exists with the hash recorded for it in the previous summary."""
    if not recorded:
        return False
    return all(recorded.get(fmt) is not None and file_hash(p) == recorded.get(fmt) for fmt, p in paths.items())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


class FolderLock:
    """An exclusive lock on an output folder for the length of one batch (a context manager)."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._held = False

    def _owner(self) -> Optional[dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}

    def acquire(self) -> None:
        me = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode("utf-8")
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = self._owner()
                if owner is None:
                    continue  # released just now: try again
                if self._stale(owner):
                    self._remove()
                    continue
                raise UserError(f"输出文件夹 {self.path.parent} 正被另一个批量任务使用（进程 {owner.get('pid', '?')}，"
                                f"主机 {owner.get('host', '?')}）；请等它结束，或换一个输出文件夹。"
                                f"如确认没有任务在运行，可删除 {self.path}") from None
            except OSError as exc:
                raise UserError(f"无法在输出文件夹 {self.path.parent} 中创建锁文件（{os_reason(exc)}）") from None
            try:
                os.write(fd, me)
            finally:
                os.close(fd)
            self._held = True
            return
        raise UserError(f"无法取得输出文件夹 {self.path.parent} 的锁，请稍后再试")

    @staticmethod
    def _stale(owner: dict) -> bool:
        pid = owner.get("pid")
        if not isinstance(pid, int) or pid <= 0:
            return True  # unreadable or half-written lock: nobody can be holding it properly
        if owner.get("host") not in (None, socket.gethostname()):
            return False  # another machine's process: cannot tell, keep out
        return not _alive(pid)

    def _remove(self) -> None:
        try:
            os.unlink(self.path)
        except OSError as exc:
            if exc.errno != errno.ENOENT:
                raise UserError(f"无法删除过期的锁文件 {self.path}（{os_reason(exc)}）") from None

    def release(self) -> None:
        if self._held:
            self._held = False
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def __enter__(self) -> "FolderLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def sweep_temporaries(folder: Path, names: Iterable[str]) -> int:
    """Remove the atomic writer's leftovers (``.NAME.*.tmp``) for the given output names; return how many."""
    wanted = set(names)
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        n = entry.name
        if not (n.startswith(".") and n.endswith(".tmp")):
            continue
        target = n[1:].rsplit(".", 2)[0]  # ".report.md.ab12cd.tmp" -> "report.md"
        if target in wanted and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass
    return removed
