"""F010: a 自评表 that says execution did not stray far from the budget while its own rate is low.

The 资金管理情况 block of the 中央对地方转移支付 self-evaluation form asks, row
执行准确性, whether the execution strays far from the budget; the answer is
often the template's own sentence, "不存在执行数偏离预算数较多的问题", kept
whatever the figures. Above it the same form prints 全年预算数, 全年执行数
and their rate: a rate under 80% is an execution that strays far from its
budget, and the answer contradicts the form's own figures. The rate is the
form's total row (全年执行数 ÷ 全年预算数, read from the funds block even when
the table is flattened to text).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import format_percent, ratio_percent
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import FundsBlock, funds_blocks
from ..registry import Rule

RULE = Rule(
    code="F010",
    name="accuracy-claim",
    severity="warning",
    summary="自评表称执行数未偏离预算数，而本表执行率明显偏低",
    doc=(
        "检查什么：自评表“执行准确性”一栏写“不存在执行数偏离预算数较多的问题”（或“执行数未偏离预算数”），"
        "而同一表中年度资金总额的执行率（全年执行数÷全年预算数）低于80%。\n"
        "为什么：执行率不足八成，执行数已明显偏离预算数，照抄模板的结论与本表数据矛盾，应如实说明偏离原因。\n"
        "不报的情形：执行率80%及以上；表中读不出预算数和执行数；说的是别的偏离（指标值、绩效目标）。\n"
        "示例：年度资金总额全年预算数2000、全年执行数1157.97（57.90%），执行准确性一栏却写“不存在执行数偏离预算数较多的问题”。"
    ),
    flag=(
        "全年预算数（A） | 全年执行数（B） | 预算执行率 |\n年度资金总额： | 500 | 320.5 | 64.10% |\n"
        "其中：中央财政资金 | 500 | 320.5 | 64.10% |\n地方财政资金 | | | |\n其他资金 | | | |\n"
        "资金管理情况 | 情况说明 |\n执行准确性 | 不存在执行数偏离预算数较多的问题 |\n",
    ),
    keep=(
        "全年预算数（A） | 全年执行数（B） | 预算执行率 |\n年度资金总额： | 500 | 430.5 | 86.10% |\n"
        "其中：中央财政资金 | 500 | 430.5 | 86.10% |\n地方财政资金 | | | |\n其他资金 | | | |\n"
        "资金管理情况 | 情况说明 |\n执行准确性 | 不存在执行数偏离预算数较多的问题 |\n",
        "全年预算数（A） | 全年执行数（B） | 预算执行率 |\n年度资金总额： | 500 | 320.5 | 64.10% |\n"
        "其中：中央财政资金 | 500 | 320.5 | 64.10% |\n地方财政资金 | | | |\n其他资金 | | | |\n"
        "资金管理情况 | 情况说明 |\n执行准确性 | 执行数偏离预算数较多，主要是工程尚未完工，资金按进度支付 |\n",
    ),
)

_CLAIM = regex_cache.compile(r"(?:不存在|未出现|未发现|没有|无)[^。；;|\n]{0,8}?偏离预算数?较(?:多|大)|执行数未偏离预算数?")
LOW = Decimal(80)  # %: an execution under this strays far from its budget
REACH = 3000  # characters: the claim belongs to the funds block of its own form, just above it


def _rate(block: FundsBlock) -> Optional[Decimal]:
    """The total row's 全年执行数 ÷ 全年预算数 (the last budget column), in percent."""
    columns = block.rate_columns()
    cells = block.total.cells
    if columns is None or max(columns) >= len(cells):
        return None
    budget, actual = columns
    a, b = cells[budget].number, cells[actual].number
    if a is None or b is None or a.unit == "%" or b.unit == "%" or a.value <= 0:
        return None
    return ratio_percent(b.value, a.value)


def check(ctx: CheckContext) -> Iterable[Finding]:
    # every claim names 偏离预算 (a literal searched at once; the pattern opens with alternatives and is tried
    # at every character of the text)
    claims = list(_CLAIM.finditer(ctx.text)) if "偏离预算" in ctx.text else []
    if not claims:
        return
    blocks = funds_blocks(ctx)
    for m in claims:
        block = next((b for b in reversed(blocks) if b.total.end <= m.start() < b.total.end + REACH), None)
        rate = _rate(block) if block is not None else None
        if rate is None or rate >= LOW:
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"本表年度资金总额执行率仅{format_percent(rate)}，执行数已明显偏离预算数，"
                      f"“{m.group()}”与本表数据矛盾，应说明偏离原因")
