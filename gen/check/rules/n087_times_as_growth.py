"""N087: "增长了N倍" where N is the ratio of the two figures, not the growth (537万 → 2.38亿, "增长了44倍").

A figure that grows from A to B is B ÷ A times what it was and has grown by B ÷ A − 1 times: from 100 to 300
is 是原来的3倍 and 增长了2倍. Writers take the first for the second, a slip the standard usage notes on numbers
single out (增加了 counts the growth alone, 增加到 the whole). Where both figures stand in the sentence
("从A增加到B，增长了N倍"), the ratio decides: N that the ratio gives and the growth does not is the slip.

Read only the plain shape: 从/由 A, a rise verb with 到/至, B in the same unit (万 and 亿 read as their
factors; a year in front of either is passed over), then at once 增长（增加、提高）了 N 倍. N is compared at its
printed places, loosely (half a unit of its last place): a rounded 约43倍 for 43.3 is right, 44倍 is not.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N087",
    name="times-as-growth",
    severity="warning",
    summary="“增长了N倍”中的N是两数之比（是原来的N倍），不是增长的倍数",
    doc=(
        "检查什么：“从A增加到B，增长了N倍”中，B÷A约等于N、B÷A−1却不等于N的：从420万增加到1.68亿是原来的40倍，"
        "“增长了40倍”应为“增长了39倍”（或写“是原来的40倍”“增长到40倍”）。\n"
        "为什么：“增长了N倍”只计增加的部分，“增长到N倍”“是原来的N倍”才计全部；两者相差1倍，混用会夸大增幅。\n"
        "不报的情形：两数单位不同的；“增长到N倍”“是原来的N倍”；按所写精度与B÷A−1相符的（约数可差半个末位）。"
    ),
    flag=(
        "全市新能源汽车保有量从2019年的420万辆增加到2024年的1.68亿辆，增长了40倍。",
        "线上办件量由1.2万件提高至6万件，增长了5倍。",
    ),
    keep=(
        "全市新能源汽车保有量从2019年的420万辆增加到2024年的1.68亿辆，增长了39倍。",
        "线上办件量由1.2万件提高至6万件，增长了4倍。",
        "线上办件量由1.2万件提高至6万件，增长到5倍。",
        # different units: no ratio to take
        "线上办件量由1.2万件提高至6万人次，增长了5倍。",
    ),
)

_NUM = r"\d{1,9}(?:\.\d{1,4})?"
_YEAR = r"(?:(?:19|20)\d\d年(?:的|底|末)?)?"
_UNIT = r"(?:人次|元|人|户|个|家|件|项|吨|千瓦|公里|亩|平方米|辆|台|套|次|所|起|份|册|张|条)?"
_SHAPE = regex_cache.compile(
    rf"[从由]{_YEAR}(?P<a>{_NUM})(?P<am>万亿|亿|万)?(?P<au>{_UNIT})\s{{0,1}}(?:增加|增长|提高|提升|上升|扩大)(?:到|至)"
    rf"{_YEAR}(?P<b>{_NUM})(?P<bm>万亿|亿|万)?(?P<bu>{_UNIT})\s{{0,1}}[,，]?\s{{0,1}}(?:增长|增加|提高|提升)了?"
    rf"(?:约|近)?(?P<n>{_NUM})倍"
)
_FACTORS = {"": Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000), "万亿": Decimal(10**12)}


def _fmt(x: Decimal) -> str:
    return f"{x.quantize(Decimal('0.1'))}".rstrip("0").rstrip(".")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "倍" not in text:
        return
    for m in _SHAPE.finditer(text):
        if m.group("au") != m.group("bu"):
            continue
        a = Decimal(m.group("a")) * _FACTORS[m.group("am") or ""]
        b = Decimal(m.group("b")) * _FACTORS[m.group("bm") or ""]
        if a <= 0 or b <= a:
            continue
        n, ratio = Decimal(m.group("n")), b / a
        slack = Decimal(1).scaleb(Decimal(m.group("n")).as_tuple().exponent) / 2
        if abs(ratio - 1 - n) <= slack or abs(ratio - n) > slack:
            continue
        yield Finding(
            m.start("n"), m.end(), RULE.code, RULE.severity,
            f"从{m.group('a')}{m.group('am') or ''}{m.group('au')}到{m.group('b')}{m.group('bm') or ''}{m.group('bu')}，"
            f"是原来的约{_fmt(ratio)}倍，只增长了约{_fmt(ratio - 1)}倍；“增长了{m.group('n')}倍”把两数之比当成了增长的倍数，"
            f"应为“增长了约{_fmt(ratio - 1)}倍”或“是原来的约{m.group('n')}倍”。",
        )
