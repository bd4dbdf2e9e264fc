"""B010: a figure whose unit is written as the word 百分比 (≥95百分比) instead of %."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

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
        "应写作“≥95%”“100%”；“百分之”后接阿拉伯数字（百分之95）混用了两种写法，应写作95%或百分之九十五。"
        "作名词用的“百分比”（以百分比表示、所占百分比）和“百分点”不报告。"
        "例：委托业务报告合格率 ≥100百分比。"
    ),
    flag=(
        "三级指标 年度指标值 实际完成值 资料归档合格率 ≥98百分比 100%",
        "| 三级指标 | 年度指标值 |\n|---|---|\n| 群众知晓率 | 90 百分比 |",
        "全年培训合格率达到百分之95以上。",
    ),
    keep=(
        "各项支出占总支出的百分比见附表。",
        "完成率以百分比表示，保留两位小数。",
        "群众满意度较上年提高3个百分点。",
        "全年任务百分之百完成，合格率达到百分之九十五。",
        "表3百分比构成情况如下。",
        "资料归档合格率 ≥98% 100%",
    ),
)

_FIGURE = r"(?<![\d.表图第])(?P<fig>(?:[≥≤><＞＜]\s?)?\d{1,6}(?:\.\d{1,4})?)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(map(re.escape, sorted(roles().words["percent_words"], key=len, reverse=True)))
    return re.compile(_FIGURE + rf"\s?(?P<word>{words})"), re.compile(r"百分之\s?(?P<fig>\d{1,3}(?:\.\d{1,4})?)(?![\d.])")


def check(ctx: CheckContext) -> Iterable[Finding]:
    after, before = _patterns()
    for m in after.finditer(ctx.text):
        fig = m.group("fig").replace(" ", "")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”把计量单位写成了“{m.group('word')}”，应写作“{fig}%”", f"{fig}%")
    for m in before.finditer(ctx.text):
        fig = m.group("fig")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”在“百分之”后接阿拉伯数字，应写作“{fig}%”", f"{fig}%")
