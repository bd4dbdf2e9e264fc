"""B009: a 自评表's 年度资金总额, flattened to text, that its sources contradict."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Optional

from ...core.numbers import format_percent, ratio_percent, round_half_up, sum_agrees
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import FundsBlock, FundsCell, funds_blocks
from ..registry import Rule

RULE = Rule(
    code="B009",
    name="flat-funds-total",
    severity="error",
    summary="自评表（文本中展平的）年度资金总额与其中各来源之和不符，或总额为0",
    doc=(
        "网页或PDF转出的自评表常把表格压成一行文字：表头（年初预算数 全年预算数 全年执行数 分值 执行率 得分）之后是"
        "“年度资金总额”行的数字，再是“其中：当年财政拨款”“上年结转资金”“其他资金”等来源各自的数字。"
        "年度资金总额是各来源之和：总额为0而来源不为0（总额漏填，执行率、得分随之失真），总额小于各来源之和，"
        "或各来源都已填写而合计不等（容差按打印精度，每个带小数的数不到半个末位单位）时报错；"
        "只填了部分来源、而这些来源在预算数一栏恰好等于总额时，它们就是全部来源，执行数一栏也应相等。"
        "只有每行数字的个数与表头相符时才读取，顺序错乱、缺格的展平表格不判断。"
        "例：年度资金总额 0 0 0 10 0 0，其中本年财政拨款 90 89.97 89.97。"
    ),
    flag=(
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额： 0 0 0 10 0 0 "
        "其中：当年财政拨款 120 118.5 118.5 上年结转资金 其他资金 年度总体目标 完成培训任务",
        "全年预算数（A） 全年执行数（B） 2480.36 2391.05 其中：中央财政资金 1200.00 1200.00 省级财政资金 "
        "600.25 598.10 市县财政资金 680.08 592.95 年度资金总额 资金投入情况",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 50 50 45 10 90% 9 "
        "其中：当年财政拨款 40 40 38 上年结转资金 15 15 12 其他资金",
        # the one source filled makes the budget exactly, so it is the whole: its execution must be the total's
        "全年预算数（A） 全年执行数（B） 预算执行率 年度资金总额： 500 432.65 86.53% 其中：中央财政资金 500 432.5 "
        "86.53% 地方财政资金 其他资金",
    ),
    keep=(
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额： 120 120 118.5 10 98.75% 9.88 "
        "其中：当年财政拨款 120 118.5 118.5 上年结转资金 其他资金 年度总体目标 完成培训任务",
        "全年预算数（A） 全年执行数（B） 2480.33 2391.05 其中：中央财政资金 1200.00 1200.00 省级财政资金 "
        "600.25 598.10 市县财政资金 680.08 592.95 年度资金总额 资金投入情况",
        "全年预算数（A） 全年执行数（B） 2480.34 2391.06 其中：中央财政资金 1200.004 1200.004 省级财政资金 "
        "600.254 598.104 市县财政资金 680.084 592.954 年度资金总额",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 60 60 58 10 96.67% 9.67 "
        "其中：当年财政拨款 40 40 38 上年结转资金 其他资金",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 30 30 10 100% 10 其中：当年财政拨款 30 30 "
        "100% 上年结转资金 其他资金",
        "本年收入合计 1,000.00 万元，其中：财政拨款 800.00 万元，上年结转 100.00 万元。",
        "全年预算数（A） 全年执行数（B） 预算执行率 年度资金总额： 500 432.65 86.53% 其中：中央财政资金 500 432.65 "
        "86.53% 地方财政资金 其他资金",
        # the filled source does not make the budget: the blank ones may be unfilled
        "全年预算数（A） 全年执行数（B） 预算执行率 年度资金总额： 520 432.65 83.20% 其中：中央财政资金 500 432.5 "
        "86.52% 地方财政资金 其他资金",
    ),
)

_COLUMN_NAMES = {"budget": "预算数", "actual": "执行数"}


def check(ctx: CheckContext) -> Iterable[Finding]:
    for block in funds_blocks(ctx):
        finding = _judge(block)
        if finding is not None:
            yield finding


def _judge(block: FundsBlock) -> Optional[Finding]:
    """One finding per block, naming every column whose total its sources contradict."""
    zero, wrong = [], []
    closing = _closing_sources(block)
    for col in range(block.amount_columns):
        total = _at(block.total.cells, col)
        parts = [c for s in block.sources if (c := _at(s.cells, col)) is not None]
        if total is None or not parts:
            continue
        summed = sum((c.number.value for c in parts), Decimal(0))  # type: ignore[union-attr]
        if summed == 0:
            continue  # sources left at 0 under a filled total: not filled in, not added up wrongly
        decimals = [total.number.decimals] + [c.number.decimals for c in parts]  # type: ignore[union-attr]
        complete = (block.closed and len(parts) == len(block.sources)) or (block.roles[col] == "actual" and _filled(block, col) in closing)
        if total.number.value == 0 and summed > 0:  # type: ignore[union-attr]
            zero.append(col)
        elif (complete or summed > total.number.value) \
                and not any(sum_agrees(total.number.value, _sum(r), [total.number.decimals, *(c.number.decimals for c in r)])
                            for r in _readings(parts)):  # type: ignore[union-attr]
            # a blank source may be unfilled, so a total above its filled sources passes; below never does
            wrong.append((col, total, parts, summed, max(decimals)))
    cells = [c for c in block.total.cells[:block.amount_columns]]
    start, end = (cells[0].start, cells[-1].end) if cells else (block.total.start, block.total.end)
    name = block.total.label.rstrip("：:") or "年度资金总额"
    if zero:
        return Finding(start, end, RULE.code, RULE.severity,
                       f"自评表“{name}”的{_columns(block, zero)}为0，而其中各来源不为0"
                       f"（{_sources(block, zero[0])}）：总额漏填，执行率和得分随之失真{_rate(block)}")
    if wrong:
        col, total, parts, summed, places = wrong[0]
        shown = format(round_half_up(summed, places), "f")
        if len(parts) == 1:  # the total or its one source: either may be the slip
            return Finding(total.start, parts[0].end, RULE.code, RULE.severity,
                           f"自评表“{name}”的{block.headers[col]}为{total.text}，而唯一填写的来源"
                           f"“{_label(block, parts[0])}”为{parts[0].text}，两者应相同（其他各栏两者一致）")
        return Finding(total.start, total.end, RULE.code, RULE.severity,
                       f"自评表“{name}”的{block.headers[col]}为{total.text}，与其中各来源之和不符"
                       f"（{'＋'.join(c.text for c in parts)}＝{shown}）"
                       + (f"；另有{_columns(block, [c for c, *_ in wrong[1:]])}也不符" if len(wrong) > 1 else ""),
                       shown)
    return None


def _filled(block: FundsBlock, col: int) -> tuple[int, ...]:
    """Which sources have a figure in amount column ``col``."""
    return tuple(i for i, src in enumerate(block.sources) if _at(src.cells, col) is not None)


def _closing_sources(block: FundsBlock) -> set[tuple[int, ...]]:
    """The sets of filled sources that make the total exactly in some amount column. Blank sources there
    are none of the total; filled alike in the 执行数 column, they are its every source there too (a
    budget column is not judged so: a 全年预算数 may be read off a row whose cells a PDF shifted)."""
    out = set()
    for col in range(block.amount_columns):
        total, filled = _at(block.total.cells, col), _filled(block, col)
        parts = [_at(block.sources[i].cells, col) for i in filled]
        if total is not None and filled and total.number.value == _sum(parts) != 0:  # type: ignore[union-attr]
            out.add(filled)
    return out


def _label(block: FundsBlock, cell: FundsCell) -> str:
    row = next(src for src in block.sources if cell in src.cells)
    return re.sub(r"^其中[：:]?", "", row.label).rstrip("：:")


def _sum(cells: list[FundsCell]) -> Decimal:
    return sum((c.number.value for c in cells), Decimal(0))  # type: ignore[union-attr]


def _readings(parts: list[FundsCell]) -> list[list[FundsCell]]:
    """Every source counted once, and also each reading where a run of sources adds up to the
    source just above it (当年财政拨款 then 中央资金, 省级资金 as its unmarked parts): those
    are left out, so that parts printed under their whole are not counted twice."""
    out = [parts]
    for i, head in enumerate(parts):
        for j in range(i + 2, len(parts) + 1):
            run = parts[i + 1:j]
            if sum_agrees(head.number.value, _sum(run),  # type: ignore[union-attr]
                          [head.number.decimals, *(c.number.decimals for c in run)]):  # type: ignore[union-attr]
                out.append(parts[:i + 1] + parts[j:])
    return out


def _at(cells: tuple[FundsCell, ...], col: int) -> Optional[FundsCell]:
    cell = cells[col] if col < len(cells) else None
    return cell if cell is not None and cell.number is not None else None


def _columns(block: FundsBlock, cols: list[int]) -> str:
    return "、".join(block.headers[c] for c in cols)


def _sources(block: FundsBlock, col: int) -> str:
    return "；".join(f"{s.label}：" + "、".join(c.text for c in s.cells[:block.amount_columns])
                    for s in block.sources if _at(s.cells, col) is not None)


def _rate(block: FundsBlock) -> str:
    """The 执行率 the sources give (last budget column over the actual column), when both are there."""
    columns = block.rate_columns()
    if columns is None:
        return ""
    budget, actual = columns
    a = [c.number.value for s in block.sources if (c := _at(s.cells, budget)) is not None]  # type: ignore[union-attr]
    b = [c.number.value for s in block.sources if (c := _at(s.cells, actual)) is not None]  # type: ignore[union-attr]
    rate = ratio_percent(sum(b, Decimal(0)), sum(a, Decimal(0))) if a and b else None
    return "" if rate is None else f"（按各来源，执行率应为{format_percent(rate)}）"
