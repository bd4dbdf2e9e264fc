"""F007: a text cell of a 自评表 longer than the rule set allows."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ._form_examples import form, sichuan

RULE = Rule(
    code="F007",
    name="text-limit",
    severity="warning",
    summary="自评表文字栏目超过规定字数",
    doc=(
        "有的省份规定自评表文字栏目的字数上限（如四川：原因、未完成原因分析100字以内）。"
        "上限写在评分规则集的 text_limits（deviation：偏差原因/未完成原因分析；budget_reason：预算执行原因；"
        "conclusion：评价结论、存在问题、改进措施）；"
        "全国通用规则未作规定，不检查。"
    ),
    flag=(sichuan(deviation="因" * 101), sichuan() + "| 评价结论 | " + "好" * 201 + " | | | | | | | | | |\n"),
    keep=(sichuan(deviation="因" * 100), sichuan() + "| 评价结论 | " + "好" * 200 + " | | | | | | | | | |\n", form()),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for fc in form_checks(ctx):
        limits = fc.rules.text_limits
        cells = []
        if "deviation" in limits:
            cells += [(r.cells.get("deviation"), limits["deviation"], f"“{r.text('name')}”的偏差原因") for r in fc.form.indicators]
        if "budget_reason" in limits:
            cells.append((fc.form.reason(), limits["budget_reason"], "预算执行原因"))
        if "conclusion" in limits:
            cells += [(c, limits["conclusion"], "评价结论、存在问题或改进措施") for c in fc.form.conclusions]
        for cell, limit, what in cells:
            if cell is None or cell.start < 0:
                continue
            n = len("".join(cell.text.split()))
            if n > limit:
                yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                              f"{fc.form.grid.where(cell)}：{what}共{n}字，超过{limit}字的上限（{fc.rules.name}）")
