"""The one Jinja2 environment: sandboxed, StrictUndefined, with the number filters.

Templates, corpus variants and corpus conditions all compile here, so a
user's own template folder (``--templates DIR``) cannot reach the file system
or Python internals, and a missing fact fails loudly instead of printing blank.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from . import numbers
from .document import chinese_ordinal
from .resources import data_dir


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


@lru_cache(maxsize=8)  # one environment (and its compiled-template cache) per process and folder
def make_env(user_templates: Optional[Path] = None) -> ImmutableSandboxedEnvironment:
    """A sandboxed environment whose loader prefers ``user_templates`` over built-ins."""
    loaders = []
    if user_templates is not None:
        loaders.append(FileSystemLoader(str(user_templates)))
    loaders.append(FileSystemLoader(str(data_dir("templates"))))
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env
