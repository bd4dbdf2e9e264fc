"""N038: a span of years whose end comes before its start, in sentences other bureaus would write."""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def spans(text):
    return [text[f.start:f.end] for f in findings_of(text, "N038", only=["N038"])]


@pytest.mark.parametrize(
    "text, span",
    [
        ("按照《某省乡村教师支持计划(2018—2010)》的要求，完成培训任务。", "2018—2010"),
        ("2019-2012年累计投入资金300万元。", "2019-2012"),
        ("规划期为2021年至2015年，分两个阶段实施。", "2021年至2015"),
        ("依据三年行动方案（2021 ~ 2013）落实。", "2021 ~ 2013"),
    ],
)
def test_flags_a_reversed_span(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "按照《某省乡村教师支持计划(2018—2020)》的要求，2019年至2022年完成培训任务。",
        "2022年至2022年12月，累计投入资金300万元。",
        "收入增减（2022-2021）为12万元，2022-2021年差额见下表，与2021-2020相比有所下降。",
        "执行《建筑设计防火规范》（GB 2018-2014）和编号HB2020-2019的标准。",
        "联系电话：0731-2018 2010，文号2.2020-2019。",
    ],
)
def test_keeps_spans_differences_and_codes(text):
    assert spans(text) == []
