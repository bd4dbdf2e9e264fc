"""The sandbox's size and time limits: what stops a template from exhausting memory or CPU.

Jinja's immutable sandbox stops escapes; it does not stop ``'a' * 10**9``, a
padded ``center``, a string doubled in a loop or an endless loop. The limits
here size each of these before it is built and stop a render after a CPU
budget. Kept apart from the environment's wiring (:mod:`gen.generate.jinja_env`)
because this is the security boundary a reviewer reads on its own.
"""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Callable, Iterable, Iterator, Optional

from jinja2.compiler import CodeGenerator
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range

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
MAX_TEMPLATE_BYTES = 1024 * 1024  # one template file (read by the loader)


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


def budget_range(*args: int) -> range:
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
FILTER_ESTIMATES: dict[str, Callable[..., int]] = {**_ESTIMATES, "join": _estimate_join}


def bounded_filter(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Jinja's filter ``fn`` with its result sized (FILTER_ESTIMATES) before it is built."""
    estimate = FILTER_ESTIMATES[name]

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
