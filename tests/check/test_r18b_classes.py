"""False-alarm classes met on unseen reports of people's organisations (工会, 妇联, 共青团, 科协, 文联,
红十字会, 社科联, 侨联, 贸促会, 计生协会, 关工委): round 18, sweep p18b.

Each class is written in our own words: the legitimate form the checker must leave alone, and the
slip of the same shape it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


def codes(text: str, code: str) -> list[str]:
    return [f.code for f in findings_of(text, code)]


# S001 through the contents: the body words its first entry anew (部门职能, then 一、本会部门职能), so the
# contents end where that entry comes again, not at their own last entry.
_CONTENTS = "某学会2019年部门决算公开\n目     录\n一、部门职能\n二、主要工作\n三、机构设置\n四、收支情况\n2019年部门决算说明\n"


def test_contents_end_where_the_first_entry_comes_again_reworded():
    text = _CONTENTS + "一、本会部门职能\n本会是学术团体。\n二、主要工作\n完成课题五项。\n"
    assert codes(text, "S001") == []


def test_a_skip_in_the_body_after_such_contents_is_still_reported():
    text = _CONTENTS + "一、本会部门职能\n本会是学术团体。\n三、机构设置\n设两个部。\n"
    assert codes(text, "S001") == ["S001"]


# S011 and S001: a level's item 1 that runs on after a run-in title's colon and opens on a year
# ("收支安排情况：1、2021年度……", then "2、2022年度……" on its own line) kept its number.
def test_first_item_after_a_colon_opening_on_a_year_is_numbered():
    text = ("一、预算情况\n（一）数据变动情况\n收支安排情况：1、2021年度收入总计30万元。支出总计30万元。\n"
            "2、2022年度收入总计28万元。\n（二）三公经费\n本单位无此项支出。\n")
    assert [f.code for f in findings_of(text) if f.code in ("S001", "S011")] == []


def test_a_run_in_title_with_no_item_after_it_still_lost_item_one():
    text = ("一、预算情况\n（一）数据变动情况\n收支安排情况：\n2、2022年度收入总计28万元。\n"
            "（二）三公经费\n本单位无此项支出。\n")
    assert "S011" in [f.code for f in findings_of(text)]


# N004: the 其中 list of one economic class ends where the next class is named (对个人和家庭的补助 after
# 商品和服务支出's parts): that class is the total's sibling, not its part (gen/check/subject_peers.py).
def test_the_next_economic_class_is_no_part_of_the_one_before():
    text = "商品和服务支出6.20万元，其中办公费1.00万元、差旅费0.80万元，对个人和家庭的补助12.00万元，资本性支出0.50万元。\n"
    assert codes(text, "N004") == []


def test_a_part_of_the_same_class_over_the_total_is_still_reported():
    text = "商品和服务支出6.20万元，其中办公费1.00万元、其他商品和服务支出8.00万元，对个人和家庭的补助12.00万元。\n"
    assert codes(text, "N004") == ["N004"]


# S001: a list a colon introduces under （一）职能职责 that numbers its items （一）（二）… again reuses the
# heading's level: that is told once, on the list's （一）; the outline's （二） after the list is no step back.
_REUSED = "一、部门基本情况\n（一）职能职责\n本会主要职责是：\n（一）普及科学知识。\n（二）开展学术交流。\n（三）举荐人才。\n"


def test_a_list_reusing_its_headings_level_is_told_once():
    found = findings_of(_REUSED + "（二）机构设置\n内设一个办公室。\n", "S001")
    assert len(found) == 1 and "冒号引出的列举" in found[0].message


def test_the_outline_after_such_a_list_still_counts():
    found = [f for f in findings_of(_REUSED + "（三）机构设置\n内设一个办公室。\n", "S001") if f.severity != "info"]
    assert len(found) == 2  # the gap's hint on the line above aside
