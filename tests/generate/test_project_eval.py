"""The 项目支出绩效自评工作报告 (project_self_eval / hebei) renders from data only.

Seed 004 is the model. It printed "资金使用率达90%" where its own figures give
27,512.96 ÷ 30,758.63 = 89.45%: the generated report prints the derived rate, and a
report whose funds, indicators or score fall short never reads as a success story.
"""

from __future__ import annotations

import re

import pytest

from gen.generate.document import Heading
from gen.core.errors import UserError

from tests.generate.support import data_file, EXAMPLES, SYNTH, assert_golden, lint_result, number_findings, praise_in, render_doc, render_md, variation_ok

GY = EXAMPLES / "gy2021.yaml"
PROJS = [GY, *sorted(SYNTH.glob("proj_*.yaml"))]


def test_gy2021_matches_golden():
    assert_golden(render_md(GY), "gy2021.md")


def test_gy2021_figures_and_derived_use_rate():
    md = render_md(GY)
    for figure in ("30,758.63万元", "27,512.96万元", "9,341.41万元", "18,171.55万元", "87个"):
        assert figure in md, figure
    assert "资金使用率为89.45%" in md
    assert "达90%" not in md and "资金使用率为90%" not in md
    # the two sources' shares of the spending, next to their amounts
    assert "33.95%" in md and "66.05%" in md


def test_basis_documents_keep_their_numbers():
    md = render_md(GY)
    assert "（高财监〔2020〕6号）" in md and "（高财稽查〔2022〕1号）" in md
    assert "<" not in md
    # the report gives no cause for its low use rate: a placeholder, never a stock cause
    assert "【" not in md.replace("【待补充：资金使用率偏低的原因】", "")


def test_outline_and_one_heading_per_project():
    doc, facts = render_doc(GY)
    assert doc.title == "高阳县卫生健康局2021年度项目支出绩效自评工作报告"
    level1 = [h.full for h in doc.headings() if h.level == 1]
    assert level1 == ["一、绩效自评工作组织开展情况", "二、绩效目标实现情况", "三、绩效目标设定质量问题", "四、整改措施及结果应用"]
    blocks = doc.blocks
    start = blocks.index(next(h for h in doc.headings() if h.text == "绩效目标实现情况"))
    end = blocks.index(next(h for h in doc.headings() if h.text == "绩效目标设定质量问题"))
    projects = [b.text for b in blocks[start:end] if isinstance(b, Heading) and b.level == 2]
    assert projects == [p["name"] for p in facts["projects"]]
    assert len(projects) == 12
    # each project heading is followed by its goal, told as one
    for p in facts["projects"]:
        i = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == p["name"])
        assert blocks[i + 1].text.startswith("绩效目标为：" + p["goal"].rstrip("。"))


def test_titled_measures_become_headings_then_results_use():
    doc, _ = render_doc(GY)
    start = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.text == "整改措施及结果应用")
    heads = [b.full for b in doc.blocks[start:] if isinstance(b, Heading) and b.level == 2]
    assert heads == ["（一）加强组织领导", "（二）强化相关部门之间的联动与协调", "（三）加强人才建设",
                     "（四）深化医药卫生改革", "（五）严格考核评价"]


@pytest.mark.parametrize("path", [GY, SYNTH / "proj_low.yaml", SYNTH / "proj_mid.yaml"], ids=lambda p: p.stem)
def test_shortfalls_never_read_as_success(path):
    md = render_md(path)
    assert not praise_in(md), praise_in(md)


def test_low_use_rate_and_unmet_indicators_are_stated():
    md = render_md(SYNTH / "proj_low.yaml")
    assert "资金使用率为72.02%" in md  # 3,456.78 ÷ 4,800.00
    assert "资金使用率偏低" in md or "支出进度滞后" in md
    assert "家庭医生签约人数、服务对象满意度" in md
    assert "指标达标率为33.33%" in md  # 1 of 3 judged indicators met
    assert "72.5分" in md and "“中”" in md
    # per-project figures: 1,350.25 ÷ 1,800.00 and a project without spending
    assert "实际支出1,350.25万元" in md and "75.01%" in md
    assert "的实际支出金额】" in md


def test_no_basis_documents_cites_none():
    md = render_md(SYNTH / "proj_low.yaml")
    assert "根据《" not in md and "〔" not in md
    assert "【待补充：自评依据的文件】" in md


def test_earned_praise_and_conservative_targets():
    md = render_md(SYNTH / "proj_good.yaml")
    assert "合规合法" not in md and "成效明显" not in md  # no data states either
    assert "95分" in md and "“优”" in md
    assert "设定偏保守" in md or "设定过低" in md


def test_data_problems_take_precedence_and_gaps_are_said():
    md = render_md(SYNTH / "proj_partial.yaml")
    assert "部分项目支出数据归集不及时，影响自评工作进度。" in md
    assert "倒查年初绩效目标" not in md  # corpus findings replaced by the data's own
    assert "【待补充：项目资金到位和支出情况（实际到位资金、实际支出资金）】" in md
    assert "【待补充：各预算项目的名称、绩效目标及实现情况】" in md  # no per-project goals in the data


@pytest.mark.parametrize("finance, said, asked", [
    ({"budget_adjusted": 800, "funds_spent": 612.3}, ["调整后预算资金800.00万元", "实际支出612.30万元"], ["实际到位资金"]),
    ({"funds_arrived": 700, "funds_spent": 612.3}, ["实际到位资金700.00万元", "612.30万元，资金使用率为87.47%"],
     ["调整后预算资金"]),
    ({"budget_adjusted": 800, "funds_arrived": 700}, ["实际到位资金700.00万元，资金到位率为87.50%"], ["实际支出资金"]),
], ids=["no_arrival", "no_budget", "no_spending"])
def test_given_funds_are_printed_and_only_the_missing_ones_asked(tmp_path, finance, said, asked):
    """A project report with some of budget, arrival and spending prints what it has.

    It used to ask for 项目资金到位和支出情况 as a whole (and drop the spending it was given)
    whenever arrival or spending was missing.
    """
    data = {"kind": "project_self_eval", "year": 2023, "finance": finance,
            "bureau": {"name": "某县水利局", "region": {"province": "湖南省"}}}
    md = render_md(data_file(tmp_path, "p.yaml", data))
    assert "项目资金到位和支出情况为" not in md
    for text in said:
        assert text in md, text
    for what in asked:
        assert f"【待补充：{what}】" in md, what
    assert not number_findings(md)


@pytest.mark.parametrize("path", PROJS, ids=lambda p: p.stem)
def test_no_leftovers_and_numbers_check_out(path):
    md = render_md(path)
    assert not re.search(r"None|nan|\{\{|\}\}|\{%", md), md
    assert not number_findings(md)


def test_each_section_renders_alone():
    for section in ("organization", "goals_results", "target_quality", "measures"):
        md = render_md(GY, section=section)
        assert md.startswith("# 高阳县卫生健康局2021年度项目支出绩效自评工作报告（节选）")
    assert "资金使用率为89.45%" in render_md(GY, section="organization")
    with pytest.raises(UserError):
        render_md(GY, section="no_such")


def test_deterministic_and_seed_varies_wording():
    assert render_md(GY, seed=3) == render_md(GY, seed=3)
    assert len({render_md(GY, seed=s) for s in range(4)}) > 1


def test_corpus_lint_clean_for_project_eval_groups():
    problems, _ = lint_result()
    mine = [p for p in problems if p.startswith("project_eval.yaml")]
    assert not mine, mine
    from gen.generate.corpus import load_corpus

    groups = [g for g in load_corpus() if g.file == "project_eval.yaml"]
    assert len(groups) >= 20
    assert all(variation_ok(g) for g in groups)
    # praise words only where the condition requires praise_ok (not merely mentions it)
    for g in groups:
        if praise_in("".join(g.variants)):
            assert re.match(r"praise_ok\b(?! *==)", g.when), g.id


def test_one_project_is_not_introduced_as_kinds_of_projects(tmp_path):
    data = data_file(tmp_path, "one.yaml", (
        "kind: project_self_eval\nprofile: hebei\nyear: 2024\n"
        "bureau: {name: 某县图书馆, region: {province: 云南省, county: 某县}}\n"
        "projects:\n  - {name: 公共图书馆免费开放补助, goal: 保障图书馆免费开放。, budget: 30, spent: 24.6}\n"
    ))
    for seed in range(12):
        md = render_md(data, seed=seed)
        assert "各类" not in md and "归并" not in md, seed
        assert "我馆" in md and "我局" not in md
    two = data.read_text(encoding="utf-8") + "  - {name: 古籍保护, goal: 修复古籍。, budget: 10, spent: 10}\n"
    data.write_text(two, encoding="utf-8")
    for seed in range(12):  # no datum says the listed projects are categories: no grouping is claimed
        md = render_md(data, seed=seed)
        assert "归并" not in md and "各类" not in md and "绩效目标及实现情况" in md, seed


def test_a_project_without_its_goal_gets_a_placeholder_not_a_refusal(tmp_path):
    """A project listed with its funds but no 绩效目标 still drafts: the goal is a visible placeholder naming
    the project and the field, and the funds are told (the data file was refused before)."""
    data = data_file(tmp_path, "road.yaml", (
        "kind: project_self_eval\nprofile: hebei\nyear: 2024\n"
        "bureau: {name: 某县交通运输局, region: {province: 四川省, county: 某县}}\n"
        "projects:\n  - {name: 危桥改造项目, budget: 500, spent: 250}\n"
        "  - {name: 农村公路养护项目, goal: 完成县乡村道日常养护。, budget: 1200, spent: 980.42}\n"
    ))
    md = render_md(data)
    assert "【待补充：“危桥改造项目”的绩效目标及实现情况】。" in md
    assert "完成县乡村道日常养护。" in md and "500.00万元" in md


def test_a_project_spending_without_its_budget_is_told_not_dropped(tmp_path):
    """Reading a 文化和旅游局 draft: a project with its 实际支出 but no 预算 lost the spending (warned as
    unused, 当前提纲没有相应位置). It is told, and the budget is a placeholder naming the project."""
    data = data_file(tmp_path, "tour.yaml", (
        "kind: project_self_eval\nprofile: hebei\nyear: 2022\n"
        "bureau: {name: 某县文化和旅游局, region: {province: 湖北省, county: 某县}}\n"
        "projects:\n  - {name: 旅游宣传推广, goal: 提升旅游知名度。, spent: 120.5}\n"
    ))
    for seed in range(4):
        md = render_md(data, seed=seed)
        assert "120.50万元" in md, seed
        assert "【待补充：项目“旅游宣传推广”的预算金额】" in md, seed
        assert "执行率" not in md.split("旅游宣传推广\n")[1].split("#")[0], seed


def test_a_low_use_rate_is_told_as_unspent_funds_not_a_missed_target(tmp_path):
    """The data gives a use rate, not a spending target: the problem tells the unspent funds; with every
    arrived fund spent (use rate 100%, execution low because funds did not arrive) it says nothing of spending."""
    data = tmp_path / "low.yaml"
    base = ("kind: project_self_eval\nprofile: hebei\nyear: 2022\n"
            "bureau: {name: 某县文化和旅游局, region: {province: 河北省, county: 某县}}\n"
            "finance: {budget_adjusted: 1000, funds_arrived: FA, funds_spent: 500}\n")
    data.write_text(base.replace("FA", "800"), encoding="utf-8")
    for seed in range(6):
        md = render_md(data, seed=seed)
        assert "资金使用目标" not in md and "资金支出目标" not in md, seed
        assert "62.50%" in md and ("到位资金" in md.split("资金使用率")[-1]), seed
    data.write_text(base.replace("FA", "500"), encoding="utf-8")
    for seed in range(6):
        md = render_md(data, seed=seed)
        assert "未全部支出" not in md and "年内未支出" not in md and "未全部使用" not in md, seed
