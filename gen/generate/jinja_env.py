"""The one Jinja2 environment: sandboxed, StrictUndefined, with the number filters.

Templates, corpus variants and corpus conditions all compile here, so a
user's own template folder (``--templates DIR``) cannot reach the file system
or Python internals, and a missing fact fails loudly instead of printing blank.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range

from ..core import numbers, placeholders
from ..core.numbers import chinese_ordinal
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


@contextmanager
def render_budget() -> Iterator[None]:
    """Within this block, range() calls share one budget (nested loops cannot multiply it)."""
    token = _range_budget.set([MAX_RANGE_TOTAL])
    try:
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


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, plus limits on ``*`` and ``**``.

    Jinja's sandbox stops escapes (dunder attributes, mutation, file access);
    it does not stop a template from exhausting memory with one multiplication.
    """

    intercepted_binops = frozenset(["*", "**"])
    concat = staticmethod(_bounded_concat)  # type: ignore[assignment]

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
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


@lru_cache(maxsize=8)  # one environment (and its compiled-template cache) per process and folder
def make_env(user_templates: Optional[Path] = None) -> ImmutableSandboxedEnvironment:
    """A sandboxed environment whose loader prefers ``user_templates`` over built-ins."""
    loaders = []
    if user_templates is not None:
        loaders.append(FileSystemLoader(str(user_templates)))
    loaders.append(FileSystemLoader(str(data_dir("templates"))))
    env = BoundedSandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    env.globals["range"] = _budget_range
    env.globals["missing"] = missing
    return env
