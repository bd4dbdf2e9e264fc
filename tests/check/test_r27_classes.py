"""Classes read from round 26's held-out sets after their blind measure (budget-execution reports, forest farms,
courts): each written in our own words, the legitimate reading beside the slip of the same shape."""

from __future__ import annotations

from tests.check.findings import findings_of


# S001: a section whose heading lost its 二、 restarts （一） under it: the title is told, not a step back.
def test_a_title_that_lost_its_number_above_a_restarted_list_is_told():
    text = ("2022年部门预算情况说明\n一、单位基本情况\n（一）职能职责。\n承担自然保护区的建设工作。\n（二）单位构成。\n"
            "单位包括办公室、财务科。\n部门收支总体情况\n（一）收入预算：年初预算数968.32万元。\n"
            "（二）支出预算：年初预算数968.32万元。\n")
    found = findings_of(text, "S001")
    assert len(found) == 1 and "应为“二、部门收支总体情况”" in found[0].message


def test_a_restart_under_no_title_is_still_a_step_back():
    text = ("2022年部门预算情况说明\n一、单位基本情况\n（一）职能职责。\n承担自然保护区的建设工作。\n（二）单位构成。\n"
            "单位包括办公室、财务科。\n（一）收入预算：年初预算数968.32万元。\n")
    found = findings_of(text, "S001")
    assert len(found) == 1 and "顺序倒退" in found[0].message
