"""Drafts of bureaus unlike the examples (round 43): a 县司法局 whose tasks state their goals as a purpose
(为……提供法律援助) or a use of funds (用于……). Each test is one place where a draft wrote what its data does not
say or wrote it so that it reads as something else."""

from __future__ import annotations

from tests.generate.support import data_file, render_md

JUSTICE = {
    "kind": "dept_self_eval", "year": 2025,
    "bureau": {"name": "某县司法局", "region": {"province": "湖南省", "county": "某县"}},
    "finance": {"income": 1286.4, "expenditure": 1251.9},
    "tasks": [
        {"name": "法律援助经费", "funds": 62.5, "goal": "为经济困难群众提供法律援助"},
        {"name": "人民调解以奖代补", "funds": 48.0, "goal": "用于人民调解员以案定补"},
        {"name": "社区矫正工作经费", "funds": 35.2, "goal": "保障社区矫正对象监督管理"},
    ],
}


def test_a_goal_written_as_a_purpose_is_not_framed_as_yi_wei(tmp_path):
    """以为经济困难群众提供法律援助为目标 reads 以为 (to think) and 以用于……为目标 is not Chinese: a goal that
    opens with 为 or 用于 is stated as the use of the task's funds; other goals keep their 以……为目标 frame."""
    for seed in range(6):
        md = render_md(data_file(tmp_path, "j.yaml", JUSTICE), seed=seed)
        assert "以为" not in md and "以用于" not in md and "围绕为" not in md and "围绕用于" not in md, seed
        assert "用于为经济困难群众提供法律援助" in md, seed
        assert "用于人民调解员以案定补" in md and "用于用于" not in md, seed
        assert "保障社区矫正对象监督管理" in md, seed
