"""The shared number layer: formatting, parsing back (quantities, Chinese numerals, targets), and tolerance."""

from decimal import Decimal as D

import pytest

from gen.core import chinese_numerals as cn
from gen.core import numbers as n
from gen.core import quantities as qt
from gen.core import targets


@pytest.mark.parametrize(
    "value, text",
    [
        (D("325399.34"), "325,399.34"),
        (D("0"), "0.00"),
        (D("999.995"), "1,000.00"),  # half-up at .5
        (D("2.345"), "2.35"),
        (D("2.344"), "2.34"),
        (D("-47.8"), "-47.80"),
        (D("1234567.891"), "1,234,567.89"),
    ],
)
def test_format_amount(value, text):
    assert n.format_amount(value) == text


@pytest.mark.parametrize(
    "value, text",
    [(D("99.00"), "99%"), (D("92.80"), "92.80%"), (D("7.2"), "7.20%"), (D("99.995"), "100%"), (D("0.005"), "0.01%")],
)
def test_format_percent(value, text):
    assert n.format_percent(value) == text


def test_round_half_up_is_not_bankers():
    assert n.round_half_up(D("0.125"), 2) == D("0.13")
    assert n.round_half_up(D("0.135"), 2) == D("0.14")
    assert n.round_half_up(D("-0.125"), 2) == D("-0.13")


def test_ratio_and_change_handle_zero_and_missing():
    assert n.ratio_percent(1, 0) is None
    assert n.ratio_percent(None, 5) is None
    assert n.ratio_percent(D("550.11"), D("592.78")) == D("92.80")
    assert n.change_percent(D("592.78"), D("640.58")) == D("-7.46")
    assert n.change_percent(5, 0) is None


def test_missing_values_refuse_to_print():
    for fmt in (n.format_amount, n.format_percent, n.format_count, n.format_score):
        with pytest.raises(ValueError):
            fmt(None)
    with pytest.raises(ValueError):
        n.format_amount(float("nan"))


def test_extract_reads_back_what_format_prints():
    value = D("325399.34")
    text = f"本年收入{n.format_amount(value)}万元，支出进度{n.format_percent(D('99.00'))}，核定编制36人。"
    qs = list(qt.extract_quantities(text))
    assert [(q.value, q.unit) for q in qs] == [(value, "万元"), (D("99"), "%"), (D("36"), "人")]
    assert qs[0].decimals == 2 and qs[1].decimals == 0
    assert text[qs[0].start:qs[0].end] == "325,399.34万元"


def test_extract_comparators_and_spans():
    qs = list(qt.extract_quantities("接种率≥95%，达到99%以上"))
    assert [(q.comparator, q.value) for q in qs] == [("≥", D("95")), ("≥", D("99"))]


def test_agrees_rounding_and_truncation():
    assert n.agrees(D("135.18"), 2, D("365") / D("270") * 100)  # 135.185... truncated
    assert n.agrees(D("135.19"), 2, D("365") / D("270") * 100)  # rounded
    assert n.agrees(D("99"), 0, D("98.999"))
    assert not n.agrees(D("90"), 0, D("89.449"))
    assert not n.agrees(D("7.80"), 2, D("42.67") / D("592.78") * 100)


@pytest.mark.parametrize(
    "text, comp, value, unit",
    [
        ("≥95%", "≥", D("95"), "%"),
        ("100%", "=", D("100"), "%"),
        ("≥2/10万", "≥", D("2"), "/10万"),
        ("22000U", "=", D("22000"), "U"),
        ("全年55/10万以下", "≤", D("55"), "/10万"),
        ("不断提高", "", None, ""),
    ],
)
def test_parse_target(text, comp, value, unit):
    t = targets.parse_target(text)
    assert (t.comparator, t.value, t.unit) == (comp, value, unit)


def test_chinese_numerals_with_counting_units():
    text = "核定编制三十六人，其中行政编制四人；新增两家医院，完成一百零五项任务，一次性发放，增强四个意识，千家万户，一是加强。"
    found = [(q.raw, q.value, q.unit) for q in qt.extract_chinese_quantities(text)]
    assert found == [("三十六人", D(36), "人"), ("四人", D(4), "人"), ("两家", D(2), "家"), ("一百零五项", D(105), "项")]
    for q in qt.extract_chinese_quantities(text):
        assert text[q.start:q.end] == q.raw


def test_chinese_numerals_are_checked_like_arabic_ones():
    from gen.check.context import CheckContext
    from gen.check.rules import n004_parts_exceed_total as rule

    bad = CheckContext("2022年末，核定编制三十人，其中：行政编制二十人，事业编制十五人。")
    findings = list(rule.check(bad))
    assert [bad.text[f.start:f.end] for f in findings] and "35" in findings[0].message
    good = CheckContext("2022年末，核定编制三十六人，其中：行政编制四人，事业编制二十六人。")
    assert list(rule.check(good)) == []


@pytest.mark.parametrize(
    "text, value",
    [("一", 1), ("十", 10), ("十二", 12), ("二十一", 21), ("一百零五", 105), ("两千", 2000), ("三千零二十", 3020),
     ("一万二千", 12000), ("一二", None), ("十十", None), ("百十", None), ("", None), ("零", 0), ("第一", None)],
)
def test_parse_chinese_numeral(text, value):
    assert cn.parse_chinese_numeral(text) == value


def test_chinese_ordinal_round_trips():
    for i in range(1, 10000):
        assert cn.parse_chinese_numeral(cn.chinese_ordinal(i)) == i
    assert [cn.chinese_ordinal(i) for i in (100, 101, 110, 115, 1005, 1010, 2300)] == [
        "一百", "一百零一", "一百一十", "一百一十五", "一千零五", "一千零一十", "二千三百"]
