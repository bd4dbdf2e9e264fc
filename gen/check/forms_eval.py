"""Recomputing a recognised 自评表 by its rule set: what each F rule compares.

One evaluation per file (memoised): every 得分 and 执行率 cell read with its
printed precision, and the scores the rule set gives for the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional

from ..core.forms.grid import GridCell
from ..core.forms.parse import ParsedForm
from ..core.quantities import parse_number
from ..core.scoring import FormScore, ItemScore, RuleSet, rule_set, score_budget, score_form
from .forms_find import forms, rule_set_name


@dataclass(frozen=True)
class Number:
    cell: GridCell
    value: Decimal
    decimals: int


@dataclass
class Row:
    """One scored row of a form: budget execution or an indicator."""

    label: str
    item: ItemScore
    points: Optional[Number]
    score: Optional[Number]


@dataclass
class FormCheck:
    form: ParsedForm
    rules: RuleSet
    rows: list[Row] = field(default_factory=list)
    rates: list[tuple[str, Number, Decimal, Decimal]] = field(default_factory=list)  # label, stated, B, A
    total: Optional[Number] = None
    result: Optional[FormScore] = None


def number(cell: Optional[GridCell], unit: str = "") -> Optional[Number]:
    """A figure in a cell (thousands separators, a trailing unit such as 分, %, 万元 allowed)."""
    if cell is None or cell.start < 0:
        return None
    raw = cell.text.strip().replace(",", "")
    for u in (unit, "万元", "分"):
        if u and raw.endswith(u):
            raw = raw[: -len(u)].strip()
    parsed = parse_number(raw) if raw and len(raw) <= 30 else None
    if parsed is None:
        return None
    return Number(cell, parsed[0], parsed[1])


@dataclass(frozen=True)
class _Ind:
    level1: str
    name: str
    target: str
    actual: Optional[str]
    points: Optional[Decimal]
    score: Optional[Decimal] = None


def _check_form(form: ParsedForm, rs: RuleSet) -> FormCheck:
    fc = FormCheck(form, rs)
    total = form.money.get("total")
    money = {k: number(total.cells.get(k)) if total else None for k in ("full_year", "executed", "points", "score")}
    for role, row in form.money.items():
        a, b, rate = number(row.cells.get("full_year")), number(row.cells.get("executed")), number(row.cells.get("rate"), "%")
        if a is not None and b is not None and rate is not None:
            fc.rates.append((row.label.text, rate, b.value, a.value))
    inds = []
    for row in form.indicators:
        pts = number(row.cells.get("points"))
        inds.append(_Ind(row.level1, row.text("name"), row.text("target"), row.text("actual") or None,
                         pts.value if pts else None))
    full_year = money["full_year"].value if money["full_year"] else None
    executed = money["executed"].value if money["executed"] else None
    budget_points = money["points"].value if money["points"] else None
    budget = score_budget(rs, full_year, executed, budget_points)
    fc.rows.append(Row("预算执行率", budget, money["points"], money["score"]))
    if inds and all(i.points is not None for i in inds):
        fc.result = score_form(rs, inds, full_year, executed, budget_points)
        for row, item in zip(form.indicators, fc.result.indicators):
            fc.rows.append(Row(row.text("name"), item, number(row.cells.get("points")), number(row.cells.get("score"))))
    fc.total = number(form.total_score)
    return fc


def form_checks(ctx: Any) -> list[FormCheck]:
    """Every form in the file, recomputed by the rule set its layout implies."""
    def compute(c: Any) -> list[FormCheck]:
        found = forms(c)
        if not found:
            return []
        rs = rule_set(rule_set_name(c))
        return [_check_form(f, rs) for f in found]

    return ctx.memo("form_checks", compute)
