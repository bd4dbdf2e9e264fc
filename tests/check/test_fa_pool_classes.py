"""False-alarm classes met on reports nobody had annotated (issue 12, r3fa): each class is written
here in our own words, once as the legitimate form the checker must leave alone and once as the
slip it must still report."""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


# W002: a lone preposition or level prefix before a word that begins with the same character.
@pytest.mark.parametrize("text", [
    "编制年度预算时对对象的摸底不够细致。",
    "本年度重点在在建工程的安全监管。",
    "泸州市市场监督管理局（简称市市场监管局）负责全市市场监管。",
    "省省级财政下达补助资金120万元。",
])
def test_lone_prefix_before_same_character_word_is_kept(text):
    assert findings_of(text, "W002") == []


@pytest.mark.parametrize("text", [
    "我们要对对这些问题逐项整改。",
    "泸州市市召开专题会议部署整改。",
    "是是否按期完成由主管科室核实。",
])
def test_doubled_character_left_over_is_still_flagged(text):
    assert [f.code for f in findings_of(text, "W002")] == ["W002"]


# L001: the format of an attached document (格式：DOCX, 附件.xlsx) is no English word.
@pytest.mark.parametrize("text", ["附件格式：DOCX，共15页。", "自评表以XLSX格式报送，附件为OFD版式文件。"])
def test_document_formats_are_registered_acronyms(text):
    assert findings_of(text, "L001") == []


def test_english_word_beside_format_name_is_still_flagged():
    assert [f.code for f in findings_of("附件格式：DOCX，and 共15页。", "L001")] == ["L001"]


# P001: a short copy whose every mark is half-width (no ，：（ at all) had its marks converted.
def test_few_halfwidth_marks_in_a_text_without_fullwidth_ones_are_information():
    text = "来源:县档案馆\n\n公开时间:2024年11月30日\n\n结余率(结余数/预算数)不超过5%。\n"
    found = findings_of(text, "P001")
    assert len(found) >= 2 and {f.severity for f in found} == {"info"}


def test_few_halfwidth_marks_among_fullwidth_ones_are_still_warnings():
    text = "来源：县档案馆，公开时间:2024年11月30日，结余率(结余数/预算数)不超过5%。\n"
    found = findings_of(text, "P001")
    assert found and {f.severity for f in found} == {"warning"}


# S001: a page that opens inside a list (its first heading is （二）) began on an earlier page.
def test_fragment_opening_mid_list_need_not_start_at_one():
    text = "（二）项目效益情况。\n群众满意度达到95%。\n五、评价结论及建议\n（一）评价结论。\n资金使用规范。\n"
    assert findings_of(text, "S001") == []


def test_report_opening_with_its_first_heading_still_must_start_at_one():
    text = "一、基本情况\n资金使用规范。\n（二）项目概况\n资金使用规范。\n"
    assert [f.code for f in findings_of(text, "S001")] == ["S001"]


# S001: duties run together on one line with half-width brackets are a list, not headings.
def test_run_in_duty_list_with_halfwidth_brackets_is_no_heading():
    text = ("一、部门基本情况\n(一)机构设置、职责\n1.主要职能\n"
            "(一)负责本区市场综合监督管理;(二)负责本区市场主体统一登记注册;(三)负责本区质量管理工作。\n")
    assert findings_of(text, "S001") == []


# S003: a contents list and the body both hold the same part's items.
def test_contents_and_body_under_their_own_parts_are_not_repeats():
    text = ("目录\n公开时间：2025年9月\n第一部分 单位概况\n第二部分 单位决算情况说明\n一、收入支出决算总体情况说明\n"
            "第一部分 单位概况\n本单位设三个股室。\n第二部分 单位决算情况说明\n一、收入支出决算总体情况说明\n收支总计均为1523.26万元。\n")
    assert findings_of(text, "S003") == []


def test_item_repeated_within_one_part_is_still_flagged():
    text = ("第一部分 单位概况\n一、负责全县农业技术推广和良种良法普及工作。\n"
            "二、负责全县农业技术推广和良种良法普及工作。\n")
    assert [f.code for f in findings_of(text, "S003")] == ["S003"]


# N004: a 共计 far after a 其中 list (a flattened page) is another matter's total; one after a clause on
# what the parts were spent on still sums them.
def test_total_of_another_section_is_not_the_sum_of_an_earlier_list():
    text = ("学校按生均标准安排公用经费共计240万元，其中上级资金180万元，本级60万元，绩效目标是保障正常运转"
            "二、资金管理情况资金严格按照上级文件要求管理，主要用于保障学校正常运转，包括办公费、水电费、差旅费等方面的支出"
            "三、预算执行情况本年实际安排支出共计87.06万元")
    assert findings_of(text, "N004") == []


def test_total_right_after_its_parts_with_an_aside_is_still_checked():
    text = ("人员经费550.11万元（主要包括基本工资、津贴补贴、奖金、社会保障缴费等），"
            "日常公用经费42.67万元（主要包括办公费、水电费、差旅费等），合计593.78万元。")
    assert [f.code for f in findings_of(text, "N004")] == ["N004"]


# W005: 直补资金 and 奖补资金 are words of their own, not 补助资金 short of 助.
def test_direct_and_reward_subsidy_funds_are_whole_words():
    assert findings_of("水库移民扶持资金、直补资金已按时发放，奖补资金全部到位。", "W005") == []


def test_subsidy_funds_short_of_a_character_are_still_flagged():
    assert [f.code for f in findings_of("用于发放困难群众补资金，已全部拨付。", "W005")] == ["W005"]


# Contents: 第X部分 lines and a 公开时间 stamp inside a 目录 are part of it; the body starts where
# the first part's title comes again.
def test_contents_with_part_lines_are_not_headings():
    text = ("目 录\n公开时间：2024年9月12日\n第一部分 单位概况\n1、主要职责\n2、机构设置\n"
            "第二部分 预算情况说明\n1、收支预算总体情况\n2、收入预算情况\n"
            "第一部分 单位概况\n一、主要职责\n本单位负责全镇农业技术推广工作。\n二、机构设置\n内设三个股室。\n")
    assert findings_of(text, "S012") == [] and findings_of(text, "S002") == []


def test_body_under_parts_after_contents_is_still_checked():
    text = ("目 录\n第一部分 单位概况\n一、主要职责\n二、机构设置\n"
            "第一部分 单位概况\n一、主要职责\n本单位负责全镇农业技术推广工作。\n三、机构设置\n内设三个股室。\n")
    assert [f.code for f in findings_of(text, "S001")] == ["S001"]


# W002: a phrase three times running is a flattened table row (target, actual, result), not a slip.
def test_phrase_three_times_running_is_table_cells():
    assert findings_of("质量指标资金使用专款专用专款专用专款专用10分\n", "W002") == []


def test_phrase_twice_running_is_still_flagged():
    assert [f.code for f in findings_of("本项目资金做到专款专用专款专用，无挤占挪用。", "W002")] == ["W002"]


def test_fragment_opening_below_the_top_level_need_not_start_at_one():
    text = "1.公共安全支出决算867.55万元。\n2.卫生健康支出决算35.61万元。\n六、基本支出决算情况说明\n内容。\n"
    assert findings_of(text, "S001") == []


# W005: 全年预算 is a phrase of its own, not 全年预算数 short of 数.
def test_whole_year_budget_is_not_short_of_a_character():
    assert findings_of("全年预算17552.27万元（基本支出11245.31万元）。", "W005") == []


# P005: "." standing for the middle dot of a compound unit is no sentence end: only a note (info) that
# the separator should be "·", never the full-stop warning.
def test_dot_in_compound_unit_is_no_full_stop():
    found = findings_of("人均补助标准625元/生.年，全年服务3000人.次。", "P005")
    assert [(f.severity, f.suggestion) for f in found] == [("info", "·"), ("info", "·")]


def test_dot_after_a_unit_ending_a_sentence_is_still_flagged():
    assert [f.code for f in findings_of("补助标准为每人每年600元.年度目标全部完成。", "P005")] == ["P005"]


# N006: the breakdowns of two different amounts (budget as passed, budget after changes) differ rightly.
def test_breakdowns_of_two_budget_stages_are_not_one_figure_twice():
    text = ("年初预算批复1480万元（基本支出990万元、项目支出490万元），年中追加263万元，"
            "全年预算1743万元（基本支出1124万元、项目支出619万元）。")
    assert findings_of(text, "N006") == []


def test_total_after_a_clause_on_the_spending_still_sums_the_parts():
    text = ("人员经费550.11万元，主要用于基本工资、津贴补贴、奖金、伙食补助费、绩效工资等，日常公用经费42.67万元，"
            "主要用于办公费、印刷费、水费、电费、邮电费、差旅费、维修费、会议费、培训费、公务接待费等支出，合计593.78万元。")
    assert [f.code for f in findings_of(text, "N004")] == ["N004"]
