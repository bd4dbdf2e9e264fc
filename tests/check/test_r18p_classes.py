"""False-alarm classes met on unseen reports of public-security bureaus, courts, procuratorates, justice
bureaus, fire brigades, petition bureaus, armed-forces departments, prisons and compulsory drug
rehabilitation centres (round 18, p18).

Each class is written in our own words: the legitimate form the checker must leave alone, and the
slip of the same shape it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


def codes(text: str, code: str) -> list[str]:
    return [f.code for f in findings_of(text, code)]


# S001: a list of tables with no page numbers whose export ran two names into one line (…决算表八、…).
def test_two_table_names_on_one_line_skip_nothing():
    text = ("第二部分 决算表\n五、支出决算表\n六、财政拨款支出决算表\n七、基本支出决算表八、政府性基金预算财政拨款支出决算表\n"
            "九、国有资本经营预算财政拨款支出决算表\n")
    assert codes(text, "S001") == []


def test_a_table_left_out_of_the_list_is_still_reported():
    text = ("第二部分 决算表\n五、支出决算表\n六、财政拨款支出决算表\n七、基本支出决算表\n"
            "九、国有资本经营预算财政拨款支出决算表\n")
    assert [f.severity for f in findings_of(text, "S001")] == ["info", "error"]  # a hint above, the error at 九、


# S001: a part whose 部分 was typed 部门 (W013 reports the word) still restarts the numbering below it.
def test_part_typed_bumen_restarts_the_numbering():
    text = ("第一部分 概况\n一、主要职能\n二、机构设置\n三、人员情况\n第二部门  2018年度决算情况说明\n"
            "一、收入决算情况\n二、支出决算情况\n")
    assert codes(text, "S001") == []
    assert codes(text, "W013") == ["W013"]


def test_a_step_back_without_a_part_is_still_reported():
    text = "第一部分 概况\n一、主要职能\n二、机构设置\n三、人员情况\n一、收入决算情况\n二、支出决算情况\n"
    assert codes(text, "S001") == ["S001"]


# S001/S003: contents titled with what they list (决算公开目录) are a table of contents.
def test_contents_titled_with_their_subject():
    text = ("某局2020年决算公开报告\n决算公开目录\n一、基本情况\n（一）机构设置\n二、收支情况\n三、名词解释\n"
            "一、基本情况\n（一）机构设置\n内设股室八个。\n二、收支情况\n本年收入五百万元。\n")
    assert codes(text, "S001") == []
    assert codes(text, "S003") == []
