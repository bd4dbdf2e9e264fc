"""F002: a 得分 in a 自评表 larger than the row's 分值."""

from __future__ import annotations

from typing import Iterable

from ...core.numbers import format_score
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ._form_examples import form

RULE = Rule(
    code="F002",
    name="score-over-points",
    severity="error",
    summary="自评表中的得分超过分值",
    doc=(
        "自评表每一行的得分不能超过该行的分值（超额完成的指标也只得满分）。"
        "例：分值50的指标填写得分55。"
    ),
    flag=(form(training="≥500人 | 600人 | 50 | 55", total="100 | 104.5"),),
    keep=(form(), form(training="≥500人 | 600人 | 50 | 50")),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for fc in form_checks(ctx):
        for row in fc.rows:
            given, points = row.score, row.points
            if given is None or points is None or given.value <= points.value:
                continue
            yield Finding(
                given.cell.start, given.cell.end, RULE.code, RULE.severity,
                f"{fc.form.grid.where(given.cell)}：“{row.label}”得分{given.cell.text}超过分值{points.cell.text}",
                format_score(points.value),
            )
