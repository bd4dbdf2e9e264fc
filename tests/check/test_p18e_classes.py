"""False-alarm classes met on unseen reports of economic and resource bureaus (发改委, 工信局, 商务局, 住建局,
交通运输局, 水利局, 自然资源局, 生态环境局, 农业农村局, 林业局, 城管局, 市场监管局): round 18, sweep p18e.

Each class is written in our own words: the legitimate form the checker must leave alone, and the
slip of the same shape it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


def codes(text: str, code: str) -> list[str]:
    return [f.code for f in findings_of(text, code)]


# S001 and a site's menus copied above the report: each menu numbers its short labels from 1 (site_menus).
def test_site_menus_above_the_report_are_no_headings():
    text = ("信息公开\n    1. 机构概况\n    2. 领导信息\n    1. 规划计划\n    2. 统计数据\n    1. 财政预算\n"
            "    2. 财政决算\n    3. 三公经费\n某局2023年度部门决算\n一、部门职责\n负责全县交通工作。\n二、机构设置\n内设三个股室。\n")
    assert codes(text, "S001") == []


def test_a_list_that_restarts_once_under_its_heading_is_still_a_step_back():
    text = "一、部门概况\n（一）基本情况\n1.机构\n2.人员\n1.职责\n2.经费\n（二）收支\n"
    assert codes(text, "S001") == ["S001"]


def test_menu_labels_that_say_something_are_a_report_list():
    # items with a clause mark are sentences of the report, not a menu's labels: the step back stands
    text = ("一、部门概况\n1.负责道路养护，保障通行。\n2.负责桥梁检测。\n1.负责路灯管理，按时维修。\n2.负责广告审批。\n"
            "1.负责停车管理，规范秩序。\n2.负责执法监督。\n二、机构设置\n")
    assert "S001" in codes(text, "S001")


# N004 and a grant whose parts include a cut (调减): the cut subtracts, so it may exceed the net total granted.
def test_a_cut_among_the_parts_may_exceed_the_net_total():
    text = "第二批文件下达我局资金1.50万元，其中：造林补助2.40万元，森林抚育补助调减3.10万元，管护补助2.20万元。\n"
    assert codes(text, "N004") == []


def test_a_part_above_its_total_with_no_cut_is_still_reported():
    text = "第二批文件下达我局资金1.50万元，其中：造林补助2.40万元，森林抚育补助3.10万元，管护补助2.20万元。\n"
    assert codes(text, "N004") == ["N004"]
