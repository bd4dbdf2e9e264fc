"""Drafts of bureaus unlike the examples (round gen35b): a 县纪委监委 whose indicators have no target,
a body with two names, a 县融媒体中心's project evaluation. Each test is one place where generate
refused data it should draft, or printed what the data does not hold."""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path

import yaml
from click.testing import CliRunner

from gen.cli import cli
from tests.generate.support import EXAMPLES, SYNTH, data_file, render_md

JIWEI = {
    "kind": "dept_self_eval", "year": 2024,
    "bureau": {"name": "中共丹凤县纪律检查委员会 丹凤县监察委员会",
               "region": {"province": "陕西省", "city": "商洛市", "county": "丹凤县"}},
    "duties": ["依法对所有行使公权力的公职人员进行监察。"],
    "finance": {"income": 1320.6, "expenditure": 1288.4, "basic_expenditure": 1090.1, "personnel": 935.7,
                "public_costs": 154.4, "project_expenditure": 198.3},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "开展巡察轮次", "actual": "3轮"},
        {"level1": "产出指标", "level2": "数量指标", "name": "处置问题线索", "actual": "186件"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "群众信访举报办结率", "actual": "98%"},
    ],
    "evaluation": {"score": 91},
}
VERDICTS = ("达到目标", "达到年度目标", "未达到", "超额", "超过目标", "达标", "定性", "均明确了年度指标值", "指标未完成")


def _generate(tmp_path, data, fmt="md"):
    path = data_file(tmp_path, "d.yaml", data)
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output, (tmp_path / "out" / "d.md").read_text(encoding="utf-8") if "md" in fmt else ""


def test_indicators_without_targets_are_drafted_with_placeholders_and_no_verdict(tmp_path):
    # was refused: "字段 indicators[0].target（指标值（目标））：缺少必填字段"
    for profile in ("guangdong", "hunan", "national", "shenzhen"):
        output, md = _generate(tmp_path, {**JIWEI, "profile": profile})
        rows = [line for line in md.splitlines() if line.startswith("| ") and "开展巡察轮次" in line]
        assert len(rows) <= 1 and "None" not in md
        if rows:
            assert "【待补充：年度指标值】" in rows[0] and "3轮" in rows[0]
            # the gaps are told once, with their count
            assert sum("年度指标值（填写 indicators[].target）" in line for line in output.splitlines()) == 1
            assert "（3处）" in output
        assert not [w for w in VERDICTS if w in md], profile


def test_a_reason_given_for_an_indicator_without_target_does_not_print_none(tmp_path):
    data = {**JIWEI, "indicators": [{**JIWEI["indicators"][0], "reason": "新增一轮专项巡察"}]}
    _, md = _generate(tmp_path, data)
    assert "None" not in md
    assert re.search(r"目标值为【待补充：年度指标值】", md)


def test_a_declaration_without_targets_claims_no_target_nor_qualitative_indicator(tmp_path):
    data = yaml.safe_load((EXAMPLES / "hd_target.yaml").read_text(encoding="utf-8"))
    for ind in data["indicators"]:
        ind.pop("target", None)
    for seed in range(4):
        md = render_md(data_file(tmp_path, "d.yaml", data), seed=seed)
        assert "均明确了年度指标值" not in md and "定性" not in md and "None" not in md
        assert md.count("【待补充：年度指标值】") == len(data["indicators"])


def test_a_project_evaluation_without_targets_does_not_ask_for_the_actual_values_it_has(tmp_path):
    md = render_md(SYNTH / "proj_no_target.yaml")
    assert "实际完成值为【待补充" not in md
    assert "各指标的年度指标值为【待补充：年度指标值】" in md
    assert "也未发现指标未完成" not in md
    assert not [w for w in VERDICTS if w in md]


def test_a_form_without_targets_is_drafted_and_its_cells_show_the_gap(tmp_path):
    # was refused: "forms.projects[0].score（总分）：未填写，且无法按评分规则计算"
    from openpyxl import load_workbook

    data = yaml.safe_load((EXAMPLES / "forms" / "qingshen2023.yaml").read_text(encoding="utf-8"))
    for form in data["forms"]["projects"]:
        for ind in form["indicators"]:
            ind.pop("target")
    path = data_file(tmp_path, "d.yaml", data)
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", "xlsx"])
    assert result.exit_code == 0, result.output
    cells = [c.value for row in load_workbook(tmp_path / "out" / "d.xlsx").active.iter_rows() for c in row]
    assert cells.count("【待补充：年度指标值】") == 2


def test_an_indicator_without_target_is_not_scored_as_a_qualitative_one():
    from gen.core.scoring import NO_TARGET, rule_set, score_form, score_indicator

    rs = rule_set("sichuan")
    assert score_indicator(rs, None, "100%", Decimal(30)).method == NO_TARGET

    class Row:
        level1, name, target, actual, points, score = "产出指标", "覆盖率", None, "100%", Decimal(60), Decimal(50)

    item = score_form(rs, [Row()], None, None).indicators[0]
    assert item.score == 50 and item.method.startswith("未填写年度指标值") and "定性" not in item.method


def test_a_body_with_two_names_keeps_the_separator_between_them(tmp_path):
    # was "中共丹凤县纪律检查委员会丹凤县监察委员会": two names run together as one
    _, md = _generate(tmp_path, JIWEI)
    assert md.startswith("# 中共丹凤县纪律检查委员会\u3000丹凤县监察委员会2024年度")
    assert "委员会丹凤县" not in md


def test_a_blank_target_in_the_input_workbook_is_drafted_not_refused(tmp_path):
    from openpyxl import load_workbook

    from gen.batch.init_workbook import example_bureau
    from gen.batch.workbook_write import write_workbook

    book = tmp_path / "b.xlsx"
    write_workbook(book, [("B001", example_bureau())])
    wb = load_workbook(book)
    ws = wb["绩效指标"]
    col = [c.value for c in ws[1]].index("指标值") + 1
    ws.cell(row=2, column=col).value = None
    wb.save(book)
    result = CliRunner().invoke(cli, ["batch", str(book), "-o", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "【待补充：年度指标值】" in next((tmp_path / "out").glob("*.md")).read_text(encoding="utf-8")


def test_a_failed_file_in_a_batch_is_named_in_the_summary(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    data = {**JIWEI, "finance": {**JIWEI["finance"], "income": "abc"}}
    data_file(folder, "jiwei.yaml", data)
    (folder / "broken.yaml").write_text("a: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(folder), "-o", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 1
    with open(tmp_path / "out" / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        names = {row[0]: row[1] for row in list(csv.reader(fh))[1:]}
    assert names == {"broken": "broken.yaml", "jiwei": "中共丹凤县纪律检查委员会 丹凤县监察委员会"}
    assert Path(tmp_path / "out" / "summary.json").is_file()


def test_a_target_with_its_comparator_is_not_put_after_below_or_beyond(tmp_path):
    # "低于≥1200人次的年度目标值", "远超≥150件的年度目标值": a comparator inside the phrase
    data = {**JIWEI, "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "处置问题线索", "target": "≥150件", "actual": "186件"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "群众信访举报办结率", "target": "≥95%", "actual": "90%"},
        {"level1": "产出指标", "level2": "时效指标", "name": "办结时限", "target": "≤30天", "actual": "12天"},
    ]}
    path = data_file(tmp_path, "d.yaml", data)
    for seed in range(8):
        md = render_md(path, seed=seed)
        assert not re.search(r"(低于|远超|优于|高于|超过)[≥≤<>]", md), seed


def test_one_judged_indicator_beside_ones_without_target_is_not_the_only_one(tmp_path):
    # "纳入自评的定量指标仅有1项": three indicators were in the evaluation, two without a target
    indicators = [dict(i) for i in JIWEI["indicators"]]
    indicators[2]["target"] = "≥95%"
    for actual in ("98%", "90%"):
        indicators[2]["actual"] = actual
        path = data_file(tmp_path, "d.yaml", {**JIWEI, "indicators": indicators})
        for seed in range(8):
            md = render_md(path, seed=seed)
            assert not re.search(r"纳入(评价|自评)的定量指标(只有|仅有)", md), seed
