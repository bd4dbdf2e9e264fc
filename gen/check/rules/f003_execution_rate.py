"""F003: an 执行率 in a 自评表 that is not 全年执行数 ÷ 全年预算数."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core.numbers import agrees, round_half_up
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ._form_examples import form

RULE = Rule(
    code="F003",
    name="execution-rate",
    severity="error",
    summary="自评表中的执行率不等于全年执行数÷全年预算数",
    doc=(
        "自评表“执行率（B/A）”一栏应等于同一行的全年执行数（B）除以全年预算数（A）。"
        "按填写的小数位比较（四舍五入或截断后一致即可）。例：A=100、B=95，执行率写作90.00%。"
    ),
    flag=(form(budget="100 | 100 | 95 | 10 | 90.00% | 9.5"),),
    keep=(form(), form(budget="100 | 300 | 299 | 10 | 99.67% | 9.97", total="100 | 99.97"),
          form(budget="100 | 300 | 299 | 10 | 99.66% | 9.96", total="100 | 99.96")),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for fc in form_checks(ctx):
        for label, stated, executed, budget in fc.rates:
            if budget <= 0:
                continue
            exact = executed / budget * Decimal(100)
            if agrees(stated.value, stated.decimals, exact):
                continue
            right = round_half_up(exact, max(stated.decimals, 2))
            yield Finding(
                stated.cell.start, stated.cell.end, RULE.code, RULE.severity,
                f"{fc.form.grid.where(stated.cell)}：“{label}”执行率填写为{stated.cell.text}，"
                f"全年执行数÷全年预算数＝{executed}÷{budget}＝{right}%",
                f"{right}%",
            )
