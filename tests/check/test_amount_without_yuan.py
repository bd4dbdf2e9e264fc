"""W026: an amount of money without 元 (资助资金86.5万，) or without any unit between amounts in 万元.

Flagged: 万 before a mark where an amount word names the figure or the amount
before it in the sentence is in 万元. Kept: counts of people written in 万, 万
followed by more words (5000万以上项目), a text cut off after 万, a 元 wrapped
onto the next line, lists whose unit is stated once in a header.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of

_TOTALS = "全年收入合计800万元，支出合计780万元，结余20万元。\n"


def spans(text):
    return [text[f.start:f.end] for f in findings_of(text, "W026", only=["W026"])]


@pytest.mark.parametrize(
    "text, span",
    [
        (_TOTALS + "下达项目资金95万元，其中设备购置资金60.5万，培训经费34.5万元。", "60.5万"),
        ("下达补助资金500万元，其中城关镇200万元；河口镇180万元；石桥镇120万。\n其余资金已拨付。", "120万"),
        ("人员经费支出合计210.3万元，其中工资福利、社保缴费等日常支出88.25万。", "88.25万"),
        (_TOTALS + "本年拨款412.6万,项目支出387.4万元。", "412.6万"),
        ("全年预算数2,300.5万元，执行数2180.36（含中央资金1,200万元，地方资金980.36万元）。", "2180.36"),
        ("具体包括：设备购置1.29万元，人员培训3.1万元；宣传印刷0.17；专家咨询0.18万元。", "0.17"),
        ("补助资金12万，用于购置设备。", "12万"),  # a word that names only money, in any text (round 31)
    ],
)
def test_flags_an_amount_without_yuan(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        _TOTALS + "下达项目资金95万元，其中设备购置资金60.5万元，培训经费34.5万元。",
        _TOTALS + "辖区总人口8.45万。全年惠及群众3.2万，服务游客12万，补助资金20万元。",
        "下达补助资金500万元，惠及农户1.2万，覆盖城关镇等3个镇。",
        _TOTALS + "引进5000万以上项目3个，资金6万余元，投资过亿元。",
        _TOTALS + "年初预算安排专项资金46万",  # a page cut off after 万
        _TOTALS + "本年支出合计46万\n元，其中人员经费30万元。",  # 元 wrapped onto the next line
        "补助资金12万，设备款8万，维修费3万，用于购置设备。",  # a text whose habit is bare 万 (three or more)
        "全年接待游客12万，比上年增加2万。",  # not money
        "（单位：万元）全年预算数2,300.5，执行数2180.36，中央资金1,200，地方资金980.36。",
    ],
)
def test_keeps_correct_amounts_and_counts(text):
    assert spans(text) == []


def test_other_quantities_stay_with_n016():
    text = "全年培训乡村教师120人，乡村医生85，护理人员96人。"
    assert [f.code for f in findings_of(text, only=["N016", "W026"])] == ["N016"]


def test_a_sentence_in_bare_wan_throughout_is_a_hint():
    """Three or more amounts of one sentence in bare 万 (水东8万、狸桥6万…) keep a style of their own: readers
    differ on whether each lost its 元, so they are told at info severity, a lone one still a warning."""
    text = _TOTALS + "其中80万元洪涝灾害资金分配如下：水东8万、狸桥6万、文昌4万。\n项目资金120万，已到位。"
    severities = {text[f.start:f.end]: f.severity for f in findings_of(text, "W026", only=["W026"])}
    assert severities == {"8万": "info", "120万": "warning"}
