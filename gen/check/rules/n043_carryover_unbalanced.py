"""N043: a 决算 sentence whose carry-over in, income, spending and carry-over out do not close.

A 决算 note (the template some provinces use) states a year's funds in one
sentence: 上年结转和结余X万元，本年收入Y万元，支出Z万元，用事业基金弥补收支差额…，
结余分配…，年末结转和结余W万元. What is carried in plus what came in, less what
went out, is what is carried out: X＋Y（＋弥补）－Z（－结余分配）＝W. A W far
off is mistyped or copied from another line (a 年末结转 of 5862.89 after 98.45
carried in, 1095.76 received and 1193.35 spent).

Read only where one sentence states each of the four once, under one scope (all
of the unit's funds, or all 一般公共预算财政拨款), each label right before its
figure: a sentence listing two incomes (财政拨款收入, 事业收入) or two spendings
(基本支出, 项目支出) is a breakdown, not this chain, and is left alone. When the
sentence names neither 结余分配 nor a 事业基金 that made up the gap, either may be
missing from it: the difference must then exceed UNSTATED_SHARE of what was
available (carried in plus income) as well as the rounding.
"""

from __future__ import annotations

from decimal import Decimal

from ...core import regex_cache
from ...core.numbers import format_amount, sum_tolerance, to_decimal
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N043",
    name="carryover-unbalanced",
    severity="warning",
    summary="决算中上年结转、本年收入、本年支出与年末结转不衔接",
    doc=(
        "检查什么：同一句中写出上年（年初）结转和结余、本年收入、本年支出和年末结转和结余（同一口径，各一个数），"
        "上年结转＋本年收入（＋用事业基金弥补收支差额）－本年支出（－结余分配）与所写年末结转和结余不符。\n"
        "为什么：决算的资金前后衔接，年末结转和结余由这几项算出；不符多半是数字录错或从别处抄来。\n"
        "不报的情形：一句中收入或支出分列几项（财政拨款收入、事业收入）；各项口径不同；"
        "未写结余分配和事业基金弥补时，差额在可用资金（上年结转＋本年收入）的5%以内的。\n"
        "示例：“上年结转和结余98.45万元，本年收入1095.76万元，支出1193.35万元，年末结转和结余5862.89万元”，"
        "按前三项应为0.86万元。"
    ),
    flag=(
        "2023年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，"
        "结余分配0万元，年末结转和结余资金为5862.89万元。",
        "2022年度一般公共预算财政拨款上年结转12.50万元，一般公共预算财政拨款收入300.00万元，"
        "一般公共预算财政拨款支出290.00万元，一般公共预算财政拨款年末结转和结余52.50万元。",
    ),
    keep=(
        "2023年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，"
        "结余分配0万元，年末结转和结余资金为0.86万元。",
        # the same chain in 元 for the last figure, which closes
        "上年结转和结余10.00万元，本年收入200.00万元，本年支出205.00万元，年末结转和结余50000.00元。",
        # a share of the carry-over paid out (结余分配) not named: a small gap is left alone
        "年初结转和结余10.00万元，本年收入200.00万元，本年支出195.00万元，年末结转和结余12.00万元。",
        # two incomes listed: a breakdown, not the chain
        "上年结转10.00万元，财政拨款收入150.00万元，事业收入50.00万元，支出190.00万元，年末结转和结余70.00万元。",
        # carry-over and income of the unit, spending and carry-over out of its 财政拨款 only: two scopes
        "上年结转和结余10.00万元，本年收入200.00万元，财政拨款支出150.00万元，财政拨款年末结转和结余5.00万元。",
    ),
)

_AMOUNT = r"(\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?)[ \u3000]{0,2}(万元|亿元|元)"
_LINK = r"(?:资金)?[ \u3000]{0,2}(?:为|是|共计|合计)?[:：]?[ \u3000]{0,2}"
_SCOPE = r"((?:一般公共预算|政府性基金预算|国有资本经营预算)?(?:财政拨款)?)"
# Each label starts a clause (after a stop, a comma, 年度, or the sentence's start), then its figure.
_START = r"(?:(?<=^)|(?<=[。！？，,；;：:\s])|(?<=年度)|(?<=年))"
_LABELS = {
    "in": regex_cache.compile(_START + _SCOPE + r"(?:上年|年初)结转(?:和|及|与)?(?:结余)?" + _LINK + _AMOUNT),
    "income": regex_cache.compile(_START + _SCOPE + r"(?:本年度?|全年)?收入(?:合计|总额)?" + _LINK + _AMOUNT),
    "spending": regex_cache.compile(_START + _SCOPE + r"(?:本年度?|全年)?支出(?:合计|总额)?" + _LINK + _AMOUNT),
    "out": regex_cache.compile(_START + _SCOPE + r"年末结转(?:和|及|与)?(?:结余)?" + _LINK + _AMOUNT),
}
_ALLOCATED = regex_cache.compile(r"结余分配" + _LINK + _AMOUNT)
_MADE_UP = regex_cache.compile(r"(?:用|使用)(?:事业基金弥补收支差额|非财政拨款结余(?:和专用结余)?)" + _LINK + _AMOUNT)
# Any 收入 or 支出 with a figure: two of either in the sentence make it a breakdown.
_ANY_INCOME = regex_cache.compile(r"收入(?:合计|总额)?" + _LINK + _AMOUNT)
_ANY_SPENDING = regex_cache.compile(r"支出(?:合计|总额)?" + _LINK + _AMOUNT)
_SENTENCE = regex_cache.compile(r"[^。！？\n]+")
_TEN_THOUSAND = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
UNSTATED_SHARE = Decimal("0.05")


def _yuan(m, first: int) -> tuple[Decimal, Decimal]:
    """A figure in 元 and its rounding slack in 元, from match groups ``first`` (number) and ``first + 1`` (unit)."""
    digits = m.group(first)
    places = len(digits.split(".")[1]) if "." in digits else 0
    factor = _TEN_THOUSAND[m.group(first + 1)]
    return to_decimal(digits) * factor, sum_tolerance([places]) * factor


def _one(pattern, text: str, start: int, end: int):
    found = list(pattern.finditer(text, start, end))
    return found[0] if len(found) == 1 else None


def _chain(text: str, start: int, end: int):
    """The four labelled figures of one sentence, under one scope, or None."""
    if len(list(_ANY_INCOME.finditer(text, start, end))) != 1 or len(list(_ANY_SPENDING.finditer(text, start, end))) != 1:
        return None
    found = {key: _one(pattern, text, start, end) for key, pattern in _LABELS.items()}
    if any(m is None for m in found.values()) or len({m.group(1) for m in found.values()}) != 1:
        return None
    return found


def check(ctx):
    text = ctx.text
    if "年末结转" not in text:
        return
    for sentence in _SENTENCE.finditer(text):
        if "年末结转" not in sentence.group():
            continue
        s, e = sentence.span()
        found = _chain(text, s, e)
        if found is None:
            continue
        figures = {key: _yuan(m, 2) for key, m in found.items()}
        allocated, made_up = _one(_ALLOCATED, text, s, e), _one(_MADE_UP, text, s, e)
        extra = {key: _yuan(m, 1) for key, m in (("allocated", allocated), ("made_up", made_up)) if m is not None}
        expected = figures["in"][0] + figures["income"][0] - figures["spending"][0]
        expected += extra.get("made_up", (Decimal(0),))[0] - extra.get("allocated", (Decimal(0),))[0]
        stated = figures["out"][0]
        unit = found["out"].group(3)
        slack = sum(x[1] for x in (*figures.values(), *extra.values()))
        if not extra:
            slack = max(slack, (figures["in"][0] + figures["income"][0]) * UNSTATED_SHARE)
        if abs(expected - stated) <= slack:
            continue
        shown = format_amount(expected / _TEN_THOUSAND[unit])
        yield Finding(
            found["out"].start(2), found["out"].end(3), RULE.code, RULE.severity,
            f"年末结转和结余与同句各数不衔接：上年结转和结余＋本年收入－本年支出"
            f"{'（计入弥补收支差额和结余分配）' if extra else ''}为{shown}{unit}，"
            f"文中却写{found['out'].group(2)}{unit}，请核对。",
            None,
        )
