"""Hypothesis strategies for random valid report data (all document kinds)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from gen.core.outlines import get_kind

from gen.core.model_work import LEVEL1
from gen.core.numbers import rating_for

amounts = st.decimals(min_value=Decimal("0"), max_value=Decimal("999999.99"), places=2, allow_nan=False, allow_infinity=False)
positive = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2, allow_nan=False, allow_infinity=False)
scores = st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2, allow_nan=False, allow_infinity=False)
names = st.sampled_from(["示例甲", "示例乙", "示例丙", "示例丁", "示例戊"])
task_names = st.sampled_from(["基本公共卫生服务", "扩大免疫规划", "结核病防治", "民生实事", "疫情防控", "家庭医生签约服务"])
METRIC_UNITS = [("筛查人数", ["人", "人次"]), ("接种剂次", ["剂次"]), ("改造项目", ["个", "间", "家"]), ("收治患者", ["人", "人次"])]


def optional(strategy):
    return st.one_of(st.none(), strategy)


@st.composite
def finance(draw):
    f = {}
    income = draw(optional(positive))
    if income is not None:
        f["income"] = str(income)
        f["expenditure"] = str(draw(st.decimals(min_value=Decimal("0"), max_value=income, places=2)))
    basic = draw(optional(positive))
    if basic is not None:
        f["basic_expenditure"] = str(basic)
        personnel = draw(st.decimals(min_value=Decimal("0"), max_value=basic, places=2))
        f["personnel"] = str(personnel)
        f["public_costs"] = str(basic - personnel)  # parts make up the whole (gen.core.consistency)
    if draw(st.booleans()):
        f["project_expenditure"] = str(draw(amounts))
    if draw(st.booleans()):
        planned = draw(positive)
        f["procurement_planned"] = str(planned)
        f["procurement_actual"] = str(draw(st.decimals(min_value=Decimal("0"), max_value=planned, places=2)))
    if draw(st.booleans()):
        floor = max(Decimal(f.get("expenditure", "0.01")), Decimal("0.01"))  # no unexplained overspend
        adjusted = draw(st.decimals(min_value=floor, max_value=Decimal("999999.99"), places=2))
        f["budget_adjusted"] = str(adjusted)
        arrived = draw(st.decimals(min_value=Decimal("0"), max_value=adjusted, places=2))
        f["funds_arrived"] = str(arrived)
        f["funds_spent"] = str(draw(st.decimals(min_value=Decimal("0"), max_value=arrived, places=2)))
        f.setdefault("expenditure", f["funds_spent"])
    if {"expenditure", "basic_expenditure", "project_expenditure"} <= set(f):
        rest = Decimal(f["expenditure"]) - Decimal(f["basic_expenditure"])
        if rest >= 0:
            f["project_expenditure"] = str(rest)
        else:
            del f["project_expenditure"]
    if draw(st.booleans()):
        f["q3_progress"] = str(draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2)))
    prev = {}
    for key in ("income", "expenditure", "basic_expenditure", "personnel", "public_costs", "project_expenditure"):
        if key in f and draw(st.booleans()):
            prev[key] = str(draw(amounts))
    if "basic_expenditure" in prev and "personnel" in prev:
        if Decimal(prev["personnel"]) > Decimal(prev["basic_expenditure"]):
            prev["personnel"] = prev["basic_expenditure"]
        if "public_costs" in prev:
            prev["public_costs"] = str(Decimal(prev["basic_expenditure"]) - Decimal(prev["personnel"]))
    if {"expenditure", "basic_expenditure", "project_expenditure"} <= set(prev):
        prev["expenditure"] = str(Decimal(prev["basic_expenditure"]) + Decimal(prev["project_expenditure"]))
    if prev:
        f["previous"] = prev
    close_sums(f)
    if prev:
        close_sums(prev)
    if draw(st.booleans()):
        f["budget_initial"] = str(draw(positive))
    if draw(st.booleans()):
        f["project_count"] = draw(st.integers(1, 200))
    if "funds_spent" in f and draw(st.booleans()):
        # two sources that add up to the totals exactly
        spent, arrived = Decimal(f["funds_spent"]), Decimal(f["funds_arrived"])
        part = (spent * Decimal("0.4")).quantize(Decimal("0.01"))
        part_arrived = max(part, (arrived * Decimal("0.4")).quantize(Decimal("0.01")))
        f["sources"] = [
            {"name": "一般公共预算财政拨款", "budget": str(part_arrived), "arrived": str(part_arrived), "spent": str(part)},
            {"name": "政府性基金预算财政拨款", "budget": str(arrived - part_arrived), "arrived": str(arrived - part_arrived),
             "spent": str(spent - part)},
        ]
    reasons = {key: text for key, text in (
        ("income", "上级转移支付资金增加"), ("expenditure", "新增民生实事项目支出"),
        ("basic_expenditure", "人员调整"), ("personnel", "工资标准调整"), ("execution", "部分项目年底才完成验收"),
        ("q3_progress", "项目集中在第四季度验收"), ("procurement", "部分采购项目流标后重新组织"),
    ) if draw(st.booleans())}
    if reasons:
        f["reasons"] = reasons
    if draw(st.booleans()):
        f["project_change_reasons"] = ["新增基层医疗机构能力提升项目"]
    if draw(st.booleans()):
        f["public_change_reasons"] = ["压减一般性支出"]
    if draw(st.booleans()):
        f["arrival_explanation"] = "年中追加专项资金"
    if draw(st.booleans()):
        f["overspend_explanation"] = "年中追加疫情防控经费，已按程序报批"
    return f


def close_sums(f: dict) -> None:
    """Make the figures that must close do so, as in a real report (N009/N010 check them):
    基本支出＝人员经费＋日常公用经费, 本年支出＝基本支出＋项目支出."""
    basic, personnel = f.get("basic_expenditure"), f.get("personnel")
    if basic is not None and personnel is not None and "public_costs" in f:
        f["public_costs"] = str(Decimal(basic) - Decimal(personnel))
    spent, project = f.get("expenditure"), f.get("project_expenditure")
    if basic is not None and spent is not None and project is not None:
        rest = Decimal(spent) - Decimal(basic)
        if rest >= 0:
            f["project_expenditure"] = str(rest)
        else:
            del f["project_expenditure"]


@st.composite
def management(draw):
    m = {}
    for key, value in (
        ("budget_steps", ["按财政局通知完成“一上一下”预算编制"]), ("targets_with_budget", True),
        ("procurement", "采购项目均按政府采购目录和限额标准组织实施。"),
        ("compliance", "年度审计未发现违规问题。"), ("internal_control", ["修订财务报销管理办法"]),
        ("disclosure", "预决算在政府门户网站公开。"), ("assets", "年末开展资产清查，账实相符。"),
        ("evaluation_process", "成立自评工作小组逐项打分。"),
    ):
        if draw(st.booleans()):
            m[key] = value
    if draw(st.booleans()):
        total = draw(positive)
        m["assets_total"] = str(total)
        m["fixed_assets"] = str(draw(st.decimals(min_value=Decimal("0"), max_value=total, places=2)))
    return m


@st.composite
def metric(draw):
    # A metric's unit fits its name, as a bureau's data would have it: a head count (人数) is counted in 人,
    # and the checker rightly flags "人数…个" (glossary/terms.yaml), so drawing 个 for it tests bad data, not the loop.
    name, fitting = draw(st.sampled_from(METRIC_UNITS))
    m = {"name": name, "unit": draw(st.sampled_from(fitting))}
    kind = draw(st.sampled_from(["target", "change", "actual"]))
    if kind == "target":
        if draw(st.booleans()):
            m["comparator"] = draw(st.sampled_from(["≥", "≤"]))
        m["target"] = draw(st.integers(1, 100000))
        m["actual"] = draw(st.integers(0, 200000))
    elif kind == "change":
        m["before"] = draw(st.integers(0, 1000))
        m["after"] = draw(st.integers(0, 2000))
    else:
        m["actual"] = draw(st.integers(0, 100000))
    if draw(st.booleans()):
        m["reason"] = "受季节因素影响"
    return m


def _metric_key(m: dict) -> tuple:
    """A task's metric is known by its name and unit: one listed twice is refused (gen.core.consistency)."""
    return m["name"], m["unit"]


def _indicator_name(ind: dict) -> str:
    """An indicator is known by its name: a bureau's data does not list one twice (two identical rows
    would print the same sentence twice, which S004 rightly reports)."""
    return ind["name"]


@st.composite
def indicator(draw):
    level1 = draw(st.sampled_from(sorted(LEVEL1)))
    level2 = draw(st.sampled_from(LEVEL1[level1]))
    comp = draw(st.sampled_from(["≥", "≤", ""]))
    target_value = draw(st.integers(1, 100))
    target = f"{comp}{target_value}%" if draw(st.booleans()) else draw(st.sampled_from(["不断提高", "有效提升"]))
    ind = {"level1": level1, "level2": level2, "name": draw(st.sampled_from(["接种率", "管理率", "满意度", "覆盖率", "知晓率"])) + str(draw(st.integers(1, 9))),
           "target": target}
    if draw(st.booleans()):
        ind["actual"] = f"{draw(st.integers(0, 100))}%" if "%" in target else "有所提高"
    if draw(st.booleans()):
        ind["period_target"] = target
    if draw(st.booleans()):
        ind["reason"] = "服务对象流动性较大"
    return ind


@st.composite
def form_money(draw):
    """One row of a 自评表's 项目资金 block: 年初预算数 ≤ 全年预算数 ≥ 全年执行数."""
    full = draw(st.integers(10, 5000))
    return {"initial": str(full - draw(st.integers(0, 9))), "full_year": str(full), "executed": str(full - draw(st.integers(0, 9)))}


@st.composite
def form_funds(draw, full=False):
    """项目资金: the sources add up to the 年度资金总额 exactly, as a filled form must.

    ``full``: everything budgeted was spent, so the 预算执行率 row scores its whole 分值 (typed in)."""
    parts = {key: draw(form_money()) for key in ("fiscal", "carryover", "other")}
    if full:
        parts = {key: {**p, "executed": p["full_year"]} for key, p in parts.items()}
    total = {col: str(sum(int(p[col]) for p in parts.values())) for col in ("initial", "full_year", "executed")}
    funds = {"total": total, **parts, "points": "10", **({"score": "10"} if full else {})}
    if draw(st.booleans()):
        funds["reason"] = "部分项目年底完成验收后支付"
    return funds


def scored(ind: dict, full: bool = False) -> dict:
    """An indicator as a form row: 分值 given and an actual value to score it by.

    ``full``: a row that meets a "≥" target with 100%, so its 得分 is its whole 分值 and can be
    typed into the data (jixiao then checks it instead of computing it)."""
    if full:
        return {**ind, "target": "≥90%", "actual": "100%", "points": "10", "score": "10"}
    actual = ind.get("actual") or ("100%" if "%" in ind["target"] else "达成预期指标")
    return {**ind, "actual": actual, "points": "10"}


@st.composite
def forms_block(draw):
    """The 自评表 data (rule set, 部门整体 funds, project forms): scores either left for jixiao to
    compute, or (full marks) typed in for jixiao to check."""
    projects = []
    for i, name in enumerate(draw(st.lists(task_names, min_size=1, max_size=2, unique=True))):
        full = draw(st.booleans())
        indicators = [scored(ind, full) for ind in draw(st.lists(indicator(), min_size=1, max_size=3, unique_by=_indicator_name))]
        projects.append({"name": f"自评表{name}{i}", "department": "主管部门", "implementer": "实施单位",
                         "funds": draw(form_funds(full)), "goal_expected": f"完成{name}年度任务。",
                         "goal_actual": f"{name}年度任务已实施。", "indicators": indicators,
                         **({"score": "100"} if full else {})})
    return {"rule_set": "national", "funds": draw(form_funds(draw(st.booleans()))), "projects": projects}


@st.composite
def report_data(draw, kind=None):
    kind = kind or draw(st.sampled_from(["dept_self_eval", "target_declaration", "project_self_eval"]))
    profile = draw(st.sampled_from([o.id for o in get_kind(kind).outlines]))
    place = draw(names)
    body = draw(st.sampled_from(["卫生健康局", "卫生健康委员会", "教育局", "民政局", "农业农村局", "交通运输局"]))
    data = {
        "kind": kind, "profile": profile, "year": draw(st.integers(2019, 2025)),
        "bureau": {"name": f"{place}市{place}区{body}", "self_ref": "我局" if body.endswith("局") else "我委",
                   "region": {"province": f"{place}省", "city": f"{place}市", "county": f"{place}区"}},
        "duties": draw(st.lists(st.sampled_from(["负责疾病预防控制工作。", "负责卫生应急工作。", "推进医药卫生体制改革。"]), max_size=3, unique=True)),
        "goals": draw(st.lists(st.sampled_from(["提高公共卫生服务能力。", "深化医药卫生体制改革。"]), max_size=2, unique=True)),
        "finance": draw(finance()),
        # Distinct tasks, as in a real report: two tasks with the same name and
        # wording would be a copy-paste slip that the checker rightly reports.
        "tasks": [
            {"name": name, "content": f"做好{name}工作。", "funds": str(draw(amounts)),
             "goal": "按时完成任务。", "metrics": draw(st.lists(metric(), max_size=2, unique_by=_metric_key)), "other": draw(st.booleans()),
             **({"result": f"{name}工作全年累计服务群众。"} if draw(st.booleans()) else {})}
            for name in draw(st.lists(task_names, max_size=3, unique=True))
        ],
        "indicators": draw(st.lists(indicator(), max_size=6, unique_by=_indicator_name)),
    }
    evaluation = {}
    if draw(st.booleans()):
        score = draw(scores)
        evaluation["score"] = str(score)
        if draw(st.booleans()):
            evaluation["rating"] = rating_for(score)
    if draw(st.booleans()):
        evaluation["method"] = "对照评价指标体系逐项自评"
    if draw(st.booleans()):
        evaluation["basis"] = ["《关于开展绩效自评工作的通知》"]
    if evaluation:
        data["evaluation"] = evaluation
    if draw(st.booleans()):
        data["management"] = draw(management())
    if draw(st.booleans()):
        data["disclosure"] = {"budget_date": "2023-02-10", "final_accounts_date": "2023-09-15"}
    for key, value in (("transformation", "推进职能转变。"), ("work_summary", "完成年度各项工作任务。"),
                       ("achievements", ["基层服务能力提升"]), ("problems", ["部分项目支出进度偏慢"]),
                       ("measures", ["加快项目支出进度"])):
        if draw(st.booleans()):
            data[key] = value
    sector = {"卫生健康局": "health", "卫生健康委员会": "health", "教育局": "education", "民政局": "civil_affairs",
              "农业农村局": "agriculture"}.get(body)
    if sector and draw(st.booleans()):
        data["bureau"]["sector"] = sector  # as recognised from the name; stated in the data it overrides it
    if draw(st.booleans()):
        data["style"] = {"thousands_separator": draw(st.booleans()),
                         "amount_decimals": draw(st.sampled_from(["keep", "whole", "strip"])),
                         "percent_decimals": draw(st.sampled_from(["keep", "whole", "strip"]))}
    if draw(st.booleans()):
        data["bureau"]["short_name"] = f"{place}区{body}"
        data["bureau"]["unit_type"] = "全额拨款的行政单位"
        data["bureau"]["internal_units"] = ["办公室", "规划财务股"]
    if draw(st.booleans()):
        authorized = draw(st.integers(1, 500))
        administrative = draw(st.integers(0, authorized))
        data["staffing"] = {"authorized": authorized, "administrative": administrative,
                            "institutional": draw(st.integers(0, authorized - administrative)),
                            "actual": draw(st.integers(0, authorized))}
        if draw(st.booleans()):
            data["staffing"].update({"retired": draw(st.integers(0, 50)), "seconded": draw(st.integers(0, 5)),
                                     "dispatched": draw(st.integers(0, 20)), "vehicles": draw(st.integers(0, 10)),
                                     "explanation": "含划转人员"})
    if kind != "target_declaration" and draw(st.booleans()):
        # A 自评表 with it: 分值 on the indicators, scores computed from the rule set, so a typed
        # evaluation score (which the form's total would have to match) is left out.
        data["forms"] = draw(forms_block())
        full = draw(st.booleans())
        data["indicators"] = [scored(ind, full) for ind in data["indicators"]]
        for key in ("score", "rating"):
            data.get("evaluation", {}).pop(key, None)
        if not data.get("evaluation", True):
            del data["evaluation"]
    if kind == "target_declaration":
        data["budget"] = {"basic": str(draw(amounts)), "project": str(draw(amounts)),
                          "sources": [{"name": "财政拨款", "budget": str(draw(amounts)),
                                       **({"arrived": "10.00", "spent": "9.00"} if draw(st.booleans()) else {})}]}
        if draw(st.booleans()):
            data["budget"].update({"special_development": str(draw(amounts)), "other_development": str(draw(amounts)),
                                   "own_level": str(draw(amounts)), "transfers": str(draw(amounts))})
        data["overall_goal"] = "全面提升卫生健康服务水平。"
    if kind == "project_self_eval":
        data["projects"] = [
            {"name": name, "goal": f"做好{name}工作，按期完成年度目标。",
             # project spending stays within the year's spending (gen.core.consistency)
             **({"budget": f"{100 + 10 * i}.00", "spent": f"{90 - i}.00", "score": str(90 - i)}
                if draw(st.booleans()) and Decimal(data["finance"].get("expenditure", "1000")) >= 300 else {})}
            for i, name in enumerate(draw(st.lists(task_names, min_size=1, max_size=3, unique=True)))
        ]
        data["finance"].setdefault("project_count", draw(st.integers(1, 100)))
    return data
