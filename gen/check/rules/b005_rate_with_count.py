"""B005: a rate or satisfaction indicator filled with a head count or other count."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..tables import is_rate_name, roles

RULE = Rule(
    code="B005",
    name="table-rate-with-count",
    severity="warning",
    summary="比率类指标（……率、满意度）填的是人数、户数等计数",
    doc=(
        "指标名为“……率”“满意度”“比例”或位于执行率列的单元格，其指标值、完成值应为百分比；"
        "填了“3500人”“12户”这类带计数单位的数，多为把分子（人数）当作比率填报，读者无法判断是否达标。"
        "例：疫苗接种率 年度指标值≥95% 实际完成值3500人。"
    ),
    flag=(
        "| 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|\n| 国家免疫规划疫苗接种率 | ≥95% | 3500人 |",
        "| 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|\n| 服务对象满意度 | 120人 | 95% |",
    ),
    keep=(
        "| 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|\n| 国家免疫规划疫苗接种率 | ≥95% | 98.2% |",
        "| 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|\n| 接种人数 | ≥3000人 | 3500人 |",
    ),
)

def check(ctx: CheckContext) -> Iterable[Finding]:
    for table in ctx.tables:
        value_cols = {c.index for c in table.columns if c.role in ("target", "value")}
        rate_cols = {c.index for c in table.columns_with("rate")}
        for row in table.body:
            rate_row = is_rate_name(row.label)
            for cell in row.cells:
                n = cell.number
                if n is None or not roles().is_unit("count_units", n.unit):
                    continue
                if cell.col in rate_cols or (rate_row and cell.col in value_cols):
                    what = row.label if rate_row else (table.columns[cell.col].header or "执行率")
                    yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                                  f"“{what}”应为百分比，表中填的是{cell.text}（{n.unit}数）")
