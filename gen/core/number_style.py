"""How a bureau writes its figures: thousands separators and trailing zeros.

Officials differ: some print 325,399.34万元 and 92.80%, most print 2229.03万元
and 34.3% (see the README for the count on real reports). The style is set
per outline (templates/<kind>/<outline>.yaml ``style:``), overridden by
``[style]`` in jixiao.toml, overridden again by the data file's ``style:``
block. Formatting reads the style of the report being rendered from a context
variable, so every filter and phrase prints alike without passing it around;
the checker needs no setting because it parses every style (the precision it
reads back from the printed digits sets its tolerance).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any, Iterator, Mapping, Optional

from .errors import UserError

ZEROS = ("keep", "whole", "strip")
ZERO_NAMES = {"keep": "保留两位小数（92.80%、900.00万元）", "whole": "只去掉“.00”（92.80%、900万元）",
              "strip": "去掉末尾的零（92.8%、900万元）"}


@dataclass(frozen=True)
class NumberStyle:
    thousands_separator: bool = False  # 325,399.34 (True) or 325399.34
    amount_decimals: str = "strip"  # 万元 amounts: keep / whole / strip (see ZERO_NAMES)
    percent_decimals: str = "strip"  # percentages: keep / whole / strip


# What most real reports do (README: counted on the reports collected for issue 10):
# no thousands separators, no trailing zeros. An outline without a style block,
# and every report whose outline, jixiao.toml and data say nothing, get this.
DEFAULT_STYLE = NumberStyle()
# Outside a report's rendering (the checker's messages and suggestions) figures keep
# the fixed form they have always had: 325,399.34, 92.80 -> 92.80%, 99.00 -> 99%.
CHECKER_STYLE = NumberStyle(thousands_separator=True, amount_decimals="keep", percent_decimals="whole")
_FIELDS = {"thousands_separator": "千分位分隔符", "amount_decimals": "金额小数", "percent_decimals": "百分比小数"}


def style_from(base: NumberStyle, raw: Optional[Mapping[str, Any]], where: str) -> NumberStyle:
    """``base`` with the settings of ``raw`` applied; a Chinese error names ``where`` and the key."""
    if not raw:
        return base
    if not isinstance(raw, Mapping):
        raise UserError(f"{where}：style 应为键值对象（{'、'.join(_FIELDS)}）")
    changes: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _FIELDS:
            raise UserError(f"{where}：style 中不认识的设置“{key}”，可选：{'、'.join(f'{k}（{v}）' for k, v in _FIELDS.items())}")
        if key == "thousands_separator":
            if not isinstance(value, bool):
                raise UserError(f"{where}：style.{key}（{_FIELDS[key]}）应为 true 或 false")
        elif value not in ZEROS:
            raise UserError(f"{where}：style.{key}（{_FIELDS[key]}）应为 {'、'.join(f'{z}（{ZERO_NAMES[z]}）' for z in ZEROS)} 之一")
        changes[key] = value
    return replace(base, **changes)


_CURRENT: ContextVar[NumberStyle] = ContextVar("number_style", default=CHECKER_STYLE)


def current_style() -> NumberStyle:
    return _CURRENT.get()


@contextmanager
def use_style(style: NumberStyle) -> Iterator[None]:
    """Format figures in ``style`` within the block (one report's rendering)."""
    token = _CURRENT.set(style)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def trim_zeros(text: str, mode: str) -> str:
    """Apply a decimals mode to a fixed-point text such as ``92.80``."""
    if "." not in text or mode == "keep":
        return text
    whole, frac = text.split(".")
    if mode == "whole":
        return whole if set(frac) == {"0"} else text
    frac = frac.rstrip("0")
    return f"{whole}.{frac}" if frac else whole
