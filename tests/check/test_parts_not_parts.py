"""Figures that sit among a total's parts without being parts (issue 12, r5faA): a rate per head,
a bracketed aside breaking one part down, a 分别支持 list under one part, and a table total row
whose merged label cell was flattened so its figures fall under the name columns. Each class once
as the form the checker must leave alone and once as the slip it must still report."""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of

_TABLE = ("| 序号 | 事项 | 任务 | 预算 | 调整 | 安排 |\n|---|---|---|---|---|---|\n"
          "| 1 | 甲类事项 | 甲任务 | 60.00 | 5.00 | 65.00 |\n| 2 | 乙类事项 | 乙任务 | 40.00 | 3.00 | 43.00 |\n")


@pytest.mark.parametrize("text", [
    "按每户每年补助3000元的标准，下拨甲镇40万元，乙镇25万元，丙镇7.5万元，合计72.5万元。",
    "专项资金已支出9000万元，其中：省级补助4000万元（含质保金600万元），市级配套3500万元，自筹1500万元。",
    "共获得补助资金6000万元，其中第一批3500万元，分别支持甲工程1500万元、乙工程2000万元；第二批2500万元。",
])
def test_figures_that_are_not_parts_are_kept(text):
    assert findings_of(text, "N004") == []


@pytest.mark.parametrize("text", [
    "按每户每年补助3000元的标准，下拨甲镇40万元，乙镇25万元，丙镇7.5万元，合计82.5万元。",
    "专项资金已支出9000万元，其中：省级补助4000万元（含质保金600万元），市级配套4500万元，自筹1500万元。",
    "共获得补助资金6000万元，其中第一批6500万元，分别支持甲工程4500万元、乙工程2000万元；第二批2500万元。",
])
def test_parts_that_miss_the_total_are_still_flagged(text):
    assert [f.code for f in findings_of(text, "N004")] == ["N004"]


def test_flattened_total_row_is_not_judged_but_an_aligned_one_is():
    assert findings_of(_TABLE + "| 合计 | 100.00 | 8.00 | 108.00 |", "B001") == []
    flagged = findings_of(_TABLE + "| 合计 | | | 100.00 | 8.00 | 110.00 |", "B001")
    assert [f.code for f in flagged] == ["B001"]
