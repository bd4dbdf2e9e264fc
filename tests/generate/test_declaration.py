"""The 部门整体预算绩效目标申报表 (target_declaration / guangdong) renders from data only.

Seed 003 is the model: a budget block, the overall goal, the key-task table, the
optional other tasks and the three-level indicator table. Every amount printed must
be one the data gives (or their sum), and missing lines must be left out or said
to be missing, never printed blank.
"""

from __future__ import annotations

import re

import pytest
import yaml

from gen.generate.document import Heading, Paragraph, Table
from gen.core.errors import UserError
from gen.core.load import validate
from gen.generate.render import render_document
from gen.generate.write.json_doc import document_dict
from gen.generate.write.markdown import to_markdown

from tests.generate.support import EXAMPLES, SYNTH, assert_golden, lint_result, number_findings, render_doc, render_md, variation_ok

HD = EXAMPLES / "hd_target.yaml"
DECLS = [HD, *sorted(SYNTH.glob("decl_*.yaml"))]


def test_hd_target_matches_golden():
    assert_golden(render_md(HD), "hd_target.md")


def test_hd_target_prints_the_forms_figures():
    md = render_md(HD)
    for figure in ("55,552.66", "42,760.64", "98,313.30", "107,999.43", "403,641.12", "9,686.13",
                   "11,007.68", "4,143.71", "50.80", "28.00", "40.00", "330.00", "2.11", "15,270.19"):
        assert f"{figure}" in md, figure
    assert "区本级使用资金107,999.43万元" in md
    # 11,007.68 + 4,143.71 + 50.80 + 28.00 + 40.00, told once (by the tasks' lead, not again by 总体绩效目标)
    assert len(re.findall("拟投入资金(?:合计)?15,270.19万元", md)) == 1


def test_outline_follows_seed_003():
    doc, _ = render_doc(HD)
    assert doc.title == "2023年度广州市花都区卫生健康局部门整体预算绩效目标申报表"
    assert [h.full for h in doc.headings()] == [
        "一、预算整体情况", "二、总体绩效目标", "三、年度重点工作任务", "四、其他需完成的任务", "五、绩效指标",
    ]


def _tables(doc) -> dict[str, Table]:
    return {t.caption: t for t in doc.blocks if isinstance(t, Table)}


def test_budget_table_rows_come_from_the_data():
    doc, _ = render_doc(HD)
    table = _tables(doc)["广州市花都区卫生健康局部门预算整体情况"]
    assert table.header == ["类别", "项目", "预算金额（万元）"]
    assert table.rows == [
        ["部门预算支出", "基本支出", "55,552.66"],
        ["部门预算支出", "项目支出", "42,760.64"],
        ["部门预算支出", "合计", "98,313.30"],
        ["收入来源", "财政拨款", "107,999.43"],
        ["收入来源", "其他资金", "403,641.12"],
        ["事业发展性支出", "财政专项资金", "0.00"],
        ["事业发展性支出", "其他事业发展性支出", "9,686.13"],
        ["按预算级次划分", "区本级使用资金", "107,999.43"],
        ["按预算级次划分", "拟用于对下转移支付资金", "0.00"],
    ]


def test_task_tables_split_key_and_other_tasks():
    doc, _ = render_doc(HD)
    tables = _tables(doc)
    key = tables["2023年度重点工作任务"]
    assert key.header == ["名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标"]
    assert [r[0] for r in key.rows] == ["基本公共卫生服务", "计划生育奖励扶助金", "120调度运行", "扩大免疫规划", "结核病防治"]
    assert [r[2] for r in key.rows] == ["11,007.68", "4,143.71", "50.80", "28.00", "40.00"]
    other = tables["其他需完成的任务"]
    assert [(r[0], r[2]) for r in other.rows] == [("保障血站医疗成本", "330.00"), ("卫生监督抽查", "2.11")]


def test_indicator_table_is_grouped_by_level_in_standard_order():
    doc, facts = render_doc(HD)
    table = _tables(doc)["2023年度绩效指标"]
    assert table.header == ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"]
    assert len(table.rows) == facts["indicators_total"] == 17
    levels = [(r[0], r[1]) for r in table.rows]
    # runs are contiguous and in the LEVEL1 order: 产出(数量, 质量), 效益(社会效益), 满意度
    runs = [k for i, k in enumerate(levels) if i == 0 or levels[i - 1] != k]
    assert runs == [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标"),
                    ("满意度指标", "服务对象满意度指标")]
    row = next(r for r in table.rows if r[2] == "结核病发病率")
    assert row == ["效益指标", "社会效益指标", "结核病发病率", "全年55/10万以下", "全年55/10万以下"]


def test_a_period_target_is_never_the_years_target_copied(tmp_path):
    # decl_partial gives one indicator a 实施周期指标值 and three none: those three show a placeholder,
    # not their 年度指标值 (the period is the bureau's to state); without any, there is no such column
    doc, _ = render_doc(SYNTH / "decl_partial.yaml")
    table = _tables(doc)["2024年度绩效指标"]
    assert table.header[3:] == ["实施周期指标值", "年度指标值"]
    assert [r[3] for r in table.rows] == ["≥90%", "【待补充：实施周期指标值】", "【待补充：实施周期指标值】",
                                          "【待补充：实施周期指标值】"]
    data = yaml.safe_load((SYNTH / "decl_partial.yaml").read_text(encoding="utf-8"))
    for ind in data["indicators"]:
        ind.pop("period_target", None)
    (tmp_path / "d.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    doc, _ = render_doc(tmp_path / "d.yaml")
    table = _tables(doc)["2024年度绩效指标"]
    assert table.header == ["一级指标", "二级指标", "三级指标", "年度指标值"]
    assert [r[3] for r in table.rows] == ["≥85%", "100%", "逐步提高", "≥90%"]


def test_overall_goal_is_the_datas_own_text():
    doc, facts = render_doc(HD)
    goal_paras = [p.text for p in doc.paragraphs() if facts["overall_goal"] in p.text]
    assert len(goal_paras) == 1 and goal_paras[0].endswith("。")


@pytest.mark.parametrize("path", DECLS, ids=lambda p: p.stem)
def test_no_leftovers_and_numbers_check_out(path):
    md = render_md(path)
    assert not re.search(r"None|nan|\{\{|\}\}|\{%|\| +\|", md), md
    assert not number_findings(md)


def test_missing_budget_lines_are_left_out_not_blank():
    doc, _ = render_doc(SYNTH / "decl_partial.yaml")
    table = _tables(doc)["示例区卫生健康局部门预算整体情况"]
    assert table.rows == [["部门预算支出", "基本支出", "3,216.48"]]
    text = "\n".join(p.text for p in doc.paragraphs())
    assert "基本支出3,216.48万元，项目支出【待补充：项目支出预算金额】" in text
    assert "【待补充：事业发展性支出（财政专项资金、其他事业发展性支出）】" in text


def test_task_cells_without_data_get_a_placeholder():
    """Reading a 农业农村局 declaration: 耕地地力保护补贴 had funds only, and its cells read 按上级文件要求组织实施
    耕地地力保护补贴工作 / 按质按量按时完成…工作任务, content and a goal no datum holds. They are placeholders now."""
    for seed in range(4):
        doc, facts = render_doc(SYNTH / "decl_partial.yaml", seed=seed)
        rows = _tables(doc)["2024年度重点工作任务"].rows
        drill = next(r for r in rows if r[0] == "卫生应急演练")
        assert all(cell.strip() for cell in drill)
        assert drill[1] == "【待补充：“卫生应急演练”的主要实施内容】", seed
        assert drill[3] == "【待补充：“卫生应急演练”期望达到的目标】", seed
    assert drill[2] in ("不单列资金", "未单独安排资金")
    assert facts["tasks_funds_total"] is None
    assert "拟投入资金合计" not in to_markdown(doc)  # no total when an amount is missing


def test_placeholders_in_table_cells_are_counted_and_listed():
    """The task table's cells ask for a task's content and goal: generate's summary, the JSON and the batch's count
    list them with the paragraphs' (they were left out, so generate told one placeholder of three)."""
    doc, _ = render_doc(SYNTH / "decl_partial.yaml")
    asked = [what for _, what in doc.placeholders()]
    assert "“卫生应急演练”的主要实施内容" in asked and "“卫生应急演练”期望达到的目标" in asked
    holes = document_dict(doc)["placeholders"]
    cell = next(h for h in holes if h["text"] == "“卫生应急演练”的主要实施内容")
    assert cell["paragraph"] is None and isinstance(cell["table"], int) and cell["section"]
    assert all((h["paragraph"] is None) != (h["table"] is None) for h in holes)
    assert len(holes) == len(asked) == to_markdown(doc).count("【待补充：")


def test_bare_declaration_says_what_is_missing():
    doc, _ = render_doc(SYNTH / "decl_bare.yaml")
    assert not [b for b in doc.blocks if isinstance(b, Table)]
    # every section has a sentence under it
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if isinstance(b, Heading):
            assert i + 1 < len(blocks) and isinstance(blocks[i + 1], Paragraph), b.full
    text = to_markdown(doc)
    assert "【待补充：总体绩效目标】" in text
    assert "【待补充：绩效指标（按产出、效益、满意度指标三个层级填写三级指标及其指标值）】" in text


def test_transfers_and_special_funds_above_zero():
    md = render_md(SYNTH / "decl_sources.yaml")
    assert "市本级使用资金4,210.30万元" in md and "对下转移支付资金960.00万元" in md
    assert "财政专项资金520.00万元" in md
    assert "医疗卫生机构能力建设、公共卫生应急能力提升" in md  # the tasks carry the missing goal


def test_table_cells_cannot_break_the_table():
    data = yaml.safe_load(HD.read_text(encoding="utf-8"))
    data["tasks"][0]["content"] = "甲|乙"
    doc, _ = render_document(validate(data, "pipe.yaml"))
    row = _tables(doc)["2023年度重点工作任务"].rows[0]
    assert row[1] == "甲｜乙"


def test_each_section_renders_alone():
    for section in ("budget", "overall_goal", "tasks", "other_tasks", "indicators"):
        md = render_md(HD, section=section)
        assert md.startswith("# 广州市花都区卫生健康局2023年度部门整体预算绩效目标申报表（节选）")
    with pytest.raises(UserError) as err:
        render_md(HD, section="no_such")
    assert "indicators" in str(err.value.messages)


def test_deterministic_and_seed_varies_wording():
    assert render_md(HD, seed=0) == render_md(HD, seed=0)
    assert len({render_md(HD, seed=s) for s in range(4)}) > 1


def test_corpus_lint_clean_for_declaration_groups():
    problems, stats = lint_result()
    mine = [p for p in problems if p.startswith("declaration.yaml")]
    assert not mine, mine
    from gen.generate.corpus import load_corpus

    groups = [g for g in load_corpus() if g.file == "declaration.yaml"]
    assert len(groups) >= 20
    assert all(variation_ok(g) for g in groups)
    assert all(g.source.endswith(".txt") for g in groups)
