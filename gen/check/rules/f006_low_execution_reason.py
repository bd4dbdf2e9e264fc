"""F006: a 自评表 whose execution rate is below the rule set's threshold, with no reason given."""

from __future__ import annotations

from typing import Iterable

from ...core.numbers import format_score
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ._form_examples import form, sichuan

RULE = Rule(
    code="F006",
    name="low-execution-reason",
    severity="warning",
    summary="预算执行率低于规定比例而未说明原因",
    doc=(
        "有的省份（如四川：预算执行率未达到90%的需说明原因）要求执行率低于一定比例时在表中说明原因。"
        "比例写在评分规则集的 budget.explain_below；全国通用规则未作规定，不检查。原因可写在资金表的“原因”一栏"
        "或“预算执行偏差原因”一行。"
        "例：四川格式的表格，执行率80.00%，“原因”一栏为空。"
    ),
    flag=(sichuan(rate="100 | 80 | 80.00% | 10 | 8 |"),),
    keep=(sichuan(), sichuan(rate="100 | 80 | 80.00% | 10 | 8 | 年底才完成采购，资金于次年初支付"),
          form(budget="100 | 100 | 80 | 10 | 80.00% | 8", total="100 | 98")),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for fc in form_checks(ctx):
        limit = fc.rules.explain_below
        total = fc.form.money.get("total")
        if limit is None or total is None:
            continue
        for label, stated, executed, budget in fc.rates[:1]:
            if stated.value >= limit:
                continue
            if fc.form.reason() is not None:
                continue
            yield Finding(
                stated.cell.start, stated.cell.end, RULE.code, RULE.severity,
                f"{fc.form.grid.where(stated.cell)}：预算执行率{stated.cell.text}低于{format_score(limit)}%，"
                f"按评分规则（{fc.rules.name}）应在“原因”一栏说明",
            )
