"""N029: a 决算 note's own-year phrases naming another year than the note's own."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import n029_own_year_phrase as n029
from gen.check.rules import w030_part_of_another_year as w030

HEAD = "某县档案馆2024年度部门决算\n第二部分 2024年度部门决算表\n"


def got(text, year=None):
    config = {"year": year} if year else None
    return [(text[f.start:f.end], f.suggestion) for f in n029.check(CheckContext(text, config=config))]


def test_the_scope_and_the_performance_section_must_name_the_notes_year():
    assert got(HEAD + "纳入某县档案馆2023年度部门决算编制范围的单位共1个。\n") == [("2023", "2024")]
    assert got(HEAD + "十二、关于 2022 年度预算绩效情况的说明\n") == [("2022", "2024")]
    assert got(HEAD + "十二、关于2024年度预算绩效情况的说明\n纳入本馆2024年决算编制范围的单位1个。\n") == []


def test_other_years_elsewhere_and_an_unconfirmed_year_pass():
    assert got(HEAD + "2023年度部门决算编制范围内单位2个，本年减少1个。\n") == []  # no 纳入: a comparison
    assert got("某县档案馆2024年度部门决算\n十二、关于2022年度预算绩效情况的说明\n") == []  # title alone
    assert got("一、部门职责\n十二、关于2022年度预算绩效情况的说明\n") == []  # no year of its own


def test_the_year_given_on_the_command_line_is_the_notes():
    text = "某县档案馆部门决算\n第二部分 2024年度部门决算表\n三、2024年度决算情况说明\n纳入本馆2024年度部门决算编制范围。\n"
    assert got(text, year=2025) == []  # 2025 is nowhere beside 决算: not confirmed
    assert got(text, year=2024) == []


def test_a_quoted_title_of_another_document_passes():
    assert got(HEAD + "按照《关于2023年度预算绩效情况的说明》的要求整改。\n") == []
    assert got(HEAD + "十二、关 于2023年度预算绩效情况的说明\n") == [("2023", "2024")]


def test_another_year_confirmed_by_the_publication_date():
    text = ("某县档案馆2024年度单位决算\n来源：县档案馆 发布时间：2025-07-20\n目 录\n第一部分 单位概况……1\n"
            "第二部分 2023年度单位决算情况说明……3\n一、收入支出决算总体情况说明\n")
    # a part title is W030's: one slip, one finding
    assert got(text) == []
    assert [f.code for f in w030.check(CheckContext(text))] == ["W030"]
    scope = "某县档案馆2024年度单位决算\n来源：县档案馆 发布时间：2025-07-20\n纳入本馆2023年度单位决算编制范围的单位共1个。\n"
    assert got(scope) == [("2023", "2024")]
    assert got(scope.replace("2025-07-20", "2024-07-20")) == []  # published that year: the title may be wrong
    assert got(text.replace("第二部分 2023年度", "第二部分 2024年度")) == []


def test_the_heading_on_the_years_work_must_name_the_notes_year():
    assert got(HEAD + "一、部门职责\n（二）2023年重点工作完成情况\n") == [("2023", "2024")]
    assert got(HEAD + "三、2023年度主要工作完成情况\n") == [("2023", "2024")]
    assert got(HEAD + "（二）2024年重点工作完成情况\n（三）2025年重点工作计划\n") == []
    assert got(HEAD + "与2023年重点工作完成情况相比，本年任务更重。\n") == []  # no heading number: a comparison
