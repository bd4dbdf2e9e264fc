"""A 1. title standing in the slot of a lost 一、-level heading (一、 … 1.收入预算说明 （一）（二） … 三、, r51xe LM-021).

The first-level headings around it skip one number: the 1. is that heading misnumbered, so its （一） items are
rightly one level down from it. S001 tells the 1. going back and the skip to 三、; neither S001 nor S012 tells the
（一） items as a repeat, a step back or an inverted level."""

from __future__ import annotations

from tests.check.findings import findings_of

SLOT = ("一、部门情况\n（一）机构设置\n内设三个股室。\n1.主要职责\n负责全县教育。\n2.人员情况\n在职十人。\n"
        "1.收入预算说明\n（一）本年收入预算三百万元。\n（二）比上年增加二十万元。\n三、支出预算说明\n（一）基本支出二百万元。\n")


def test_items_under_a_title_in_a_lost_upper_slot_are_not_told():
    found = findings_of(SLOT, "S001") + findings_of(SLOT, "S012")
    told = sorted(SLOT[f.start:f.end] for f in found)
    assert told == ["1.", "三、"]


def test_items_under_a_title_with_no_skip_around_it_are_still_told():
    text = SLOT.replace("三、支出预算说明", "二、支出预算说明")
    assert [f.code for f in findings_of(text, "S012")] == ["S012"]
