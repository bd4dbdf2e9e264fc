"""The one Jinja2 environment: sandboxed, StrictUndefined, with the number filters.

Templates, corpus variants and corpus conditions all compile here, so a
user's own template folder (``--templates DIR``) cannot reach the file system
or Python internals, and a missing fact fails loudly instead of printing blank.

This module wires the environment and holds the report filters; the sandbox's
limits are :mod:`gen.generate.jinja_limits`, the confined loader and located
render errors :mod:`gen.generate.jinja_loader`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from jinja2 import ChoiceLoader, StrictUndefined
from jinja2.filters import FILTERS as JINJA_FILTERS
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..core import numbers, placeholders
from ..core.chinese_numerals import chinese_ordinal
from ..core.resources import data_dir
from .jinja_limits import FILTER_ESTIMATES, BoundedSandbox, bounded_filter, budget_range
from .jinja_loader import ConfinedLoader


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
    """Items joined with 、, except between two that each stand whole in title marks (《预算法》《会计法》): GB/T
    15834—2011 4.5.3.5 parts those by the marks alone (the checker's P019). One with a note after its title
    (《……办法》（保财预〔2017〕164号）) keeps the 、 after it."""
    texts = [str(i) for i in items]
    if sep != "、":
        return sep.join(texts)
    out = texts[:1]
    for prev, item in zip(texts, texts[1:]):
        out.append(item if prev.endswith("》") and item.startswith("《") else sep + item)
    return "".join(out)


def _sentence(text: Any) -> str:
    """Ensure a sentence ends with a full stop (no doubled marks)."""
    s = str(text).strip()
    return s if s.endswith(("。", "！", "？", "”", "；")) else s.rstrip("，,;；") + "。"


def _clause(text: Any) -> str:
    """Strip the final mark so a sentence can continue after it."""
    return str(text).strip().rstrip("。；;，,")


def _own_clause(text: Any, year: Any, *subjects: Any) -> str:
    """The data's sentence as a clause after an opening the phrase writes itself (``2023年，我局…``).

    ``work_summary`` is often written whole (2023年，我局围绕…开展工作。); a phrase that opens with the year
    and the bureau printed 全年，龙华生态环境管理局2023年，我局围绕…. The data's own opening of the report's
    year and then its own subject (one of ``subjects``: self-reference, short or full name) are left out;
    an opening of another year (2022年以来) is the bureau's own and stays.
    """
    s = _clause(text)
    for head in (f"{year}年度", f"{year}年", "本年度", "全年"):
        if s.startswith(head) and s[len(head):len(head) + 1] in ("，", ","):
            s = s[len(head) + 1:]
            break
    for subject in sorted({str(x) for x in subjects if x}, key=len, reverse=True):
        if s.startswith(subject):
            s = s[len(subject):].lstrip("，,")
            break
    return s or _clause(text)


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
    "own_clause": _own_clause,
}


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


def clause_or_missing(value: Any, what: str, field: str = "", mark: Callable[[str, str], str] = missing) -> str:
    """The data's own clause (its final mark stripped) or, when the data has none, a placeholder.

    A reason, cause or plan is a claim only the bureau can make; phrases write
    ``{{ clause_or_missing(metric.reason, '…未完成的原因', 'tasks[].metrics[].reason') }}``
    once instead of spelling out the same if/else in every variant. ``mark``
    is the render's own ``missing`` so the placeholder's field reaches the manifest.
    """
    text = _clause(value) if value is not None else ""
    return text or mark(what, field)


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
    for name in FILTER_ESTIMATES:
        if name in JINJA_FILTERS:
            env.filters[name] = bounded_filter(name, JINJA_FILTERS[name])
    env.globals["range"] = budget_range
    env.globals["missing"] = missing
    env.globals["clause_or_missing"] = clause_or_missing
    return env
