"""Which changes and deviations need a cause the data does not give.

A year-on-year change above ``yoy_reason_pct`` (glossary/thresholds.yaml), spending
above the budget or income, low execution, slow spending to September, low procurement, an unmet or
far-exceeded indicator, an unmet task metric: each needs its reason
("主要原因是…"). Without it the report gets a placeholder and ``generate`` a
warning naming the field; a stock cause is never written.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from .model import ReportSpec
from .numbers import format_percent


def metric_met(m: Any) -> Optional[bool]:
    """Whether a task metric reached its target (None without both figures)."""
    if m.target is None or m.actual is None:
        return None
    if m.comparator == "≤":
        return m.actual <= m.target
    if m.comparator == "=":
        return m.actual == m.target
    return m.actual >= m.target


# (fact of the change in percent, fact of its reason, field to fill, what changed)
_YOY_REASONS = (
    ("income_change_pct", "reason_income", "finance.reasons.income", "本年收入较上年变动"),
    ("expenditure_change_pct", "reason_expenditure", "finance.reasons.expenditure", "本年支出较上年变动"),
    ("basic_expenditure_change_pct", "reason_basic", "finance.reasons.basic_expenditure", "基本支出较上年变动"),
    ("personnel_change_pct", "reason_personnel", "finance.reasons.personnel", "人员经费较上年变动"),
    ("project_expenditure_change_pct", "project_change_reasons", "finance.project_change_reasons", "项目支出较上年变动"),
    ("public_costs_change_pct", "public_change_reasons", "finance.public_change_reasons", "日常公用经费较上年变动"),
)


def shared_reason(spec: ReportSpec, m: Any) -> Optional[str]:
    """A task metric's cause, or that of an indicator of the same name when the metric missed its target.

    An indicator and a task metric of one name are the same measure: the officer writes the cause once,
    under either (the indicator's use of a metric's cause is :func:`gen.core.attainment.indicator_facts`)."""
    if m.reason or metric_met(m) is not False:
        return m.reason
    return next((i.reason for i in spec.indicators if i.name == m.name and i.reason), None)


def basic_change_told(spec: ReportSpec, facts: dict[str, Any]) -> bool:
    """Whether the basic spending's change is the whole spending's, already told (the fact ``basic_change_told``).

    A bureau with no project spending either year (a 残联 whose spending is all basic) has one change: an
    outline that states the spending's change (it needs ``finance.expenditure``) said "本年增加67.55万元，
    增长12.72%" and asked its cause, and the basic-spending paragraph said the same figures and asked
    again. The basic paragraph then states the amount only, and the one cause is asked once.
    """
    f = spec.finance
    return (facts["expenditure_change_pct"] is not None and f.basic_expenditure == f.expenditure
            and f.previous.basic_expenditure == f.previous.expenditure
            and spec.outline.needs_field("finance.expenditure"))


def overspent_base(spec: ReportSpec) -> Optional[str]:
    """What this year's spending exceeds (调整后预算 first, else 本年收入), or None (the fact ``overspend_base``).

    Any excess needs its cause (上年结转资金, 追加预算 …): the draft states both figures, and a
    reader asks why more was spent than there was; the data's explanation or a placeholder says.
    """
    f = spec.finance
    if f.expenditure is None:
        return None
    if f.budget_adjusted is not None and f.expenditure > f.budget_adjusted:
        return "调整后预算"
    return "本年收入" if f.income is not None and f.expenditure > f.income else None


def reasons_missing(spec: ReportSpec, facts: dict[str, Any], th: dict[str, Decimal]) -> list[dict[str, str]]:
    """Changes and deviations above their thresholds whose reason the data does not give.

    Each entry names the field to fill (``field``), its title and what needs
    explaining (``what``); templates print a placeholder for it and
    ``generate`` warns. A stock cause is never written instead.
    """
    out = []
    for pct, reason, field, what in _YOY_REASONS:
        if reason == "reason_basic" and facts["basic_change_told"]:
            continue
        if facts[pct] is not None and facts[pct] >= th["yoy_reason_pct"] and not facts[reason]:
            out.append({"field": field, "what": f"{what}{format_percent(facts[pct])}的原因"})
    over = facts["overspend_base"]
    if over and not spec.finance.overspend_explanation:
        out.append({"field": "finance.overspend_explanation", "what": f"本年支出超过{over}的原因"})
    if facts["cond_low_execution"] and not facts["reason_execution"]:
        out.append({"field": "finance.reasons.execution", "what": f"{facts['main_rate_name']}偏低的原因"})
    if facts["cond_q3_low"] and not facts["reason_q3"]:
        out.append({"field": "finance.reasons.q3_progress", "what": "截至9月底支出进度偏慢的原因"})
    if facts["cond_procurement_low"] and not facts["reason_procurement"]:
        out.append({"field": "finance.reasons.procurement", "what": "政府采购执行率偏低的原因"})
    for i, ind in enumerate(facts["indicators"]):
        if ind["status"] in ("not_met", "far_exceeded") and not ind["reason"]:
            gap = "未完成" if ind["status"] == "not_met" else "大幅超额完成"
            out.append({"field": f"indicators[{i}].reason", "what": f"指标“{ind['name']}”{gap}的原因"})
    for i, t in enumerate(spec.tasks):
        for j, m in enumerate(t.metrics):
            if m.target is not None and m.actual is not None and metric_met(m) is False and not shared_reason(spec, m):
                out.append({"field": f"tasks[{i}].metrics[{j}].reason", "what": f"任务指标“{m.name}”未完成的原因"})
    return out
