"""The one Jinja2 environment: sandboxed, StrictUndefined, with the number filters.

Templates, corpus variants and corpus conditions all compile here, so a
user's own template folder (``--templates DIR``) cannot reach the file system
or Python internals, and a missing fact fails loudly instead of printing blank.
"""

from __future__ import annotations

import os
import re
import signal
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import TemplateNotFound
from jinja2.filters import FILTERS as JINJA_FILTERS
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range

from ..core import numbers, placeholders
from ..core.errors import UserError
from ..core.chinese_numerals import chinese_ordinal
from ..core.readfile import read_limited, undecodable_at
from ..core.resources import data_dir


class MissingFigure(ValueError):
    """A template tried to print a figure the data does not have."""


def _guard(fn: Any, what: str) -> Any:
    def wrapped(value: Any, *args: Any) -> str:
        if value is None:
            raise MissingFigure(f"模板试图输出缺失的{what}")
        return fn(value, *args)

    wrapped.__name__ = fn.__name__
    return wrapped


def _enumerate_cn(items: Iterable[str], sep: str = "；") -> str:
    """一是…；二是…: the seeds' way of listing measures inside one paragraph."""
    parts = [f"{chinese_ordinal(i)}是{str(s).rstrip('。；;')}" for i, s in enumerate(items, 1)]
    return sep.join(parts)


def _join_cn(items: Iterable[Any], sep: str = "、") -> str:
    return sep.join(str(i) for i in items)


def _sentence(text: Any) -> str:
    """Ensure a sentence ends with a full stop (no doubled marks)."""
    s = str(text).strip()
    return s if s.endswith(("。", "！", "？", "”", "；")) else s.rstrip("，,;；") + "。"


def _clause(text: Any) -> str:
    """Strip the final mark so a sentence can continue after it."""
    return str(text).strip().rstrip("。；;，,")


FILTERS = {
    "wan": _guard(numbers.format_amount, "金额"),
    "pct": _guard(numbers.format_percent, "百分比"),
    "count": _guard(numbers.format_count, "数量"),
    "score": _guard(numbers.format_score, "分数"),
    "cn_ordinal": chinese_ordinal,
    "yishi": _enumerate_cn,
    "join_cn": _join_cn,
    "sentence": _sentence,
    "clause": _clause,
}


# The sandbox caps range() at 100000 items; these cap the other easy ways for a
# template to build a gigantic value (``'a' * 10**9``, ``9 ** 9 ** 9``).
MAX_PRODUCT_CHARS = 1_000_000
MAX_POWER_EXPONENT = 1000


class TemplateTooLarge(OverflowError):
    """A template tried to build a value far larger than any report needs."""


MAX_RANGE_TOTAL = 1_000_000  # items all range() calls of one render may produce together
MAX_RENDER_CHARS = 5_000_000  # characters one template may output

_range_budget: ContextVar[Optional[list[int]]] = ContextVar("jixiao_range_budget", default=None)


MAX_VALUE_CHARS = MAX_RENDER_CHARS  # characters any one string a template builds may have
MAX_RENDER_CPU_SECONDS = 10.0  # a report renders in milliseconds; this is a runaway loop
MAX_TEMPLATE_BYTES = 1024 * 1024


class RenderTimeout(Exception):
    """A render used more CPU time than MAX_RENDER_CPU_SECONDS."""


def _on_timeout(signum: int, frame: Any) -> None:
    raise RenderTimeout(f"模板渲染超过 {MAX_RENDER_CPU_SECONDS:g} 秒 CPU 时间，已停止（是否有失控的循环？）")


@contextmanager
def _cpu_limit() -> Iterator[None]:
    """Stop the render after MAX_RENDER_CPU_SECONDS of CPU time (a profiling timer; main thread only,
    where signals are delivered — the CLI and every batch worker render there)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_PROF)[0] > 0:
        yield  # another limit is already running (nested render), or no timers here
        return
    previous = signal.signal(signal.SIGPROF, _on_timeout)
    signal.setitimer(signal.ITIMER_PROF, MAX_RENDER_CPU_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@contextmanager
def render_budget() -> Iterator[None]:
    """Within this block, range() calls share one budget (nested loops cannot multiply it),
    and the render is stopped after MAX_RENDER_CPU_SECONDS of CPU time."""
    token = _range_budget.set([MAX_RANGE_TOTAL])
    try:
        with _cpu_limit():
            yield
    finally:
        _range_budget.reset(token)


def _budget_range(*args: int) -> range:
    r = safe_range(*args)  # the sandbox's own cap on a single range (100000)
    budget = _range_budget.get()
    if budget is not None:
        budget[0] -= len(r)
        if budget[0] < 0:
            raise TemplateTooLarge(f"模板中 range() 的循环总次数超过{MAX_RANGE_TOTAL}次")
    return r


def _bounded_concat(pieces: Iterable[str]) -> str:
    """``"".join`` that stops a runaway loop once the output passes MAX_RENDER_CHARS."""
    out: list[str] = []
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > MAX_RENDER_CHARS:
            raise TemplateTooLarge(f"模板输出超过{MAX_RENDER_CHARS}个字符")
        out.append(piece)
    return "".join(out)


def _too_long(size: int, what: str) -> None:
    if size > MAX_VALUE_CHARS:
        raise TemplateTooLarge(f"模板中的{what}会生成超过{MAX_VALUE_CHARS}个字符的文字")


def _length(value: Any) -> int:
    return len(value) if isinstance(value, (str, list, tuple)) else len(str(value))


_FORMAT_WIDTH = re.compile(r"\d{7,}")  # a width or precision of a million or more in a format spec


def _estimate_join(items: Any, sep: Any = "", *_: Any) -> int:
    items = list(items) if not isinstance(items, (list, tuple)) else items
    return sum(_length(i) for i in items) + len(str(sep)) * max(len(items) - 1, 0)


def _estimate_replace(s: Any, old: Any, new: Any, count: Any = None, *_: Any) -> int:
    s, old, new = str(s), str(old), str(new)
    n = s.count(old) if old else len(s) + 1
    if isinstance(count, int) and count >= 0:
        n = min(n, count)
    return len(s) + n * len(new)


def _estimate_format(fmt: Any, *args: Any, **kwargs: Any) -> int:
    text = str(fmt)
    if _FORMAT_WIDTH.search(text):
        return MAX_VALUE_CHARS + 1
    return len(text) + sum(_length(a) for a in args) + sum(_length(v) for v in kwargs.values())


def _estimate_width(s: Any, width: Any = 80, *_: Any, **__: Any) -> int:
    return max(len(str(s)), width if isinstance(width, int) else 0)


def _estimate_indent(s: Any, width: Any = 4, *_: Any, **__: Any) -> int:
    text = str(s)
    pad = len(width) if isinstance(width, str) else (width if isinstance(width, int) else 0)
    return len(text) + (text.count("\n") + 1) * pad


# Filters (and str methods) that can make a value much longer than their input: the size
# of the result is estimated from the arguments before anything is built.
_ESTIMATES: dict[str, Callable[..., int]] = {
    "center": _estimate_width, "ljust": _estimate_width, "rjust": _estimate_width, "zfill": _estimate_width,
    "indent": _estimate_indent, "replace": _estimate_replace, "format": _estimate_format,
    "join": lambda sep, items, *_: _estimate_join(items, sep),
    "expandtabs": lambda s, tab=8, *_: len(str(s)) * (tab if isinstance(tab, int) and tab > 0 else 1),
    "format_map": lambda fmt, *_: _estimate_format(fmt),
}
_FILTER_ESTIMATES: dict[str, Callable[..., int]] = {**_ESTIMATES, "join": _estimate_join}


def _bounded_filter(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    estimate = _FILTER_ESTIMATES[name]

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        # environment/context-taking filters get it first; the value follows
        skip = 1 if getattr(fn, "jinja_pass_arg", None) is not None else 0
        if name == "join" and len(args) > skip and not isinstance(args[skip], (list, tuple, str)):
            args = (*args[:skip], list(args[skip]), *args[skip + 1:])  # a generator is read once, here
        _too_long(estimate(*args[skip:], **kwargs), f"过滤器 {name}")
        return fn(*args, **kwargs)

    for attr in ("jinja_pass_arg",):
        if hasattr(fn, attr):
            setattr(wrapped, attr, getattr(fn, attr))
    wrapped.__name__ = getattr(fn, "__name__", name)
    return wrapped


def bounded_str_join(seq: Iterable[Any]) -> str:
    """``a ~ b``: refuse a result longer than MAX_VALUE_CHARS (doubling in a loop grows exponentially)."""
    parts = [str(x) for x in seq]
    _too_long(sum(len(p) for p in parts), "“~”拼接")
    return "".join(parts)


class BoundedCodeGenerator(CodeGenerator):
    """Compiles ``~`` to :func:`bounded_str_join` (autoescape is off, so never Markup)."""

    def visit_Concat(self, node: Any, frame: Any) -> None:
        self.write("environment.bounded_str_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, plus limits on ``*``, ``**``, ``+``, ``~`` and the amplifying filters.

    Jinja's sandbox stops escapes (dunder attributes, mutation, file access);
    it does not stop a template from exhausting memory with one multiplication,
    a padded ``center``, a ``replace`` of every character or a string doubled
    in a loop. Each of these is sized before it is built.
    """

    intercepted_binops = frozenset(["*", "**", "+"])
    concat = staticmethod(_bounded_concat)  # type: ignore[assignment]
    code_generator_class = BoundedCodeGenerator
    bounded_str_join = staticmethod(bounded_str_join)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        owner = getattr(__obj, "__self__", getattr(getattr(__obj, "__wrapped__", None), "__self__", None))
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str) and name in _ESTIMATES:
            _too_long(_ESTIMATES[name](owner, *args, **kwargs), f"方法 {name}")
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
            _too_long(len(left) + len(right), "“+”拼接")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_PRODUCT_CHARS:
                    raise TemplateTooLarge(f"模板中的乘法会生成超过{MAX_PRODUCT_CHARS}个元素的值")
        if operator == "**" and isinstance(right, (int, float)) and abs(right) > MAX_POWER_EXPONENT:
            raise TemplateTooLarge(f"模板中的乘方指数超过{MAX_POWER_EXPONENT}")
        return super().call_binop(context, operator, left, right)


PLACEHOLDER_OPEN, PLACEHOLDER_CLOSE = placeholders.OPEN, placeholders.CLOSE


def missing(what: str, field: str = "") -> str:
    """A visible placeholder for content the outline needs and the data lacks.

    Templates and phrases write ``{{ missing("政府采购执行情况（计划金额、实际金额）", "finance.procurement_planned") }}``
    instead of filler, so the officer sees exactly what to add; the marker is
    plain text so every writer and the checker can find it. ``field`` (optional,
    comma-separated) names the data field(s) that would fill it; during a render
    the picker records it for the manifest (see gen.generate.render).
    """
    return placeholders.marker(what)


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


@lru_cache(maxsize=8)  # one environment (and its compiled-template cache) per process and folder
def make_env(user_templates: Optional[Path] = None) -> ImmutableSandboxedEnvironment:
    """A sandboxed environment whose loader prefers ``user_templates`` over built-ins."""
    loaders = []
    if user_templates is not None:
        loaders.append(ConfinedLoader(str(user_templates)))
    loaders.append(ConfinedLoader(str(data_dir("templates"))))
    env = BoundedSandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    for name in _FILTER_ESTIMATES:
        if name in JINJA_FILTERS:
            env.filters[name] = _bounded_filter(name, JINJA_FILTERS[name])
    env.globals["range"] = _budget_range
    env.globals["missing"] = missing
    return env
