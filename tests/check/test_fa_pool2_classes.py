"""False-alarm classes met on a second pool of reports nobody had annotated (issue 12, r5fa).

Each class is written here in our own words: once as the legitimate form the checker must leave
alone, and once as the slip it must still report, so the fix cannot hide a real defect."""

from __future__ import annotations

import pytest

from gen.check.read_lines import pdf_line_breaks
from tests.check.findings import findings_of


def codes(text: str, code: str) -> list[str]:
    return [f.code for f in findings_of(text, code)]


# W002 (through the line reader): a page's record block copied with single spaces, one row a line.
def test_record_block_rows_are_not_glued_into_a_doubled_word():
    text = "索引号 001234/2023-0042 公开方式 主动公开\n公开范围 面向社会 公开时限 长期公开\n"
    assert codes(text, "W002") == []


def test_word_doubled_inside_a_record_row_is_still_flagged():
    text = "索引号 001234/2023-0042 公开方式 主动公开公开\n公开范围 面向社会 公开时限 长期公开\n"
    assert codes(text, "W002") == ["W002"]


def test_prose_broken_across_lines_is_still_joined():
    # a PDF copy parts figures with blanks, not short words: its hard break is still joined
    text = "截至 2023 年底全县共有 12 个项目批复了绩效目标并按期\n完成，资金到位率达到100%。\n"
    assert pdf_line_breaks(text) == [text.index("\n")]
    rows = "公开方式 主动公开\n公开范围 面向社会 公开时限 长期公开\n"
    assert pdf_line_breaks(rows) == []


# W001: 的 before an adjective formed with 性 (保障性住房, 组织性) modifies a noun.
@pytest.mark.parametrize("text", [
    "逐步建立可持续的保障性住房投入机制。",
    "形成全面的组织性安排，落实有效的保障性措施。",
])
def test_de_before_xing_adjective_is_kept(text):
    assert codes(text, "W001") == []


def test_de_before_the_verb_itself_is_still_flagged():
    assert codes("我局持续的保障困难群众基本生活。", "W001") == ["W001"]


# N014: a list parted by commas ends at the semicolon; a lone finer figure carries a stray digit.
@pytest.mark.parametrize("text", [
    "全年支出合计86.40万元。其中：人员经费50.10万元，公用经费36.30万元；年末结转和结余2.05万元。",
    "全年支出合计586.40万元。其中：人员经费250.104万元，公用经费336.30万元。",
    # a semicolon inside a part's bracketed aside does not end the list
    "下达资金100.00万元。其中，中央资金60.00万元（一般公共预算：20.00万元；彩票公益金：40.00万元）；"
    "省级资金40.00万元（一般公共预算：30.00万元；彩票公益金：10.00万元）。",
])
def test_balance_after_the_list_and_stray_decimal_are_kept(text):
    assert codes(text, "N014") == []


@pytest.mark.parametrize("text", [
    # the parts before the semicolon alone exceed the whole
    "全年支出合计86.40万元。其中：人员经费60.10万元，公用经费36.30万元；年末结转和结余2.05万元。",
    # semicolons part the items themselves: the list runs on past the first one
    "下达资金86.40万元。其中：设备购置50.10万元；人员培训40.30万元。",
    # two figures share the finer precision: they set it
    "全年支出合计586.40万元。其中：人员经费250.104万元，公用经费336.306万元。",
])
def test_parts_over_the_whole_are_still_flagged(text):
    assert codes(text, "N014") == ["N014"]


# W005: 年末结转结余 is the usual short name of 年末结转和结余, not a word that lost a character.
def test_usual_short_name_of_balance_is_kept():
    assert codes("本年支出96.12万元，年末结转结余1.30万元。", "W005") == []


def test_balance_name_that_lost_a_character_is_still_flagged():
    assert codes("本年支出96.12万元，年末结转余1.30万元。", "W005") == ["W005"]


# P004: an excerpt that breaks off inside a document title; its closer lies beyond the cut.
def test_title_open_at_the_cut_of_an_excerpt_is_kept():
    text = "评价依据如下。\n1.《中华人民共和国预算法》。\n2.《某市财政局关于印发市级项目支出绩效评价管理"
    assert codes(text, "P004") == []


@pytest.mark.parametrize("text", [
    # the text ends with a full stop: nothing was cut off
    "评价依据如下。\n2.《某市财政局关于印发市级项目支出绩效评价管理办法。",
    # cut off, but the bracket opened earlier was left open before other marks (not a 文号 that lost its 〕,
    # which is P002's since 〔20208号)
    "依据（某财〔2023〕15号规定，印发了《某市财政局关于印发市级项目支出绩效评价管理",
])
def test_opener_left_open_inside_the_text_is_still_flagged(text):
    assert codes(text, "P004") == ["P004"]


# L001: a site's domain name run into Chinese; an established acronym.
@pytest.mark.parametrize("text", [
    "本文档由用户上传至sample-docs.cn文档网，仅供阅读。",
    "采用CAD软件绘制施工图纸。",
])
def test_domain_name_and_established_acronym_are_kept(text):
    assert codes(text, "L001") == []


def test_english_word_beside_a_domain_is_still_flagged():
    assert codes("本文档由用户上传至sample-docs.cn文档网，please仅供阅读。", "L001") == ["L001"]


# P009: a line's own item number ("2、") before a bracket left from the line before is no list comma.
def test_item_number_before_a_closing_bracket_is_kept():
    assert codes("下设股室：(1)办公室、(2\n2、)财务股。", "P009") == []


def test_comma_after_the_last_item_before_a_bracket_is_still_flagged():
    assert codes("下设股室（办公室、财务股、）两个。", "P009") == ["P009"]


# W011: a title pasted into the middle of a word parts it; nothing was clipped.
def test_word_parted_by_a_pasted_title_is_kept():
    assert codes("指导县属机关和企事《学习读本》业单位开展工作。", "W011") == []


@pytest.mark.parametrize("text", [
    "指导县属机关和企业《学习读本》业单位开展工作。",  # the character before the title is not the lost one
    "按照《通知》业单位开展工作。",
])
def test_word_clipped_after_a_title_is_still_flagged(text):
    assert codes(text, "W011") == ["W011"]
