"""N019: a budget-execution score in a funds table flattened to text that is not 执行率 × 分值."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional, Protocol

from ...core.numbers import agrees, format_score, round_half_up
from ...core.quantities import Quantity, numeral_text
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import FundsBlock, FundsCell, FundsRow, funds_blocks
from ..flat_rates import row_rates
from ..flat_tables import FlatBlock, flat_blocks, in_table
from ..glued_funds import glued_rows
from ..registry import Rule

RULE = Rule(
    code="N019",
    name="flattened-score",
    severity="error",
    summary="被拆散成文字的资金表中，预算执行率得分不等于执行率×分值",
    doc=(
        "从PDF或网页复制的自评表，表头“……分值 执行率 得分”（或“执行率 权重 得分”）后面跟着数字。"
        "表头写明了这三栏的次序、而数字中恰好有按这个次序紧挨着的“分值 执行率 得分”三个数时，"
        "按“执行率×分值”（执行率100%及以上得满分）核对得分：例如“10 99% 9”应为9.9分。"
        "中间隔着文字或空格（空单元格）时不判断；得分超过分值的不是这一栏，不判断。"
        "能读出行列的表格见 B004，自评表见 F001。"
    ),
    flag=(
        "年初预算数（万元） 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9",
        "年初预算\n调整后预算数\n预算执行数\n预算执行率\n权重\n得分\n总额\n300.00\n300.00\n279.00\n93.00%\n10\n10\n",
        # rows that fit the header: the total row's 分值, 执行率 and 得分 cells by their columns
        "全年预算数（A） 全年执行数（B） 执行率 分值 得分 年度资金总额 60.00 54.00 90% 10 10 其中：财政拨款 60.00 54.00 "
        "90% 其他资金 绩效指标",
        # a row printed without blanks: 60.00 | 60.00 | 45.00 | 10 | 75% | 10
        "全年预算数全年执行数分值执行率得分年度资金总额60.0060.0045.001075%10其中:财政拨款",
    ),
    keep=(
        "年初预算数（万元） 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9.9",
        "全年预算数（A） 全年执行数（B） 执行率 分值 得分 年度资金总额 60.00 54.00 90% 10 9 其中：财政拨款 60.00 54.00 "
        "90% 其他资金 绩效指标",
        # a score that follows the row's true B/A (the printed rate is N015's or B003's)
        "全年预算数（A） 全年执行数（B） 执行率 分值 得分 年度资金总额 60.00 54.30 90.49% 10 9.05 其中：财政拨款 60.00 "
        "54.30 90.50% 其他资金 绩效指标",
        "年初预算数（万元） 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99.10% 9.91",
        "年初预算\n调整后预算数\n预算执行数\n预算执行率\n权重\n得分\n总额\n300.00\n300.00\n279.00\n93.00%\n10\n9.3\n",
        # an empty score cell: the next figure is not the score
        "年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n总额 |\n300.00 |\n300.00 |\n279.00 |\n"
        "93.00% |\n10 |\n|\n1 |\n",
        "全年预算数全年执行数分值执行率得分年度资金总额60.0060.0045.001075%7.5其中:财政拨款",
    ),
)

class Figure(Protocol):
    """A figure as both readings give it: a loose Quantity or a row's cell Number."""

    value: Decimal
    decimals: int
    unit: str


_BLANKS = str.maketrans("", "", " \t\u3000")
_CELL_GAPS = ("", "|", "\n", "|\n")  # what may separate two adjacent cells, blanks removed


def _order(roles: tuple[str, ...]) -> str:
    """"WRS" (分值 执行率 得分) or "RWS" (执行率 权重 得分), from the header's column roles; "" otherwise."""
    spots = {k: roles.index(role) for k, role in (("W", "weight"), ("R", "rate"), ("S", "score")) if role in roles}
    order = "".join(sorted(spots, key=spots.get)) if len(spots) == 3 else ""
    return order if order in ("WRS", "RWS") else ""


def _adjacent(text: str, run: list[Quantity]) -> bool:
    """No words and no empty cell between the figures: only blanks, one | and one line break."""
    return all(text[a.end:b.start].translate(_BLANKS) in _CELL_GAPS for a, b in zip(run, run[1:]))


def _triples(text: str, block: FlatBlock, order: str) -> Iterable[tuple[Quantity, Quantity, Quantity]]:
    figs = block.figures
    for i, q in enumerate(figs):
        if q.unit != "%":
            continue
        run = figs[i - 1:i + 2] if order == "WRS" else figs[i:i + 3]
        if len(run) == 3 and (order != "WRS" or i >= 1) and _adjacent(text, list(run)):
            w, s = (run[0], run[2]) if order == "WRS" else (run[1], run[2])
            yield w, q, s


def _derived(block: FlatBlock, triple: tuple[Quantity, ...]) -> list[Decimal]:
    """B/A of every pair of the block's amounts (not the weight or score themselves): a score
    may follow the true rate when the printed one is slightly wrong (N015 reports that)."""
    out = []
    amounts = [a for a in block.amounts if all(a is not t for t in triple)]
    for a in amounts:
        for b in amounts:
            if a is not b and a.value > 0 and b.unit == a.unit and b.value <= 2 * a.value:
                out.append(b.value / a.value * Decimal(100))
    return out


def _wrong(w: Figure, r: Figure, s: Figure, derived: Iterable[Decimal]) -> Optional[Decimal]:
    if w.unit not in ("", "分") or s.unit not in ("", "分") or w.decimals or not 0 < w.value <= 100:
        return None
    if s.value > w.value:
        return None  # not this row's score
    expected = min(r.value, Decimal(100)) / Decimal(100) * w.value
    rates = [r.value, *(x for x in derived if abs(x - r.value) <= 1)]  # the printed rate, or B/A near it
    if any(agrees(s.value, s.decimals or 2, min(x, Decimal(100)) / Decimal(100) * w.value) for x in rates):
        return None
    return expected


def check(ctx: CheckContext) -> Iterable[Finding]:
    """Rows read from the header (flat_funds.py) whose cells fill every column; where no row layout
    fits, adjacent 分值 执行率 得分 figures in the header's order in the block's loose bag (flat_tables.py)."""
    for block in funds_blocks(ctx):
        for row, (w, r, s) in _filled_rows(block):
            if in_table(ctx, s.start):
                continue
            rates = next((rr.ratios for rr in row_rates(block) if rr.row is row), ())
            expected = _wrong(w.number, r.number, s.number, rates)  # type: ignore[arg-type]
            if expected is not None:
                yield _finding(s.start, s.end, numeral_text(r.text), numeral_text(w.text), numeral_text(s.text), expected)
    for loose in flat_blocks(ctx):
        order = _order(loose.roles)
        for wq, rq, sq in _triples(ctx.text, loose, order) if order else ():
            if in_table(ctx, sq.start):
                continue
            expected = _wrong(wq, rq, sq, _derived(loose, (wq, sq)))
            if expected is not None:
                yield _finding(sq.start, sq.end, numeral_text(rq.raw), numeral_text(wq.raw), numeral_text(sq.raw), expected)
    for row in glued_rows(ctx):  # a total row printed without a blank between its figures (glued_funds.py)
        expected = _wrong(row.weight, row.rate, row.score, (row.true_rate,))
        if expected is not None:
            yield _finding(row.score.start, row.score.end, row.rate.raw, row.weight.raw, row.score.raw, expected)


def _filled_rows(block: FundsBlock) -> Iterable[tuple[FundsRow, tuple[FundsCell, FundsCell, FundsCell]]]:
    """Rows with a figure in each of the 分值, 执行率 and 得分 columns (a percentage in the rate's)."""
    if not all(role in block.roles for role in ("weight", "rate", "score")):
        return
    cols = [block.roles.index(role) for role in ("weight", "rate", "score")]
    for row in (block.total, *block.sources):
        if len(row.cells) == len(block.roles):
            w, r, s = (row.cells[c] for c in cols)
            if w.number is not None and s.number is not None and r.number is not None and r.number.percent:
                yield row, (w, r, s)


def _finding(start: int, end: int, rate: str, weight: str, score: str, expected: Decimal) -> Finding:
    shown = format_score(round_half_up(expected, 2))
    return Finding(start, end, RULE.code, RULE.severity, f"执行率{rate}%×分值{weight}应得{shown}分，表中为{score}", shown)
