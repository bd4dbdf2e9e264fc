"""N015: an 执行率 in a funds table flattened to text that is B/A of its amounts rounded wrongly."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core.numbers import agrees, format_percent, round_half_up
from ...core.quantities import Quantity, numeral_text
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import funds_blocks
from ..flat_rates import row_rates
from ..flat_tables import flat_blocks, in_table
from ..registry import Rule

RULE = Rule(
    code="N015",
    name="flattened-rate",
    severity="error",
    summary="被拆散成文字的资金表中，执行率与执行数÷预算数只差末位（进位错误）",
    doc=(
        "从PDF或网页复制的自评表常常丢了表格结构：表头“年初预算数 全年预算数 全年执行数 分值 执行率 得分”"
        "排成一行，数字跟在后面（或每格一行），顺序也被打乱，无法按列核对。本规则在这样的段落里，"
        "把所填执行率与段内金额两两相除的结果比较：没有任何一对金额按所填小数位（四舍五入或截断）得出它，"
        "而有一对只差末位一个单位时，判为进位错误并报告。执行率至少有一位小数才判断（整数百分比相差1%太宽，不可靠）；"
        "能正常读出行列的表格由 B003、自评表由 F003 核对。"
        "例：全年预算数250000.00、全年执行数215457.6，执行率填86.19%（应为86.18%）。"
    ),
    flag=(
        "项目支出绩效自评表 年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215457.60 10 8.62 "
        "年度资金总额 其中：当年财政拨款 86.19%",
        "年初预算数\n全年预算数\n全年执行数\n执行率\n120.00\n120.00\n99.82\n83.19%\n",
        # space-aligned, a wrapped cell breaking the columns
        "项目名称        年初预算数   全年预算数   全年执行数   执行率\n公共卫生服务    100.00      100.00      95.00       95.00%\n"
        "（续）家庭医生\n签约服务        200.00      200.00      187.32      93.67%\n",
        # rows that fit the header: each rate judged by its own row's amounts
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 150 150 120.02 10 80.00% 8 "
        "其中：当年财政拨款 150 150 120.02 上年结转资金 其他资金 年度总体目标",
    ),
    keep=(
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 150 150 120.02 10 80.01% 8 "
        "其中：当年财政拨款 150 150 120.02 上年结转资金 其他资金 年度总体目标",
        # a source's rate right for its own row, though one unit off the total's B/A
        "全年预算数（A） 全年执行数（B） 执行率 年度资金总额 150.00 120.02 80.01% 其中：中央财政资金 100.00 80.00 "
        "80.00% 地方财政资金 50.00 40.02 80.04% 其他资金 资金管理情况",
        "项目支出绩效自评表 年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215457.60 10 8.62 "
        "年度资金总额 其中：当年财政拨款 86.18%",
        "年初预算数\n全年预算数\n全年执行数\n执行率\n120.00\n120.00\n99.82\n83.18%\n",
        # an integer percentage: a miss of one whole point is too coarse to call
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 98% 9",
        "项目名称        年初预算数   全年预算数   全年执行数   执行率\n公共卫生服务    100.00      100.00      95.00       95.00%\n"
        "（续）家庭医生\n签约服务        200.00      200.00      187.32      93.66%\n",
        # truncation is accepted, as everywhere
        "年初预算数 全年预算数 全年执行数 执行率 300.00 300.00 299.00 99.66%",
    ),
)


def _near_miss(rate: Quantity, amounts: tuple[Quantity, ...]) -> Optional[tuple[Quantity, Quantity, Decimal]]:
    """(B, A, exact B/A) one unit of the last printed place off the rate, when no pair of the
    block's amounts gives the rate itself; else None."""
    unit = Decimal(1).scaleb(-rate.decimals)
    best = None
    for a in amounts:
        if a.value <= 0:
            continue
        for b in amounts:
            if b is a or b.unit != a.unit or b.value > 2 * a.value:
                continue
            exact = b.value / a.value * Decimal(100)
            if agrees(rate.value, rate.decimals, exact):
                return None
            gap = abs(exact - rate.value)
            if gap <= unit and (best is None or gap < best[2]):
                best = (b, a, gap)
    return None if best is None else (best[0], best[1], best[0].value / best[1].value * Decimal(100))


def check(ctx: CheckContext) -> Iterable[Finding]:
    """Rows read from the header (flat_funds.py) are judged by their own amounts; where no row
    layout fits, the rates are judged by the block's loose bag of amounts (flat_tables.py)."""
    for block in funds_blocks(ctx):
        for rr in row_rates(block):
            if rr.verdict != "slip" or rr.decimals < 1 or in_table(ctx, rr.cell.start):
                continue
            best = min(range(len(rr.ratios)), key=lambda i: abs(rr.ratios[i] - rr.value))
            (b, a), right = rr.operands[best], round_half_up(rr.ratios[best], rr.decimals)
            shown, said, suggestion = (rr.cell.text, rr.shown(right), rr.shown(right)) if rr.fraction else \
                (f"{numeral_text(rr.cell.text)}%", format_percent(right), f"{right}%")
            yield _finding(rr.cell.start, rr.cell.end, shown, numeral_text(b.text), numeral_text(a.text), said, suggestion)
    for loose in flat_blocks(ctx):
        for rate in loose.rates:
            if rate.decimals < 1 or in_table(ctx, rate.start):
                continue
            miss = _near_miss(rate, loose.amounts)
            if miss is not None:
                b_q, a_q, exact = miss
                right = round_half_up(exact, rate.decimals)
                yield _finding(rate.start, rate.end, f"{numeral_text(rate.raw)}%", numeral_text(b_q.raw),
                               numeral_text(a_q.raw), format_percent(right), f"{right}%")


def _finding(start: int, end: int, shown: str, b: str, a: str, right: str, suggestion: str = "") -> Finding:
    """``shown`` and ``right`` as the cell writes a rate (86.19% or 0.862)."""
    return Finding(
        start, end, RULE.code, RULE.severity,
        f"执行率填为{shown}，按同表执行数{b}÷预算数{a}＝{right}，进位有误",
        suggestion or right,
    )
