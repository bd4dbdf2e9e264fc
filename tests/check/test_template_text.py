"""W019: a template's own text left in a report, and how it divides the class with S010.

Cases written for the project (no report text copied): the three kinds of
template text (fill-in instructions, either-or brackets, placeholder names),
the brackets every real report carries that must stay quiet, and the split
with S010 — one finding per defect, the generator's 【待补充：…】 S010's alone.
"""

from __future__ import annotations

import pytest

from gen.check.config import Config
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run
from tests.check.findings import findings_of


def _spans(text: str, code: str) -> list[str]:
    return [text[f.start:f.end] for f in findings_of(text, code)]


# ---- fill-in instructions in brackets ----

@pytest.mark.parametrize("bracket", [
    "（注：请各单位据实注明页码）",
    "(请结合本单位实际补充)",
    "（需列明下属单位名称）",
    "（如不涉及此项，请删除）",
    "（此处插入收支决算总表）",
    "（参照上年报告格式）",
    "（没有的也要说明）",
    "（应填写单位全称）",
    "（根据实际情况修改）",
])
def test_an_instruction_to_the_filler_in_brackets(bracket):
    text = f"六、政府性基金预算支出决算情况说明{bracket}\n"
    assert _spans(text, "W019") == [bracket]
    assert findings_of(text, "W019")[0].severity == "warning"


@pytest.mark.parametrize("text", [
    "（二）人员构成（含借调人员3人），具体见附表2（见附件）。\n",
    "表1 收入决算表（单位：元）（以下简称“表1”）\n",
    "（注：本表数据来源于财务系统，请以正式文件为准）\n",
    "（如无特殊说明，金额单位为万元）\n",
    "下设应急办（应急管理办公室），编制5名（参照公务员法管理）。\n",
    "请示报告（需要时报送）、会议纪要（如有）按规定归档。\n",
])
def test_brackets_that_are_the_report_s_own_words_stay_quiet(text):
    assert not findings_of(text, "W019")


def test_an_instruction_note_on_its_own_line():
    text = "十、名词解释\n注：请各单位据实补充本部分内容。\n"
    assert _spans(text, "W019") == ["注：请各单位据实补充本部分内容。"]
    assert not findings_of("注：本表数据来源于决算报表，请以批复为准。\n备注：请于月底前报送。\n", "W019")


# ---- choices left open ----

def test_either_or_brackets_followed_by_a_figure():
    text = "结余分配2万元，比上年减少（增加）1.5万元，下降（增长）3%；公用经费提高(降低)0.2个百分点。\n"
    assert _spans(text, "W019") == ["减少（增加）", "下降（增长）", "提高(降低)"]


def test_either_or_headers_and_resolved_changes_stay_quiet():
    text = ("项目 | 上年数 | 本年数 | 增加（减少）额 | 增长（下降）率\n"
            "基本支出较上年增加12.6万元，增长5.1%；项目支出减少（主要是基建完工）30万元。\n")
    assert not findings_of(text, "W019")


def test_a_heading_that_kept_both_of_the_template_s_words_for_the_body():
    text = "某县档案馆2023年度部门决算\n一、部门/单位基本情况\n（一）单位／部门职能\n负责全县档案工作。\n"
    assert _spans(text, "W019") == ["部门/单位", "单位／部门"]
    # the bracketed form is the outlines' own wording, and a sentence's 各部门/单位 means both
    assert not findings_of("一、部门（单位）基本情况\n本馆与各部门/单位加强协作。\n部门(单位)名称：某县档案馆\n", "W019")


def test_yes_no_left_unchosen_after_a_colon():
    assert _spans("是否按期完工：是/否\n", "W019") == ["是/否"]
    assert not findings_of("是否按期完工：是。达标情况（是/否）栏已填写。\n", "W019")


# ---- placeholder names ----

def test_the_body_name_slot_of_a_heading_left_as_the_template_wrote_it():
    text = "第二部分 单位名称2024年度单位决算表\n单位名称：某县水利局\n"
    assert _spans(text, "W019") == ["单位名称"]


def test_a_heading_whose_name_slot_says_only_the_kind_of_body():
    assert _spans("第三部分：单位2023年单位决算情况说明\n", "W019") == ["单位"]
    assert not findings_of("第二部分 部门决算表\n第三部分 2023年度部门决算情况说明\n", "W019")


def test_a_year_left_as_the_template_s_blank():
    assert _spans("按照20_年度工作安排，于____年底前完成。\n", "W019") == ["20_", "____"]
    assert not findings_of("附件 plan20_v1.xlsx；负责人签字：______\n", "W019")


def test_placeholder_year_and_body_merge_into_one_finding():
    text = "××年度××部门/单位决算公开\n截至20XX年底，XX单位共有职工50人。\n"
    assert _spans(text, "W019") == ["××年度××部门/单位", "20XX", "XX单位"]


def test_redacted_names_and_model_numbers_are_not_template_names():
    text = "XX 市财政局下达资金（X 财预〔2021〕5 号），单位名称：XXX 中心，采购XXL号工作服。\n"
    assert not findings_of(text, "W019")


# ---- the split with S010 ----

def test_a_placeholder_name_is_reported_once_by_w019_not_again_by_s010():
    text = "附件3 XXXX部门项目支出明细表\n本年收入XXX万元。\n"
    assert _spans(text, "W019") == ["XXXX部门"]
    assert _spans(text, "S010") == ["XXX"]  # the bare blank for a figure stays S010's


def test_the_generator_s_marker_gets_s010_info_only_whatever_it_holds():
    text = "三、主要职责：【待补充：部门职责（此处填写三定方案规定的职责）】。\n"
    found = findings_of(text)
    assert [(f.code, f.severity) for f in found if f.code in ("S010", "W019")] == [("S010", "info")]


def test_s010_reports_the_placeholder_when_w019_does_not_run():
    text = "附件3 XXXX部门项目支出明细表\n"
    alone = run(source_from_text(text, "t.txt"), select_rules(["S010"]), None, Config(select=("S010",))).findings
    assert [f.code for f in alone] == ["S010"]
    ignored = run(source_from_text(text, "t.txt"), select_rules(ignore=["W019"]), None,
                  Config(ignore=("W019",))).findings
    assert [f.code for f in ignored if f.code in ("S010", "W019")] == ["S010"]


# ---- the data file proves itself ----

def test_template_text_file_fails_to_load_when_an_example_disagrees(tmp_path, monkeypatch):
    import shutil

    from gen.check import template_text as tt
    from gen.core.datafile import DataFileError

    shutil.copy(tt.data_dir("glossary") / "template_text.yaml", tmp_path / "template_text.yaml")
    path = tmp_path / "template_text.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("      - 本年比上年增（减）%\n",
                                                             "      - 本年比上年增（减）5%\n"), encoding="utf-8")
    monkeypatch.setattr(tt, "data_dir", lambda name: tmp_path)
    tt.entries.cache_clear()
    try:
        with pytest.raises(DataFileError, match="不应被发现"):
            tt.entries()
    finally:
        tt.entries.cache_clear()


def test_a_choice_entry_without_pairs_is_a_clear_error(tmp_path, monkeypatch):
    from gen.check import template_text as tt
    from gen.core.datafile import DataFileError

    (tmp_path / "template_text.yaml").write_text(
        "entries:\n  - id: c\n    kind: choice\n    after: '\\d'\n    message: m\n    flag: [增加（减少）1]\n    keep: [x]\n",
        encoding="utf-8")
    monkeypatch.setattr(tt, "data_dir", lambda name: tmp_path)
    tt.entries.cache_clear()
    try:
        with pytest.raises(DataFileError, match="pairs"):
            tt.entries()
    finally:
        tt.entries.cache_clear()
