"""B010: a percentage whose unit is written as a word, in prose, flattened tables and table cells."""

from __future__ import annotations

import pytest

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source


def _b010(text: str) -> list:
    source = source_from_text(text, path="<t>", kind="txt", join_lines=False)
    return [f for f in check_source(source, select_rules(["B010"])) if f.code == "B010"]


@pytest.mark.parametrize("text,span,suggestion", [
    ("质量指标 设备验收合格率 ≥100百分比 100 8 8", "≥100百分比", "≥100%"),
    ("| 指标 | 目标值 |\n|---|---|\n| 知晓率 | 85.5 百分率 |", "85.5 百分率", "85.5%"),
    ("全年入户走访覆盖率达百分之 98。", "百分之 98", "98%"),
])
def test_flagged_with_the_percent_sign_as_suggestion(text, span, suggestion):
    found = _b010(text)
    assert len(found) == 1
    assert text[found[0].start:found[0].end] == span and found[0].suggestion == suggestion


@pytest.mark.parametrize("text", [
    "资金结构按各项支出所占百分比列示。",
    "较上年下降1.5个百分点。",
    "第2百分比分组的样本数为12个。",
    "附表2百分比统计口径说明。",
    "百分之百完成年度任务。",
    "百分之三十的资金用于设备购置。",
    "合格率≥95%。",
])
def test_left_alone(text):
    assert _b010(text) == []


def test_a_level_target_in_points_is_flagged():
    found = _b010("一级指标 三级指标 年度指标值 实际完成值 服务对象满意度 ≥85个百分点 92%")
    assert len(found) == 1 and found[0].suggestion == "≥85%"


@pytest.mark.parametrize("text", [
    "贫困发生率较上年降低≥1个百分点。",
    "| 三级指标 | 年度指标值 |\n|---|---|\n| 登记失业率增幅 | ≤0.3个百分点 |",
    "全年财政收入占比提高2个百分点。",
])
def test_a_change_in_points_is_left_alone(text):
    assert _b010(text) == []
