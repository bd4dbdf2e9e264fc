"""P024: a 顿号 after an ordinal written with 第 (第一、县委……; 第一部分、2020年度部门预算情况说明).

GB/T 15834—2011 (标点符号用法) sets the 顿号 after a bare numeral that numbers an item (一、 二、), and a comma
after an ordinal word that opens one (第一， 第二， 首先，); a division's heading (第一部分, 第二章) is set off from its
title by a blank or a colon. A 顿号 after 第一 or 第一部分 is the bare numeral's mark carried over to the ordinal:
readers mark it in any report, of any body. Read only where the ordinal opens a clause or a line (after a
stop, a colon, a blank or the line's start) and the next word is no second ordinal or numeral of a
coordination (第一、二季度, 第一、第二批, 第十条、第十一条 list two items: the 顿号 is right there). A part heading's
mark that differs from its sibling parts' is P015's and S026's to tell, once.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule, unreported

RULE = Rule(
    code="P024",
    name="ordinal-dun",
    severity="warning",
    summary="序次语“第一”“第X部分”之后误用顿号",
    doc=(
        "检查什么：以“第一”“第二”开头的分句后用了顿号（“第一、县委、县政府正在实施……”），"
        "“第一部分”“第二章”这样的部分标题后用了顿号（“第一部分、2020年度部门预算情况说明”）。\n"
        "为什么：《标点符号用法》（GB/T 15834—2011）规定，顿号用于“一、”“二、”这样的序号之后；"
        "“第一”“第二”“首先”等序次语之后用逗号；“第一部分”与标题之间用空格或冒号。\n"
        "不报的情形：并列的几个序数（“第一、二季度”“第一、第二批”“第十条、第十一条”），其间的顿号是对的；"
        "“第一”不在分句开头的（“获得第一、……”）；部分标题的写法与其他部分不一致、已另行报告的。\n"
        "示例：“第一、县委正在实施……”应为“第一，县委正在实施……”；“第一部分、部门概况”应为“第一部分 部门概况”。"
    ),
    flag=(
        "县长在会上提出两点要求：第一、全县正在实施的产业工程要抓紧推进。第二、要抓好安全生产。",
        "目录\n第一部分、2024年度部门预算情况说明\n第二部分、2024年度部门预算报表\n",
        "第三章、保障措施\n各乡镇要加强组织领导。\n",
    ),
    keep=(
        "县长在会上提出两点要求：第一，全县正在实施的产业工程要抓紧推进。第二，要抓好安全生产。",
        # a coordination of ordinals: the 顿号 between two items is right
        "第一、二季度全县生产总值增长5%。\n依据《条例》第十条、第十一条规定办理。\n第一、第二批资金已拨付到位。\n",
        "目录\n第一部分 2024年度部门预算情况说明\n第二部分：2024年度部门预算报表\n",
        # an ordinal inside a clause, not opening it
        "该校在全市比赛中获得第一、第三名的好成绩。\n",
    ),
)

# 第一 / 第一部分 / 第三章 and its 顿号; what stands before and after is read in code (the literal 第 leads the search).
_ORDINAL = regex_cache.compile(r"第([一二三四五六七八九十]{1,3})(部分|章|节|篇)?、")
_OPENS = frozenset("。；;：:！？!?")  # a clause opens after these, a blank or the line's start
_NEXT_ITEM = frozenset("一二三四五六七八九十第0123456789")  # a second ordinal or numeral: a coordination


def _opens_clause(text: str, at: int) -> bool:
    """The ordinal at ``at`` stands at a line's or a clause's head (blanks before it aside)."""
    i = at - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _OPENS or i < at - 1


def _candidates(text: str) -> Iterable[tuple[int, int, str]]:
    for m in near_needles(_ORDINAL, text):
        after = text[m.end():m.end() + 1]
        # a part's title may open on its year (第一部分、2024年度……); a bare ordinal's next figure is a second item
        coordinated = after == "第" if m.group(2) else after in _NEXT_ITEM
        if not after or coordinated or after.isspace() or not _opens_clause(text, m.start()):
            continue
        yield m.start(), m.end(), m.group()[:-1]


class _Slip(NamedTuple):
    start: int
    end: int
    ordinal: str  # 第一, 第一部分


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "第" not in text or "、" not in text:
        return
    found = [_Slip(*c) for c in _candidates(text)]
    if not found:
        return
    from . import p015_list_end_mark, s026_part_heading_mark  # asked only when a slip is found

    for slip in unreported(ctx, found, (p015_list_end_mark, s026_part_heading_mark)):
        dun = slip.end - 1
        if slip.ordinal.endswith(("部分", "章", "节", "篇")):
            yield Finding(dun, slip.end, RULE.code, RULE.severity,
                          f"“{slip.ordinal}”是部分标题，其后不用顿号，应改为空格或冒号（“{slip.ordinal} ……”）。", " ")
        else:
            yield Finding(dun, slip.end, RULE.code, RULE.severity,
                          f"序次语“{slip.ordinal}”之后应用逗号，不用顿号（GB/T 15834—2011），应为“{slip.ordinal}，”。", "，")
