"""Misreadings met on unseen reports of under-represented provinces (round 19, sweep p20e).

Each class is written in our own words: the legitimate reading the checker must give, and the slip of
the same shape it must still report as before, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


# S001: a title numbered "1." with no body, then its duties listed from "1." again: the list sits at the
# title's own level. The finding tells the list to take the next level's marks, not the item to become 2.
def test_a_list_restarting_under_a_same_level_title_is_read_as_its_list():
    text = ("第一部分 单位概况\n一、基本情况\n1. 本局职责\n1.负责全县林草资源保护，组织植树造林。\n"
            "2.承担森林草原防火的指导工作。\n2.机构设置\n内设三个股室。\n")
    found = findings_of(text, "S001")
    assert len(found) == 1
    assert "之下的列举沿用了该标题本身的编号" in found[0].message
    assert "应为“2.”" not in found[0].message


def test_a_repeated_title_number_with_a_body_between_is_still_a_repeat():
    text = ("第一部分 单位概况\n一、基本情况\n1.本局职责\n负责全县林草资源保护。\n"
            "1.机构设置\n内设三个股室。\n")
    found = findings_of(text, "S001")
    assert len(found) == 1
    assert "应为“2.”" in found[0].message


def test_the_list_under_a_same_level_title_goes_on_past_an_item_without_a_full_stop():
    text = ("第一部分 单位概况\n一、基本情况\n1. 本局职责\n1.负责全县林草资源保护，组织植树造林。\n"
            "2.承担森林草原防火的指导工作，开展巡查。\n3.协助县政府做好林区\n")
    found = findings_of(text, "S001")
    assert len(found) == 1 and "之下的列举" in found[0].message


def test_the_outline_after_such_a_list_still_reports_a_skip():
    text = ("第一部分 单位概况\n一、基本情况\n1. 本局职责\n1.负责全县林草资源保护，组织植树造林。\n"
            "2.承担森林草原防火的指导工作，开展巡查。\n4.机构设置\n内设三个股室。\n")
    found = findings_of(text, "S001")
    assert any("跳号" in f.message for f in found)


# S001: a contents whose part line was lost between the notes and the list of tables: the tables, named in
# 《》, count afresh, while a step back between two notes, or between two tables, is still reported.
def test_a_list_of_tables_after_the_notes_counts_afresh():
    text = ("目录\n一、收入决算情况说明\n二、支出决算情况说明\n三、其他需要说明的事项\n"
            "一、《收入支出决算总表》\n二、《收入决算表》\n")
    assert findings_of(text, "S001") == []


def test_a_step_back_between_two_notes_or_two_tables_is_still_reported():
    notes = "目录\n一、收入决算情况说明\n二、支出决算情况说明\n三、其他需要说明的事项\n二、政府采购情况说明\n"
    tables = "目录\n一、《收入支出决算总表》\n二、《收入决算表》\n三、《支出决算表》\n二、《财政拨款收入支出决算总表》\n"
    assert len(findings_of(notes, "S001")) == 1
    assert len(findings_of(tables, "S001")) == 1
