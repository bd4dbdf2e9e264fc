"""T016: a district's or a county's bureau named 厅 (龙华区审计厅), where the text names it 局 elsewhere.

A 厅 is a department of a province's government (审计厅, 财政厅); a district or a county has 局 (龙华区审计局). A
report that writes its own bureau with 厅 once, beside the 局 it uses elsewhere, kept a provincial template's word or
slipped: no district has a 厅 of that name, so the name is no body's.

Read only where the name before 厅 runs from a 区 or 县 (not 自治区, a province) through a bureau's word of two to
eight characters, and the same place and word with 局 stand elsewhere in the text: then the body is plain and only
its last character is wrong. A hall (政务服务大厅, 展厅, 餐厅) is no body, and the city's 办公厅 is another office.
"""

from __future__ import annotations

from ...core.han import is_han
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T016",
    name="county-body-as-ting",
    severity="warning",
    summary="区、县一级的局写成了“厅”（本文别处作“……局”）",
    doc=(
        "检查什么：区、县一级的单位名称以“厅”结尾，而本文别处同一区县、同一名称写作“局”，如“某区审计厅”（别处作“某区审计局”）。\n"
        "为什么：“厅”是省级政府的组成部门（审计厅、财政厅），区、县一级的对应单位称“局”；写成“厅”多为套用省级模板或笔误，"
        "这个名称不是任何一个单位的。\n"
        "不报的情形：自治区的厅（某自治区审计厅是省级单位）；本文别处没有写作“局”的；大厅、展厅、餐厅、办公厅。\n"
        "示例：“现公布《某区审计厅2018年政府信息公开工作年度报告》”应为“某区审计局”。"
    ),
    flag=(
        "青山区统计局2019年政府信息公开工作年度报告\n现公布《青山区统计厅2019年政府信息公开工作年度报告》。",
        "某县林业局负责全县林业工作。某县林业厅按要求完成了自评。",
    ),
    keep=(
        # a province-level 自治区's department
        "某自治区审计厅印发通知，某自治区审计局未设立。",
        # no 局 of that name in the text: another body may be meant
        "青山区统计局按某县统计厅的要求报送数据。",
        # a hall and a general office are no bureau
        "青山区政务服务大局意识强。青山区政务服务大厅已投入使用。青山区人民政府办公厅转发通知，青山区人民政府办公局。",
    ),
)

REACH = 10  # characters before 厅 searched for the 区 or 县 its name runs from
PLACE = 2  # characters of the place's name (at most) kept before 区 or 县 when the 局 form is looked for
_HALLS = ("大", "展", "餐", "客", "办公", "会议", "歌舞", "营业")


def check(ctx):
    text = ctx.text
    at = text.find("厅")
    while at != -1:
        found = _bureau_as_ting(text, at)
        if found is not None:
            start, name = found
            yield Finding(start, at + 1, RULE.code, RULE.severity,
                          f"“{name}厅”：区、县一级的单位称“局”，没有“厅”（本文别处作“{name}局”），应为“{name}局”。",
                          f"{name}局")
        at = text.find("厅", at + 1)


def _bureau_as_ting(text: str, at: int):
    """(start, name without 厅) when the name before the 厅 at ``at`` runs from a 区 or 县 through a bureau's word
    and the text writes the same name with 局; else None."""
    lo = max(0, at - REACH)
    level = max(text.rfind("区", lo, at), text.rfind("县", lo, at))
    if level < 1 or not 2 <= at - level - 1 <= 8:
        return None
    if text[level] == "区" and text[level - 2:level] == "自治":
        return None
    word = text[level + 1:at]
    if not all(map(is_han, word)) or word.endswith(_HALLS):
        return None
    start = level
    while start > max(0, level - PLACE) and is_han(text[start - 1]):
        start -= 1
    if start == level:
        return None  # no place's name before the 区: 本区, 全县 stand alone
    name = text[start:at]
    return (start, name) if name + "局" in text else None
