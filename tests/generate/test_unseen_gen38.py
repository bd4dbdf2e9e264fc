"""Drafts of bureaus unlike the examples (round gen38): a 县退役军人事务局, a 区城市管理局, a 县医疗保障局, a
县统计局 without projects, a 县教育局 declaration and others. Each test is one place where a draft printed
what its data does not hold, said the same thing twice, or kept silent about what it lacks."""

from __future__ import annotations

import re

from tests.generate.support import data_file, render_md

MEDICAL_INSURANCE = {
    "kind": "dept_self_eval", "profile": "guangdong", "year": 2024,
    "bureau": {"name": "某县医疗保障局", "region": {"province": "广东省", "county": "某县"}},
    "duties": ["组织实施城乡居民基本医疗保险和医疗救助制度。"],
    "finance": {"income": 1560.30, "expenditure": 1322.85,
                "reasons": {"execution": "医疗救助资金按实际救助人数据实结算"}},
    "tasks": [{"name": "医疗救助", "metrics": [{"name": "资助参保人数", "unit": "人", "target": 100, "actual": 100}]}],
    "evaluation": {"score": 86},
}


def test_low_execution_cause_given_is_told_once(tmp_path):
    """With the cause in the data and no problems of its own, the guangdong draft gave the cause in
    部门整体收支情况 and again in 存在的主要问题: the same clause twice. It is told where the problem is
    listed; the overview states the rate."""
    for profile in ("guangdong", "national"):
        md = render_md(data_file(tmp_path, f"{profile}.yaml", {**MEDICAL_INSURANCE, "profile": profile}))
        assert md.count("医疗救助资金按实际救助人数据实结算") == 1, profile
        assert "84.78%" in md


def test_low_execution_cause_stays_in_finance_when_data_writes_its_problems(tmp_path):
    md = render_md(data_file(tmp_path, "d.yaml", {**MEDICAL_INSURANCE, "problems": ["医保经办队伍人员不足。"]}))
    assert md.count("医疗救助资金按实际救助人数据实结算") == 1
    assert "医保经办队伍人员不足" in md


EDUCATION_DECLARATION = {
    "kind": "target_declaration", "year": 2025,
    "bureau": {"name": "某县教育局", "region": {"province": "广东省", "county": "某县"}},
    "overall_goal": "巩固义务教育优质均衡发展成果。",
    "budget": {"basic": 18650, "project": 6420.5},
    "tasks": [{"name": "农村学校校舍维修", "funds": 1200, "goal": "消除校舍安全隐患。"},
              {"name": "学生资助", "funds": 980, "goal": "资助政策全覆盖。"}],
    "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "维修校舍面积", "target": "≥12000平方米"}],
}


def test_declaration_states_task_count_and_funds_once(tmp_path):
    """总体绩效目标 closed with "安排重点工作任务2项、拟投入资金2,180.00万元" and the 年度重点工作任务 lead
    right below said it again; the bridge now names the tasks, the lead gives the figures."""
    for seed in range(4):
        md = render_md(data_file(tmp_path, "d.yaml", EDUCATION_DECLARATION), seed=seed)
        assert md.count("2,180.00万元") + md.count("2180万元") + md.count("2180.00万元") == 1, seed
        goal = md.split("## 二、")[1].split("## 三、")[0]
        assert "农村学校校舍维修、学生资助" in goal and "2项" not in goal


VETERANS = {
    "kind": "dept_self_eval", "profile": "hunan", "year": 2024,
    "bureau": {"name": "某县退役军人事务局", "region": {"province": "湖南省", "city": "衡阳市", "county": "某县"},
               "internal_units": ["办公室"]},
    "duties": ["负责退役军人优待抚恤工作。"],
    "staffing": {"authorized": 18, "actual": 16},
    "finance": {"income": 3862.40, "expenditure": 3215.76, "basic_expenditure": 486.30,
                "project_expenditure": 2729.46},
    "tasks": [{"name": "优抚对象抚恤补助发放",
               "metrics": [{"name": "定期抚恤补助发放人数", "unit": "人", "target": 3200, "actual": 3186}]}],
}


def test_problems_lead_names_budget_execution_only_for_a_list_of_it(tmp_path):
    """The hunan lead said 我局在预算执行方面还存在一些问题和不足，主要是： before "一是总体支出进度偏低 …
    二是部分重点任务指标没有完成": an unmet task metric is no budget-execution problem."""
    for seed in range(4):
        md = render_md(data_file(tmp_path, "d.yaml", VETERANS), seed=seed)
        problems = md.split("存在的问题及原因分析")[1]
        assert "定期抚恤补助发放人数" in problems and "83.26%" in problems
        assert "预算执行方面" not in problems, seed
    met = {**VETERANS, "tasks": [{"name": "优抚对象抚恤补助发放", "metrics": [
        {"name": "定期抚恤补助发放人数", "unit": "人", "target": 3200, "actual": 3200}]}]}
    leads = {render_md(data_file(tmp_path, "m.yaml", met), seed=s).split("存在的问题及原因分析")[1].split("\n\n")[1]
             for s in range(6)}
    assert any("预算执行方面" in lead for lead in leads)  # a list of budget execution only keeps its lead


STATISTICS = {
    "kind": "dept_self_eval", "profile": "national", "year": 2024,
    "bureau": {"name": "某县统计局", "region": {"province": "江西省", "county": "某县"}},
    "duties": ["组织实施全县统计调查。"],
    "finance": {"income": 186.42, "expenditure": 181.05, "basic_expenditure": 181.05, "personnel": 160.33,
                "public_costs": 20.72, "project_expenditure": 0,
                "previous": {"basic_expenditure": 176.90, "project_expenditure": 0}},
    "evaluation": {"score": 95},
}


def test_no_project_spending_gets_no_definition_of_its_use(tmp_path):
    """A 统计局 without projects: 项目支出情况 said what 我局's project spending is for, then that it was 0万元."""
    for profile in ("national", "hunan"):
        for seed in range(3):
            md = render_md(data_file(tmp_path, "d.yaml", {**STATISTICS, "profile": profile}), seed=seed)
            part = md.split("项目支出情况")[1].split("\n## ")[0]
            assert re.search(r"项目支出为?0(\.00)?万元", part)
            assert "事业发展目标" not in part, (profile, seed)


MEDIA_CENTRE = {
    "kind": "dept_self_eval", "profile": "guangdong", "year": 2024,
    "bureau": {"name": "某县融媒体中心", "region": {"province": "广东省", "county": "某县"}},
    "duties": ["负责县域新闻宣传。"],
    "finance": {"income": 420, "expenditure": 412.6},
    "evaluation": {"score": 90.5},
}


def test_score_sentence_names_the_body_by_its_self_ref(tmp_path):
    """The score sentence could open 本部门2024年部门整体支出绩效自评得分…: 部门 twice, and no 部门 at all
    for a 融媒体中心 (我中心) or a 红十字会 (我会)."""
    path = data_file(tmp_path, "d.yaml", MEDIA_CENTRE)
    drafts = [render_md(path, seed=seed) for seed in range(12)]
    assert not any("本部门" in md for md in drafts)
    assert any("我中心2024年" in md for md in drafts)
