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
