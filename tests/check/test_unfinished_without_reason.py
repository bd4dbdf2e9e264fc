"""B017: an actual value saying the work is unfinished (建设中, 未完成) with the 原因 cell empty."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import b017_unfinished_without_reason as b017

HEAD = "二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析及改进措施 |\n"


def got(text):
    return [text[f.start:f.end] for f in b017.check(CheckContext(text))]


def test_an_unfinished_word_with_an_empty_reason_is_flagged():
    assert got(HEAD + "数量指标 | 改造老旧小区数量 | 3个 | 推进中 | |\n质量指标 | 验收合格率 | 100% | 100% | |\n") == ["推进中"]
    assert got(HEAD + "数量指标 | 新建公厕 | ≥2座 | 未完成 | | | |\n") == ["未完成"]


def test_a_reason_given_or_carried_over_passes():
    assert got(HEAD + "数量指标 | 改造老旧小区数量 | 3个 | 推进中 | 资金下达较晚 |\n") == []
    assert got(HEAD + "数量指标 | 改造老旧小区数量 | 3个 | 推进中 | |\n资金下达较晚，次年完成。\n") == []


def test_without_a_reason_column_after_the_actual_one_nothing_is_said():
    assert got("二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n数量指标 | 改造小区 | 3个 | 推进中 |\n") == []
    assert got("原因 | 三级指标 | 年度指标值 | 实际完成值 |\n数量指标 | 改造小区 | 3个 | 推进中 | |\n") == []


def test_a_target_without_a_figure_passes():
    assert got(HEAD + "数量指标 | 改造小区 | 按计划推进 | 推进中 | |\n") == []
