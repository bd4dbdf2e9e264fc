"""Classes of numbers, tables and structure met on a set of reports nobody had annotated before
(issue 12, r5v8): each written here in our own words, once as the slip the checker must report and
once as the correct form it must leave alone."""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of

FUNDS_HEADER = "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n（万元）"


# N011/B003/N015: an 执行率 column written as a bare ratio (0.958 for 95.8%), rows pasted one a line.
def _funds(total: str, source: str) -> str:
    return f"{FUNDS_HEADER} 年度资金总额 {total}\n其中：当年财政拨款 {source}\n上年结转资金\n其他资金\n年度总体目标 预期目标"


def test_ratio_cut_after_its_last_place_is_flagged_on_each_row():
    found = findings_of(_funds("60 60 52.3 10 0.871 9", "60 60 52.3 10 0.871 9"), "N011")
    assert len(found) == 2 and all(f.suggestion == "0.872" for f in found)


@pytest.mark.parametrize("rows", [
    ("60 60 52.3 10 0.872 9", "60 60 52.3 10 0.872 9"),  # rounded half-up
    ("60 60 52.3 10 0.87 9", "60 60 52.3 10 0.87 9"),  # two places: 87% either way
    ("60 60 52.3 10 87.2% 9", "60 60 52.3 10 87.2% 9"),
])
def test_ratio_rounded_to_its_places_is_kept(rows):
    assert findings_of(_funds(*rows), "N011") == []


def test_ratio_that_is_not_b_over_a_is_a_wrong_rate():
    found = findings_of(_funds("60 60 52.3 10 0.935 9", "60 60 52.3 10 0.935 9"), "B003")
    assert [f.suggestion for f in found] == ["0.872", "0.872"]


def test_ratio_one_unit_off_is_a_rounding_slip():
    found = findings_of(_funds("60 60 52.3 10 0.873 9", "60 60 52.3 10 0.873 9"), "N015")
    assert [f.suggestion for f in found] == ["0.872", "0.872"]
    assert "0.873" in found[0].message and "0.872" in found[0].message
