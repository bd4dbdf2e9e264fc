"""Loading data files: every error at once, in Chinese, with field path and line."""

import json

import pytest
from click.testing import CliRunner

from gen.cli import cli
from gen.core.errors import UserError
from gen.core.load import load_spec

GOOD = """\
year: 2023
bureau:
  name: 示例市示例区卫生健康局
  region:
    province: 示例省
    county: 示例区
finance:
  income: 100.5
  expenditure: 90
"""


def write(tmp_path, text, name="data.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def errors_of(tmp_path, text, name="data.yaml"):
    with pytest.raises(UserError) as exc:
        load_spec(write(tmp_path, text, name))
    return exc.value.messages


def test_good_file_loads(tmp_path):
    spec = load_spec(write(tmp_path, GOOD))
    assert str(spec.finance.income) == "100.50"
    assert spec.kind == "dept_self_eval" and spec.profile == "national"  # no outline of its own for 示例省: the default


def test_missing_field_named_with_line(tmp_path):
    msgs = errors_of(tmp_path, GOOD.replace("  name: 示例市示例区卫生健康局\n", ""))
    assert any("bureau.name" in m and "单位全称" in m and "缺少必填字段" in m and ":2:" in m for m in msgs), msgs


def test_wrong_type_and_negative_reported_together(tmp_path):
    text = GOOD.replace("income: 100.5", "income: 很多").replace("expenditure: 90", "expenditure: -5")
    msgs = errors_of(tmp_path, text)
    assert len(msgs) == 2
    assert any("finance.income" in m and "本年收入" in m and "应为数字" in m and ":8:" in m for m in msgs), msgs
    assert any("finance.expenditure" in m and "不能为负数" in m and ":9:" in m for m in msgs), msgs


def test_overspend_without_explanation(tmp_path):
    msgs = errors_of(tmp_path, GOOD.replace("expenditure: 90", "expenditure: 500"))
    assert any("finance.expenditure" in m and "overspend_explanation" in m for m in msgs)
    ok = GOOD.replace("expenditure: 90", "expenditure: 500\n  overspend_explanation: 年中追加疫情防控经费，已按程序报批")
    assert load_spec(write(tmp_path, ok)).finance.expenditure == 500


def test_unknown_field_and_nan(tmp_path):
    msgs = errors_of(tmp_path, GOOD + "  incme: 5\n")
    assert any("finance.incme" in m and "不认识的字段" in m for m in msgs)
    msgs = errors_of(tmp_path, GOOD.replace("income: 100.5", "income: .nan"))
    assert any("finance.income" in m for m in msgs)


def test_a_value_outside_its_choices_lists_them_in_chinese(tmp_path):
    msgs = errors_of(tmp_path, GOOD.replace("  name: 示例市示例区卫生健康局\n", "  name: 示例市示例区卫生健康局\n  self_ref: 本街道\n"))
    msg = next(m for m in msgs if "bureau.self_ref" in m)
    assert "取值应为以下之一：我局、我委" in msg and "、我单位" in msg
    assert " or " not in msg and "'" not in msg


def test_future_year_and_bad_category(tmp_path):
    text = GOOD.replace("year: 2023", "year: 2999") + (
        "indicators:\n  - {level1: 满意度指标, level2: 数量指标, name: 学校普法率, target: ≥95%}\n"
    )
    msgs = errors_of(tmp_path, text)
    assert any("year" in m and "不能晚于" in m for m in msgs)
    assert any("indicators[0]" in m and "不属于" in m for m in msgs)


def test_yaml_syntax_error_names_line(tmp_path):
    msgs = errors_of(tmp_path, "year: 2023\nbureau: [unclosed\n")
    assert msgs[0].startswith(str(tmp_path / "data.yaml") + ":")
    assert "YAML 格式错误" in msgs[0]


def test_json_input(tmp_path):
    data = {"year": 2022, "bureau": {"name": "示例县卫生健康局", "region": {"province": "示例省"}}}
    spec = load_spec(write(tmp_path, json.dumps(data, ensure_ascii=False), "d.json"))
    assert spec.year == 2022


def test_cli_bad_data_exit_2_no_traceback(tmp_path):
    bad = write(tmp_path, GOOD.replace("income: 100.5", "income: -1"))
    result = CliRunner().invoke(cli, ["generate", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "finance.income" in result.output and "不能为负数" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_schema_command_prints_json_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["properties"]["bureau"]
    assert "本年收入" in result.output


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("year: 2023\n\tbureau: x\n", 2, "制表符"),
        ("year: 2023\nbureau: [unclosed\n", 3, "方括号"),
        ("year: 2023\nbureau: *nope\n", 2, "别名"),
        ("year: 2023\nbureau:\n  name: a\n name: b\n", 4, "缩进"),
    ],
)
def test_yaml_syntax_errors_are_explained_in_chinese(tmp_path, text, line, words):
    msgs = errors_of(tmp_path, text)
    assert msgs[0].startswith(f"{tmp_path / 'data.yaml'}:{line}:"), msgs
    assert words in msgs[0]


def test_outline_chosen_by_region_and_by_chinese_name(tmp_path):
    """The outline registry: region choice is data, Chinese names and aliases are accepted."""
    text = GOOD.replace("province: 示例省", "province: 广东省")
    assert load_spec(write(tmp_path, text)).profile == "guangdong"
    named = GOOD.replace("year:", "profile: 深圳区级式（盐田）\nyear:", 1)
    assert load_spec(write(tmp_path, named)).profile == "shenzhen"
    alias = GOOD.replace("year:", "profile: 全国\nyear:", 1)
    assert load_spec(write(tmp_path, alias)).profile == "national"
    with pytest.raises(UserError, match="提纲样式“火星”不适用"):
        load_spec(write(tmp_path, GOOD.replace("year:", "profile: 火星\nyear:", 1)))


def test_a_bare_equals_sign_is_the_comparator_text(tmp_path):
    """YAML 1.1 reads a plain = as its "value" key, which a safe loader cannot build: ``comparator: =``
    was refused as a syntax error while ``comparator: ≤`` loaded."""
    text = GOOD + ("tasks:\n  - name: 应急预案修订\n    metrics:\n"
                   "      - {name: 修订专项应急预案, unit: 个, target: 6, actual: 6, comparator: =}\n"
                   "      - name: 综合应急演练\n        unit: 次\n        target: 4\n        actual: 3\n        comparator: =\n")
    spec = load_spec(write(tmp_path, text))
    assert [m.comparator for m in spec.tasks[0].metrics] == ["=", "="]
