"""T004: one indicator category named …目标 among siblings named …指标.

A 自评 text that walks through its indicators as numbered run-in titles
("1.数量指标。" "2.质量指标。" … "5.社会效益目标。") names every category by
the standard term of the indicator system (gen.core.indicators); one written
as …目标 is a slip of the term (a 目标 is what an indicator measures against),
and a reviewer sees it beside its siblings. Only a lone …目标 among at least
two …指标 titles of the same list is reported: a text that says …目标
throughout has its own house style.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.indicators import LEVEL1
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T004",
    name="indicator-category-name",
    severity="warning",
    summary="指标类别名称前后不一（……目标/……指标）",
    doc=(
        "检查什么：逐项说明绩效指标的编号小标题（1.数量指标。2.质量指标。……）中，个别一项写成“……目标”（如“社会效益目标”）。\n"
        "为什么：指标体系的类别名称是“××指标”，同一组小标题应统一；写成“目标”混淆了指标与目标值。\n"
        "不报的情形：全文都写“××目标”；同组“××指标”少于两项；“目标”出现在正文句子里。\n"
        "示例：“4.成本指标。……5.社会效益目标。”应为“5.社会效益指标。”"
    ),
    flag=("1.数量指标。完成8公里。\n2.质量指标。验收合格。\n3.社会效益目标。覆盖乡镇1个。\n",),
    keep=(
        "1.数量指标。完成8公里。\n2.质量指标。验收合格。\n3.社会效益指标。覆盖乡镇1个。\n",
        "1.数量目标。完成8公里。\n2.质量目标。验收合格。\n3.社会效益目标。覆盖乡镇1个。\n",
        "1.数量指标。完成8公里。\n项目实现了社会效益目标。\n",
    ),
)

# Category names without their 指标: 数量, 社会效益, 服务对象满意度 …
_NAMES = sorted({n[:-2] for top, subs in LEVEL1.items() for n in (top, *subs)} | {"满意度"}, key=len, reverse=True)
_ITEM = regex_cache.compile(
    r"^[ \t\u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十][）)])[ \t\u3000]*"
    r"(" + "|".join(_NAMES) + r")(指标|目标)(?=[。：:；;，, \t\u3000]|$)",
    re.M,
)
# Siblings further apart than this are different lists.
WINDOW = 3000


def check(ctx):
    items = [(m.start(1), m.end(2), m.group(1), m.group(2)) for m in near_needles(_ITEM, ctx.text)]
    for s, e, name, word in items:
        if word != "目标":
            continue
        near = [x for x in items if abs(x[0] - s) <= WINDOW and x[0] != s]
        if sum(x[3] == "指标" for x in near) >= 2 and not any(x[3] == "目标" for x in near):
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"同组小标题都写作“××指标”，此处写成“{name}目标”，应为“{name}指标”。", f"{name}指标")
