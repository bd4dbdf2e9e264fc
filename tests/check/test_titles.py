"""W020: the standard titles of a 部门决算 written wrong (glossary/titles.yaml, gen.check.titles)."""

from __future__ import annotations

import pytest

from gen.check import body_names as bn
from gen.check import titles
from gen.check.context import CheckContext
from gen.check.rules import w020_standard_title_typo as w020


def got(text):
    return [(text[f.start:f.end], f.suggestion) for f in w020.check(CheckContext(text))]


@pytest.mark.parametrize("text, written, meant", [
    ("第三部分 部门决算情况说明\n一、 入支出决算总体情况说明\n", "入支出决算总体情况说明", "收入支出决算总体情况说明"),  # first lost
    ("六、财政拨款“三公”经费支出决算情况明……12\n", "经费支出决算情况明", "经费支出决算情况说明"),  # one lost inside
    # one wrong (占用 for 占有 is no slip: the template's own 国有资产占用情况 makes it a recognised form)
    ("五、国有资产占有便用情况说明\n", "国有资产占有便用情况说明", "国有资产占有使用情况说明"),
    ("第五部分 名称解释\n", "名称解释", "名词解释"),  # a short title standing alone
    ("（三）政府采购出支情况说明\n", "政府采购出支情况说明", "政府采购支出情况说明"),  # two swapped
])
def test_a_title_one_character_off_is_flagged_with_its_standard_form(text, written, meant):
    assert got(text) == [(written, meant)]


@pytest.mark.parametrize("text", [
    "一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、支出决算情况说明\n",
    "一、收入支出预算总体情况说明\n二、收支预算表\n",  # the 预算 counterparts; 收支 for 收入
    "十、其他重要事项情况说明\n十一、收入支出决算明细表\n十二、收入支出决算公开表\n",  # accepted or another table
    "现将有关名称解释如下：",  # a short title inside a sentence
    "全年收入合计120万元，其中：财政拨款收\n入决算情况说明见附表。",  # a word broken by the line, not lost
    "一、一般公共预算税收返还和转移支付决算表\n",  # another table whose tail looks like one
    "九、政府性基金预算财政拨款收入支出决算表表十：国有资本经营预算财政拨款支出决算表\n",  # joined lines
])
def test_accepted_forms_prose_and_line_breaks_pass(text):
    assert got(text) == []


def test_a_title_that_lost_its_last_character_where_the_line_ends():
    assert got("三、支出决算情况说\n四、财政拨款收入支出决算总体情况说明\n") == [("支出决算情况说", "支出决算情况说明")]
    assert got("第四部分 名词解\n") == [("名词解", "名词解释")]
    # the two characters left make a word (收入决算 without 表), the line goes on, or the next line holds 明
    assert got("三、收入决算\n本年收入决算情况如下。\n") == []
    assert got("三、支出决算情况说\n明\n") == []


def test_a_table_name_without_biao_is_flagged_only_between_siblings_that_have_it():
    listed = "二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算总表\n"
    cut = "五、一般公共预算财政拨款支出决算\n六、一般公共预算财政拨款基本支出决算明细表\n"
    assert got(listed + cut) == [("一般公共预算财政拨款支出决算", "一般公共预算财政拨款支出决算表")]
    # a section heading of the notes names no table: no sibling tables around it
    assert got("一、收入决算\n二、支出决算情况\n三、收入决算表\n") == []
    assert got("一、收入决算\n二、支出决算\n三、收入决算表\n") == []


def test_part_and_about_headings_that_lost_a_character():
    text = "第一部分 部门概况\n第二部分 2022年度部门决算表\n第三部2022年度部门决算情况说明\n十三、关2022年度预算绩效情况的说明\n"
    assert got(text) == [("第三部", "第三部分"), ("关", "关于")]
    # no sibling written 第X部分: 第三部 is not read as a cut part title; the third sector and 海关 pass
    assert got("第三部门组织蓬勃发展。\n第三部 门户网站\n") == []
    assert got("第一部分 概况\n第三部门参与社区治理。\n海关2022年度部门决算\n") == []
    assert got("九、关机关运行经费支出说明\n十、关于政府采购支出说明\n") == [("关", "关于")]
    assert got("九、关机后断电\n十、关心下一代工作委员会\n各机关运行经费保障到位。\n") == []


def test_the_titles_and_the_body_names_are_one_mechanism_with_two_lists():
    assert titles.titles().edges and not bn.names().edges
    assert bn.find("一、 入支出决算总体情况说明\n", titles.titles())
    assert not bn.find("一、 入支出决算总体情况说明\n", bn.names())
    # W018 still measures its own names only; a body's name lost its first character is not looked for
    assert bn.find("县 场监督管理局\n") == []


def test_every_accepted_title_passes_as_a_heading():
    data = titles.titles()
    for form in sorted(data.accepted):
        assert bn.find(f"一、{form}\n", data) == [], form


# The small classes of the same notes, in the rules that own their kind.

def _rule(module, text):
    return [(text[f.start:f.end], f.suggestion) for f in module.check(CheckContext(text))]


def test_w004_a_year_that_lost_nian_before_du_or_a_part_title_that_lost_its_year():
    from gen.check.rules import w004_year_without_nian as w004

    assert _rule(w004, "十二、关于2021度预算绩效情况的说明\n") == [("2021度", "2021年度")]
    part = "某县档案馆2021年度部门决算\n第一部分 部门概况\n第二部分度部门决算表\n"
    assert _rule(w004, part) == [("度", "2021年度")]  # the year is the report's own
    assert _rule(w004, "本月用电2021度，电费1500元。\n第二部分 2021年度部门决算表\n本部分度量衡统一。\n") == []


def test_w002_a_heading_numeral_typed_twice():
    from gen.check.rules import w002_duplicated_word as w002

    assert _rule(w002, "一一、部门职责\n二、机构设置\n") == [("一一", "一")]
    assert _rule(w002, "十一、部门职责\n二十二、机构设置\n各项支出一一核对。\n") == []


def test_prose_spaced_headings_and_other_words_with_bu_pass():
    text = ("第一部分 部门概况\n第三部 分 2023年度部门决算情况说明\n大部分度过了难关。\n"
            "加强内部控制，局部调整支出结构。\n第三部门组织积极参与。\n关 于2023年度预算绩效情况的说明\n")
    assert got(text) == []
    from gen.check.rules import w004_year_without_nian as w004

    assert _rule(w004, text) == []


def test_a_lists_first_or_last_table_name_without_biao():
    last = "七、政府性基金预算财政拨款收入支出决算表\n八、国有资本经营预算财政拨款支出决算表\n九、财政拨款“三公”经费支出决算\n"
    assert got(last) == [("财政拨款“三公”经费支出决算", "财政拨款“三公”经费支出决算表")]
    first = "一、收入支出决算总\n二、收入决算表\n三、支出决算表\n"
    assert got(first) == [("收入支出决算总", "收入支出决算总表")]
    # the notes' sections after the list of tables, under their own 第X部分, are another list
    assert got("二、收入决算表\n三、支出决算表\n第三部分 决算情况说明\n一、收入决算\n") == []
    assert got("三、支出决算\n四、收入决算表\n五、其他重要事项的情况说明\n") == []  # one sibling only


def test_w004_a_part_title_without_its_year():
    from gen.check.rules import w004_year_without_nian as w004

    assert _rule(w004, "第三部分 年度部门决算情况说明\n") == [("年度", None)]
    assert _rule(w004, "第三部分 2023年度部门决算情况说明\n第四部分 年度工作计划\n") == []


# The slips of a whole word in the notes' section headings (glossary/title_words.yaml, gen.check.title_words).
_NOTES = "一、收入决算情况说明\n二、支出决算情况说明\n三、预算绩效情况说明\n"


@pytest.mark.parametrize("heading, written, meant", [
    ("四、2021年度机关运行情况说明\n", "机关运行", "机关运行经费"),
    ("四、政府性基金财政拨款支出决算情况说明\n", "政府性基金财政拨款", "政府性基金预算财政拨款"),
    ("四、一般公共预算拨款项目支出决算情况说明\n", "一般公共预算拨款", "一般公共预算财政拨款"),
    ("四、国有资本经营预算拨款支出决算情况说明\n", "国有资本经营预算拨款", "国有资本经营预算财政拨款"),
])
def test_a_fixed_term_of_a_template_heading_that_lost_a_word(heading, written, meant):
    text = _NOTES + heading
    assert got(text) == [(written, meant)]


@pytest.mark.parametrize("text", [
    _NOTES + "四、机关运行经费支出情况说明\n",  # whole
    _NOTES + "四、一般公共预算支出决算情况说明\n五、政府性基金支出决算情况说明\n",  # the whole 财政拨款 dropped: a short form
    _NOTES + "四、一般公共预算及政府性基金财政拨款三公经费支出决算情况说明\n",  # 预算 shared by the coordination
    "一、机关运行情况说明\n二、一般公共预算拨款支出情况\n",  # no template: too few standard headings
    _NOTES + "本年一般公共预算拨款50万元，机关运行保障有力。\n",  # prose, no heading
])
def test_short_forms_coordinations_prose_and_other_texts_pass(text):
    assert got(text) == []


def test_a_heading_cut_before_its_tail_between_complete_siblings():
    text = "一、收入决算情况说明\n二、一般公共预算财政拨款支出决算情况说明\n三、一般公共预算财政拨款基本支出\n四、政府采购支出情况说明\n"
    assert got(text) == [("一般公共预算财政拨款基本支出", "一般公共预算财政拨款基本支出决算情况说明")]
    # The last of its kind, or followed by its own sub-headings, is a section's heading, not a cut title.
    assert got(_NOTES + "四、一般公共预算财政拨款基本支出\n（一）人员经费\n") == []


def test_a_heading_that_kept_niandu_but_lost_its_year_among_dated_siblings():
    text = ("（一）某所2022年度收入决算情况说明\n（二）某所年度支出决算情况说明\n（三）某所2022年度预算绩效情况说明\n"
            "（四）某所2022年度政府采购支出情况说明\n")
    assert [w for w, _ in got(text)] == ["年度"]
    assert got(text.replace("某所年度", "本年度")) == []  # 本年度 is a word
    assert got(text.replace("2022年度", "")) == []  # no sibling carries a year


def test_the_overview_heading_of_the_units_that_report_lost_its_first_word():
    # 决算单位构成 is the template's heading in the first part; a slip of its first character reads 算单位构成
    assert got("第一部分 概况\n一、主要职能\n二、算单位构成\n本站只有本级。\n") == [("算单位构成", "决算单位构成")]
    # the budget counterpart, a 组成 for 构成, a shorter heading and prose pass
    assert got("二、部门预算单位组成\n（三）单位构成\n从预算单位构成看，本局只有本级。\n三、决算单位组成\n") == []
