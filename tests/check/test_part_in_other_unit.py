"""N042: one part of a breakdown in another unit of money than its siblings and its total."""

import pytest

from gen.check.context import CheckContext
from gen.check.rules import n042_part_in_other_unit as n042


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.suggestion) for f in n042.check(CheckContext(text))]


def test_the_part_in_yuan_that_closes_the_total_in_wan():
    text = "下达专项资金共60.50万元。其中，甲镇20.00万元；乙镇30.00万元；丙镇10.50元。"
    assert found(text) == [("10.50元", "10.50万元")]


@pytest.mark.parametrize("text", [
    "下达专项资金共60.50万元。其中，甲镇20.00万元；乙镇30.00万元；丙镇10.50万元。",
    # a small part truly in 元: the parts close as written
    "下达专项资金共50.0105万元。其中，甲镇20万元；乙镇30万元；丙镇105元。",
    # read in 万元 the parts still do not make the total
    "下达专项资金共70.00万元。其中，甲镇20.00万元；乙镇30.00万元；丙镇10.50元。",
    # two parts only, whose printed figures do not add up to the total's either
    "下达专项资金共30.50万元，其中省级资金20.00万元、县级资金10.40元。",
])
def test_parts_in_one_unit_or_no_plain_slip_pass(text):
    assert found(text) == []


def test_two_parts_whose_printed_figures_make_the_total_to_the_last_digit():
    # 20.00 + 10.50 = 30.50 as printed: no chance makes that sum, the lone 元 lost its 万
    text = "下达专项资金共30.50万元，其中省级资金20.00万元、县级资金10.50元。"
    assert [t for t, _ in found(text)] == ["10.50元"]


def test_every_part_in_yuan_that_makes_the_total_in_wan_is_named_once():
    text = "全年支出合计80.25万元。其中：人员经费50.05元，公用经费30.20元。"
    assert [t for t, _ in found(text)] == ["50.05元"]


@pytest.mark.parametrize("text", [
    # read in 万元 the parts still miss the total
    "全年支出合计80.25万元。其中：人员经费50.05元，公用经费30.00元。",
    # in 元 the parts make the total as written
    "全年支出合计8.025万元。其中：人员经费50050元，公用经费30200元。",
])
def test_every_part_in_yuan_left_alone_unless_only_wan_makes_the_total(text):
    assert found(text) == []


def test_a_whole_in_yuan_over_parts_in_wan_is_the_slip():
    text = "村卫生室补助共计52.30元，其中省级补助30.20万元，县级补助22.10万元。"
    assert found(text) == [("52.30元", "52.30万元")]
