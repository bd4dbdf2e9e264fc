"""Data that contradicts itself: refused (errors) or flagged until explained (warnings).

A finance officer signs the report, so a figure that cannot be true together
with another one must not reach the text: parts that by definition make up a
whole (基本支出 = 人员经费 + 日常公用经费; 本年支出 = 基本支出 + 项目支出), a rating
that is not the rating of the score, a score more precise than the scale. Those
are errors. What a real report can legitimately show (more staff in post than
posts, more funds arrived than budgeted) is a warning that names the
explanation field which silences it.

Every problem carries the field location (a pydantic-style tuple), so the
loader can name the file and line, or the workbook sheet, row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Iterator, Optional

from .model import ReportSpec
from .errors import UserError
from .numbers import format_amount, rating_for
from .scales import Scale, rating_scale
from .thresholds import load_thresholds


@dataclass(frozen=True)
class Problem:
    loc: tuple  # field location, e.g. ("finance", "basic_expenditure")
    field: str  # "finance.basic_expenditure（基本支出）": shown to the user
    message: str
    severity: str = "error"  # error (refused, exit 2) or warning (printed; silenced by an explanation)


def _w(v: Decimal) -> str:
    return format_amount(v) + "万元"


def _sum_check(
    loc: tuple, label: str, whole: Optional[Decimal], whole_title: str, parts: Iterable[tuple[str, Optional[Decimal]]],
    tol: Decimal,
) -> Iterator[Problem]:
    """Parts that by definition make up ``whole`` must add up to it (all given)."""
    parts = list(parts)
    if whole is None or any(v is None for _, v in parts):
        return
    total = sum((v for _, v in parts), Decimal(0))
    if abs(total - whole) > tol:
        shown = "＋".join(f"{t}{_w(v)}" for t, v in parts)
        yield Problem(loc, label, f"{shown}＝{_w(total)}，与{whole_title}{_w(whole)}不符（相差{_w(abs(total - whole))}）")


def _finance(spec: ReportSpec, tol: Decimal) -> Iterator[Problem]:
    f = spec.finance
    for prefix, block, title in (("finance", f, ""), ("finance.previous", f.previous, "上年")):
        loc = tuple(prefix.split("."))
        yield from _sum_check(
            loc + ("basic_expenditure",), f"{prefix}.basic_expenditure（{title}基本支出）", block.basic_expenditure,
            f"{title}基本支出", ((f"{title}人员经费", block.personnel), (f"{title}日常公用经费", block.public_costs)), tol,
        )
        yield from _sum_check(
            loc + ("expenditure",), f"{prefix}.expenditure（{title}本年支出）" if not title else f"{prefix}.expenditure（上年支出）",
            block.expenditure, f"{title}本年支出" if not title else "上年支出",
            ((f"{title}基本支出", block.basic_expenditure), (f"{title}项目支出", block.project_expenditure)), tol,
        )
    for attr, total_attr, title, total_title in (
        ("spent", "funds_spent", "支出数", "实际支出资金"), ("arrived", "funds_arrived", "到位数", "实际到位资金"),
    ):
        total = getattr(f, total_attr)
        values = [getattr(s, attr) for s in f.sources]
        if total is not None and values and None not in values and sum(values, Decimal(0)) - total > tol:
            yield Problem(("finance", total_attr), f"finance.sources[].{attr}（分来源{title}）",
                          f"各来源{title}之和{_w(sum(values, Decimal(0)))}超过{total_title}{_w(total)}")
    if f.procurement_planned == 0 and (f.procurement_actual or 0) > 0:
        yield Problem(("finance", "procurement_planned"), "finance.procurement_planned（政府采购计划金额）",
                      "计划为0而实际采购大于0，请核实")
    spent = [p.spent for p in spec.projects]
    if f.expenditure is not None and spent and None not in spent and sum(spent, Decimal(0)) - f.expenditure > tol:
        yield Problem(("projects",), "projects[].spent（项目实际支出）",
                      f"各项目实际支出之和{_w(sum(spent, Decimal(0)))}超过本年支出{_w(f.expenditure)}")


def _overspend(spec: ReportSpec, th: dict) -> Iterator[Problem]:
    f = spec.finance
    if f.expenditure is None or f.overspend_explanation:
        return
    limit = 1 + th["overspend_tolerance"] / 100
    for field, title in (("budget_adjusted", "调整后预算"), ("income", "本年收入")):
        base = getattr(f, field)
        if base is not None and base > 0 and f.expenditure > base * limit:
            yield Problem(
                ("finance", "expenditure"), "finance.expenditure（本年支出）",
                f"{f.expenditure}万元超过{title}{base}万元的{th['overspend_tolerance']}%以上，"
                "请核实或在 finance.overspend_explanation 中说明原因",
            )
            return


def _explained(spec: ReportSpec) -> Iterator[Problem]:
    """What real reports can show, but only with a word of explanation (warnings)."""
    s, f = spec.staffing, spec.finance
    if s.authorized is not None and s.actual is not None and s.actual > s.authorized and not s.explanation:
        yield Problem(("staffing", "actual"), "staffing.actual（实际在岗在编人数）",
                      f"实际在岗在编{s.actual}人多于核定编制{s.authorized}人；如属实，请在 staffing.explanation"
                      "（人员编制情况说明）中说明原因", "warning")
    if f.arrival_explanation:
        return
    if f.funds_arrived is not None and f.budget_adjusted is not None and f.funds_arrived > f.budget_adjusted:
        yield Problem(("finance", "funds_arrived"), "finance.funds_arrived（实际到位资金）",
                      f"实际到位资金{_w(f.funds_arrived)}多于调整后预算{_w(f.budget_adjusted)}；如属实，请在 "
                      "finance.arrival_explanation（资金到位情况说明）中说明原因", "warning")
    for i, src in enumerate(f.sources):
        if src.arrived is not None and src.budget is not None and src.arrived > src.budget:
            yield Problem(("finance", "sources", i, "arrived"), f"finance.sources[{i}].arrived（到位数）",
                          f"“{src.name}”到位数{_w(src.arrived)}多于预算数{_w(src.budget)}；如属实，请在 "
                          "finance.arrival_explanation（资金到位情况说明）中说明原因", "warning")


def _scale(spec: ReportSpec) -> Scale:
    """The bureau's scale; the default when its rule set is unknown (the forms' check says so)."""
    from .derive import scale_of

    try:
        return scale_of(spec)
    except UserError:
        return rating_scale()


def _evaluation(spec: ReportSpec) -> Iterator[Problem]:
    e = spec.evaluation
    scale = _scale(spec)
    if e.score is not None and -e.score.as_tuple().exponent > scale.places:
        yield Problem(("evaluation", "score"), "evaluation.score（自评得分）",
                      f"得分{e.score}的小数位多于评分标准允许的{scale.places}位，请按自评表填写")
        return
    given = None if e.rating is None else scale.canonical(e.rating)
    if e.rating is not None and given is None:
        yield Problem(("evaluation", "rating"), "evaluation.rating（自评等级）",
                      f"“{e.rating}”不是{scale.name}的等级，应为{'、'.join(scale.names())}之一"
                      f"（{scale.describe()}）")
    elif e.score is not None and given is not None and rating_for(e.score, scale.id) != given:
        yield Problem(("evaluation", "rating"), "evaluation.rating（自评等级）",
                      f"等级“{e.rating}”与得分{format(e.score, 'f')}分不符：按{scale.name}（{scale.describe()}），"
                      f"应为“{rating_for(e.score, scale.id)}”")
    for i, p in enumerate(spec.projects):
        if p.score is not None and -p.score.as_tuple().exponent > scale.places:
            yield Problem(("projects", i, "score"), f"projects[{i}].score（项目自评得分）",
                          f"得分{p.score}的小数位多于评分标准允许的{scale.places}位")


def _listed_twice(spec: ReportSpec) -> Iterator[Problem]:
    """One task metric (name and unit) or one indicator (its level and name) listed twice: the report
    would print the same sentence twice, and a second row that differs in value would contradict the first."""
    for t, task in enumerate(spec.tasks):
        seen: dict = {}
        for m, metric in enumerate(task.metrics):
            first = seen.setdefault((metric.name, metric.unit), m)
            if first != m:
                yield Problem(("tasks", t, "metrics", m, "name"), f"tasks[{t}].metrics[{m}].name（任务指标名称）",
                              f"任务“{task.name}”的指标“{metric.name}”与第{first + 1}项同名、同单位，重复列出；"
                              "请合并为一项")
    seen = {}
    for i, ind in enumerate(spec.indicators):
        first = seen.setdefault((ind.level2, ind.name), i)
        if first != i:
            yield Problem(("indicators", i, "name"), f"indicators[{i}].name（三级指标）",
                          f"{ind.level2}“{ind.name}”与第{first + 1}项重复列出；请合并为一项")


def problems(spec: ReportSpec) -> list[Problem]:
    """Every contradiction in ``spec``, errors and warnings, in a fixed order."""
    th = load_thresholds()
    tol = th["parts_tolerance"]
    return [*_finance(spec, tol), *_overspend(spec, th), *_evaluation(spec), *_listed_twice(spec), *_explained(spec)]
