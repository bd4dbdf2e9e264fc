"""generate's warnings say what the draft really holds: a placeholder only where one was written, and
--omit-missing still reports every datum it left out (round gen33's readings of unseen bureaus)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from gen.cli import cli
from tests.generate.support import data_file

ARCHIVE = {
    "kind": "dept_self_eval", "year": 2024,
    "bureau": {"name": "衡阳市档案馆", "region": {"province": "湖南省", "city": "衡阳市"}},
    "finance": {"basic_expenditure": 612.4, "personnel": 548.9, "public_costs": 63.5, "project_expenditure": 386.2},
    "tasks": [{"name": "档案利用服务", "metrics": [{"name": "接待查档利用", "unit": "人次", "target": 6000, "actual": 5420}]}],
    "indicators": [{"level1": "产出指标", "level2": "时效指标", "name": "查档申请办结时限",
                    "target": "≤3个工作日", "actual": "2个工作日"}],
    "evaluation": {"score": 88.5},
}


def _generate(tmp_path, data, *extra):
    path = data_file(tmp_path, "d.yaml", data)
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", "md,json", *extra])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "d.json").read_text(encoding="utf-8"))
    return result.output, manifest, (tmp_path / "out" / "d.md").read_text(encoding="utf-8")


def test_no_placeholder_is_claimed_where_the_outline_does_not_tell_the_figure(tmp_path):
    # The Hunan outline prints no indicators: the far-exceeded indicator's cause has no placeholder
    # to fill, and the warning said 已写入待补充占位 all the same.
    out, manifest, md = _generate(tmp_path, ARCHIVE)
    assert "查档申请办结时限" not in md
    line = next(w for w in manifest["warnings"] if w.startswith("字段 indicators[0].reason"))
    assert "已写入待补充占位" not in line and "未留占位" in line
    # the task metric's missing cause has its placeholder in the draft, and says so
    assert "【待补充：任务指标“接待查档利用”未完成的原因】" in md
    assert any(w.startswith("字段 tasks[0].metrics[0].reason") and w.endswith("已写入待补充占位")
               for w in manifest["warnings"])


def test_omit_missing_keeps_the_warnings_and_reports_what_it_left_out(tmp_path):
    # --omit-missing built a new document without warnings or traces: every unused-field warning was
    # lost, and the data of the sentences it took out (the metric's 6000 and 5420) vanished silently.
    out, manifest, md = _generate(tmp_path, ARCHIVE, "--omit-missing")
    assert "5420" not in md and "【待补充" not in md
    assert "字段 evaluation.score（自评得分）未写入报告：当前提纲没有相应位置" in out
    assert "字段 tasks[0].metrics[0].actual（实际值）未写入报告：所在语句含待补充内容，已按 --omit-missing 略去" in out
    assert {"field": "tasks[0].metrics[0].actual", "title": "实际值"} in manifest["unused"]
    assert any(w.startswith("字段 tasks[0].metrics[0].reason") and w.endswith("所在语句已按 --omit-missing 略去")
               for w in manifest["warnings"])


def test_a_field_the_regions_outline_has_no_place_for_names_an_outline_that_has(tmp_path):
    # 衡阳市 chose the 湖南衡阳区县式 outline, which prints no income or spending total: the warning said only
    # 当前提纲没有相应位置, and an officer could not tell that the national outline prints both.
    data = {**ARCHIVE, "finance": {**ARCHIVE["finance"], "income": 1050.0, "expenditure": 998.6}}
    out, manifest, md = _generate(tmp_path, data)
    line = next(w for w in manifest["warnings"] if w.startswith("字段 finance.income"))
    assert "当前提纲：湖南衡阳区县式" in line and "profile: national" in line
    # a field the outline in use needs gets no such tip (the score under the national outline is printed anyway)
    out, manifest, md = _generate(tmp_path, {**data, "profile": "national"})
    assert not any("profile:" in w for w in manifest["warnings"])


def test_a_low_rate_states_its_operands_where_the_outline_prints_no_totals(tmp_path):
    # The Hunan outline prints no income or spending total, yet its problems section said
    # 总体支出进度为80.89% after 从前述整体支出情况看: a figure the reader could not check against anything.
    data = {**ARCHIVE, "finance": {**ARCHIVE["finance"], "income": 1234.56, "expenditure": 998.6}}
    out, manifest, md = _generate(tmp_path, data)
    assert "支出998.60万元，收入1234.56万元，总体支出进度为80.89%" in md.replace(",", "")
    assert not any(w.startswith(("字段 finance.income", "字段 finance.expenditure")) for w in manifest["warnings"])
    # an outline that prints both totals states the rate alone in its problems
    out, manifest, md = _generate(tmp_path, {**data, "profile": "national"})
    problems = md[md.index("存在的问题"):]
    assert "总体支出进度为80.89%" in problems and "收入1234.56万元" not in problems.replace(",", "")
