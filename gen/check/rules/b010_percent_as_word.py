"""B010: a figure whose unit is written as the word 百分比 (≥95百分比) instead of %."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..tables import roles

RULE = Rule(
    code="B010",
    name="percent-as-word",
    severity="warning",
    summary="指标值的计量单位写成“百分比”等词语，应写作%",
    doc=(
        "“百分比”“百分率”是量的名称，不是计量单位：指标值、完成值写成“≥95百分比”“100百分比”不规范，"
        "应写作“≥95%”“100%”；“百分之”后接阿拉伯数字（百分之95）混用了两种写法，应写作95%或百分之九十五；"
        "目标值写成“≥90个百分点”把达到的水平写成了差值的单位（百分点只用于两个百分数之差），应写作≥90%，"
        "前面有提高、下降、幅度等表示变化的词时不报告。"
        "作名词用的“百分比”（以百分比表示、所占百分比）和“百分点”不报告。"
        "例：委托业务报告合格率 ≥100百分比。"
    ),
    flag=(
        "三级指标 年度指标值 实际完成值 资料归档合格率 ≥98百分比 100%",
        "| 三级指标 | 年度指标值 |\n|---|---|\n| 群众知晓率 | 90 百分比 |",
        "全年培训合格率达到百分之95以上。",
        "三级指标 年度指标值 实际完成值 群众满意度 ≥90个百分点 96%",
    ),
    keep=(
        "各项支出占总支出的百分比见附表。",
        "完成率以百分比表示，保留两位小数。",
        "群众满意度较上年提高3个百分点。",
        "全年任务百分之百完成，合格率达到百分之九十五。",
        "表3百分比构成情况如下。",
        "资料归档合格率 ≥98% 100%",
        "城镇登记失业率下降幅度 ≥0.5个百分点 0.6个百分点",
        "培训覆盖率较上年提高≥2个百分点。",
    ),
)

_FIGURE = r"(?<![\d.表图第])(?P<fig>(?:[≥≤><＞＜]\s?)?\d{1,6}(?:\.\d{1,4})?)"


# A target in points: a comparator, a figure, (个)百分点.
_POINTS = regex_cache.compile(r"(?P<fig>[≥≤><＞＜]\s?\d{1,3}(?:\.\d{1,2})?)\s?个?百分点")
CHANGE_WINDOW = 16  # characters before a points target searched for a word of change


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(map(re.escape, sorted(roles().words["percent_words"], key=len, reverse=True)))
    return re.compile(_FIGURE + rf"\s?(?P<word>{words})"), re.compile(r"百分之\s?(?P<fig>\d{1,3}(?:\.\d{1,4})?)(?![\d.])")


def _points_targets(text: str) -> Iterable[Finding]:
    """"≥95个百分点" as a target is a level written in the unit of a difference, unless a word of
    change comes just before it (下降幅度 ≥2个百分点, 较上年提高≥1个百分点)."""
    for m in _POINTS.finditer(text):
        if any(w in text[max(0, m.start() - CHANGE_WINDOW):m.start()]
                                 for w in roles().words["change_words"]):
            continue
        fig = m.group("fig").replace(" ", "")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”是指标达到的水平，“百分点”只用于两个百分数之差，应写作“{fig}%”", f"{fig}%")


def check(ctx: CheckContext) -> Iterable[Finding]:
    after, before = _patterns()
    for m in near_needles(after, ctx.text):  # re's own matches, tried only near 百分比/百分率
        fig = m.group("fig").replace(" ", "")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”把计量单位写成了“{m.group('word')}”，应写作“{fig}%”", f"{fig}%")
    for m in before.finditer(ctx.text):
        fig = m.group("fig")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”在“百分之”后接阿拉伯数字，应写作“{fig}%”", f"{fig}%")
    if "百分点" in ctx.text:
        yield from _points_targets(ctx.text)
