"""The figures of a respective change stated apart, each after its own name.

The 决算 template's "收、支总计各是A1、A2万元" lists the figures the way it lists their changes;
many reports write them apart instead: "收入总计A1万元，支出总计A2万元，与上年相比，收入、支出总计
各增加D1、D2万元". The names joined by 、 before 各/分别 share the last one's ending (收入、支出总计 is
收入总计 and 支出总计); each named figure is the last one stated under that exact name before the
change. All names must be found, each with an amount in money, or nothing is read: a name written
otherwise (收、支总计, 本年收入) is not guessed at.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from ..core import regex_cache
from ..core.quantities import parse_number
from .respective_lists import MONEY

# "收入、支出总计" right before 各/分别: two to six names of one to six characters each.
_SUBJECTS = regex_cache.compile(r"(?P<heads>[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){1,5})\s{0,2}$")
_LOOK_BACK = 40
# A figure right after its name; groups of thousands bounded (up to 999,999,999,999), so a search stays linear.
_FIGURE = r"(?<![\d.])(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,12})(?:\.\d{1,4})?"
_VALUE_AFTER = regex_cache.compile(rf"\s{{0,2}}(?:为|是|达到|达)?\s{{0,2}}(?P<num>{_FIGURE})\s{{0,2}}{MONEY}")


def _names(heads: list[str]) -> list[str]:
    """收入、支出总计 → 收入总计, 支出总计: the earlier names take the last one's ending."""
    first, last = heads[0], heads[-1]
    suffix = last[len(first):] if len(last) > len(first) and all(len(h) == len(first) for h in heads[:-1]) else ""
    return [h + suffix for h in heads[:-1]] + [last]


def stated_apart(text: str, at: int) -> Optional[list[tuple[Decimal, int, int, int]]]:
    """(value, decimals, start, end) of each figure named before ``at`` (where 各/分别 starts), or None."""
    m = _SUBJECTS.search(text, max(0, at - _LOOK_BACK), at)
    if m is None:
        return None
    names = _names(m.group("heads").split("、"))
    if len(set(names)) != len(names) or any(len(n) < 3 for n in names):
        return None
    out = []
    for name in names:
        pos = text.rfind(name, 0, m.start())
        found = _VALUE_AFTER.match(text, pos + len(name)) if pos != -1 else None
        parsed = parse_number(found.group("num")) if found else None
        if not parsed:
            return None
        out.append((parsed[0], parsed[1], found.start("num"), found.end("num")))
    return out
