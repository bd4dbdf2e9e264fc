"""Whether an indicator reached its target, and the counts of a report's indicators by attainment.

Kept out of :mod:`gen.core.derive` (which holds every other fact) so that each stays a size one
can read; ``derive`` re-exports :func:`attainment`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Optional

from .indicators import LEVEL1
from .model import ReportSpec
from .numbers import ratio_percent
from .targets import Target, parse_target


@dataclass(frozen=True)
class Attainment:
    status: str
    completion: Optional[Decimal]  # actual / target in percent, when both numeric


def attainment(target: Target, actual: Target, far_ratio: Decimal) -> Attainment:
    """Judge an indicator: met, exceeded, far_exceeded, not_met, qualitative, no_target, no_actual, unknown.

    ``no_target``: the data gives no target, so there is nothing to judge the actual value by; the
    draft shows a placeholder for the target and no verdict (an empty text is not a qualitative target)."""
    if not target.text:
        return Attainment("no_target", None)
    if target.qualitative:
        return Attainment("qualitative", None)
    if not actual.text:
        return Attainment("no_actual", None)
    if actual.qualitative or actual.unit != target.unit or target.value is None or actual.value is None:
        return Attainment("unknown", None)
    t, a = target.value, actual.value
    completion = ratio_percent(a, t)
    upper_bound = target.comparator in ("≤", "<")
    if upper_bound:
        ok = a <= t if target.comparator == "≤" else a < t
        if not ok:
            return Attainment("not_met", completion)
        if t > 0 and (t - a) / t * 100 >= far_ratio:
            return Attainment("far_exceeded", completion)
        return Attainment("exceeded" if a < t else "met", completion)
    ok = a > t if target.comparator == ">" else a >= t
    if not ok:
        return Attainment("not_met", completion)
    capped = target.unit == "%" and t >= 100
    if not capped and t > 0 and (a - t) / t * 100 >= far_ratio:
        return Attainment("far_exceeded", completion)
    return Attainment("exceeded" if a > t else "met", completion)


def indicator_facts(spec: ReportSpec, far_ratio: Decimal) -> dict[str, Any]:
    """Each indicator judged, the counts phrases test, and how many of the exceeded ones are ceilings.

    A ceiling (≤ 3个工作日) is bettered by a figure below it: phrases must not say such an
    indicator 超过/高于 its target, nor that its target is 偏低, so the ceilings are counted apart."""
    items = []
    # A task metric of the indicator's name is the same measure: the cause the officer wrote under it
    # is the indicator's cause too (a draft asked for it as 【待补充】 and gave it one paragraph later).
    metric_reasons = {m.name: m.reason for t in spec.tasks for m in t.metrics if m.reason}
    for ind in spec.indicators:
        target = parse_target(ind.target)
        actual = parse_target(ind.actual)
        att = attainment(target, actual, far_ratio)
        reason = ind.reason or (metric_reasons.get(ind.name) if att.status == "not_met" else None)
        items.append({
            "level1": ind.level1, "level2": ind.level2, "name": ind.name, "target": ind.target,
            "period_target": ind.period_target, "actual": ind.actual, "status": att.status,
            "completion": att.completion, "reason": reason, "ceiling": target.comparator in ("≤", "<"),
        })
    counts = {s: sum(1 for i in items if i["status"] == s) for s in
              ("met", "exceeded", "far_exceeded", "not_met", "qualitative", "no_target", "no_actual", "unknown")}
    judged = counts["met"] + counts["exceeded"] + counts["far_exceeded"] + counts["not_met"]
    met = judged - counts["not_met"]
    groups = []
    for l1, l2s in LEVEL1.items():
        for l2 in l2s:
            members = [i for i in items if i["level1"] == l1 and i["level2"] == l2]
            if members:
                groups.append({"level1": l1, "level2": l2, "indicators": members})
    return {
        "indicators": items, "indicator_groups": groups, "indicators_total": len(items),
        "indicators_judged": judged, "indicators_met": met,
        "indicators_exceeded": counts["exceeded"] + counts["far_exceeded"],
        "indicators_far_exceeded": counts["far_exceeded"], "indicators_unmet": counts["not_met"],
        "indicators_exceeded_ceilings": sum(1 for i in items if i["ceiling"] and i["status"] in ("exceeded", "far_exceeded")),
        "indicators_far_exceeded_ceilings": sum(1 for i in items if i["ceiling"] and i["status"] == "far_exceeded"),
        "indicators_qualitative": counts["qualitative"],
        "indicators_no_target": counts["no_target"],
        "no_target_names": [i["name"] for i in items if i["status"] == "no_target"],
        "unmet_names": [i["name"] for i in items if i["status"] == "not_met"],
        "attainment_rate": ratio_percent(met, judged),
    }
