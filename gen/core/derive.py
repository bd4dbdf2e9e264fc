"""Facts derived from a :class:`ReportSpec`: the vocabulary of phrases and templates.

Every figure a narrative prints is a fact here, computed once and rounded
once (gen.core.numbers). Missing inputs give ``None``, never 0, so a phrase can
test ``x is not none`` and the formatting filters refuse to print a gap.
``jixiao facts FILE`` prints them all with their descriptions.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from .model import ReportSpec
from .attainment import attainment, indicator_facts  # noqa: F401  (attainment: part of this module's API)
from .numbers import change_percent, rating_for, ratio_percent
from .scales import DEFAULT_SCALE, Scale
from .reasons import basic_change_told, metric_met, overspent_base, reasons_missing, shared_reason
from .glossary import own_budget_level
from .departments import is_department
from .sectors import sector_for
from .thresholds import load_thresholds

_FIN_FIELDS = ("income", "expenditure", "basic_expenditure", "personnel", "public_costs", "project_expenditure")

# name -> Chinese description; the vocabulary shown by `jixiao facts`.
DESCRIPTIONS: dict[str, str] = {
    "bureau_name": "单位全称", "bureau_short": "单位简称（未提供时同全称）", "self_ref": "自称（我局/我委…）",
    "body": "机构类型（局/委/中心…）", "department": "单位是政府工作部门（局、委、厅，或单位性质为行政单位；学校、医院、事业单位不是）", "sector": "所属行业代码（bureau.sector，或按单位名称识别；无法识别为空）", "province": "省", "city": "市", "county": "县（区）",
    "region": "本级行政区名称（县区，无则市）", "region_short": "行政区简称（去掉区/县/市）", "region_level": "行政区层级字（区/县/市）",
    "year": "年度", "next_year": "下一年度", "own_level": "本级的层级字（本级使用资金）：乡镇、街道的单位为镇/乡/街道，其他同 region_level",
    "kind": "文书类型代码", "kind_name": "文书类型名称", "unit_type": "单位性质",
    "internal_units": "内设机构列表", "duties": "部门职能列表", "transformation": "职能转变",
    "work_summary": "年度总体工作", "overall_goal": "总体绩效目标", "goals": "绩效目标列表",
    "income": "本年收入（万元）", "expenditure": "本年支出（万元）", "budget_initial": "年初预算（万元）",
    "budget_adjusted": "调整后预算（万元）", "funds_arrived": "实际到位资金（万元）",
    "funds_spent": "实际支出资金（万元）", "basic_expenditure": "基本支出（万元）",
    "personnel": "人员经费（万元）", "public_costs": "日常公用经费（万元）",
    "project_expenditure": "项目支出（万元）", "procurement_planned": "政府采购计划金额（万元）",
    "procurement_actual": "实际政府采购金额（万元）", "q3_progress": "截至9月底支出进度（%）",
    "project_count": "预算项目个数", "sources": "分来源资金列表（name/budget/arrived/spent/use_rate）",
    "spending_progress": "总体支出进度＝本年支出÷本年收入（%）",
    "execution_rate": "预算执行率＝本年支出÷调整后预算（%）",
    "arrival_rate": "资金到位率＝实际到位÷调整后预算（%）",
    "use_rate": "资金使用率＝实际支出÷实际到位（%）",
    "main_rate": "用于判断执行情况的主要比率（预算执行率、支出进度或资金使用率，依次取有值者）",
    "main_rate_name": "主要比率的名称",
    "main_rate_operands": "主要比率的分子和分母（num_name/num/den_name/den，万元）",
    "main_rate_shown": "当前提纲是否写出主要比率的分子和分母（未写出时，说明比率的句子同时写出二者）", "personnel_share": "人员经费占基本支出比例（%）",
    "public_share": "日常公用经费占基本支出比例（%）", "basic_share": "基本支出占本年支出比例（%）",
    "basic_change_told": "基本支出即本年和上年的全部支出、且提纲已写出全年支出的变动：基本支出不再重述变动及其原因",
    "project_share": "项目支出占本年支出比例（%）", "procurement_rate": "政府采购执行率（%）",
    "personnel_share_prev": "上年人员经费占基本支出比例（%）",
    "personnel_share_trend": "人员经费占比较上年的变化（上升/下降/持平）",
    "budget_basic": "申报表：基本支出预算（万元）", "budget_project": "申报表：项目支出预算（万元）",
    "budget_total": "申报表：部门预算支出合计（万元）", "budget_special": "申报表：财政专项资金（万元）",
    "budget_other_dev": "申报表：其他事业发展性支出（万元）", "budget_own_level": "申报表：本级使用资金（万元）",
    "budget_transfers": "申报表：对下转移支付资金（万元）", "budget_sources": "申报表：收入来源列表",
    "budget_sources_total": "申报表：收入来源合计（万元）",
    "staff_authorized": "核定编制人数", "staff_administrative": "行政编制", "staff_institutional": "事业编制",
    "staff_actual": "实际在岗在编人数", "staff_retired": "离退休人员", "staff_seconded": "借调人员",
    "staff_dispatched": "劳务派遣人员", "vehicles": "公务用车（台）", "staff_vacancy": "空编人数", "staff_over": "超编人数（在编多于编制时）",
    "tasks": "重点任务列表（含 metrics 及其 completion/change/trend）", "other_tasks": "其他需完成的任务列表",
    "tasks_total": "重点任务个数", "tasks_funds_total": "重点任务投入资金合计（万元）",
    "metrics_total": "有目标值和实际值的任务指标个数", "metrics_met": "达到目标的任务指标个数",
    "metrics_unmet": "未达到目标的任务指标个数", "metrics_unmet_names": "未达到目标的任务指标名称列表",
    "indicators": "绩效指标列表（含 status：met/exceeded/far_exceeded/not_met/qualitative/no_target/no_actual/unknown；ceiling：目标为上限）",
    "indicator_groups": "按一级、二级指标分组的绩效指标", "indicators_total": "绩效指标个数",
    "indicators_judged": "有实际值、可判断完成情况的定量指标个数", "indicators_met": "达到目标的指标个数（含超额）",
    "indicators_exceeded": "超额完成的指标个数", "indicators_far_exceeded": "大幅超额完成的指标个数",
    "indicators_exceeded_ceilings": "超额完成的指标中目标为上限（≤、<）的个数：完成值低于目标值，措辞不说“超过”",
    "indicators_far_exceeded_ceilings": "大幅超额完成的指标中目标为上限（≤、<）的个数",
    "indicators_unmet": "未达到目标的指标个数", "indicators_qualitative": "定性指标个数",
    "indicators_no_target": "未填写年度指标值（目标）的指标个数", "no_target_names": "未填写年度指标值的指标名称列表",
    "unmet_names": "未达标指标名称列表", "attainment_rate": "指标达标率＝达标个数÷可判断个数（%）",
    "score": "自评得分", "rating": "按得分确定的等级（本单位评分规则集所用等级标准的等级，如优、良好、一等）",
    "rating_word": "等级的完整说法（同 rating）",
    "rating_tier": "等级相当于全国等级标准的哪一档（优/良/中/差），供条件判断措辞",
    "rating_scale": "所用等级标准的名称（glossary/scales/）",
    "rating_scale_bands": "所用等级标准的分数段（如“95分（含）以上为优秀，……”）；全国通用标准时为空（报告不另作说明）",
    "basis": "评价依据文件列表", "method": "评价方式", "projects": "预算项目列表（项目支出自评）",
    "projects_budget_total": "所列预算项目的预算合计（每个项目都填写了预算时；万元）",
    "projects_spent_total": "所列预算项目的实际支出合计（每个项目都填写了实际支出时；万元）",
    "projects_use_rate": "所列预算项目合计的预算执行率＝支出合计÷预算合计（%）",
    "budget_date": "预算公开日期（中文）", "final_accounts_date": "决算公开日期（中文）",
    "problems": "手工填写的问题列表", "achievements": "手工填写的主要工作成效列表", "measures": "手工填写的措施列表",
    "project_change_reasons": "项目支出较上年变动的原因列表", "public_change_reasons": "日常公用经费变动的原因列表",
    "cond_low_execution": "条件：执行率低于阈值",
    "execution_reason_in_problems": "执行率偏低的原因只在“存在的问题”部分说明（数据未自列问题、问题部分列出执行率偏低时，收支部分不再重复原因或占位）",
    "cond_low_progress": "条件：执行率偏低且所用比率是总体支出进度（评价接在收支概况陈述进度的句子后）",
    "cond_q3_low": "条件：截至9月底支出进度偏低（支出集中在下半年）",
    "cond_conservative_targets": "条件：多数定量指标大幅超额完成（目标偏保守）",
    "cond_unmet_indicators": "条件：存在未达标指标", "cond_procurement_low": "条件：政府采购执行率偏低",
    "cond_no_problems_found": "条件：没有任何由数据触发的问题",
    "praise_ok": "条件：可以使用“圆满”“显著”“全面完成”等评价词（等级为优或良、无未达标指标、执行不偏低）",
    "rating_given": "数据中填写的自评等级（须与得分相符）",
    "reason_income": "本年收入较上年变动原因", "reason_expenditure": "本年支出较上年变动原因",
    "reason_basic": "基本支出较上年变动原因", "reason_personnel": "人员经费较上年变动原因",
    "reason_execution": "预算执行率偏低原因", "reason_q3": "截至9月底支出进度偏慢原因",
    "reason_procurement": "政府采购执行偏差原因",
    "reasons_missing": "变动或偏差超过阈值而数据未给出原因的字段列表（field/what）",
    "reason_gaps": "变动或偏差超过阈值而数据未给出原因的字段名列表（如 finance.reasons.income），供条件判断",
    "staff_explanation": "人员编制情况说明", "arrival_explanation": "资金到位情况说明",
    "overspend_explanation": "超预算支出说明", "overspend_base": "本年支出超过的是什么（“调整后预算”，否则“本年收入”；未超过时为空）",
    "mgmt_budget_steps": "管理情况：预算编制工作列表", "mgmt_targets_with_budget": "管理情况：绩效目标与预算同步编审批",
    "mgmt_procurement": "管理情况：政府采购管理情况", "mgmt_compliance": "管理情况：财务合规情况",
    "mgmt_internal_control": "管理情况：内部控制建设与检查列表", "mgmt_disclosure": "管理情况：预决算公开情况说明",
    "mgmt_assets_total": "管理情况：年末资产总额（万元）", "mgmt_fixed_assets": "管理情况：年末固定资产（万元）",
    "mgmt_assets": "管理情况：资产管理情况", "mgmt_evaluation_process": "管理情况：自评工作开展情况",
}

for _f in _FIN_FIELDS:
    DESCRIPTIONS[f"{_f}_prev"] = f"上年{DESCRIPTIONS[_f].split('（')[0]}（万元）"
    DESCRIPTIONS[f"{_f}_change"] = f"{DESCRIPTIONS[_f].split('（')[0]}较上年变动额的绝对值（万元）"
    DESCRIPTIONS[f"{_f}_change_pct"] = f"{DESCRIPTIONS[_f].split('（')[0]}较上年变动幅度的绝对值（%）"
    DESCRIPTIONS[f"{_f}_trend"] = f"{DESCRIPTIONS[_f].split('（')[0]}较上年：增加/减少/持平"
    DESCRIPTIONS[f"{_f}_trend_pct"] = f"{DESCRIPTIONS[_f].split('（')[0]}较上年：增长/下降/持平"


def _trend(change: Optional[Decimal], up: str, down: str) -> Optional[str]:
    if change is None:
        return None
    return up if change > 0 else down if change < 0 else "持平"


def _cn_date(d: Any) -> Optional[str]:
    return None if d is None else f"{d.year}年{d.month}月{d.day}日"


def _region(spec: ReportSpec) -> tuple[str, str, str]:
    r = spec.bureau.region
    name = r.county or r.city or r.province
    if not name:
        return "", "", ""  # no region given: the sentences that name it are left out (their ``when``)
    level = name[-1] if name[-1] in "区县市旗州" else ""
    short = name[:-1] if level and len(name) > 2 else name
    return name, short, level


def _own_level(name: str, self_ref: str, region_level: str) -> str:
    """The level of 本级 (本级使用资金): a township's or street office's own, not its county's
    (bodies.yaml's ``budget_level``: a 镇人民政府 in 英德市 spends 镇本级 funds; 市本级 would name
    another government's budget)."""
    return own_budget_level(name, self_ref) or region_level


def _body(name: str) -> str:
    base = name.split("（")[0]
    for suffix in ("委员会", "中心", "局", "委", "厅", "办", "院", "站", "所"):
        if base.endswith(suffix):
            return "委" if suffix == "委员会" else suffix
    return "局"


# The rates a low-execution problem can name, first that has a value wins: key, name, and its operands
# (field, the name a sentence gives it) as numerator and denominator.
_MAIN_RATES = (
    ("execution_rate", "预算执行率", ("expenditure", "支出"), ("budget_adjusted", "调整后预算")),
    ("spending_progress", "总体支出进度", ("expenditure", "支出"), ("income", "收入")),
    ("use_rate", "资金使用率", ("funds_spent", "实际支出"), ("funds_arrived", "到位资金")),
)


def _main_rate(spec: ReportSpec, facts: dict[str, Any]) -> dict[str, Any]:
    """The rate that judges execution, with its operands and whether the outline prints them: an outline
    without a finance overview (湖南衡阳区县式) would otherwise state 总体支出进度89.12% from figures the
    reader never sees, so the sentence that states the rate then states its operands too."""
    for key, label, (num, num_name), (den, den_name) in _MAIN_RATES:
        if facts[key] is not None:
            break
    else:
        return {"main_rate": None, "main_rate_name": None, "main_rate_operands": None, "main_rate_shown": False}
    shown = all(spec.outline.needs_field(f"finance.{f}") for f in (num, den))
    return {"main_rate": facts[key], "main_rate_name": label, "main_rate_shown": shown,
            "main_rate_operands": {"num_name": num_name, "num": facts[num], "den_name": den_name, "den": facts[den]}}


def _finance_facts(spec: ReportSpec) -> dict[str, Any]:
    f = spec.finance
    facts: dict[str, Any] = {}
    for name in (*_FIN_FIELDS, "budget_initial", "budget_adjusted", "funds_arrived", "funds_spent",
                 "procurement_planned", "procurement_actual", "q3_progress", "project_count"):
        facts[name] = getattr(f, name)
    for name in _FIN_FIELDS:
        cur, prev = getattr(f, name), getattr(f.previous, name)
        change = None if cur is None or prev is None else cur - prev
        facts[f"{name}_prev"] = prev
        facts[f"{name}_change"] = None if change is None else abs(change)
        pct = change_percent(cur, prev)
        facts[f"{name}_change_pct"] = None if pct is None else abs(pct)
        facts[f"{name}_trend"] = _trend(change, "增加", "减少")
        facts[f"{name}_trend_pct"] = _trend(change, "增长", "下降")
    facts["spending_progress"] = ratio_percent(f.expenditure, f.income)
    facts["execution_rate"] = ratio_percent(f.expenditure, f.budget_adjusted)
    facts["arrival_rate"] = ratio_percent(f.funds_arrived, f.budget_adjusted)
    facts["use_rate"] = ratio_percent(f.funds_spent, f.funds_arrived)
    facts.update(_main_rate(spec, facts))
    facts["personnel_share"] = ratio_percent(f.personnel, f.basic_expenditure)
    facts["public_share"] = ratio_percent(f.public_costs, f.basic_expenditure)
    facts["basic_share"] = ratio_percent(f.basic_expenditure, f.expenditure)
    facts["project_share"] = ratio_percent(f.project_expenditure, f.expenditure)
    facts["procurement_rate"] = ratio_percent(f.procurement_actual, f.procurement_planned)
    prev_share = ratio_percent(f.previous.personnel, f.previous.basic_expenditure)
    facts["personnel_share_prev"] = prev_share
    share_change = None if prev_share is None or facts["personnel_share"] is None else facts["personnel_share"] - prev_share
    facts["personnel_share_trend"] = _trend(share_change, "上升", "下降")
    facts["sources"] = [
        {"name": s.name, "budget": s.budget, "arrived": s.arrived, "spent": s.spent,
         "use_rate": ratio_percent(s.spent, s.arrived), "share": ratio_percent(s.spent, f.funds_spent)}
        for s in f.sources
    ]
    b = spec.budget
    facts["budget_basic"], facts["budget_project"] = b.basic, b.project
    facts["budget_total"] = None if b.basic is None or b.project is None else b.basic + b.project
    facts["budget_special"], facts["budget_other_dev"] = b.special_development, b.other_development
    facts["budget_own_level"], facts["budget_transfers"] = b.own_level, b.transfers
    facts["budget_sources"] = [{"name": s.name, "budget": s.budget} for s in b.sources]
    facts["project_change_reasons"] = list(f.project_change_reasons)
    facts["public_change_reasons"] = list(f.public_change_reasons)
    amounts = [s.budget for s in b.sources]
    facts["budget_sources_total"] = sum(amounts, Decimal(0)) if amounts and None not in amounts else None
    return facts


def _project_totals(spec: ReportSpec) -> dict[str, Any]:
    """The listed projects' budget and spending summed, only when every project gives its figure.

    A project report whose data lists its projects but not the finance totals can still say
    what the evaluated projects were given and spent; a sum over some projects would be a
    figure no datum holds, so one missing figure leaves the total unknown.
    """
    budgets = [p.budget for p in spec.projects]
    spent = [p.spent for p in spec.projects]
    budget_total = sum(budgets, Decimal(0)) if budgets and None not in budgets else None
    spent_total = sum(spent, Decimal(0)) if spent and None not in spent else None
    return {"projects_budget_total": budget_total, "projects_spent_total": spent_total,
            "projects_use_rate": ratio_percent(spent_total, budget_total)}


def _staff_facts(spec: ReportSpec) -> dict[str, Any]:
    s = spec.staffing
    facts = {
        "staff_authorized": s.authorized, "staff_administrative": s.administrative,
        "staff_institutional": s.institutional, "staff_actual": s.actual, "staff_retired": s.retired,
        "staff_seconded": s.seconded, "staff_dispatched": s.dispatched, "vehicles": s.vehicles,
    }
    facts["staff_vacancy"] = (
        s.authorized - s.actual if s.authorized is not None and s.actual is not None and s.authorized >= s.actual else None
    )
    both = s.authorized is not None and s.actual is not None
    facts["staff_over"] = s.actual - s.authorized if both and s.actual > s.authorized else None  # 超编N人, a derived figure
    return facts


def _metric_facts(m: Any) -> dict[str, Any]:
    change = None if m.before is None or m.after is None else m.after - m.before
    met = metric_met(m)
    return {
        "name": m.name, "unit": m.unit, "comparator": m.comparator, "target": m.target, "actual": m.actual, "before": m.before,
        # a completion ratio (actual/target) reads "how much of the target was done": true of a target to reach
        # (≥), not of a ceiling (≤ 2起 accidents: 1起 is no "50 %" done) or an exact figure
        "after": m.after, "completion": ratio_percent(m.actual, m.target) if m.comparator == "≥" else None,
        "met": met, "reason": m.reason,
        "change": None if change is None else abs(change), "trend": _trend(change, "增加", "减少"),
    }


def _task_facts(spec: ReportSpec) -> dict[str, Any]:
    def one(t: Any) -> dict[str, Any]:
        return {"name": t.name, "content": t.content, "funds": t.funds, "goal": t.goal, "result": t.result,
                "metrics": [{**_metric_facts(m), "reason": shared_reason(spec, m)} for m in t.metrics]}

    tasks = [one(t) for t in spec.tasks if not t.other]
    others = [one(t) for t in spec.tasks if t.other]
    metrics = [m for t in tasks for m in t["metrics"] if m["met"] is not None]
    funds = [t["funds"] for t in tasks]
    return {
        "tasks": tasks, "other_tasks": others, "tasks_total": len(tasks),
        "tasks_funds_total": sum(funds, Decimal(0)) if funds and None not in funds else None,
        "metrics_total": len(metrics), "metrics_met": sum(1 for m in metrics if m["met"]),
        "metrics_unmet": sum(1 for m in metrics if not m["met"]),
        "metrics_unmet_names": [m["name"] for m in metrics if not m["met"]],
    }


def scale_of(spec: ReportSpec) -> Scale:
    """The bureau's rating scale: the one its scoring rule set names (``forms.rule_set``; national
    without forms). An unknown rule set is refused where the forms are evaluated."""
    from .scoring import rule_set  # the rule sets are data: loaded on first use

    return rule_set(spec.forms.rule_set if spec.forms is not None else None).scale


def rating_of(spec: ReportSpec) -> Optional[str]:
    """The report's rating on the bureau's scale: that of the score as given (the loader refuses a
    contradicting ``evaluation.rating``); the given rating, in the scale's own word, only when there
    is no score. Report, facts, 自评表 and batch summary all take it from here."""
    scale = scale_of(spec)
    score = spec.evaluation.score
    if score is not None:
        return rating_for(score, scale.id)
    given = spec.evaluation.rating
    return None if given is None else (scale.canonical(given) or given)


def _rating_facts(spec: ReportSpec) -> dict[str, Any]:
    """Score and rating on the bureau's scale, with the national tier that steers the wording."""
    scale = scale_of(spec)
    rating = rating_of(spec)
    return {
        "score": spec.evaluation.score,  # as given: never rounded before its rating is taken
        "rating": rating, "rating_word": rating, "rating_given": spec.evaluation.rating,
        "rating_tier": None if rating is None else scale.tier(rating), "rating_scale": scale.name,
        "rating_scale_bands": None if scale.id == DEFAULT_SCALE else scale.describe(),
    }


def _management_facts(spec: ReportSpec) -> dict[str, Any]:
    m, r = spec.management, spec.finance.reasons
    return {
        "reason_income": r.income, "reason_expenditure": r.expenditure, "reason_basic": r.basic_expenditure,
        "reason_personnel": r.personnel, "reason_execution": r.execution, "reason_q3": r.q3_progress,
        "reason_procurement": r.procurement, "staff_explanation": spec.staffing.explanation,
        "arrival_explanation": spec.finance.arrival_explanation,
        "overspend_explanation": spec.finance.overspend_explanation,
        "overspend_base": overspent_base(spec),
        "mgmt_budget_steps": list(m.budget_steps), "mgmt_targets_with_budget": m.targets_with_budget,
        "mgmt_procurement": m.procurement, "mgmt_compliance": m.compliance,
        "mgmt_internal_control": list(m.internal_control), "mgmt_disclosure": m.disclosure,
        "mgmt_assets_total": m.assets_total, "mgmt_fixed_assets": m.fixed_assets, "mgmt_assets": m.assets,
        "mgmt_evaluation_process": m.evaluation_process,
    }


def _conditions(spec: ReportSpec, facts: dict[str, Any], th: dict[str, Decimal]) -> dict[str, Any]:
    """The conditions phrases and sections test (``cond_*``: low execution, unmet indicators …), from the
    figures already derived and the thresholds."""
    main_rate, q3, quant, pr = (facts[k] for k in ("main_rate", "q3_progress", "indicators_judged", "procurement_rate"))
    c: dict[str, Any] = {
        "cond_low_execution": main_rate is not None and main_rate < th["low_execution"],
        "cond_q3_low": q3 is not None and q3 < th["q3_progress_low"],
        "cond_conservative_targets": bool(
            quant and Decimal(facts["indicators_far_exceeded"]) * 100 / quant >= th["conservative_share"]),
        "cond_unmet_indicators": facts["indicators_unmet"] > 0 or facts["metrics_unmet"] > 0,
        "cond_procurement_low": pr is not None and pr < th["procurement_low"],
    }
    c["cond_no_problems_found"] = not any(c.values())
    c["praise_ok"] = facts["rating_tier"] in ("优", "良") and not c["cond_unmet_indicators"] and not c["cond_low_execution"]
    # a low rate's cause is told once: the problems section (listing low execution itself when the data
    # writes no problems) gives it, or asks for it; the finance section states the rate only. A given
    # cause was printed in both, the same clause twice in one draft.
    c["execution_reason_in_problems"] = c["cond_low_execution"] and not spec.problems
    # the overview sentence that states 总体支出进度 carries its verdict; a sentence of its own after it read choppy
    c["cond_low_progress"] = c["cond_low_execution"] and facts["main_rate_name"] == "总体支出进度"
    return c


def derive(spec: ReportSpec) -> dict[str, Any]:
    """All facts for ``spec``; keys are exactly those in DESCRIPTIONS."""
    th = load_thresholds()
    region, region_short, region_level = _region(spec)
    b = spec.bureau
    facts: dict[str, Any] = {
        "bureau_name": b.name, "bureau_short": b.short_name or b.name, "self_ref": b.self_ref,
        "body": _body(b.name), "department": is_department(b.name, b.unit_type), "sector": sector_for(b.name, b.sector), "province": b.region.province, "city": b.region.city, "county": b.region.county,
        "region": region, "region_short": region_short, "region_level": region_level,
        "own_level": _own_level(b.name, b.self_ref, region_level),
        "year": spec.year, "next_year": spec.year + 1, "kind": spec.kind, "kind_name": spec.kind_name,
        "unit_type": b.unit_type, "internal_units": list(b.internal_units), "duties": list(spec.duties),
        "transformation": spec.transformation, "work_summary": spec.work_summary,
        "overall_goal": spec.overall_goal, "goals": list(spec.goals),
        "problems": list(spec.problems), "measures": list(spec.measures),
        "achievements": list(spec.achievements),
        "basis": list(spec.evaluation.basis), "method": spec.evaluation.method,
        "budget_date": _cn_date(spec.disclosure.budget_date),
        "final_accounts_date": _cn_date(spec.disclosure.final_accounts_date),
        "projects": [
            {"name": p.name, "goal": p.goal, "budget": p.budget, "spent": p.spent, "score": p.score,
             "use_rate": ratio_percent(p.spent, p.budget)}
            for p in spec.projects
        ],
    }
    facts.update(_project_totals(spec))
    facts.update(_finance_facts(spec))
    facts.update(_staff_facts(spec))
    facts.update(_task_facts(spec))
    facts.update(indicator_facts(spec, th["far_exceeded_ratio"]))
    facts.update(_rating_facts(spec))
    facts.update(_management_facts(spec))

    facts["basic_change_told"] = basic_change_told(spec, facts)
    if facts["basic_change_told"] and not facts["reason_expenditure"]:
        facts["reason_expenditure"] = facts["reason_basic"]  # one change, one cause: the data's, wherever it wrote it
    facts.update(_conditions(spec, facts, th))
    facts["reasons_missing"] = reasons_missing(spec, facts, th)
    facts["reason_gaps"] = [r["field"] for r in facts["reasons_missing"]]
    missing = set(DESCRIPTIONS) ^ set(facts)
    if missing:  # a programming error, caught by the tests
        raise AssertionError(f"facts and DESCRIPTIONS disagree: {sorted(missing)}")
    return facts
