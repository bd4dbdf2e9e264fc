"""evaluation.score computed from the form when omitted, checked when given (gen/core/forms/evaluate.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from gen.core.errors import UserError
from gen.core.load import load_spec
from support import DEPT, EXAMPLES, ROOT, write_dept


def test_score_is_computed_when_omitted(tmp_path):
    spec = load_spec(write_dept(tmp_path))
    # budget 1080/1200 = 90 % → 9; 400/500 × 30 = 24; 20; 30; 基本达成 → 70 % of 10 = 7
    assert spec.evaluation.score == D("90.00")


def test_a_given_score_that_the_rules_contradict_is_an_error_with_every_row(tmp_path):
    path = write_dept(tmp_path, DEPT.replace("forms:\n", "evaluation: {score: 95}\nforms:\n", 1))
    with pytest.raises(UserError) as exc:
        load_spec(path)
    message = "\n".join(exc.value.messages)
    assert "字段 evaluation.score（自评得分）：填写95分，按评分规则计算应为90分" in message
    for row in ("预算执行率（分值10）：9分", "培训人数（分值30）：24分", "服务对象满意度（分值10）：7分"):
        assert row in message


def test_a_given_score_inside_the_qualitative_band_is_accepted(tmp_path):
    spec = load_spec(write_dept(tmp_path, DEPT.replace("forms:\n", "evaluation: {score: 90.5}\nforms:\n", 1)))
    assert spec.evaluation.score == D("90.5")


def test_a_wrong_indicator_score_names_its_field_and_the_right_score(tmp_path):
    path = write_dept(tmp_path, DEPT.replace('actual: "400人", points: 30}', 'actual: "400人", points: 30, score: 30}'))
    with pytest.raises(UserError) as exc:
        load_spec(path)
    assert any("字段 indicators[0].score（得分）：“培训人数”填写30分" in m and "应为24分" in m for m in exc.value.messages)


def test_project_form_total_is_checked(tmp_path):
    path = write_dept(tmp_path, DEPT.replace("      goal_actual: 完成年度服务任务\n",
                                             "      goal_actual: 完成年度服务任务\n      score: 99\n"))
    with pytest.raises(UserError) as exc:
        load_spec(path)
    assert any("forms.projects[0].score（总分）：填写99分" in m for m in exc.value.messages)


def test_unknown_rule_set_is_a_located_error(tmp_path):
    path = write_dept(tmp_path, DEPT.replace("forms:\n", "forms:\n  rule_set: mars\n", 1))
    with pytest.raises(UserError, match="forms.rule_set（评分规则集）：“mars”不存在"):
        load_spec(path)


def test_data_without_forms_is_left_as_it_was():
    """The source-report examples carry no form: their score is exactly the one typed, or none."""
    import yaml

    for path in sorted((ROOT / "examples").glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec = load_spec(path)
        typed = (raw.get("evaluation") or {}).get("score")
        assert spec.forms is None, path.name
        assert spec.evaluation.score == (None if typed is None else D(str(typed))), path.name


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_published_examples_compute_the_published_scores(path):
    spec = load_spec(path)
    form = spec.forms.projects[0]
    from gen.core.scoring import rule_set, score_form

    result = score_form(rule_set(spec.forms.rule_set), list(form.indicators), form.funds.total.full_year,
                        form.funds.total.executed, form.funds.points)
    # 襄阳: every published row score (20 for the budget, 10 for each indicator) is what the hubei rules give;
    # 青神: budget 10 (the form's 权重, score left blank), indicators 60 and 30 at the assumed 100 %;
    # 棠溪: every published indicator score is what the national rules give; the budget row, published as 0
    # because its 年度资金总额 was left at 0, scores 10 once the total is its source's 89.974 (the documented fix).
    assert result.budget.shown == {"xiangyang2021": D(20), "qingshen2023": D(10), "tangxi2022": D(10)}[path.stem]
    computed = [i.shown for i in result.indicators]
    published = [i.score for i in form.indicators]  # the scores as printed on the form (青神 printed none)
    if path.stem == "qingshen2023":
        assert published == [None, None] and computed == [D(60), D(30)]
    else:
        assert computed == published and None not in published
    assert result.total == D(100) and result.rating == "优"


def test_project_forms_alone_leave_the_departments_typed_score_alone(tmp_path):
    """Indicators without 分值 and no 部门整体 budget columns: only the project forms are scored."""
    text = (ROOT / "examples/lw2022.yaml").read_text(encoding="utf-8")
    project = DEPT[DEPT.index("  projects:\n    - name: 基本公共卫生服务"):]
    path = write_dept(tmp_path, text + "\nforms:\n" + project, "lw.yaml")
    spec = load_spec(path)
    assert spec.evaluation.score == D("98.9") and len(spec.forms.projects) == 1


def test_funds_total_below_its_sources_is_an_error(tmp_path):
    path = write_dept(tmp_path, DEPT.replace("total: {initial: 1000, full_year: 1200, executed: 1080}",
                                             "total: {initial: 0, full_year: 1200, executed: 1000}"))
    with pytest.raises(UserError) as exc:
        load_spec(path)
    messages = "\n".join(exc.value.messages)
    assert "字段 forms.funds.total.initial（年度资金总额·年初预算数）：0万元，小于其中各来源之和900万元" in messages
    assert "forms.funds.total.executed（年度资金总额·全年执行数）：1000万元，小于其中各来源之和1080万元" in messages


def test_a_budget_project_takes_its_forms_total_or_must_agree_with_it(tmp_path):
    spec = load_spec(write_dept(tmp_path, DEPT.replace(", score: 98.35}", "}", 1)))
    assert spec.projects[0].score == D("98.35")  # the project form's total
    with pytest.raises(UserError, match=r"projects\[0\].score（项目自评得分）：填写95分，与该项目自评表的总分98.35分不符"):
        load_spec(write_dept(tmp_path, DEPT.replace(", score: 98.35}", ", score: 95}", 1)))
