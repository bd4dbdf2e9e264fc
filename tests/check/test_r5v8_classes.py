"""Classes of numbers, tables and structure met on a set of reports nobody had annotated before
(issue 12, r5v8): each written here in our own words, once as the slip the checker must report and
once as the correct form it must leave alone."""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of

FUNDS_HEADER = "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n（万元）"


# N011/B003/N015: an 执行率 column written as a bare ratio (0.958 for 95.8%), rows pasted one a line.
def _funds(total: str, source: str) -> str:
    return f"{FUNDS_HEADER} 年度资金总额 {total}\n其中：当年财政拨款 {source}\n上年结转资金\n其他资金\n年度总体目标 预期目标"


def test_ratio_cut_after_its_last_place_is_flagged_on_each_row():
    found = findings_of(_funds("60 60 52.3 10 0.871 9", "60 60 52.3 10 0.871 9"), "N011")
    assert len(found) == 2 and all(f.suggestion == "0.872" for f in found)


@pytest.mark.parametrize("rows", [
    ("60 60 52.3 10 0.872 9", "60 60 52.3 10 0.872 9"),  # rounded half-up
    ("60 60 52.3 10 0.87 9", "60 60 52.3 10 0.87 9"),  # two places: 87% either way
    ("60 60 52.3 10 87.2% 9", "60 60 52.3 10 87.2% 9"),
])
def test_ratio_rounded_to_its_places_is_kept(rows):
    assert findings_of(_funds(*rows), "N011") == []


def test_ratio_that_is_not_b_over_a_is_a_wrong_rate():
    found = findings_of(_funds("60 60 52.3 10 0.935 9", "60 60 52.3 10 0.935 9"), "B003")
    assert [f.suggestion for f in found] == ["0.872", "0.872"]


def test_ratio_one_unit_off_is_a_rounding_slip():
    found = findings_of(_funds("60 60 52.3 10 0.873 9", "60 60 52.3 10 0.873 9"), "N015")
    assert [f.suggestion for f in found] == ["0.872", "0.872"]
    assert "0.873" in found[0].message and "0.872" in found[0].message


# B008: a qualitative indicator whose actual cell repeats its target word for word, yet docked.
INDICATOR_HEADER = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析\n"


@pytest.mark.parametrize("row", [
    "时效指标 开工时间 2023年6月底前开工 2023年6月底前开工 8 6",
    "质量指标 资料归档 按规定 完整归档 按规定 完整归档 10 9",  # target cells of two words each
])
def test_target_met_word_for_word_but_docked_is_flagged(row):
    found = findings_of(INDICATOR_HEADER + row + "\n", "B008")
    assert len(found) == 1 and "一字不差" in found[0].message


def test_pipe_row_with_repeated_target_is_flagged():
    text = ("| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|\n"
            "| 宣传覆盖 | 全镇覆盖 | 全镇覆盖 | 5 | 4 |\n")
    assert [f.suggestion for f in findings_of(text, "B008")] == ["5"]


@pytest.mark.parametrize("text", [
    INDICATOR_HEADER + "时效指标 开工时间 2023年6月底前开工 2023年6月底前开工 8 8\n",  # full marks
    INDICATOR_HEADER + "时效指标 开工时间 2023年6月底前开工 2023年8月开工 8 6\n",  # late: docked rightly
    "本年度开展 专项检查 专项检查 10 8\n",  # no 分值 得分 header: not a table row
    INDICATOR_HEADER + "产出指标 数量指标 数量指标 10 8\n",  # a category name repeated, no target
])
def test_repeated_target_is_kept_when_not_a_docked_met_target(text):
    assert findings_of(text, "B008") == []


# N026: the report's full title restated on a line of its own with another year.
RESTATED = ("网站首页 > 信息公开\n某某水务站2021年度部门整体支出绩效自评报告\n\n填报单位：某某水务站\n目录\n"
            "一、基本情况\n二、自评结论\n某某水务站{year}年度部门整体支出绩效自评报告\n一、基本情况\n")


def test_restated_title_with_another_year_is_flagged_on_the_later_line():
    text = RESTATED.format(year=2020)
    found = findings_of(text, "N026")
    assert len(found) == 1 and text[found[0].start:found[0].end] == "2020年度"


def test_restated_title_against_the_configured_year_flags_the_line_that_disagrees():
    text = RESTATED.format(year=2020)
    found = findings_of(text, "N026", year=2020)
    assert len(found) == 1 and found[0].start == text.index("2021年度")


@pytest.mark.parametrize("text", [
    RESTATED.format(year=2021),
    # the year stated first, then the title: one year throughout
    "2021年度某某水务站部门整体支出绩效自评公开\n某某水务站2021年度部门整体支出绩效自评报告\n",
    # another body's report named on its own line
    "某某水务站2021年度部门整体支出绩效自评报告\n某某水利局2020年度部门整体支出绩效自评报告\n",
])
def test_title_restated_consistently_is_kept(text):
    assert findings_of(text, "N026") == []


# S001: two headings with one number; the contents (listing the attachments, then the title again) tell the added one.
CONTENTS = ("某某站2024年度部门整体支出绩效自评报告\n目录\n一、部门概况\n（一）人员编制\n（二）主要职能\n二、自评结论\n"
            "附件1 自评表\n附件2 问卷调查报告\n某某站\n2024年度部门整体支出绩效自评报告\n")


def test_heading_the_contents_do_not_list_is_the_repeated_one():
    text = CONTENTS + "一、部门概况\n（一）总体情况\n（一）人员编制\n编制五人。\n（二）主要职能\n负责站务。\n二、自评结论\n良好。\n"
    found = findings_of(text, "S001")
    assert len(found) == 1 and text[found[0].start:].startswith("（一）总体情况")


def test_contents_followed_by_attachments_and_title_are_not_headings_of_the_body():
    text = CONTENTS + "一、部门概况\n（一）人员编制\n编制五人。\n（二）主要职能\n负责站务。\n二、自评结论\n良好。\n"
    assert findings_of(text, "S001") == []


def test_repeated_number_both_listed_is_reported_on_the_second():
    text = CONTENTS + "一、部门概况\n（一）人员编制\n编制五人。\n（一）主要职能\n负责站务。\n二、自评结论\n良好。\n"
    found = findings_of(text, "S001")
    assert len(found) == 1 and text[found[0].start:].startswith("（一）主要职能")


# S001: a deeper level that opens with the numbers its parent level would take next (（一）（二）, then 3. 4.).
STAGES = "一、工作开展情况\n（一）动员阶段\n印发通知。\n（二）自查阶段\n逐项自查。\n{third}整改阶段\n限期整改。\n{fourth}验收阶段\n组织验收。\n二、绩效情况\n良好。\n"


def test_run_continuing_the_parent_level_with_a_deeper_mark_is_flagged_on_each_heading():
    text = STAGES.format(third="3.", fourth="4.")
    found = findings_of(text, "S001")
    assert [text[f.start:f.start + 2] for f in found] == ["3.", "4."]
    assert "（三）" in found[0].message and "（四）" in found[1].message


@pytest.mark.parametrize("text", [
    STAGES.format(third="（三）", fourth="（四）"),
    # a level that lost its first item: 2. after （一） is no continued run
    "一、部门概况\n（一）部门职责\n1 .承担全区法治工作的统筹协调。\n2.指导行政复议工作。\n3.组织普法宣传。\n（二）机构设置\n内设三个股室。\n",
])
def test_parent_level_run_written_rightly_or_a_lost_first_item_is_not_a_continued_run(text):
    assert not any("接续" in f.message for f in findings_of(text, "S001"))


# N027: a full date of receiving or issuing a document before the year of that document's number.
def test_receipt_dated_before_the_documents_year_is_flagged():
    text = "1.资金到位情况。2014年4月8日，我县接到《省财政厅关于下达2024年文化补助资金的通知》（X财教〔2024〕77号），下达资金50万元。"
    found = findings_of(text, "N027")
    assert len(found) == 1 and text[found[0].start:found[0].end] == "2014年4月8日"


@pytest.mark.parametrize("text", [
    "2024年4月8日，我县接到《省财政厅关于下达2024年文化补助资金的通知》（X财教〔2024〕77号）。",
    "2023年11月30日，接到《关于提前下达2024年补助资金的通知》（X财教〔2023〕210号）。",
    "2023年度，按照《绩效自评工作方案》（X财绩〔2024〕2号）开展自评。",
    "2023年4月8日完成验收；2024年3月接到X财教〔2024〕77号文件。",
])
def test_dates_not_before_the_document_are_kept(text):
    assert findings_of(text, "N027") == []


def test_document_acts_file_proves_its_examples(tmp_path, monkeypatch):
    """N027's verbs are data: a list that loses a verb its own examples need fails at load, naming the file."""
    from gen.check.rules import n027_date_before_document as n027
    from gen.core.datafile import DataFileError

    src = (n027.data_dir("glossary") / "document_acts.yaml").read_text(encoding="utf-8")
    assert "acts: [收到, 接到," in src
    (tmp_path / "document_acts.yaml").write_text(src.replace("acts: [收到, 接到,", "acts: [收到,"), encoding="utf-8")
    monkeypatch.setattr(n027, "data_dir", lambda name: tmp_path)
    n027.acts.cache_clear()
    try:
        with pytest.raises(DataFileError, match="document_acts.yaml.*接到.*应被发现"):
            n027.acts()
    finally:
        n027.acts.cache_clear()


def test_ratio_column_of_a_real_table_is_judged_for_truncation_too():
    table = "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 甲 | 1000.00 | 719.96 | {a} |\n| 乙 | 300.00 | 200.00 | 0.667 |\n"
    assert [f.suggestion for f in findings_of(table.format(a="0.719"), "N011")] == ["0.720"]
    assert findings_of(table.format(a="0.720"), "N011") == []
