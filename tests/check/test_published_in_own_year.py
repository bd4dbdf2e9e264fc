"""N037: a 决算 whose stated publication date falls in or before the year it accounts for."""

from __future__ import annotations

from tests.check.findings import findings_of


def got(text, year=None):
    return [text[f.start:f.end] for f in findings_of(text, "N037", only=["N037"], year=year)]


HEAD = "某县文联2023年度部门决算\n"


def test_a_publication_date_in_the_notes_own_year_or_earlier_is_flagged():
    assert got(HEAD + "发布时间：2024-08-30\n公开时间：2023年8月30日\n一、部门职责\n") == ["2023"]
    assert got(HEAD + "公开日期: 2022/08/30\n") == ["2022"]


def test_the_next_year_a_budget_and_a_note_without_its_own_title_pass():
    assert got(HEAD + "公开时间：2024年8月30日\n") == []
    assert got("某县文联2023年度部门预算\n公开时间：2023年2月1日\n") == []
    assert got("某县文联项目绩效监控报告\n发布时间：2023-08-09\n一、项目概况\n") == []


def test_a_date_far_below_the_head_is_not_read():
    assert got(HEAD + "一、部门职责\n" + "负责文艺工作。" * 100 + "\n发布时间：2023-05-01\n") == []
