"""Drafts of bureaus unlike the examples (round gen34): a 科学技术协会 with style settings, a 乡人民政府 in
the Hunan outline; each test is one place where the draft or generate's warnings were untrue or silent."""

from __future__ import annotations

import json

from click.testing import CliRunner

from gen.cli import cli
from tests.generate.support import data_file, render_md

TOWNSHIP = {
    "kind": "dept_self_eval", "profile": "hunan", "year": 2023,
    "bureau": {"name": "衡山县岭坡乡人民政府", "region": {"province": "湖南省", "city": "衡阳市", "county": "衡山县"}},
    "finance": {"basic_expenditure": 1180, "personnel": 1010, "public_costs": 170, "project_expenditure": 1110},
    "tasks": [{"name": "人居环境整治",
               "metrics": [{"name": "农村户厕改造", "unit": "户", "target": 300, "actual": 260,
                            "reason": "部分农户房屋不具备改厕条件"}]}],
    "evaluation": {"score": 86},
}


def _generate(tmp_path, data):
    path = data_file(tmp_path, "d.yaml", data)
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", "md,json"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "d.json").read_text(encoding="utf-8"))
    return result.output, manifest, (tmp_path / "out" / "d.md").read_text(encoding="utf-8")


def test_style_settings_are_used_not_warned_as_unused(tmp_path):
    # the style block decides how every figure is written; generate said 未写入报告 for each of its fields
    data = {**TOWNSHIP, "profile": "national", "finance": {"income": 1650.8, "expenditure": 1600},
            "style": {"thousands_separator": True, "amount_decimals": "strip", "percent_decimals": "strip"}}
    out, manifest, md = _generate(tmp_path, data)
    assert "1,650.8万元" in md
    assert not [u for u in manifest["unused"] if u["field"].startswith("style.")], manifest["unused"]
    assert "style." not in out


def test_a_score_is_not_traced_to_the_leading_digits_of_a_rate(tmp_path):
    # The Hunan outline prints no score; 86 was "found" in 完成比例是86.67% and no warning told the
    # officer that the score 86 is not in the draft.
    out, manifest, md = _generate(tmp_path, TOWNSHIP)
    assert "86.67%" in md and "86分" not in md
    assert {"field": "evaluation.score", "title": "自评得分"} in manifest["unused"]


ACADEMY = {
    "kind": "dept_self_eval", "year": 2023,
    "bureau": {"name": "绵阳市科学技术协会", "region": {"province": "四川省", "city": "绵阳市"}},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "科普活动场次", "target": "≥200场", "actual": "210场"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "公民具备科学素质比例", "target": "≥14%", "actual": "14.6%"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参与群众满意度", "target": "≥90%", "actual": "95%"},
    ],
    "evaluation": {"score": 93.4},
}


def test_all_indicators_exceeded_are_not_counted_twice(tmp_path):
    # 纳入自评的3项定量指标均达到目标值，其中3项超额完成: 其中 of the whole set reads as a machine's count
    for seed in range(6):
        md = render_md(data_file(tmp_path, "d.yaml", ACADEMY), seed=seed)
        assert "其中3项" not in md and "3项实际完成值" not in md, md
        assert "3项定量指标均超过" in md or "3项定量指标全部超额完成" in md or "3项定量指标实际完成值均高于" in md, md
    # one of three met exactly: the count of those above the target is still told
    one_met = {**ACADEMY, "indicators": [{**ACADEMY["indicators"][0], "actual": "200场"}, *ACADEMY["indicators"][1:]]}
    md = render_md(data_file(tmp_path, "d.yaml", one_met))
    assert "2项" in md and "均超过" not in md, md


SUBDISTRICT = {
    "kind": "dept_self_eval", "profile": "shenzhen", "year": 2024,
    "bureau": {"name": "深圳市龙岗区横岗街道办事处", "region": {"province": "广东省", "city": "深圳市", "county": "龙岗区"}},
    "tasks": [{"name": "安全生产", "content": "开展安全生产隐患排查整治"}],
}


def test_a_single_task_is_not_listed_as_the_first_of_several(tmp_path):
    # 重点工作任务: 一是安全生产。 and no 二是
    md = render_md(data_file(tmp_path, "d.yaml", SUBDISTRICT))
    assert "一是" not in md and "本年度重点工作任务是安全生产：开展安全生产隐患排查整治。" in md, md
    two = {**SUBDISTRICT, "tasks": [*SUBDISTRICT["tasks"], {"name": "基层治理"}]}
    md = render_md(data_file(tmp_path, "d.yaml", two))
    assert "一是安全生产：开展安全生产隐患排查整治。二是基层治理。" in md, md


def test_a_zero_target_told_as_the_years_zero_target_is_not_warned_unused(tmp_path):
    # 较大生产安全事故实际为1起，没有实现年度零目标 tells the target 0, and generate warned
    # 字段 tasks[0].metrics[0].target（目标值）未写入报告
    data = {**SUBDISTRICT, "tasks": [{"name": "安全生产", "metrics": [
        {"name": "较大生产安全事故", "unit": "起", "target": 0, "actual": 1, "comparator": "≤", "reason": "一起道路施工事故"}]}]}
    out, manifest, md = _generate(tmp_path, data)
    assert "年度零目标" in md
    assert {"field": "tasks[0].metrics[0].target", "title": "目标值"} not in manifest["unused"], manifest["unused"]


def test_an_amount_is_not_printed_by_a_percentage_of_the_same_digits(tmp_path):
    # a source's budget of 50万元 counted as printed because the draft said 指标达标率为50%: the outline has no
    # place for the sources, and generate warned for three of their four figures only (a source without its
    # arrival: the sentence of each source's budget and arrival, gen40, needs both of every source)
    data = {
        "kind": "project_self_eval", "year": 2023,
        "bureau": {"name": "沧县文化广电和旅游局", "region": {"province": "河北省", "city": "沧州市", "county": "沧县"}},
        "finance": {"project_count": 1, "budget_adjusted": 200, "funds_arrived": 180, "funds_spent": 175,
                    "sources": [{"name": "一般公共预算财政拨款", "budget": 150, "arrived": 150, "spent": 148},
                                {"name": "上级转移支付", "budget": 50, "spent": 27}]},
        "projects": [{"name": "送戏下乡", "goal": "全年送戏下乡120场。", "budget": 200, "spent": 175, "score": 95}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "送戏下乡场次", "target": "≥120场",
                        "actual": "120场"},
                       {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "target": "≥90%",
                        "actual": "85%", "reason": "部分剧目不贴近群众需求"}],
        "evaluation": {"score": 78},
    }
    out, manifest, md = _generate(tmp_path, data)
    assert "50%" in md and "50.00万元" not in md
    assert "finance.sources[1].budget" in {u["field"] for u in manifest["unused"]}, manifest["unused"]
