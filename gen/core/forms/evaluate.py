"""Compute or check the scores a data file's 自评表 carries, at load time.

``evaluation.score`` may be omitted (then it is computed from the indicators,
their 分值 and the budget columns by the rule set) or given (then it is
checked, and a difference is an error naming the field and listing every
row's computed score). Data without a form (no ``forms`` block, no indicator
分值 or 得分) is left exactly as it was.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from ..errors import UserError
from ..numbers import agrees, format_score
from ..scoring import NO_TARGET, FormScore, RuleSet, describe, rule_set, rule_sets, score_form


def _decimals(value: Decimal) -> int:
    exp = value.as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def _dept_form(spec: Any) -> bool:
    """Whether the data fills in the 部门整体 form: indicator 分值/得分, or its budget columns."""
    scored = any(i.points is not None or i.score is not None for i in spec.indicators)
    funded = spec.forms is not None and spec.forms.funds.total.full_year is not None
    return bool(spec.indicators) and (scored or funded)


def _uses_forms(spec: Any) -> bool:
    return spec.forms is not None or _dept_form(spec)


def _rows_problems(result: FormScore, indicators: list, funds: Any, prefix: str, rs: RuleSet,
                   funds_prefix: Optional[str] = None) -> list[str]:
    """Given 得分 cells that the rules do not give (fields: ``prefix``indicators[n], ``funds_prefix``funds)."""
    funds_prefix = prefix if funds_prefix is None else funds_prefix
    out = []
    if funds is not None and funds.score is not None and result.budget is not None and result.budget.applicable:
        if not result.budget.accepts(funds.score, _decimals(funds.score)):
            out.append(f"字段 {funds_prefix}funds.score（预算执行率得分）：填写{format_score(funds.score)}分，"
                       f"按评分规则（{rs.name}）应为{format_score(result.budget.shown)}分（{result.budget.method}）")
    for n, (ind, item) in enumerate(zip(indicators, result.indicators)):
        if ind.score is None or not item.applicable or item.method.endswith("采用表中填写的得分"):
            continue
        if not item.accepts(ind.score, _decimals(ind.score)):
            want = (f"{format_score(item.points * item.band.low / 100)}至{format_score(item.points * item.band.high / 100)}分"
                    if item.band else f"{format_score(item.shown)}分") if item.score is not None else "无法计算"
            out.append(f"字段 {prefix}indicators[{n}].score（得分）：“{ind.name}”填写{format_score(ind.score)}分，"
                       f"按评分规则（{rs.name}）应为{want}（{item.method}）")
    return out


def _total_problem(result: FormScore, given: Optional[Decimal], field: str, prefix: str) -> list[str]:
    """The total given (or to be computed) against the rules; when it cannot be computed, which rows stop it."""
    if result.total_exact is None:
        if given is not None:
            return []  # nothing to compare with: the row messages say what is missing
        unscored = [(n, item) for n, item in enumerate(result.indicators) if item.applicable and item.score is None]
        if unscored and all(item.method == NO_TARGET for _, item in unscored):
            return []  # the targets are missing data: the draft shows their placeholders and no total
        missing = [f"{prefix}indicators[{n}].{'target' if item.method == NO_TARGET else 'actual'}（“{item.label}”：{item.method}）"
                   for n, item in unscored]
        return [f"字段 {field}：未填写，且无法按评分规则计算：" + "；".join(missing)] if missing else []
    if given is None or result.accepts_total(given, _decimals(given)):
        return []
    low, high = result.total_range()  # type: ignore[misc]
    allowed = f"（定性指标按档次计分，总分可在{format_score(low)}至{format_score(high)}分之间）" if low != high else ""
    return [f"字段 {field}：填写{format_score(given)}分，按评分规则计算应为{format_score(result.total)}分{allowed}。各项计算得分："
            + "；".join(describe(result))]


_MONEY = (("initial", "年初预算数"), ("full_year", "全年预算数"), ("executed", "全年执行数"))


def funds_problems(funds: Any, prefix: str) -> list[str]:
    """年度资金总额 below the sum of its sources (当年财政拨款 + 上年结转资金 + 其他资金), column by column."""
    out = []
    for attr, title in _MONEY:
        total = getattr(funds.total, attr)
        parts = [getattr(getattr(funds, src), attr) for src in ("fiscal", "carryover", "other")]
        given = [p for p in parts if p is not None]
        if total is None or not given:
            continue
        whole = sum(given, Decimal(0))
        if whole > total:
            out.append(f"字段 {prefix}funds.total.{attr}（年度资金总额·{title}）：{format_score(total)}万元，"
                       f"小于其中各来源之和{format_score(whole)}万元")
    return out


def apply_forms(spec: Any) -> Any:
    """The spec with ``evaluation.score`` computed when omitted; UserError for scores the rules contradict."""
    if not _uses_forms(spec):
        return spec
    forms = spec.forms
    name = forms.rule_set if forms is not None else None
    if name is not None and name not in rule_sets():
        raise UserError(f"字段 forms.rule_set（评分规则集）：“{name}”不存在，可选：{'、'.join(rule_sets())}")
    rs = rule_set(name)
    problems: list[str] = []
    if forms is not None:
        problems += funds_problems(forms.funds, "forms.")
        for p, form in enumerate(forms.projects):
            problems += funds_problems(form.funds, f"forms.projects[{p}].")
    total = None
    if _dept_form(spec):
        funds = forms.funds if forms is not None else None
        money = funds.total if funds is not None else None
        result = _score(rs, spec.indicators, money, funds, problems, "")
        if result is not None:
            problems += _rows_problems(result, list(spec.indicators), funds, "", rs, funds_prefix="forms.")
            problems += _total_problem(result, spec.evaluation.score, "evaluation.score（自评得分）", "")
            total = result.total
    project_totals: dict[str, Decimal] = {}
    for p, form in enumerate(forms.projects if forms is not None else ()):
        prefix = f"forms.projects[{p}]."
        result = _score(rs, form.indicators, form.funds.total, form.funds, problems, prefix)
        if result is not None:
            problems += _rows_problems(result, list(form.indicators), form.funds, prefix, rs)
            problems += _total_problem(result, form.score, f"{prefix}score（总分）", prefix)
            if result.total is not None:
                project_totals[form.name] = form.score if form.score is not None else result.total
    projects, project_problems = _project_scores(spec, project_totals)
    problems += project_problems
    if problems:
        raise UserError(problems)
    update: dict[str, Any] = {}
    if spec.evaluation.score is None and total is not None:
        update["evaluation"] = spec.evaluation.model_copy(update={"score": total})
    if projects is not None:
        update["projects"] = projects
    return spec.model_copy(update=update) if update else spec


def _project_scores(spec: Any, totals: dict[str, Decimal]) -> tuple[Optional[list], list[str]]:
    """A budget project with a 自评表 of the same name takes the form's total as its score (or must agree with it)."""
    if not totals:
        return None, []
    out, problems, changed = [], [], False
    for n, project in enumerate(spec.projects):
        form_total = totals.get(project.name)
        if form_total is None:
            out.append(project)
        elif project.score is None:
            out.append(project.model_copy(update={"score": form_total}))
            changed = True
        else:
            if not agrees(project.score, _decimals(project.score), form_total):
                problems.append(f"字段 projects[{n}].score（项目自评得分）：填写{format_score(project.score)}分，"
                                f"与该项目自评表的总分{format_score(form_total)}分不符")
            out.append(project)
    return (out if changed else None), problems


def _score(rs: RuleSet, indicators: Any, money: Any, funds: Any, problems: list[str], prefix: str) -> Optional[FormScore]:
    try:
        return score_form(rs, list(indicators), money.full_year if money else None, money.executed if money else None,
                          funds.points if funds is not None else None)
    except UserError as exc:
        problems.extend(f"字段 {prefix}indicators：{m}" for m in exc.messages)
        return None
