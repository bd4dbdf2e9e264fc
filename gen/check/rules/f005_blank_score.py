"""F005: a scored row of a 自评表 whose 得分 or 实际完成值 is left blank."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..forms_find import forms
from ..registry import Rule
from ._form_examples import form

RULE = Rule(
    code="F005",
    name="blank-score",
    severity="warning",
    summary="自评表中有分值的行未填写得分或实际完成值",
    doc=(
        "自评表中写了分值的指标行，应填写实际完成值和得分；预算执行率一行写了分值的，应填写得分。"
        "空着的表是未完成的自评（公开的表格中常见）。例：指标“发放（缴纳）覆盖率”权重60，完成值、得分均为空。"
    ),
    flag=(form(training="≥500人 | 520人 | 50 | ", total="100 | 49.5"),
          form(training="≥500人 |  | 50 | 50")),
    keep=(form(), form(training="≥500人 | 不适用 | 50 | ", total="100 | 99")),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for f in forms(ctx):
        total = f.money.get("total")
        if total is not None:
            pts, score = total.cells.get("points"), total.cells.get("score")
            if pts is not None and pts.text.strip() and score is not None and not score.text.strip():
                yield _finding(f, total.label, score, f"“{total.label.text}”的得分")
        for row in f.indicators:
            pts = row.cells.get("points")
            if pts is None or not pts.text.strip() or "不适用" in row.text("actual"):
                continue
            name = row.cells["name"]
            for role, what in (("actual", "实际完成值"), ("score", "得分")):
                cell = row.cells.get(role)
                if cell is not None and not cell.text.strip():
                    yield _finding(f, name, cell, f"“{name.text}”的{what}")


def _finding(f, anchor, cell, what: str) -> Finding:
    return Finding(anchor.start, anchor.end, RULE.code, RULE.severity,
                   f"{f.grid.where(cell)}：{what}未填写（该行有分值）")
