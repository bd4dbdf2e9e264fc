"""False-alarm classes met on unseen reports of schools, hospitals, health commissions, libraries,
cultural centres and media centres (issue 12, round 17, p17).

Each class is written in our own words: the legitimate form the checker must leave alone, and the
slip of the same shape it must still report, so a fix cannot hide a real defect."""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def codes(text: str, code: str) -> list[str]:
    return [f.code for f in findings_of(text, code)]


# W030 through the report's year: a page's 公开时间 is the next year, not the 决算's year.
def test_publication_date_is_no_report_year():
    text = ("目录\n公开时间：2025年10月13日\n第一部分 部门概况\n第二部分 2024年度部门决算情况说明\n"
            "第三部分 名词解释\n第一部分 部门概况\n一、部门职责\n负责全县新闻宣传工作。\n")
    assert codes(text, "W030") == []


def test_a_part_left_at_last_year_is_still_reported():
    text = "2025年度某县融媒体中心部门决算\n公开时间：2026年9月1日\n第二部分 2024年度部门决算情况说明\n"
    assert codes(text, "W030") == ["W030"]


# N013: an item's share, then its own parts' shares after 其中.
def test_breakdown_shares_are_not_siblings_of_their_item():
    text = ("1.财政拨款收入500.00万元，占收入合计的100%。其中：一般公共预算财政拨款收入500.00万元，"
            "占收入合计的100%；政府性基金预算财政拨款收入0万元，占收入合计的0%。\n")
    assert codes(text, "N013") == []


def test_siblings_over_100_inside_one_breakdown_are_still_reported():
    text = "项目资金200万元，其中：上级补助资金占项目资金的70%，本级配套资金占项目资金的40%。\n"
    assert codes(text, "N013") == ["N013"]


def test_numbered_items_past_nineteen_run_on():
    # N013 reads numbered items as headings read their numbers: 十九、 then 二十、 are one run (20, not 10)
    text = ("支出情况如下：\n十九、基本支出500万元，占一般公共预算支出的60%。\n"
            "二十、项目支出400万元，占一般公共预算支出的50%。\n")
    assert codes(text, "N013") == ["N013"]


# N014: receipts that make the whole, then the year's spending in the same sentence.
def test_spending_after_closed_receipts_is_no_part():
    text = ("2023年学校共收到资金3000.00万元。其中，上年结转资金100.00万元，当年取得收入2900.00万元，"
            "当年发生支出2950.00万元。\n")
    assert codes(text, "N014") == []


@pytest.mark.parametrize("text", [
    # a further figure of a part (原值, then 净值): still a part over the whole
    "单位资产合计40.00万元，其中：一是流动资产4.00万元；二是固定资产原值36.00万元，净值12.00万元。\n",
    # receipts that do not make the whole: the spending is not what ends the list
    "全年收到资金3000.00万元。其中，上年结转资金100.00万元，当年取得收入2800.00万元，当年发生支出2950.00万元。\n",
])
def test_parts_over_the_whole_are_still_reported(text):
    assert codes(text, "N014") == ["N014"]


# S001: a part title that lost its 分 still opens a new count of 一、二、.
def test_numbering_restarts_under_a_part_that_lost_its_fen():
    text = ("第一部分 单位概况\n一、主要职能\n二、机构设置\n第二部分 2023年度部门决算表\n一、收入支出决算表\n"
            "二、收入决算表\n第三部2023年度部门决算情况说明\n一、收入决算情况说明\n二、支出决算情况说明\n")
    assert codes(text, "S001") == []
    assert codes(text, "W020") == ["W020"]  # the lost 分 is reported once, where it is


def test_numbering_that_goes_back_inside_one_part_is_still_reported():
    text = "第一部分 单位概况\n一、主要职能\n二、机构设置\n三、人员情况\n二、收支情况\n"
    assert codes(text, "S001") == ["S001"]


# W023: 经费 and 费 in a fee's name.
def test_fee_name_with_or_without_jing_is_no_slip():
    text = "春节慰问经费按方案发放。春节慰问经费全部到位。按时完成慰问费兑付。\n"
    assert codes(text, "W023") == []


# S004: the page's title line printed again where the document begins.
def test_title_printed_by_the_page_and_by_the_document():
    title = "某市中心医院2021年度财政项目绩效自评表（单位名称：某市中心医院，填报日期：2022年3月18日）"
    assert codes(f"{title}\n资源大小：13KB\n{title}\n一、项目基本情况\n", "S004") == []


def test_a_paragraph_pasted_twice_is_still_reported():
    para = "受疫情影响，部分项目启动较晚，实施周期相对较长，导致项目验收偏晚，预算执行进度偏慢，支出相对集中。"
    assert codes(f"某县医院2021年度自评报告\n一、存在问题\n{para}\n二、改进措施\n{para}\n", "S004") == ["S004"]


# L001: the equipment maker a hospital names (GE彩超) is no stray English word.
def test_equipment_maker_is_a_known_abbreviation():
    text = "医院拥有GE1.5T核磁共振、GE16排螺旋CT、DR等大型诊疗设备20多台。\n"
    assert codes(text, "L001") == []
    assert codes("医院拥有GE彩超和XY型号监护仪。\n", "L001") == ["L001"]


# The day the page went out still bounds the report's year from below: a 决算 published in 2022 is of
# 2021 or later, enough for a name a reform retired in 2019 (T001) or a formulation outdated from 2021
# (D002) — never for an entry that holds only up to a year.
def test_publication_date_bounds_the_year_of_dated_wording():
    text = "某县教育局部门决算\n公开时间：2022年9月30日\n配合物价、财政部门做好收费管理。\n"
    found = findings_of(text, "T001")
    assert [f.code for f in found] == ["T001"] and "价格主管部门" in found[0].message
    assert codes("某县教育局部门决算\n公开时间：2019年9月30日\n配合物价、财政部门做好收费管理。\n", "T001") == []
    assert codes("某县教育局部门决算\n配合物价、财政部门做好收费管理。\n", "T001") == []


def test_identity_reads_the_floor_only_without_a_year():
    from gen.check.context import CheckContext
    from gen.check.identity import identity

    assert identity(CheckContext("某县教育局部门决算\n公开时间：2022年9月30日\n正文。\n")).earliest == 2021
    dated = identity(CheckContext("某县教育局2023年度部门决算\n公开时间：2024年9月30日\n正文。\n"))
    assert dated.year == 2023 and dated.earliest == 2023
