"""N041: an amount with two decimal points, or with its leading digit group lost."""

import pytest

from gen.check.context import CheckContext
from gen.check.rules import n041_malformed_figure as n041


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.suggestion) for f in n041.check(CheckContext(text))]


def test_two_decimal_points_in_an_amount():
    assert found("收入、支出总计均为4.518.06万元。") == [("4.518.06", "4,518.06")]
    assert found("合计12.006.5亿元") == [("12.006.5", "12,006.5")]


def test_lost_leading_group_when_the_text_writes_the_whole():
    text = "本年支出1,203.77万元。……其中项目支出合计,203.77万元，主要用于维修。"
    assert found(text) == [(",203.77", "1,203.77")]
    text = "全年收入总计23456.10万元，收入总计,456.10万元。"
    assert found(text) == [(",456.10", "23456.10")]


@pytest.mark.parametrize("text", [
    "详见第3.1.2节，合计3,042.27万元。",
    "2023.10.15完成验收，支付120.00万元。",
    "按3.125.6的比例",  # no unit of money after it
    "表中数据为25.103.26.4万元",  # a run of glued cells, not one figure
    # a clause's comma before an amount, with no whole written elsewhere
    "已拨付工程进度款，105.04万元将于竣工验收后支付。",
    # the whole itself, and a figure with more groups
    "支出总计1,867.48万元，其中12,345,678.90元为专项资金。",
])
def test_well_formed_or_unclear_figures_pass(text):
    assert found(text) == []
