"""Where templates come from and how their failures read: a confined folder loader and located messages.

The loader refuses symlinks out of the template folder, FIFOs and non-UTF-8
files; a failure while rendering becomes a Chinese message naming the template
file and line. Separate from the environment (:mod:`gen.generate.jinja_env`)
because both jobs face a user's own template folder and are tested as such.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Optional

from jinja2 import FileSystemLoader
from jinja2.exceptions import TemplateNotFound
from jinja2.loaders import split_template_path

from ..core.errors import UserError
from ..core.readfile import read_limited, undecodable_at
from .jinja_limits import MAX_TEMPLATE_BYTES, RenderTimeout

class ConfinedLoader(FileSystemLoader):
    """A folder loader that stays inside its folder and reads only regular UTF-8 files.

    A symlink in a user's template folder pointing at /etc/passwd would print
    that file into a report: every template path is resolved and refused when
    it lands outside the folder. A FIFO is refused by type (it would hang the
    read), and a non-UTF-8 (GBK) template is a located error, not a traceback.
    """

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # refuses "..": TemplateNotFound
        for searchpath in self.searchpath:
            filename = os.path.join(searchpath, *pieces)
            if os.path.lexists(filename):
                break
        else:
            raise TemplateNotFound(template)
        root = os.path.realpath(searchpath)
        real = os.path.realpath(filename)
        if os.path.commonpath([root, real]) != root:
            raise UserError(f"模板 {template} 指向模板目录之外（{searchpath}），已拒绝读取；模板目录中不能有指向外部的符号链接")
        try:
            data = read_limited(real, MAX_TEMPLATE_BYTES, what="模板文件")
        except UserError as exc:
            raise UserError([f"模板 {template}：{m}" for m in exc.messages]) from None
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(f"模板 {template} 应为 UTF-8 编码，{undecodable_at(data, exc)}无法按 UTF-8 读取"
                            "（GBK 编码的模板请另存为 UTF-8）") from None
        mtime = os.path.getmtime(real)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(real) == mtime
            except OSError:
                return False

        return source, os.path.normpath(filename), uptodate


def template_location(exc: BaseException) -> Optional[tuple[str, int]]:
    """(template file, line) of the innermost template frame of an exception raised while rendering."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


_FAILURES: tuple[tuple[type, str], ...] = (
    (RecursionError, "递归过深（宏、include 或 extends 互相调用自己），已停止"),
    (ZeroDivisionError, "除数为零"),
    (OverflowError, "数值过大"),
    (ArithmeticError, "算术错误"),
    (TypeError, "类型不匹配（如文字与数字相加、对数字取下标）"),
    (LookupError, "下标或键不存在"),
    (MemoryError, "内存不足（模板生成的内容过大）"),
    (ValueError, "取值错误"),
)


def located(name: str, exc: BaseException) -> str:
    """"模板 NAME（FILE 第N行）": the template rendered and, when known, where inside it ``exc`` arose."""
    where = template_location(exc)
    return f"模板 {name}" + (f"（{where[0]} 第{where[1]}行）" if where else "")


def render_failure(name: str, exc: BaseException) -> UserError:
    """A Chinese message for an error raised while rendering, naming the template file and line."""
    where = template_location(exc)
    place = f"（{where[0]} 第{where[1]}行）" if where else ""
    if isinstance(exc, RenderTimeout):
        return UserError(f"模板 {name}{place}：{exc}")
    reason = next((text for kind, text in _FAILURES if isinstance(exc, kind)), "出错")
    detail = str(exc).splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return UserError(f"模板 {name}{place} 渲染失败：{reason}（{type(exc).__name__}：{detail}）")
