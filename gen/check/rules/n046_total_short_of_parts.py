"""N046: a 决算's 收入总计 (支出总计) smaller than the 收入合计 (支出合计) and carry-over it is made of.

The 部门决算 note states its totals in one paragraph (收入总计X万元，支出总计X万元) and their parts
in the next ones: 收入合计Y万元……年初结转和结余Z万元; 支出合计V万元……年末结转和结余W万元.
By the template 收入总计 is 本年收入合计 plus what was carried in (plus, in some units, a 事业基金
that made up the gap), 支出总计 is 支出合计 plus what is carried out (plus 结余分配). The parts can
be more than the paragraph names, never less: Y＋Z above X means one of the three figures is wrong
(a 收入合计 copied from the 收入总计, a total that left out the carry-over). The finding stands at the
收入合计 when it equals the 收入总计 (copied), else at the carry-over, the figure not summed from the lines
beside it (the 合计 is the sum of the income lines the paragraph lists). A total above its named
parts is left alone (an unnamed 事业基金 or 结余分配 may fill the gap), and so is a gap within a few
units of the last printed place (each figure rounded on its own in the tables).

Read only where the text states each of the three labels with one value for the year in force
(a report comparing years states them several times over: no judgement), all in one unit; a
财政拨款 total (its own table's, with its own carry-over) and a figure marked 上年 are left out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import format_amount, to_decimal
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N046",
    name="total-short-of-parts",
    severity="warning",
    summary="决算的收入（支出）总计小于其本年合计与结转结余之和",
    doc=(
        "检查什么：文中写出本年度“收入总计X”、“收入合计Y”和“年初结转和结余Z”（或“支出总计”、“支出合计”和“年末结转和结余”），"
        "Y＋Z大于X。\n"
        "为什么：按决算模板，收入总计＝本年收入合计＋年初结转和结余（＋用事业基金弥补收支差额），"
        "支出总计＝本年支出合计＋年末结转和结余（＋结余分配）；总计只会大于或等于所列两项之和，小于则三数中必有一个有误。\n"
        "不报的情形：总计大于两项之和（可能另有事业基金弥补、结余分配）；差额在末位几个单位以内的四舍五入尾差；"
        "同一名称写了几个不同数（跨年度比较）；财政拨款口径；上年数。\n"
        "示例：“收入总计1,114.16万元……收入合计1,108.93万元……年初结转和结余25.02万元”，两项之和1,133.95万元已超过收入总计。"
    ),
    flag=(
        "2021年度收入总计1,114.16万元，支出总计1,114.16万元。\n"
        "2.收入情况。2021年度收入合计1,108.93万元，其中：财政拨款收入1,108.93万元。年初结转和结余25.02万元。",
        # the 收入合计 is the 收入总计 copied: the carry-over is counted twice
        "2021年度收入总计17116.72万元，支出总计17116.72万元。\n"
        "2021年度收入合计17116.72万元。此外，使用非财政拨款结余0.00万元，年初结转和结余3435.08万元。",
        "本年收入总计500.00万元，支出总计500.00万元。\n本年支出合计480.00万元。年末结转和结余30.00万元。",
    ),
    keep=(
        "2021年度收入总计1,133.95万元，支出总计1,133.95万元。\n"
        "2.收入情况。2021年度收入合计1,108.93万元。年初结转和结余25.02万元。",
        # a total above its named parts: an unnamed 事业基金 may make up the gap
        "2020年度收入总计1587.18万元，支出总计1587.18万元。\n收入合计1577.61万元。年初结转和结余1.11万元。",
        # one unit of the last place over: each figure rounded on its own
        "2020年度收入总计3434.55万元，支出总计3434.55万元。\n收入合计3353.29万元。年初结转和结余81.27万元。",
        # the 财政拨款 totals have their own carry-over: not this identity
        "收入总计300.00万元。财政拨款收入合计280.00万元。财政拨款年初结转和结余40.00万元。",
        # two years compared: the labels carry two values each, no judgement
        "2021年收入总计500.00万元，2020年收入总计400.00万元。收入合计480.00万元，收入合计390.00万元。"
        "年初结转和结余30.00万元。",
        # last year's figures named so
        "收入总计500.00万元。上年收入合计480.00万元。年初结转和结余30.00万元。",
    ),
)

_AMOUNT = (r"[ \u3000]{0,2}(?:为|是|共|共计|达)?[:：]?[ \u3000]{0,2}"
           r"(\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?)[ \u3000]{0,2}(万元|亿元|元)")
# Not a 财政拨款 (预算, 基金) figure, not a part of one (收入/支出 before the label: 基本支出年末结转).
_OWN = r"(?<![拨款算金入出])"
_SIDES = (
    ("收入", regex_cache.compile(_OWN + r"收入总计" + _AMOUNT),
     regex_cache.compile(_OWN + r"(?:本年度?)?收入合计" + _AMOUNT),
     regex_cache.compile(_OWN + r"(?:年初|上年)结转(?:(?:和|及|与)?结余)?(?:资金)?" + _AMOUNT), "年初结转和结余"),
    ("支出", regex_cache.compile(_OWN + r"支出总计" + _AMOUNT),
     regex_cache.compile(_OWN + r"(?:本年度?)?支出合计" + _AMOUNT),
     regex_cache.compile(_OWN + r"年末结转(?:(?:和|及|与)?结余)?(?:资金)?" + _AMOUNT), "年末结转和结余"),
)
_LAST_YEAR = regex_cache.compile(r"上年|去年|上一年|同期")
LAST_YEAR_REACH = 8  # characters before a label searched for 上年
# How many units of the last printed place the parts may exceed the total by: rounding of three figures.
ROUNDING_UNITS = 2


def _figure(pattern, text: str) -> Optional[tuple]:
    """The first match of ``pattern`` not marked as last year's, if every such match states one value in one unit."""
    first, values = None, set()
    for m in pattern.finditer(text):
        if _LAST_YEAR.search(text, max(0, m.start() - LAST_YEAR_REACH), m.start()):
            continue
        values.add((to_decimal(m.group(1)), m.group(2)))
        if len(values) > 1:
            return None
        first = first or m
    return first


def _places(m) -> int:
    digits = m.group(1)
    return len(digits.split(".")[1]) if "." in digits else 0


def check(ctx) -> Iterable[Finding]:
    text = ctx.text
    if "总计" not in text or "结转" not in text:
        return
    for side, total_p, own_p, carry_p, carry_name in _SIDES:
        total, own, carry = (_figure(p, text) for p in (total_p, own_p, carry_p))
        if total is None or own is None or carry is None or len({m.group(2) for m in (total, own, carry)}) != 1:
            continue
        x, y, z = (to_decimal(m.group(1)) for m in (total, own, carry))
        unit_place = Decimal(1).scaleb(-min(_places(m) for m in (total, own, carry)))
        if y + z - x <= ROUNDING_UNITS * unit_place:
            continue
        unit = total.group(2)
        # a 合计 equal to the 总计 is the 总计 copied (the carry-over counted twice); else the carry-over is read
        # as the odd one: the 合计 is the sum of the income (expenditure) lines stated beside it
        at, why = (own, f"{side}合计与{side}总计相同，疑把总计抄作了合计") if x == y else \
            (carry, f"三数中必有一个有误，{side}合计是所列各项收入（支出）之和，先核对{carry_name}和{side}总计")
        yield Finding(
            at.start(1), at.end(2), RULE.code, RULE.severity,
            f"{side}合计{own.group(1)}{unit}＋{carry_name}{carry.group(1)}{unit}＝{format_amount(y + z)}{unit}，"
            f"已超过{side}总计{total.group(1)}{unit}：{side}总计应为{side}合计与{carry_name}之和（另有事业基金弥补、"
            f"结余分配时还要加上）；{why}，请核对。",
            None,
        )
