"""glossary/units.yaml: the number layer's units as data that proves itself."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gen.core import quantities as numbers
from gen.core.errors import UserError
from gen.core.units import load_units, verify


def _readers():
    return (
        lambda text: [q.unit for q in numbers.extract_quantities(text)],
        lambda text: [q.unit for q in numbers.extract_chinese_quantities(text)],
    )


def test_builtin_units_drive_the_number_layer():
    table = numbers.UNIT_TABLE
    assert table.names[:2] == ("平方公里", "万人次")  # longest first
    assert numbers.MONEY_FACTORS == {"亿元": Decimal(10000), "万元": Decimal(1), "千元": Decimal("0.1"), "元": Decimal("0.0001")}
    assert table.of_kind("date") == {"年", "月", "日"}
    assert "人次" in table.of_kind("count") and "张" not in table.of_kind("count")
    q = next(numbers.extract_quantities("总投资1.2亿元"))
    assert q.unit == "亿元" and q.in_yuan_wan() == Decimal("12000.0")
    assert [q.unit for q in numbers.extract_chinese_quantities("实有人员三十六人，培训三百人次")] == ["人", "人次"]


def _write(tmp_path, body):
    path = tmp_path / "units.yaml"
    path.write_text("units:\n" + body, encoding="utf-8")
    return path


def test_unit_the_pattern_cannot_read_fails_to_load(tmp_path):
    path = _write(tmp_path, "  - {unit: 海里, kind: other, read: [航行12海里]}\n")
    with pytest.raises(UserError, match="units.yaml.*海里.*航行12海里"):
        verify(load_units(path), *_readers())


def test_not_read_example_must_hold(tmp_path):
    path = _write(tmp_path, "  - {unit: 元, kind: money, in_wan: 0.0001, read: [补助200元], not_read: [补助200元]}\n")
    with pytest.raises(UserError, match="不应读出"):
        verify(load_units(path), *_readers())


def test_chinese_flag_needs_a_chinese_numeral_example(tmp_path):
    path = _write(tmp_path, "  - {unit: 人, kind: count, chinese: true, read: [实有人员23人]}\n")
    with pytest.raises(UserError, match="chinese: true"):
        verify(load_units(path), *_readers())


@pytest.mark.parametrize(
    "body, message",
    [
        ("  - {unit: 元, kind: money, read: [补助200元]}\n", "in_wan"),
        ("  - {unit: 人, kind: people, read: [23人]}\n", "kind"),
        ("  - {unit: 人, kind: count}\n", "read"),
        ("  - {unit: 人, kind: count, read: [23人]}\n  - {unit: 人, kind: count, read: [24人]}\n", "重复"),
        ("  - {unit: 人, kind: count, read: [23人], colour: red}\n", "colour"),
    ],
)
def test_malformed_units_name_the_entry(tmp_path, body, message):
    with pytest.raises(UserError, match=message):
        load_units(_write(tmp_path, body))
