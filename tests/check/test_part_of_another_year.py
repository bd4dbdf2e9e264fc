"""W030: a 决算's own 第X部分 titled with another year."""

from __future__ import annotations

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run


def _w030(text: str, year=None) -> list[tuple[str, str]]:
    from dataclasses import replace

    from gen.check.config import Config

    findings = run(source_from_text(text, "t.md"), select_rules(), None, replace(Config(), year=year)).findings
    return [(text[f.start:f.end], f.suggestion) for f in findings if f.code == "W030"]


def test_last_years_part_title_in_this_years_report():
    text = "2020年度某县统战部部门决算\n目录\n第一部分 部门概况\n第二部分 2019年度部门决算情况说明 10\n"
    assert _w030(text) == [("2019年", "2020年")]
    # a body's name before the year, and the year given on the command line
    assert _w030("某县金融办部门决算\n第二部分 某县金融办2018年度部门决算表\n", year=2019) == [("2018年", "2019年")]


def test_the_reports_own_year_comparisons_and_unknown_years_pass():
    assert _w030("2020年度某县统战部部门决算\n第二部分 2020年度部门决算情况说明\n") == []
    assert _w030("2020年度某县统战部部门决算\n第三部分 情况说明\n本年支出较2019年度决算数增加10万元。\n") == []
    assert _w030("某县统战部部门决算\n第二部分 2019年度部门决算情况说明\n") == []
    # a year far off is no copy of last year's text
    assert _w030("2020年度某县统战部部门决算\n第四部分 2012年度决算资料汇编\n") == []


def test_publication_date_in_the_title_block_is_no_report_year():
    # the page's 公开时间 names the next year; the report's year is its parts' (no finding)
    text = "目录\n公开时间：2021年9月8日\n第一部分 部门概况\n第二部分 2020年度部门决算情况说明\n第三部分 名词解释\n"
    assert _w030(text) == []
    # a title naming its year still wins over the parts
    assert _w030("2021年度某县图书馆部门决算\n公开时间：2022年9月8日\n第二部分 2020年度部门决算情况说明\n") == [
        ("2020年", "2021年")]
