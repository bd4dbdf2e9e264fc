"""B004: a 得分 above its 分值, or a budget-execution score that is not rate × 分值."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core.numbers import agrees, format_score, sum_tolerance
from ..context import CheckContext
from ..finding import Finding
from ..forms_find import inside_form
from ..registry import Rule
from ..tables import Number, Row, Table, roles

RULE = Rule(
    code="B004",
    name="table-score",
    severity="error",
    summary="自评表得分超过分值，或预算执行率得分不等于执行率×分值",
    doc=(
        "自评表中每个指标的得分不能超过它的分值。预算执行率（年度资金总额行，或名为预算执行率的指标）"
        "按“执行率×分值”计分（执行率达到100%及以上得满分），按所填得分的小数位数四舍五入或截断后"
        "仍不相等时报错。例：分值10、执行率95%，得分应为9.5，填成10。"
        "合计行（总分）由 B001 核对。识别为自评表（有一级指标、三级指标表头）的表格由 F 规则按评分规则核对，"
        "本规则不再重复报告。"
    ),
    flag=(
        "| 指标 | 分值 | 得分 |\n|---|---|---|\n| 服务对象满意度 | 10 | 12 |",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 100.00 | 95.00 | 10 | 95% | 10 |",
        "指标\t年度指标值\t实际完成值\t分值\t得分\n预算执行率\t≥95%\t88%\t10\t9.5",
        "年度预算数 | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分\n"
        "总额 | 3.36 | 3.36 | 3.00 | 89.29% | 10 | 10",
    ),
    keep=(
        "| 指标 | 分值 | 得分 |\n|---|---|---|\n| 服务对象满意度 | 10 | 9.5 |",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 100.00 | 95.00 | 10 | 95% | 9.5 |",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 100.00 | 102.00 | 10 | 102% | 10 |",
        "指标\t年度指标值\t实际完成值\t分值\t得分\n预算执行率\t≥95%\t98.56%\t10\t9.86",
        # inside a recognised 自评表 the rule set judges the score (F001), not this rule
        "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t预算执行率\t≥95%\t88%\t10\t9.5",
    ),
)

def _one(table: Table, row: Row, role: str) -> Optional[Number]:
    found = [n for c in table.columns_with(role) if (n := row.number(c.index)) is not None and not n.comparator]
    return found[0] if len(found) == 1 else None


def _rate(table: Table, row: Row) -> Optional[Number]:
    """The row's budget execution rate: its rate column, or the actual value of a 预算执行率 indicator."""
    execution_column = any("执行率" in c.header for c in table.columns_with("rate"))
    if not (execution_column or roles().rate_scored_row(row.label)):
        return None
    rate = _one(table, row, "rate")
    if rate is None and "执行率" in row.label:
        rate = _one(table, row, "value")
    return rate if rate is not None and rate.percent else None


def _expected(rate: Number, weight: Number) -> Decimal:
    return min(rate.value, Decimal(100)) / Decimal(100) * weight.value


def check(ctx: CheckContext) -> Iterable[Finding]:
    for table in ctx.tables:
        score_cols = table.columns_with("score")
        if len(score_cols) != 1 or not table.columns_with("weight"):
            continue
        for row in table.body:
            if row.role != "data":
                continue
            score, weight = _one(table, row, "score"), _one(table, row, "weight")
            cell = row.cell(score_cols[0].index)
            if score is None or weight is None or cell is None:
                continue
            if inside_form(ctx, cell.start):
                continue  # a recognised 自评表's scores are the F rules' (F001, F002), by its rule set
            if score.value > weight.value + sum_tolerance([score.decimals, weight.decimals]):
                yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                              f"“{row.label}”的得分{cell.text}超过其分值{format_score(weight.value)}",
                              format_score(weight.value))
                continue
            rate = _rate(table, row)
            if rate is None:
                continue
            expected = _expected(rate, weight)
            # A whole-number score claims an exact one: 10 for 9.5 is wrong, not "rounded".
            if not agrees(score.value, score.decimals or 2, expected):
                shown = format_score(expected)
                yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                              f"“{row.label}”按执行率{format_score(rate.value)}%×分值{format_score(weight.value)}"
                              f"计分应为{shown}，表中为{cell.text}", shown)
