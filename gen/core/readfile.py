"""Reading an input file safely: regular files only, bounded by what is read.

A size from ``stat`` says nothing about a FIFO, a character device such as
/dev/zero, or a file that grows while it is read, so the limit is enforced on
the bytes actually read (never more than ``limit + 1``). The file is opened
non-blocking, so opening a FIFO with no writer cannot hang, and its type is
checked on the open descriptor before a single byte is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import UserError

_CHUNK = 1 << 20


def kind_of(mode: int) -> str:
    """A Chinese name for a non-regular file type (for messages)."""
    if stat.S_ISDIR(mode):
        return "文件夹"
    if stat.S_ISFIFO(mode):
        return "命名管道（FIFO）"
    if stat.S_ISCHR(mode):
        return "字符设备"
    if stat.S_ISBLK(mode):
        return "块设备"
    if stat.S_ISSOCK(mode):
        return "套接字"
    if stat.S_ISLNK(mode):
        return "符号链接"
    return "特殊文件"


def is_regular(path: Path) -> bool:
    """True for a regular file (following symlinks); never opens the file."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def os_reason(exc: OSError) -> str:
    """A Chinese reason for the common operating-system errors."""
    reasons = {
        errno.ENOENT: "找不到该文件或文件夹",
        errno.EACCES: "没有权限",
        errno.EPERM: "没有权限",
        errno.EISDIR: "这是文件夹，不是文件",
        errno.ENOTDIR: "路径中的某一级是文件而不是文件夹",
        errno.ENOSPC: "磁盘空间已满",
        errno.EDQUOT: "磁盘配额已用完",
        errno.EROFS: "文件系统只读",
        errno.ENAMETOOLONG: "路径过长",
        errno.ELOOP: "符号链接层数过多（可能是循环链接）",
        errno.EIO: "读写错误（磁盘或网络故障）",
    }
    return reasons.get(exc.errno or 0, f"系统错误：{exc.strerror or type(exc).__name__}")


def read_limited(path: str | Path, limit: int, *, what: str = "文件", limit_hint: str = "") -> bytes:
    """The bytes of the regular file ``path``; a UserError naming the path for anything else.

    ``what`` names the file in messages (数据文件, 配置文件 …); ``limit_hint``
    says how to raise the limit.
    """
    name = str(path)
    try:  # by type first: a FIFO is never opened, a socket cannot be
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UserError(f"{name}：找不到该{what}") from None
    except OSError as exc:
        raise UserError(f"{name}：无法读取该{what}（{os_reason(exc)}）") from None
    if not stat.S_ISREG(mode):
        raise UserError(f"{name}：这是{kind_of(mode)}，不是普通文件，已拒绝读取")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise UserError(f"{name}：找不到该{what}") from None
    except OSError as exc:
        raise UserError(f"{name}：无法读取该{what}（{os_reason(exc)}）") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UserError(f"{name}：这是{kind_of(mode)}，不是普通文件，已拒绝读取")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise UserError(f"{name}：读取{what}时出错（{os_reason(exc)}）") from None
    finally:
        os.close(fd)
    if total > limit:
        raise UserError(f"{name}：{what}过大（超过 {limit} 字节的上限）" + (f"，{limit_hint}" if limit_hint else ""))
    return b"".join(chunks)


def undecodable_at(data: bytes, exc: UnicodeDecodeError) -> str:
    """"第N行第M列" of the first byte a decoder refused (columns count characters)."""
    head = data[: exc.start]
    line = head.count(b"\n") + 1
    line_start = head.rfind(b"\n") + 1
    column = len(head[line_start:].decode("utf-8", errors="replace")) + 1
    return f"第{line}行第{column}列（字节 0x{data[exc.start]:02X}）"
