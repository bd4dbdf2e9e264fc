"""Grounding against data: the label map (glossary/grounding.yaml), G001 and G002."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml
from click.testing import CliRunner

from gen.check import grounding as gr
from gen.check import grounding_names as gn
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.cli import cli
from gen.core.load import validate

BUREAU = {"name": "广州市荔湾区卫生健康局", "self_ref": "我局",
          "region": {"province": "广东省", "city": "广州市", "county": "荔湾区"}}
DATA = {
    "kind": "dept_self_eval",
    "year": 2022,
    "bureau": BUREAU,
    "finance": {
        "income": "325399.34", "expenditure": "322145.23", "basic_expenditure": "592.78",
        "personnel": "550.11", "public_costs": "42.67", "procurement_planned": "694.13",
        "procurement_actual": "693.58", "previous": {"basic_expenditure": "640.58"},
    },
    "staffing": {"authorized": 60, "administrative": 40, "institutional": 20, "actual": 55},
    "tasks": [{"name": "完成民生实事", "result": "15天完成方舱医院建设。",
               "metrics": [{"name": "新生儿筛查人数", "unit": "人", "target": 9000, "actual": 9512}]}],
    "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "儿童免疫规划疫苗接种率",
                    "target": "≥90%", "actual": "95%"}],
    "evaluation": {"score": "98.9"},
}


@pytest.fixture(scope="module")
def spec():
    return validate(DATA, "lw.yaml")


def grounding_findings(text: str, spec, codes=("G",)):
    source = source_from_text(text, "report.md", kind="md")
    return check_source(source, select_rules(codes), data=spec)


def codes_at(text: str, spec) -> list[tuple[str, str]]:
    return [(f.code, text[f.start:f.end]) for f in grounding_findings(text, spec)]


# -- the label map ---------------------------------------------------------------


@pytest.mark.parametrize("label, name", [
    ("本年支出", "本年支出"),
    ("广州市荔湾区卫生健康局本年收入", "本年收入"),
    ("部门支出", "本年支出"),
    ("基本支出", "基本支出"),
    ("政府采购执行率", "政府采购执行率"),
    ("预算执行率", "预算执行率"),
    ("截至9月底支出进度", "截至9月底支出进度"),
    ("核定编制人数", "核定编制"),
])
def test_label_names_its_quantity(label, name):
    assert gn.resolve_label(label).name == name


@pytest.mark.parametrize("label", ["事业收入", "某项目支出", "上级补助收入", "专项执行率", ""])
def test_label_with_a_qualifier_names_no_quantity(label):
    assert gn.resolve_label(label) is None


def test_every_glossary_fact_exists_in_derive(spec):
    from gen.core.derive import derive

    facts = derive(spec)
    for entry in gn.named_quantities():
        for path in entry.facts + entry.previous:
            assert path.split(".")[0] in facts, (entry.name, path)


def test_fact_paths_reach_into_lists():
    facts = {"income": Decimal("1.50"), "sources": [{"use_rate": Decimal("90")}, {"use_rate": None}], "none": None}
    assert gr.fact_values(facts, "income") == [Decimal("1.50")]
    assert gr.fact_values(facts, "sources.*.use_rate") == [Decimal("90")]
    assert gr.fact_values(facts, "none") == []


def _load_broken(monkeypatch, tmp_path, entry: dict):
    (tmp_path / "grounding.yaml").write_text(yaml.safe_dump({"quantities": [entry]}, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(gn, "data_dir", lambda name: tmp_path)
    gn.named_quantities.cache_clear()
    try:
        with pytest.raises(ValueError) as info:
            gn.named_quantities()
    finally:
        monkeypatch.undo()
        gn.named_quantities.cache_clear()
    return str(info.value)


def test_glossary_entry_whose_example_does_not_resolve_fails_to_load(monkeypatch, tmp_path):
    message = _load_broken(monkeypatch, tmp_path, {
        "name": "本年收入", "kind": "amount", "labels": ["本年收入"], "facts": ["income"], "examples": ["事业收入"]})
    assert "事业收入" in message


def test_glossary_entry_with_unknown_fact_fails_to_load(monkeypatch, tmp_path):
    message = _load_broken(monkeypatch, tmp_path, {
        "name": "收入", "kind": "amount", "labels": ["收入"], "facts": ["incomes"], "examples": ["收入"]})
    assert "incomes" in message


# -- G001: a figure the data contradicts --------------------------------------------


def test_contradicted_figure_is_flagged_with_data_value(spec):
    text = "2022年，本年收入325,399.34万元，本年支出322,415.23万元，总体支出进度为99%。"
    found = grounding_findings(text, spec)
    assert [(f.code, f.severity, text[f.start:f.end]) for f in found] == [("G001", "error", "322,415.23万元")]
    assert "322,415.23" in found[0].message and "322,145.23" in found[0].message
    assert found[0].suggestion == "322,145.23万元"


@pytest.mark.parametrize("text", [
    "本年收入325,399.34万元，本年支出322,145.23万元，总体支出进度为99%。",
    "总体支出进度为99.00%。",  # printed at two decimals: 322145.23 / 325399.34 = 99.00%
    "本年支出32.21亿元。",  # another money unit, rounded at its precision
    "基本支出中人员经费550.11万元，日常公用经费42.67万元。",
    "上年基本支出640.58万元，本年基本支出592.78万元。",
    "2021年基本支出640.58万元。",
    "政府采购计划金额为694.13万元，实际政府采购金额为693.58万元，政府采购执行率为99.92%。",
    "核定编制60人，其中行政编制40人、事业编制20人，实际在岗55人。",
    "自评得分98.9分。",
    "新生儿筛查人数9512人，儿童免疫规划疫苗接种率95%。",
    "事业收入1,000.00万元，2020年基本支出1.00万元，总体支出进度≥50%。",  # not the data's quantities
])
def test_figures_that_agree_or_name_nothing_are_left_alone(text, spec):
    assert [f for f in grounding_findings(text, spec) if f.code == "G001"] == []


@pytest.mark.parametrize("text, figure", [
    ("上年基本支出604.58万元。", "604.58万元"),
    ("本年支出322,145.32万元。", "322,145.32万元"),
    ("本年支出32.12亿元。", "32.12亿元"),
    ("总体支出进度为98%。", "98%"),
    ("政府采购执行率为99.29%。", "99.29%"),
    ("实际在岗56人。", "56人"),
    ("自评得分99.8分。", "99.8分"),
    ("新生儿筛查人数9152人。", "9152人"),
])
def test_each_contradicted_quantity_is_flagged(text, figure, spec):
    assert codes_at(text, spec) == [("G001", figure)]


def test_no_data_no_grounding(spec):
    source = source_from_text("本年支出1.00万元，全年开展讲座1,234场。", "r.md", kind="md")
    assert check_source(source, select_rules(["G"])) == []


# -- G002: a figure that comes from nowhere -----------------------------------------


def test_figure_matching_no_data_value_is_info(spec):
    text = "全年开展健康讲座1,234场，基本支出较上年减少47.80万元，下降7.46%。"
    found = grounding_findings(text, spec)
    assert [(f.code, f.severity, text[f.start:f.end]) for f in found] == [("G002", "info", "1,234场")]


@pytest.mark.parametrize("text", [
    "2022年3月9日进行单位预算公开。",
    "根据《2022年度绩效评价工作方案》（荔财〔2020〕6号），第3项工作已完成。",
    "#### 17.健康宣传\n\n（12）开展讲座。",
    "完成COVID-19疫苗接种。",
    "人员经费550.11万元，占基本支出的92.80%。",  # a derived share
    "15天完成方舱医院建设，新生儿筛查完成率105.69%。",  # data text and a derived completion
    "设置绩效指标1个，重点工作任务1项。",  # counts of listed items
])
def test_numbering_dates_names_and_derived_values_are_not_questioned(text, spec):
    assert codes_at(text, spec) == []


def test_figure_judged_by_g001_is_not_also_g002(spec):
    assert codes_at("本年支出1,234.56万元。", spec) == [("G001", "1,234.56万元")]


# -- jixiao check --data ------------------------------------------------------------


def test_check_command_grounds_against_data_file(tmp_path):
    data = tmp_path / "lw.yaml"
    data.write_text(yaml.safe_dump(DATA, allow_unicode=True), encoding="utf-8")
    report = tmp_path / "report.md"
    report.write_text("本年收入325,399.34万元，本年支出322,415.23万元。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(report), "--data", str(data), "--select", "G"])
    assert result.exit_code == 1, result.output
    assert "report.md:1:" in result.output and "G001" in result.output and "322,145.23" in result.output
    without = CliRunner().invoke(cli, ["check", str(report), "--select", "G,N"])
    assert "G001" not in without.output


def test_table_cell_is_grounded_by_its_row_and_column_unit():
    spec = validate({**DATA, "kind": "target_declaration", "budget": {"basic": "55552.66", "project": "42760.64"}},
                    "hd.yaml")
    table = ("| 类别 | 项目 | 预算金额（万元） |\n| --- | --- | --- |\n"
             "| 部门预算支出 | 基本支出 | {basic} |\n| 部门预算支出 | 合计 | {total} |\n")
    assert codes_at(table.format(basic="55,552.66", total="98,313.30"), spec) == []
    text = table.format(basic="55,525.66", total="98,313.03")
    found = grounding_findings(text, spec)
    assert [(f.code, text[f.start:f.end], f.suggestion) for f in found] == [
        ("G001", "55,525.66", "55,552.66"), ("G001", "98,313.03", "98,313.30")]
    assert "55,552.66万元" in found[0].message
