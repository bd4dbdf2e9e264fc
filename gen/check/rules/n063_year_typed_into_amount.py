"""N063: an amount with the year typed into its digits, larger than the total it is part of.

"总投资为2821万元，其中2023年完成投资202300万元": the 2023 the clause writes was typed into the
amount (2023 + 00), which now exceeds the project's whole investment. N004 leaves the figure alone
(a year in its label starts a statement of its own), and N061 reads the same slip in a head count.
Both signs must hold: the amount opens with the digits of a year written just before it (…年), has
more digits after them, and exceeds a total the same sentence states before it (总投资, 总额, 合计,
计划投资 …). Either alone is common in correct text: 2023年安排资金2023.5万元 opens with its year by
chance, and a year's spending may exceed another project's total.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N063",
    name="year-typed-into-amount",
    severity="error",
    summary="金额数字以年份开头且超过总额，疑为年份误填入数字",
    doc=(
        "检查什么：同一句先写了总额（总投资、总额、合计、计划投资、概算等），其后某年的金额以该年份的数字开头"
        "（“2023年完成投资202300万元”中的“2023”），且大于总额。\n"
        "为什么：部分不会大于总额，数字以紧挨着写的年份开头，多是录入时把年份打进了数字。\n"
        "不报的情形：金额只是年份本身（2023万元）或不超过总额；前面没有总额的。\n"
        "示例：“总投资为2821万元，其中2023年完成投资202300万元”，202300万元超过总投资，且以年份2023开头。"
    ),
    flag=(
        "项目总投资为3650万元，其中2024年完成投资202400万元。",
        "工程计划投资1.2亿元，2022年完成投资2022180万元。",
    ),
    keep=(
        "项目总投资为3650万元，其中2024年完成投资2400万元。",
        "项目总投资为260000万元，其中2023年完成投资202300万元。",
        "2023年完成投资202300万元，较上年增长12%。",
        "项目总投资为1800万元，其中2023年完成投资2023万元。",
    ),
)

# A year written in the clause before the amount (2023年完成投资 …).
_YEAR = regex_cache.compile(r"((?:19|20)\d\d)年")
# The label of a total: what the whole project, plan or fund amounts to.
_TOTAL = regex_cache.compile(r"(?:总投资|投资总额|总额|合计|总计|共计|计划投资|总预算|总概算|概算|总规模)(?:为|是|达|约)?[：:]?\s{0,2}$")
_STOP = regex_cache.compile(r"[。；;！？!?\n]")
_UNIT = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}
LABEL = 10  # characters before an amount that name it
YEAR_REACH = 24  # characters before the amount where the year it opens with is written


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "年" not in text:
        return
    total: Optional[Decimal] = None
    sentence_end = -1
    for q in ctx.quantities:  # the number layer's reading, shared by every rule (no pass of its own)
        if q.unit not in _UNIT or q.value < 0:
            continue
        start = q.start
        if start > sentence_end:  # a new sentence: no total stated in it yet
            total = None
            stop = _STOP.search(text, start)
            sentence_end = stop.start() if stop else len(text)
        value = q.value * _UNIT[q.unit]
        if _TOTAL.search(text, max(0, start - LABEL), start):
            total = value
            continue
        digits = str(int(q.value))
        if total is None or value <= total or len(digits) <= 4:
            continue
        years = [y.group(1) for y in _YEAR.finditer(text, max(0, start - YEAR_REACH), start)]
        year = next((y for y in years if digits.startswith(y)), None)
        if year is None:
            continue
        yield Finding(q.start, q.end, RULE.code, RULE.severity,
                      f"金额“{text[q.start:q.end]}”大于同句前面所写的总额，且数字以年份“{year}”开头，疑为年份误填入数字，请核对。",
                      None)
