"""Data that contradicts itself: refused with file, line and field, or a named warning."""

from decimal import Decimal as D

import pytest

from gen.core.derive import derive
from gen.core.errors import UserError
from gen.core.load import load_spec, load_spec_with_warnings
from gen.core.numbers import format_amount, format_score, rating_for

HEAD = """year: 2023
bureau:
  name: 示例县卫生健康局
  region: {province: 示例省, city: 示例市, county: 示例县}
"""


def write(tmp_path, body, name="d.yaml"):
    p = tmp_path / name
    p.write_text(HEAD + body, encoding="utf-8")
    return p


def refused(tmp_path, body):
    with pytest.raises(UserError) as exc:
        load_spec(write(tmp_path, body))
    return exc.value.messages


def test_basic_must_be_personnel_plus_public(tmp_path):
    msgs = refused(tmp_path, "finance:\n  basic_expenditure: 600\n  personnel: 500\n  public_costs: 90\n")
    assert len(msgs) == 1
    assert msgs[0].startswith(f"{tmp_path / 'd.yaml'}:6: 字段 finance.basic_expenditure（基本支出）")
    w = lambda v: format_amount(D(v)) + "万元"  # noqa: E731 - the number layer's style, whatever it is
    assert f"人员经费{w('500')}＋日常公用经费{w('90')}＝{w('590')}" in msgs[0]


def test_expenditure_must_be_basic_plus_project(tmp_path):
    msgs = refused(tmp_path, "finance:\n  expenditure: 900\n  basic_expenditure: 300\n  project_expenditure: 700\n")
    assert ":6: 字段 finance.expenditure（本年支出）" in msgs[0]
    assert format_amount(D("1000")) + "万元" in msgs[0]


def test_parts_within_a_cent_pass(tmp_path):
    load_spec(write(tmp_path, "finance:\n  basic_expenditure: 600\n  personnel: 509.99\n  public_costs: 90\n"))


def test_previous_year_parts(tmp_path):
    msgs = refused(tmp_path, "finance:\n  previous:\n    basic_expenditure: 10\n    personnel: 5\n    public_costs: 6\n")
    assert "finance.previous.basic_expenditure（上年基本支出）" in msgs[0]


def test_rating_against_score_is_refused_with_line(tmp_path):
    msgs = refused(tmp_path, "evaluation:\n  score: 95\n  rating: 差\n")
    assert ":7: 字段 evaluation.rating（自评等级）" in msgs[0]
    assert "应为“优”" in msgs[0]


def test_score_more_precise_than_the_scale_is_refused(tmp_path):
    msgs = refused(tmp_path, "evaluation:\n  score: 89.9951\n")
    assert "evaluation.score" in msgs[0] and "小数位" in msgs[0]


def test_more_staff_than_posts_is_a_warning_an_explanation_silences(tmp_path):
    spec, warnings = load_spec_with_warnings(write(tmp_path, "staffing:\n  authorized: 55\n  actual: 96\n"))
    assert len(warnings) == 1 and ":7: 字段 staffing.actual（实际在岗在编人数）" in warnings[0]
    assert "staffing.explanation" in warnings[0]
    _, warnings = load_spec_with_warnings(write(
        tmp_path, "staffing:\n  authorized: 55\n  actual: 96\n  explanation: 含划转的乡镇卫生院人员41人\n"))
    assert warnings == []


def test_arrived_over_budget_is_a_warning(tmp_path):
    _, warnings = load_spec_with_warnings(write(tmp_path, "finance:\n  budget_adjusted: 100\n  funds_arrived: 120\n"))
    assert "finance.funds_arrived" in warnings[0] and "arrival_explanation" in warnings[0]


def test_sources_over_total_refused(tmp_path):
    msgs = refused(tmp_path, "finance:\n  funds_spent: 100\n  sources:\n    - {name: 财政拨款, spent: 80}\n"
                             "    - {name: 其他, spent: 30}\n")
    assert "finance.sources[].spent" in msgs[0]


def test_json_locates_the_line(tmp_path):
    p = tmp_path / "d.json"
    p.write_text('{"year": 2023,\n "bureau": {"name": "示例县卫生健康局", "region": {"province": "示例省"}},\n'
                 ' "evaluation": {"score": 95,\n   "rating": "差"}}', encoding="utf-8")
    with pytest.raises(UserError) as exc:
        load_spec(p)
    assert f"{p}:4: 字段 evaluation.rating" in exc.value.messages[0]


@pytest.mark.parametrize("score, rating", [("89.995", "良"), ("90", "优"), ("79.999", "中"), ("59.99", "差")])
def test_rating_is_of_the_unrounded_score_and_the_score_keeps_its_precision(tmp_path, score, rating):
    spec = load_spec(write(tmp_path, f"evaluation:\n  score: {score}\n"))
    facts = derive(spec)
    assert facts["rating"] == rating == rating_for(D(score))
    assert format_score(facts["score"]) == score


def test_a_metric_or_an_indicator_listed_twice_is_refused_with_its_line(tmp_path):
    body = ("tasks:\n  - name: 结核病防治\n    metrics:\n      - {name: 接种剂次, unit: 剂次, actual: 10}\n"
            "      - {name: 接种剂次, unit: 剂次, actual: 10}\n")
    msgs = refused(tmp_path, body)
    assert len(msgs) == 1 and msgs[0].startswith(f"{tmp_path / 'd.yaml'}:9: 字段 tasks[0].metrics[1].name")
    assert "任务“结核病防治”的指标“接种剂次”与第1项同名、同单位，重复列出" in msgs[0]
    ind = "  - {level1: 产出指标, level2: 数量指标, name: 免疫接种率, target: ≥90%, actual: 95%}\n"
    msgs = refused(tmp_path, "indicators:\n" + ind + ind)
    assert len(msgs) == 1 and "数量指标“免疫接种率”与第1项重复列出" in msgs[0]


def test_one_name_in_two_units_or_two_levels_is_not_a_repeat(tmp_path):
    body = ("tasks:\n  - name: 结核病防治\n    metrics:\n      - {name: 筛查, unit: 人, actual: 10}\n"
            "      - {name: 筛查, unit: 人次, actual: 12}\n"
            "indicators:\n  - {level1: 产出指标, level2: 数量指标, name: 完成率, target: 100%, actual: 100%}\n"
            "  - {level1: 产出指标, level2: 质量指标, name: 完成率, target: 100%, actual: 100%}\n")
    load_spec(write(tmp_path, body))
