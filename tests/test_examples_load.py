"""The example data files load and carry their source reports' own figures.

The examples are what `make demo` renders and what users copy from, so a
figure that drifts from the source report, or a file that stops validating
when the model changes, must fail here first.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from gen.core.load import load_spec

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FILES = ("lw2022.yaml", "yt2023.yaml", "ny2022.yaml", "hd_target.yaml", "gy2021.yaml")

D = Decimal


def _spec(name: str):
    return load_spec(EXAMPLES / name)


def _texts(spec) -> list[str]:
    """Every free-text string in a spec (duties, goals, tasks, reasons, ...)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(spec.model_dump(mode="python"))
    return out


@pytest.mark.parametrize("name", FILES)
def test_example_loads_and_names_its_source(name: str) -> None:
    spec = _spec(name)
    assert spec.bureau.name.endswith("卫生健康局") or spec.bureau.name.endswith("卫生健康局（本级）")
    assert spec.bureau.self_ref == "我局"
    assert spec.bureau.region.province and spec.bureau.region.county
    head = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()[:3]
    assert any(re.search(r"Source: seed \d{3}_[0-9a-f]{16}\.txt", line) for line in head)


@pytest.mark.parametrize("name", FILES)
def test_example_has_no_known_source_mistakes(name: str) -> None:
    text = "\n".join(_texts(_spec(name)))
    for wrong in ("卫生和计划生育", "卫生计生", "卫计", "特别特助金", "工作员会", "服体系", "【", "】", "<", ">", " and "):
        assert wrong not in text, f"{name}: {wrong!r} still present"


@pytest.mark.parametrize("name", FILES)
def test_example_duties_and_tasks_do_not_repeat(name: str) -> None:
    spec = _spec(name)
    assert len(set(spec.duties)) == len(spec.duties)
    names = [t.name for t in spec.tasks]
    assert len(set(names)) == len(names)


def test_liwan_2022() -> None:
    s = _spec("lw2022.yaml")
    assert (s.kind, s.profile, s.year) == ("dept_self_eval", "guangdong", 2022)
    assert s.bureau.name == "广州市荔湾区卫生健康局"
    assert s.finance.income == D("325399.34")
    assert s.finance.expenditure == D("322145.23")
    assert s.evaluation.score == D("98.9")
    # The report has no basic/personnel split and no progress figure: not invented.
    assert s.finance.basic_expenditure is None and s.finance.personnel is None
    assert s.finance.q3_progress is None
    assert len(s.duties) == 15 and s.transformation
    assert any("特别扶助金" in g for g in s.goals)
    metrics = {m.name: m for t in s.tasks for m in t.metrics}
    icu = metrics["区属医院ICU床位"]
    assert (icu.before, icu.after, icu.unit) == (D(21), D(157), "张")
    fever = metrics["发热门诊（诊室）"]
    assert (fever.before, fever.after, fever.unit) == (D(21), D(42), "间")
    assert metrics["方舱医院收治患者"].actual == D(3754)
    assert (metrics["老年人就医环境改善项目"].target, metrics["老年人就医环境改善项目"].actual) == (D(24), D(24))
    assert all(i.target == "≥99%" for i in s.indicators if "筛查率" in i.name)
    assert len(s.problems) == 2 and len(s.measures) == 3


def test_yantian_2023() -> None:
    s = _spec("yt2023.yaml")
    assert (s.kind, s.profile, s.year) == ("dept_self_eval", "shenzhen", 2023)
    assert s.bureau.region.city == "深圳市" and s.bureau.region.county == "盐田区"
    assert s.finance.procurement_planned == D("694.13")
    assert s.finance.procurement_actual == D("693.58")
    assert s.evaluation.score == D("92.04")
    assert str(s.disclosure.budget_date) == "2023-03-09"
    assert str(s.disclosure.final_accounts_date) == "2023-10-27"
    assert s.finance.income is None and s.finance.expenditure is None
    assert len(s.duties) == 15 and len(s.goals) == 6 and len(s.tasks) == 8
    assert s.indicators == []


def test_nanyue_2022() -> None:
    s = _spec("ny2022.yaml")
    assert (s.kind, s.profile, s.year) == ("dept_self_eval", "hunan", 2022)
    assert (s.bureau.region.province, s.bureau.region.city, s.bureau.region.county) == ("湖南省", "衡阳市", "南岳区")
    assert s.bureau.unit_type == "全额拨款的行政单位"
    assert len(s.bureau.internal_units) == 8
    f = s.finance
    assert (f.basic_expenditure, f.personnel, f.public_costs) == (D("592.78"), D("550.11"), D("42.67"))
    assert f.personnel + f.public_costs == f.basic_expenditure
    assert f.project_expenditure == D("2329.34")
    # Previous-year values derived from the report's stated changes.
    assert f.basic_expenditure - f.previous.basic_expenditure == D("-47.80")
    assert f.project_expenditure - f.previous.project_expenditure == D("1566.38")
    assert f.income is None and f.expenditure is None
    st = s.staffing
    assert (st.authorized, st.administrative, st.institutional, st.actual) == (36, 4, 26, 23)
    assert (st.retired, st.seconded, st.dispatched, st.vehicles) == (13, 6, 12, 2)
    # (十八)/(十九) were one duty twice; 21 numbered items become 20.
    assert len(s.duties) == 20
    assert any("区防治艾滋病工作委员会" in d for d in s.duties)
    metrics = {m.name: m for t in s.tasks for m in t.metrics}
    assert (metrics["孕产妇免费产前筛查"].target, metrics["孕产妇免费产前筛查"].actual) == (D(270), D(365))
    assert (metrics["新生儿先天性心脏病免费筛查"].target, metrics["新生儿先天性心脏病免费筛查"].actual) == (D(270), D(343))
    assert metrics["新冠疫苗接种"].actual == D(166703)
    doses = sum(metrics[n].actual for n in ("第一剂接种", "第二剂接种", "加强剂接种"))
    assert doses == metrics["新冠疫苗接种"].actual
    assert metrics["在册患者规范管理率"].actual == D("99.6")
    assert s.evaluation.score is None


def test_huadu_target_declaration() -> None:
    s = _spec("hd_target.yaml")
    assert (s.kind, s.profile, s.year) == ("target_declaration", "guangdong", 2023)
    b = s.budget
    assert (b.basic, b.project) == (D("55552.66"), D("42760.64"))
    assert (b.special_development, b.other_development) == (D("0.00"), D("9686.13"))
    assert (b.own_level, b.transfers) == (D("107999.43"), D("0.00"))
    assert {x.name: x.budget for x in b.sources} == {"财政拨款": D("107999.43"), "其他资金": D("403641.12")}
    funds = [t.funds for t in s.tasks]
    assert funds == [D(v) for v in ("11007.68", "4143.71", "50.80", "28.00", "40.00", "330.00", "2.11")]
    assert [t.other for t in s.tasks] == [False] * 5 + [True] * 2
    assert len(s.indicators) == 17
    by_name = {i.name: i for i in s.indicators}
    for moved in ("学校普法率", "结核病发病率"):
        assert (by_name[moved].level1, by_name[moved].level2) == ("效益指标", "社会效益指标")
    satisfaction = [i.name for i in s.indicators if i.level1 == "满意度指标"]
    assert satisfaction == ["临床用血满意度调查", "120电话热线满意率"]
    assert all(i.period_target and i.target and i.actual is None for i in s.indicators)
    assert by_name["结核病发病率"].target == "全年55/10万以下"
    assert not any("(%)" in i.name for i in s.indicators)


def test_gaoyang_2021() -> None:
    s = _spec("gy2021.yaml")
    assert (s.kind, s.profile, s.year) == ("project_self_eval", "hebei", 2021)
    assert (s.bureau.region.province, s.bureau.region.city) == ("河北省", "保定市")
    f = s.finance
    assert f.budget_adjusted == D("30758.63")
    assert f.funds_arrived == D("30758.63")
    assert f.funds_spent == D("27512.96")
    assert f.project_count == 87
    assert [x.spent for x in f.sources] == [D("9341.41"), D("18171.55")]
    assert sum(x.spent for x in f.sources) == f.funds_spent
    assert len(s.projects) == 12
    assert s.evaluation.score is None
    assert s.evaluation.basis == [
        "《关于印发〈高阳县县级部门预算项目绩效自评管理办法〉的通知》（高财监〔2020〕6号）",
        "《关于做好2022年度县级预算项目绩效自评工作的通知》（高财稽查〔2022〕1号）",
    ]
