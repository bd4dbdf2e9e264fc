"""N047: a count of 因公出国（境）团组 that the head count stated beside it contradicts.

The 三公 note of a 决算 states the trips abroad in one clause: 组织因公出国（境）团组X个，累计Y人次. Every group
sends at least one person, and a person goes only with a group: 团组0个 beside 出国2人次 (or 团组2个 beside 0人次,
or more groups than people) cannot both be right, whichever of the two was copied from last year. Only the two
counts of one clause are compared (a 人次 further on may be of another kind of trip).
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N047",
    name="groups-without-people",
    severity="warning",
    summary="因公出国（境）团组数与出国人次相互矛盾",
    doc=(
        "检查什么：同一分句写出因公出国（境）团组数和人次，一个为0另一个不为0，或团组多于人次，"
        "如“组织的出国团组0个，出国2人次”。\n"
        "为什么：每个团组至少一人，出国人员都随团组出行；两数不能同时成立，多是其中一个照抄了往年或模板。\n"
        "不报的情形：团组数与人次都为0或都不为0且人次不少于团组；两数不在同一分句。\n"
        "示例：“本部门组织的出国团组0个，出国2人次”。"
    ),
    flag=(
        "2017年本部门组织的出国团组0个，出国2人次。",
        "全年组织因公出国（境）团组2个，累计0人次。",
        "全年组织因公出国（境）团组3个，累计2人次。",
    ),
    keep=(
        "2017年本部门组织的出国团组0个，出国0人次。",
        "全年组织因公出国（境）团组2个，累计6人次。",
        "全年组织因公出国（境）团组10个，因公出国（境）累计16人次。",
        # the head count in the next sentence may be of another matter
        "全年组织因公出国（境）团组0个。全年接待5人次。",
        "全年组织因公出国（境）团组0个，出国费0万元，接待5人次。",
        "因公出国（境）团组0个，公务接待批次8个，接待120人次。",
        # the clause goes on to another matter before its head count
        "全年因公出国（境）团组0个，国内公务接待65人次。",
        "出国团组0个，培训32人次。",
    ),
)

# The head count right after the groups, no other figure between (团组0个，出国费0万元，接待5人: not this count).
_GROUPS = regex_cache.compile(r"团组[ \u3000]{0,2}(\d{1,4})[ \u3000]{0,2}个([^。；;\n\d]{0,20}?)(\d{1,5})[ \u3000]{0,2}人次?")


# Words after the groups that turn to a count of something else (接待 guests, 培训 trainees, 会议 delegates).
_OTHER_MATTER = ("接待", "培训", "会议", "参会", "用车", "检查", "调研")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "团组" not in text:
        return
    for m in _GROUPS.finditer(text):
        groups, people = int(m.group(1)), int(m.group(3))
        between = m.group(2)
        if "团组" in between or any(w in between for w in _OTHER_MATTER) or between.count("，") + between.count(",") > 1 \
                or (groups == 0) == (people == 0) and people >= groups:
            continue
        what = ("团组为0却有出国人次" if groups == 0 else
                "有团组却无出国人次" if people == 0 else "团组多于出国人次")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"因公出国（境）团组{groups}个、{people}人次，{what}，两数相互矛盾；请核对。", None)
