"""Misreadings met on unseen reports of courts, procuratorates and congress offices (round 26, sweep p27a).

Each class is written in our own words: the legitimate reading the checker must give, and the slip of
the same shape it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


# S001: a list of tables numbered 一、… under the outline's 二、 is told once as a step back; the outline's
# 三、 after it counts on from 二、 and is no second step back.
def test_the_outline_counts_on_after_a_list_told_as_a_step_back():
    text = ("一、部门基本情况\n本院内设机构十个。\n二、2019年度部门决算报表\n一、收入支出决算总表\n二、收入决算表\n"
            "三、支出决算表\n四、财政拨款收入支出决算表\n三、2019年度部门决算情况说明\n本年收入100万元。\n")
    found = findings_of(text, "S001")
    assert len(found) == 1 and "顺序倒退" in found[0].message and "上一个同级标题是“二、”" in found[0].message


def test_a_step_back_that_does_not_resume_the_outline_is_still_told():
    text = ("一、部门基本情况\n本院内设机构十个。\n二、2019年度部门决算报表\n一、收入支出决算总表\n二、收入决算表\n"
            "三、支出决算表\n四、财政拨款收入支出决算表\n二、2019年度部门决算情况说明\n本年收入100万元。\n")
    found = findings_of(text, "S001")
    assert len(found) == 2


# N012: the count's remainder told in the next sentence; a comma typed for a list's first 、.
def test_a_list_whose_remainder_the_next_sentence_counts_is_whole():
    assert not findings_of("我院内设职能部门5个，包括综合办公室、政治部、立案庭。另有两个派出法庭。", "N012")
    assert findings_of("我院内设职能部门6个，包括综合办公室、政治部、立案庭。另有两个派出法庭。", "N012")


def test_a_comma_for_the_first_dun_parts_two_names():
    assert not findings_of("院机关内设机构4个，包括：办公室，政治部、研究室、督查室。", "N012")
    assert findings_of("院机关内设机构6个，包括：办公室，政治部、研究室、督查室。", "N012")


# W025: two duties of a semicolon-parted list that open alike are parallel; a clause said twice in one item is not.
def test_parallel_duties_after_a_colon_are_no_repeat():
    text = ("其主要职权是：依照法律规定对有关刑事案件行使侦查权；对刑事案件进行审查，批准或者决定是否逮捕犯罪嫌疑人；"
            "对刑事案件进行审查，决定是否提起公诉。")
    assert not findings_of(text, "W025")
    assert findings_of("对刑事案件进行审查，决定是否提起公诉，对刑事案件进行审查。", "W025")
