"""W068: a list of plenary sessions that lost 全会 before 精神 (二十届二中、三中精神 for 二十届二中、三中全会精神).

Reports open with the Party's guidance, "贯彻党的二十大和二十届二中、三中全会精神"; the sessions are named by 届
and 中 (二十届三中) and the list is closed by 全会, then 精神. Written without 全会, "二十届三中精神" names no
meeting at all: 三中 is an ordinal with nothing to count. The slip recurs in every sector's reports because the
formulation is retyped by hand each year as the list grows by one session, and the last word before 精神 is the
one dropped.

Read only a 届 (of the Party or of a local Party committee: 县委十四届十一中) followed by one or more ordinals
ending in 中, with 精神 (or 的精神) right after the last one. 二十届三中全会精神, 十二届九次全会精神 (a provincial
committee counts its plenums 次) and a school's name (市五中精神风貌: no 届 before it) stay silent.

The same list closed by 会议 for 全会 (二十届二中、三中会议精神: a spinning tool's synonym, or a hand that wrote the
plain word) names no session either: a plenary session is 全会 in every text of the Party. It is reported here
where the list is current; a list that is also stale is D006's, whose one finding names both slips.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..plenums import stale_lists
from ..registry import Rule

RULE = Rule(
    code="W068",
    name="plenum-without-quanhui",
    severity="warning",
    summary="全会届次之后漏了“全会”二字或误作“会议”（“二十届二中、三中精神”“二十届三中会议精神”）",
    doc=(
        "检查什么：“X届X中”的全会届次直接接“精神”，中间漏了“全会”，如“二十届二中、三中精神”；"
        "或把“全会”写成了“会议”，如“二十届二中、三中会议精神”。\n"
        "为什么：全会的规范写法是“二十届二中、三中全会精神”；漏了“全会”，“三中”只是一个序数，不成会议名称。"
        "这句指导思想每年随全会增加而重打，最后的“全会”二字最容易漏掉。\n"
        "不报的情形：写全了“全会”的；地方党委“十二届九次全会”的写法；前面没有“届”的（如学校名称“五中”）；"
        "“会议室”；列举同时过时的（由D006一并报告）。\n"
        "示例：“全面贯彻落实党的二十大和二十届二中、三中精神”应为“二十届二中、三中全会精神”。"
    ),
    flag=(
        "某局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中精神。\n",
        "认真学习贯彻县委十四届十一中的精神，推动各项工作落实。\n",
        "某局2025年工作总结\n深入学习贯彻党的二十大和二十届二中、三中会议精神，推动工作落实。\n",
    ),
    keep=(
        "某局全面贯彻党的二十大和二十届二中、三中全会精神，扎实推进政务公开。\n",
        "深入学习省委十二届九次全会精神。\n学校弘扬市五中精神，办好人民满意的教育。\n",
        # a room named for its floor, and a plain 会议 with no 届 before the ordinal
        "在三届五中会议室召开座谈会。\n参加市五中会议，研究校园安全工作。\n",
    ),
)

_ORDINAL = "[一二三四五六七八九十]{1,3}"
_LIST = regex_cache.compile(
    rf"{_ORDINAL}届(?:{_ORDINAL}中[、和及与]){{0,8}}{_ORDINAL}中(?=(?:的)?精神)"
)


# The list closed by 会议 for 全会; a room (五中会议室) is not a session.
_AS_MEETING = regex_cache.compile(
    rf"{_ORDINAL}届(?:{_ORDINAL}中[、和及与]){{0,8}}{_ORDINAL}中会议(?!室|厅|中心)"
)


def _as_meeting(ctx):
    """Lists closed by 会议, less those D006 reports with their staleness (one finding per slip)."""
    text = ctx.text
    found = list(_AS_MEETING.finditer(text))
    if not found:
        return
    stale = {s.end for s in stale_lists(ctx) if s.as_meeting}
    for m in found:
        if m.end() in stale:
            continue
        s, e = m.span()
        written = text[s:e - 2]
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{text[s:e]}”中的“会议”应为“全会”：中央和地方党委的全体会议称“全会”，应写作“{written}全会”。",
                      written + "全会")


def check(ctx):
    text = ctx.text
    if "届" not in text:
        return
    if "中会议" in text:
        yield from _as_meeting(ctx)
    if "中精神" not in text and "中的精神" not in text:
        return
    for m in _LIST.finditer(text):
        s, e = m.span()
        written = text[s:e]
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{written}”之后漏了“全会”：全会届次应写作“{written}全会精神”。", written + "全会")
