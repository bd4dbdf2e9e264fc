"""N024: a 收入、支出总计 stated as the sum of both sides of a balanced statement.

A 决算 statement balances: 收入总计 equals 支出总计, and the report says so
with one figure, "收、支总计各332.98万元". Writers who add the two sides
print "收入、支出决算总计665.96万元": twice the real total, which a reader
takes for the size of the budget. The rule reports a total named for both
sides jointly (收入、支出 / 收支 / 收、支 … 总计) that equals the stated
收入总计 plus the stated 支出总计 while those two are equal. A figure stated
per side (总计各…, 均为…, 分别为…) is the correct form and is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ...core.quantities import Quantity
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N024",
    name="joint-total-doubled",
    severity="error",
    summary="“收入、支出总计”写成了收入总计与支出总计之和",
    doc=(
        "检查什么：“收入、支出（决算）总计”“收支总计”这类合称收支两方的总计，等于文中所写的收入总计加上支出总计，"
        "而收入总计与支出总计相等（收支平衡）。\n"
        "为什么：决算收支平衡，收入总计等于支出总计，合称时应写“收、支总计各X万元”；把两方相加，总计便翻了一倍，"
        "读者会误以为单位收支规模是实际的两倍。\n"
        "不报的情形：写明“各”“均”“分别”的；收入总计与支出总计不相等的；合称总计不等于两者之和的。\n"
        "示例：收入总计332.98万元、支出总计332.98万元，却写“收入、支出决算总计665.96万元”，应为“收、支总计各332.98万元”。"
    ),
    flag=(
        "本部门2023年度收入、支出决算总计1200.50万元。\n（一）收入决算总计600.25万元。\n（二）支出决算总计600.25万元。",
        "2022年度收支总计86.40万元。其中收入总计43.20万元，支出总计43.20万元。",
    ),
    keep=(
        "本部门2023年度收入、支出决算总计各600.25万元。\n（一）收入决算总计600.25万元。\n（二）支出决算总计600.25万元。",
        "本部门2023年度收入、支出决算总计600.25万元。\n（一）收入决算总计600.25万元。\n（二）支出决算总计600.25万元。",
        "2022年度收支总计86.40万元。其中收入总计50.20万元，支出总计36.20万元。",
    ),
)

_TOTAL = r"(?:决算|预算)?(?:总计|总额)"
_JOINT = regex_cache.compile(r"(?:收入[、和与及]支出|收、支|收支)" + _TOTAL + r"(?P<each>各|均|分别)?(?:为|是|达)?[ :：]{0,2}$")
_INCOME = regex_cache.compile(r"(?<![、收])收入" + _TOTAL + r"(?:为|是|达)?[ :：|]{0,3}$")
_SPENDING = regex_cache.compile(r"(?<![、收和与及])支出" + _TOTAL + r"(?:为|是|达)?[ :：|]{0,3}$")
LABEL_REACH = 16  # characters before a figure searched for its label


def _labelled(ctx: CheckContext, pattern: re.Pattern) -> list[tuple[Quantity, re.Match]]:
    out = []
    for q in ctx.quantities:
        if q.in_yuan_wan() is None:
            continue
        m = pattern.search(ctx.text, max(0, q.start - LABEL_REACH), q.start)
        if m:
            out.append((q, m))
    return out


def _sides(ctx: CheckContext) -> dict[Decimal, Quantity]:
    """Amounts (万元) stated as both 收入总计 and 支出总计 — the totals of a balanced
    statement — each with the 收入总计 figure as printed."""
    income = {q.in_yuan_wan(): q for q, _ in _labelled(ctx, _INCOME)}
    spending = {q.in_yuan_wan() for q, _ in _labelled(ctx, _SPENDING)}
    return {v: q for v, q in income.items() if v and v in spending}  # type: ignore[misc]


def check(ctx: CheckContext) -> Iterable[Finding]:
    if not contains(ctx.text, "总计") and not contains(ctx.text, "总额"):
        return
    joint = [(q, m) for q, m in _labelled(ctx, _JOINT) if not m.group("each")]
    if not joint:
        return
    sides = _sides(ctx)
    for q, m in joint:
        value = q.in_yuan_wan()
        side = next((s for v, s in sides.items() if v + v == value), None)
        if side is None:
            continue
        yield Finding(
            q.start, q.end, RULE.code, RULE.severity,
            f"收入总计与支出总计都是{side.raw}，“{m.group().strip(' :：')}”{q.raw}是两者相加，"
            f"收支合称时应写“收、支总计各{side.raw}”。",
            side.raw,
        )
