"""N039: a target's or indicator's deadline in a year before the one the report evaluates."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import n039_target_deadline_before_year as n039

HEAD = "某县民政局2024年度项目支出绩效自评表\n"


def got(text, year=None):
    config = {"year": year} if year else None
    return [(text[f.start:f.end], f.suggestion) for f in n039.check(CheckContext(text, config=config))]


def test_a_deadline_or_plan_of_an_earlier_year_in_a_target_is_flagged():
    assert got(HEAD + "年度绩效目标：2023年10月底前完成全部床位改造。\n") == [("2023", "2024")]
    assert got(HEAD + "时效指标 完成时间 2023年12月31日之前 100%\n") == [("2023", "2024")]
    assert got(HEAD + "绩效目标：在2023年底前完成验收。\n") == [("2023", "2024")]
    assert got(HEAD + "年度目标\n2023年度本局拟安排资金8万元用于走访慰问。\n") == [("2023", "2024")]


def test_the_own_year_and_later_years_pass():
    assert got(HEAD + "年度绩效目标：2024年10月底前完成全部床位改造。\n") == []
    assert got(HEAD + "年度绩效目标：2025年6月前完成验收。\n") == []


def test_history_and_comparisons_pass():
    assert got(HEAD + "年度目标完成情况：项目于2023年9月前已完成招标。\n") == []
    assert got(HEAD + "绩效目标：办理时限较2023年6月底前缩短2天。\n") == []
    assert got(HEAD + "绩效目标：2023年12月底前结转的资金按原用途使用。\n") == []
    assert got(HEAD + "绩效目标：自2023年3月以前开始施行的办法继续执行。\n") == []


def test_without_a_target_or_a_year_nothing_is_said():
    assert got(HEAD + "一、项目概况\n2023年11月前，全县完成了摸底。\n".replace("了", "")) == []
    assert got("年度绩效目标：2023年10月底前完成改造。\n") == []  # no year of the report's own
    assert got("年度绩效目标：2023年10月底前完成改造。\n", year=2024) == [("2023", "2024")]


def test_a_programme_named_with_plan_is_no_plan():
    assert got(HEAD + "对照年度目标，2023年营养改善计划受益学生120人。\n") == []
    assert got(HEAD + "年度目标：2023年国培计划培训教师30人。\n") == []


def test_a_year_inside_a_period_the_text_names_passes():
    text = "某县2022-2024年度农田建设项目绩效评价报告\n绩效目标：2023年10月底前完成二期工程。\n"
    assert got(text, year=2024) == []
