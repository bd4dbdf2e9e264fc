"""B006: a unit of money (元/万元) over figures that are percentages."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..tables import is_rate_name, roles

RULE = Rule(
    code="B006",
    name="table-unit-mismatch",
    severity="warning",
    summary="计量单位写金额（元、万元），指标值却是百分比",
    doc=(
        "自评表“计量单位”列写元、万元，而同一行的指标值、完成值是百分比，或指标名是“……率”；"
        "以及表头注明“（万元）”“（元）”的列里填了百分比。单位与数值不符，读者无法判断指标含义。"
        "例：预算执行率 单位：万元 指标值：≥95%。"
    ),
    flag=(
        "| 三级指标 | 计量单位 | 年度指标值 | 实际完成值 |\n|---|---|---|---|\n| 预算执行率 | 万元 | ≥95% | 98% |",
        "| 项目 | 金额（万元） |\n|---|---|\n| 人员经费 | 550.11 |\n| 执行进度 | 95% |",
    ),
    keep=(
        "| 三级指标 | 计量单位 | 年度指标值 | 实际完成值 |\n|---|---|---|---|\n| 预算执行率 | % | ≥95% | 98% |",
        "| 三级指标 | 计量单位 | 年度指标值 | 实际完成值 |\n|---|---|---|---|\n| 专项资金 | 万元 | 100 | 100 |",
    ),
)

def check(ctx: CheckContext) -> Iterable[Finding]:
    for table in ctx.tables:
        unit_cols = [c.index for c in table.columns_with("unit")]
        value_cols = {c.index for c in table.columns if c.role in ("target", "value")}
        for row in table.body:
            for col in unit_cols:
                cell = row.cell(col)
                if cell is None or not roles().is_unit("money_units", cell.text):
                    continue
                percents = [c for c in row.cells if c.col in value_cols and c.number is not None and c.number.percent]
                if percents or is_rate_name(row.label):
                    yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                                  f"“{row.label}”的计量单位为“{cell.text}”，但"
                                  + ("指标值是百分比" if percents else "该指标是比率"), "%")
            for cell in row.cells:
                column = table.columns[cell.col] if cell.col < len(table.columns) else None
                if column is None or not roles().is_unit("money_units", column.unit) or cell.number is None:
                    continue
                if "%" in cell.text or "％" in cell.text:
                    yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                                  f"“{column.header}”列的单位是{column.unit}，“{row.label}”却填了百分比{cell.text}")
