"""The 自评表 written beside a draft: its gaps are told with the text's, its fields are not warned as dropped.

A project form without targets showed 【待补充：年度指标值】 in its cells while ``generate`` listed
only the text's gaps; and every field of the forms was warned "未写入报告：当前提纲没有相应位置"
(fifteen warnings for one form) although the Word appendix and the xlsx print them all.
"""

from __future__ import annotations

import json

import yaml
from click.testing import CliRunner

from gen.cli import cli
from tests.generate.support import EXAMPLES, SYNTH, data_file, render_md

QS = EXAMPLES / "forms" / "qingshen2023.yaml"
HOLE = "自评表（项目：工资性支出）：年度指标值（填写 forms.projects[].indicators[].target）（2处）"


def _without_targets() -> dict:
    data = yaml.safe_load(QS.read_text(encoding="utf-8"))
    for form in data["forms"]["projects"]:
        for ind in form["indicators"]:
            ind.pop("target")
    return data


def _generate(tmp_path, path, fmt):
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_written_forms_gaps_are_listed_with_the_texts(tmp_path):
    path = data_file(tmp_path, "d.yaml", _without_targets())
    for fmt in ("md,xlsx", "md,docx,json"):
        output = _generate(tmp_path, path, fmt)
        assert HOLE in output, fmt
        assert "生成的报告有 7 处待补充内容" in output
        assert "未写入报告" not in output and "不含自评表" not in output


def test_forms_left_out_by_the_formats_are_said_once(tmp_path):
    output = _generate(tmp_path, data_file(tmp_path, "d.yaml", _without_targets()), "md")
    assert HOLE not in output  # no form is written, so it has no gap to fill
    assert output.count("不含自评表") == 1
    assert "未写入报告" not in output


def test_forms_fields_are_not_warned_as_dropped_when_the_forms_are_written(tmp_path):
    output = _generate(tmp_path, QS, "md,docx,json")
    assert "未写入报告" not in output and "待补充内容" in output


def test_the_department_forms_indicators_are_asked_for_once(tmp_path):
    data = yaml.safe_load((SYNTH / "gd_good.yaml").read_text(encoding="utf-8"))
    data["forms"] = {"funds": {"total": {"full_year": 100, "executed": 90}}}  # a 部门整体 form beside the text
    data["indicators"][0].pop("target")
    output = _generate(tmp_path, data_file(tmp_path, "d.yaml", data), "md,xlsx")
    assert "部门整体自评表：年度指标值" not in output  # the text's own table asks for it already
    assert "年度指标值（填写 indicators[].target）" in output


def test_a_batchs_placeholder_count_holds_the_forms_gaps(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    data_file(folder, "qs.yaml", _without_targets())
    result = CliRunner().invoke(cli, ["batch", str(folder), "-o", str(tmp_path / "out"), "--format", "md,xlsx"])
    assert result.exit_code == 0, result.output
    row = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))["bureaus"][0]
    assert row["placeholders"] == 7 and row["warnings"] == []


def test_project_totals_stand_in_for_missing_finance_totals():
    md = render_md(QS)
    assert "纳入本次自评的1个预算项目安排预算251.89万元，实际支出251.89万元，预算执行率为100%" in md
    assert "项目资金到位和支出情况为" not in md and "【待补充：实际到位资金】" in md


def _dept_form_cells(tmp_path, data) -> tuple[str, list[str]]:
    """generate's output and the texts of the 部门整体 form's cells in the xlsx."""
    import openpyxl

    output = _generate(tmp_path, data_file(tmp_path, "d.yaml", data), "md,xlsx")
    book = openpyxl.load_workbook(tmp_path / "out" / "d.xlsx")
    sheet = book["部门整体自评表"]
    return output, [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]


def test_the_department_forms_goal_is_the_datas_own_or_a_visible_gap(tmp_path):
    # The form printed spec.overall_goal and spec.work_summary only: a bureau that gave its goals as a list
    # (goals) got two blank 年度总体目标 cells, no placeholder and no word of the data it held.
    data = yaml.safe_load((SYNTH / "gd_good.yaml").read_text(encoding="utf-8"))
    data["forms"] = {"funds": {"total": {"full_year": 100, "executed": 90}}}
    for key in ("score", "rating"):  # the form's own scoring would contradict the example's score
        data.get("evaluation", {}).pop(key, None)
    data.pop("overall_goal")
    data["goals"] = ["巩固基层医疗卫生服务网络", "提升公共卫生服务水平。"]
    output, cells = _dept_form_cells(tmp_path, data)
    assert "1.巩固基层医疗卫生服务网络；2.提升公共卫生服务水平。" in cells
    data.pop("goals")
    data.pop("work_summary", None)
    output, cells = _dept_form_cells(tmp_path, data)
    assert "【待补充：年度总体目标（预期目标）】" in cells and "【待补充：年度总体目标实际完成情况】" in cells
    assert "部门整体自评表：年度总体目标（预期目标）" in output and "部门整体自评表：年度总体目标实际完成情况" in output
