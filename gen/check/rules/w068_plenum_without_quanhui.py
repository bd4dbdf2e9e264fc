"""W068: a list of plenary sessions that lost 全会 before 精神 (二十届二中、三中精神 for 二十届二中、三中全会精神).

Reports open with the Party's guidance, "贯彻党的二十大和二十届二中、三中全会精神"; the sessions are named by 届
and 中 (二十届三中) and the list is closed by 全会, then 精神. Written without 全会, "二十届三中精神" names no
meeting at all: 三中 is an ordinal with nothing to count. The slip recurs in every sector's reports because the
formulation is retyped by hand each year as the list grows by one session, and the last word before 精神 is the
one dropped.

Read only a 届 (of the Party or of a local Party committee: 县委十四届十一中) followed by one or more ordinals
ending in 中, with 精神 (or 的精神) right after the last one. 二十届三中全会精神, 十二届九次全会精神 (a provincial
committee counts its plenums 次) and a school's name (市五中精神风貌: no 届 before it) stay silent.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W068",
    name="plenum-without-quanhui",
    severity="warning",
    summary="全会届次之后漏了“全会”二字（“二十届二中、三中精神”）",
    doc=(
        "检查什么：“X届X中”的全会届次直接接“精神”，中间漏了“全会”，如“二十届二中、三中精神”。\n"
        "为什么：全会的规范写法是“二十届二中、三中全会精神”；漏了“全会”，“三中”只是一个序数，不成会议名称。"
        "这句指导思想每年随全会增加而重打，最后的“全会”二字最容易漏掉。\n"
        "不报的情形：写全了“全会”的；地方党委“十二届九次全会”的写法；前面没有“届”的（如学校名称“五中”）。\n"
        "示例：“全面贯彻落实党的二十大和二十届二中、三中精神”应为“二十届二中、三中全会精神”。"
    ),
    flag=(
        "某局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中精神。\n",
        "认真学习贯彻县委十四届十一中的精神，推动各项工作落实。\n",
    ),
    keep=(
        "某局全面贯彻党的二十大和二十届二中、三中全会精神，扎实推进政务公开。\n",
        "深入学习省委十二届九次全会精神。\n学校弘扬市五中精神，办好人民满意的教育。\n",
    ),
)

_ORDINAL = "[一二三四五六七八九十]{1,3}"
_LIST = regex_cache.compile(
    rf"{_ORDINAL}届(?:{_ORDINAL}中[、和及与]){{0,8}}{_ORDINAL}中(?=(?:的)?精神)"
)


def check(ctx):
    text = ctx.text
    if "届" not in text or "中精神" not in text and "中的精神" not in text:
        return
    for m in _LIST.finditer(text):
        s, e = m.span()
        written = text[s:e]
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{written}”之后漏了“全会”：全会届次应写作“{written}全会精神”。", written + "全会")
