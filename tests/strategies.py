"""Hypothesis strategies for random valid report data (all document kinds)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from gen.core.outlines import get_kind

from gen.core.model import LEVEL1

amounts = st.decimals(min_value=Decimal("0"), max_value=Decimal("999999.99"), places=2, allow_nan=False, allow_infinity=False)
positive = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2, allow_nan=False, allow_infinity=False)
scores = st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2, allow_nan=False, allow_infinity=False)
names = st.sampled_from(["示例甲", "示例乙", "示例丙", "示例丁", "示例戊"])
task_names = st.sampled_from(["基本公共卫生服务", "扩大免疫规划", "结核病防治", "民生实事", "疫情防控", "家庭医生签约服务"])
units = st.sampled_from(["人", "个", "张", "间", "剂次", "家"])


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
        f["public_costs"] = str(draw(st.decimals(min_value=Decimal("0"), max_value=basic - personnel, places=2)))
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
    if draw(st.booleans()):
        f["q3_progress"] = str(draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2)))
    prev = {}
    for key in ("income", "expenditure", "basic_expenditure", "personnel", "public_costs", "project_expenditure"):
        if key in f and draw(st.booleans()):
            prev[key] = str(draw(amounts))
    if "basic_expenditure" in prev and "personnel" in prev:
        if Decimal(prev["personnel"]) > Decimal(prev["basic_expenditure"]):
            prev["personnel"] = prev["basic_expenditure"]
    if prev:
        f["previous"] = prev
    return f


@st.composite
def metric(draw):
    m = {"name": draw(st.sampled_from(["筛查人数", "接种剂次", "改造项目", "收治患者"])), "unit": draw(units)}
    kind = draw(st.sampled_from(["target", "change", "actual"]))
    if kind == "target":
        m["target"] = draw(st.integers(1, 100000))
        m["actual"] = draw(st.integers(0, 200000))
    elif kind == "change":
        m["before"] = draw(st.integers(0, 1000))
        m["after"] = draw(st.integers(0, 2000))
    else:
        m["actual"] = draw(st.integers(0, 100000))
    return m


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
    return ind


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
             "goal": "按时完成任务。", "metrics": draw(st.lists(metric(), max_size=2)), "other": draw(st.booleans())}
            for name in draw(st.lists(task_names, max_size=3, unique=True))
        ],
        "indicators": draw(st.lists(indicator(), max_size=6)),
    }
    if draw(st.booleans()):
        data["evaluation"] = {"score": str(draw(scores))}
    if draw(st.booleans()):
        authorized = draw(st.integers(1, 500))
        administrative = draw(st.integers(0, authorized))
        data["staffing"] = {"authorized": authorized, "administrative": administrative,
                            "institutional": draw(st.integers(0, authorized - administrative)),
                            "actual": draw(st.integers(0, authorized))}
    if kind == "target_declaration":
        data["budget"] = {"basic": str(draw(amounts)), "project": str(draw(amounts)),
                          "sources": [{"name": "财政拨款", "budget": str(draw(amounts))}]}
        data["overall_goal"] = "全面提升卫生健康服务水平。"
    if kind == "project_self_eval":
        data["projects"] = [{"name": draw(task_names), "goal": "提高服务水平。"} for _ in range(draw(st.integers(1, 3)))]
        data["finance"].setdefault("project_count", draw(st.integers(1, 100)))
    return data
