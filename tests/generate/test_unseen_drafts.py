"""Drafts of bureaus unlike the examples (round gen33): each test is one sentence a reader found untrue,
silent or pasted twice, on data of the kind that showed it."""

from __future__ import annotations

from tests.generate.support import data_file, render_md

UNION = {
    "kind": "dept_self_eval", "profile": "shenzhen", "year": 2023,
    "bureau": {"name": "深圳市福田区总工会", "region": {"province": "广东省", "city": "深圳市", "county": "福田区"}},
    "duties": ["维护职工合法权益，竭诚服务职工群众。"],
    "work_summary": "围绕产业工人队伍建设改革和新就业形态劳动者入会，推动全区工会工作提质增效",
    "finance": {"income": 5836.27, "expenditure": 5410.92},
    "tasks": [{"name": "新就业形态劳动者入会",
               "metrics": [{"name": "新就业形态劳动者入会", "unit": "人", "target": 3000, "actual": 3562}]}],
    "evaluation": {"score": 95},
}


def test_the_shenzhen_outline_tells_the_work_summary_once(tmp_path):
    # 总体工作 told it, then 部门履职绩效情况 opened with the same clause again (yt2023: 120 characters twice)
    for seed in range(4):
        md = render_md(data_file(tmp_path, "d.yaml", UNION), seed=seed)
        assert md.count("推动全区工会工作提质增效") == 1, md


def test_the_performance_section_alone_still_opens_with_the_work_summary(tmp_path):
    md = render_md(data_file(tmp_path, "d.yaml", UNION), section="performance")
    assert "推动全区工会工作提质增效" in md
