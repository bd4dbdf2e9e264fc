"""F009: a 自评表 whose rows' 分值 do not add up to the 分值 of its total row."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core.numbers import format_score
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks, number
from ..registry import Rule
from ._form_examples import form

RULE = Rule(
    code="F009",
    name="points-total",
    severity="warning",
    summary="自评表各项分值之和与总分的分值不符",
    doc=(
        "预算执行率的分值与各指标分值之和应等于总分一行的分值（通常为100）。分值漏加或多加时，"
        "总分就不是百分制，等级也随之失真。例：10＋50＋30＋10＝100，总分一行却写110。"
    ),
    flag=(form(total="110 | 99.5"), form(training="≥500人 | 520人 | 45 | 45", total="100 | 94.5")),
    keep=(form(), form(training="≥500人 | 不适用 | 50 | ", total="100 | 99")),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for fc in form_checks(ctx):
        stated = number(fc.form.total_points)
        rows = [r for r in fc.rows if r.points is not None]
        if stated is None or not rows or len(rows) != len(fc.rows):
            continue
        summed = sum((r.points.value for r in rows), Decimal(0))
        if summed == stated.value:
            continue
        yield Finding(
            stated.cell.start, stated.cell.end, RULE.code, RULE.severity,
            f"{fc.form.grid.where(stated.cell)}：总分的分值为{stated.cell.text}，"
            f"预算执行率与各指标的分值之和为{format_score(summed)}",
            format_score(summed),
        )
