"""Misreadings met on unseen reports of housing, transport, natural-resources, school and hospital bodies (round 27, sweeps p28a, p28b).

Each class is written in our own words: the reading the checker must give, and the slip of the same shape
it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


# S001: a deeper heading whose short title a full stop closes ("2、主要工作职能。") announces its duties, which
# borrow the second level's marks (（一）…（十四）): the list is told once, as a list under that title, and the
# outline's own （二） after it is no step back.
def test_a_duty_list_under_a_title_closed_by_a_full_stop_is_that_titles_list():
    text = ("某局2018年度部门整体支出绩效自评报告\n（一）部门基本情况\n1、组织机构设置情况。\n内设五个股室。\n"
            "2、主要工作职能。\n（一）承担规范住房和城乡建设管理秩序的责任。\n（二）承担保障城镇低收入家庭住房的责任。\n"
            "（三）承办市人民政府交办的其他事项。\n（二）部门年度绩效管理工作计划\n1.做好部门预算支出绩效评价工作。\n")
    found = findings_of(text, "S001")
    assert len(found) == 1
    assert "之下的列举沿用了上一级的编号" in found[0].message


def test_a_sentence_item_before_a_restarted_number_is_still_a_repeat():
    text = ("某局2018年度部门整体支出绩效自评报告\n（一）部门基本情况\n1、组织机构设置情况。\n内设五个股室。\n"
            "2、本局负责全市住房和城乡建设管理，统筹推进城市更新。\n（一）部门年度绩效管理工作计划\n"
            "1.做好部门预算支出绩效评价工作。\n")
    found = findings_of(text, "S001")
    assert len(found) == 1 and "应为“（二）”" in found[0].message


# S001: a heading line copied twice, mark and title alike, is a line to delete, not a number to count on.
def test_a_heading_line_copied_twice_is_told_to_be_deleted():
    text = "第一部分 某局概况\n一、主要职责\n一、主要职责\n负责全区住房和城乡建设工作。\n二、机构设置\n内设三个股室。\n"
    found = findings_of(text, "S001")
    assert len(found) == 1
    assert "重复了一行，应删去其中一行" in found[0].message


def test_a_repeated_number_with_another_title_still_asks_for_the_next_number():
    text = "第一部分 某局概况\n一、主要职责\n负责全区住房和城乡建设工作。\n一、机构设置\n内设三个股室。\n三、人员情况\n"
    found = findings_of(text, "S001")
    assert found and "应为“二、”" in found[0].message


# N029 and W030: a 第X部分 title of a 决算 that kept last year's number is one slip, told once (W030's).
def test_a_part_title_with_last_years_number_is_told_once():
    text = ("某县交通运输局2024年度部门决算\n目录\n第一部分 部门概况\n第二部分 2023年度部门决算情况说明\n"
            "第一部分 部门概况\n负责全县交通运输工作。\n第二部分 2024年度部门决算情况说明\n"
            "纳入2024年度部门决算编制范围的单位共2个。\n")
    codes = [f.code for f in findings_of(text, "N029") + findings_of(text, "W030")]
    assert codes == ["W030"]


def test_an_own_year_phrase_outside_a_part_title_is_still_n029s():
    text = ("某县交通运输局2024年度部门决算\n第二部分 2024年度部门决算情况说明\n"
            "纳入2023年度部门决算编制范围的单位共2个。\n2024年度部门决算已按要求公开。\n")
    assert [f.code for f in findings_of(text, "N029")] == ["N029"]


# S011: a body title that lost its number is quoted as written, brackets and all (部门(单位)职责), not as compared.
def test_a_title_without_its_number_is_quoted_with_its_brackets():
    text = ("目录\n第一部分 基本情况 2\n一、部门(单位)职责 2\n二、机构设置 3\n第二部分 决算情况说明 4\n"
            "一、收入支出总体情况说明 4\n第一部分 基本情况\n部门(单位)职责\n本校属于公办学校，负责全日制教学。\n"
            "二、机构设置\n内设4个处室。\n第二部分 决算情况说明\n一、收入支出总体情况说明\n收支总计120万元。\n")
    found = findings_of(text, "S011")
    assert found and "“一、部门(单位)职责”" in found[0].message


# S001 and S011: a （一） whose numeral was lost from its brackets is S011's to name; the （二） after it is in order.
def test_the_number_after_an_emptied_bracket_is_in_order():
    text = ("第一部分 某局概况\n一、部门职责\n负责全县科技工作。\n二、机构设置及决算单位构成\n()内设机构设置。\n"
            "本局内设办公室、发展计划股等3个股室。\n(二)决算单位构成。\n本局决算为本级决算。\n")
    assert findings_of(text, "S001") == []
    assert [f.suggestion for f in findings_of(text, "S011")] == ["（一）"]
