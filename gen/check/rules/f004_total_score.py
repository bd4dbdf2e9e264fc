"""F004: a 自评表 total that is not the sum of its rows' scores."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core.numbers import agrees, format_score
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ._form_examples import form

RULE = Rule(
    code="F004",
    name="total-score",
    severity="error",
    summary="自评表总分与各项得分之和不符",
    doc=(
        "自评表的总分应等于预算执行率得分与各指标得分之和；有“不适用”的指标（分值之和不足100）时，"
        "按适用各项的得分之和÷其分值之和×100折算。只核对表中写出的数字，"
        "与评分规则无关（得分本身是否正确见 F001）。例：各项得分之和99.5，总分写作95。"
    ),
    flag=(form(total="100 | 95"),),
    keep=(form(), form(training="≥500人 | 400人 | 50 | 40", total="100 | 89.5"),
          form(training="≥500人 | 不适用 | 50 | ", total="100 | 99")),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for fc in form_checks(ctx):
        total = fc.total
        if total is None:
            continue
        scored = [r for r in fc.rows if r.item.applicable]
        if not scored or any(r.score is None for r in scored):
            continue
        earned = sum((r.score.value for r in scored), Decimal(0))
        weight = sum((r.points.value for r in scored), Decimal(0)) if all(r.points for r in scored) else None
        full = fc.rules.total_points
        if weight and weight != full:  # rows dropped (不适用) or missing: the rules rescale to the full points
            expected = earned / weight * full
            how = f"适用各项得分之和{format_score(earned)}÷其分值之和{format_score(weight)}×{format_score(full)}"
        else:
            expected = earned
            how = "预算执行率得分与各指标得分之和"
        if agrees(total.value, total.decimals, expected):
            continue
        yield Finding(
            total.cell.start, total.cell.end, RULE.code, RULE.severity,
            f"{fc.form.grid.where(total.cell)}：总分填写为{total.cell.text}，{how}为{format_score(expected)}",
            format_score(expected),
        )
