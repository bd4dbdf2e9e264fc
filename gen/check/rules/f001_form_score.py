"""F001: a 得分 in a 自评表 that the scoring rules do not give."""

from __future__ import annotations

from typing import Iterable

from ...core.numbers import format_score
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ._form_examples import form

RULE = Rule(
    code="F001",
    name="form-score",
    severity="error",
    summary="自评表中的得分与评分规则不符",
    doc=(
        "按评分规则集（glossary/scoring/，按表格样式识别：全国通用、四川、湖北）重算自评表每一行的得分："
        "预算执行率得分＝执行率（超过100%按100%计）×分值；正向定量指标＝实际完成值÷年度指标值×分值，"
        "反向指标（≤）＝年度指标值÷实际完成值×分值，均不超过分值；定性指标的得分应落在所属档次的区间内。"
        "填写的得分与之不符（按填写的小数位比较）时在该单元格报错；预算执行率得分写成整数时视为精确值"
        "（执行率95%、分值10，得分写10不是四舍五入，而是错填满分）。"
        "例：年度指标值≥500人、实际完成400人、分值50，得分应为40，表中写50。"
    ),
    flag=(
        form(training="≥500人 | 400人 | 50 | 50", total="100 | 99.5"),
        form(budget="100 | 100 | 80 | 10 | 80.00% | 10", total="100 | 100"),
        form(budget="100 | 100 | 95 | 10 | 95.00% | 10", total="100 | 100"),
    ),
    keep=(
        form(),
        form(training="≥500人 | 400人 | 50 | 40", total="100 | 89.5"),
        form(budget="100 | 100 | 100 | 10 | 100.00% | 10", total="100 | 100"),
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for fc in form_checks(ctx):
        for n, row in enumerate(fc.rows):
            given, item = row.score, row.item
            if given is None or not item.applicable or item.score is None:
                continue
            if item.points is not None and given.value > item.points:
                continue  # F002 reports a score above the points
            # rows[0] is budget execution (forms_eval): a whole-number score there claims an
            # exact one, so 10 for 95% × 10 = 9.5 is a wrong full mark, not a rounding
            decimals = (given.decimals or 2) if n == 0 else given.decimals
            if item.accepts(given.value, decimals):
                continue
            if item.band is not None:
                low = format_score(item.points * item.band.low / 100)
                high = format_score(item.points * item.band.high / 100)
                want, suggestion = f"{low}至{high}分", None
            else:
                want = f"{format_score(item.shown)}分"
                suggestion = format_score(item.shown)
            yield Finding(
                given.cell.start, given.cell.end, RULE.code, RULE.severity,
                f"{fc.form.grid.where(given.cell)}：“{row.label}”得分填写为{given.cell.text}，"
                f"按评分规则（{fc.rules.name}）应为{want}（{item.method}）",
                suggestion,
            )
