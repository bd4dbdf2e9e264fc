"""N079: a count of cases or applications stated and then denied (行政复议案件1宗，无办理行政复议案件).

A 政府信息公开工作年度报告 reports its 行政复议, 行政诉讼 and 依申请公开 work in a few fixed sentences, and a
template filled in for another year keeps its old wording next to the new figure: "办理行政复议案件1宗，无办理
行政复议案件", or "依申请公开信息6条" in the overview and "本年度未受理依申请公开申请" in the section on
applications. One of the two is wrong, and the reader cannot tell which.

Two shapes are read. (1) In one clause pair: a count above zero of 行政复议/行政诉讼/信访/投诉 cases, and right
after it a denial (无, 未, 没有) of the same cases; a list mark left at a line's start between the name and its
count (a page's debris, 案件\\n3、1宗) is no count. (2) In one text: a count above zero of items given on
application (依申请公开信息N条, 依申请公开事项N件) and a sentence saying that no application was received or accepted
in the report's own year (本年度未受理依申请公开申请, 2024年未收到政府信息公开申请) — only when the text says
nothing of applications carried over from the year before with a figure above zero.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N079",
    name="count-then-denied",
    severity="warning",
    summary="先写有若干件（条），随即又称没有",
    doc=(
        "检查什么：（1）“办理行政复议案件1宗，无办理行政复议案件”这样，写出某类案件的件数（大于零）后紧接着又称没有同类案件；"
        "（2）写出依申请公开的信息（事项）若干条（件），同一报告又称本年度未收到（未受理）依申请公开申请。\n"
        "为什么：两处必有一处是沿用旧稿未改，读者无法判断哪一处为准。\n"
        "不报的情形：件数为零的；否认的是另一类案件的（办理行政复议案件1宗，无行政诉讼案件）；"
        "写有上年结转申请（结转若干件）的。\n"
        "（3）写明结转下年继续办理若干件（大于零），紧接着又称申请全部办理完毕的，同样报告；写“其余……全部办结”的不报。\n"
        "示例：“本年度我局办理行政复议案件1宗，无办理行政复议案件。”"
    ),
    flag=(
        "本年度我局办理行政复议案件1宗，无办理行政复议案件。",
        "全年受理行政诉讼案件2件，未发生行政诉讼案件。",
        "本年度共制作信息40条，其中主动公开信息34条，依申请公开信息6条。\n二、依申请公开情况\n本年度未受理依申请公开申请。",
        # some carried over to next year, and right after it all said to be done
        "共收到申请7件，其中予以公开5件，结转下年度继续办理2件，申请全部按照规定程序依法办理完毕。",
    ),
    keep=(
        "本年度我局办理行政复议案件1宗，无行政诉讼案件。",
        "全年受理行政复议案件0件，未发生行政复议案件。",
        "本年度共制作信息40条，其中主动公开信息40条，依申请公开信息0条。\n二、依申请公开情况\n本年度未受理依申请公开申请。",
        # an application carried over from the year before, answered this year
        "本年度依申请公开信息1条。本年度未收到新的依申请公开申请，上年结转申请1件，已按期答复。",
        # the ones carried over set apart (其余): the rest were done
        "共收到申请7件，其中予以公开5件，结转下年度继续办理2件，其余申请均已全部依法办理完毕。",
        "共收到申请7件，其中予以公开7件，结转下年度继续办理0件，申请全部依法办理完毕。",
    ),
)

_CASES = r"(行政复议|行政诉讼|信访|投诉|举报)"
_DENIED = regex_cache.compile(
    _CASES + r"(?:案件|事项)[^。；;\d\n]{0,6}?(?:\n\d{1,2}[、.．])?\s{0,2}([1-9]\d{0,3})\s{0,2}(?:宗|件|起|个)"
    r"[，,]\s{0,2}(?:无|没有|未)(?:办理|发生|收到|受理)?(?:过|任何)?\1"
)
_GIVEN = regex_cache.compile(r"依申请公开(?:的)?(?:信息|事项)(?:数|数量)?(?:为|共)?\s{0,2}([1-9]\d{0,4})\s{0,2}(?:条|件|项)")
_NONE_RECEIVED = regex_cache.compile(
    r"(?:本年度?|全年|今年|(?:19|20)\d\d年度?)(?:我[局委办院厅中心单位]{1,3})?(?:未|没有|无)(?:收到|受理|接到)"
    r"(?:任何)?(?:依申请公开|政府信息公开)[\u4e00-\u9fff]{0,6}申请")
_CARRIED = regex_cache.compile(r"结转[^。；;\n\d]{0,20}?[1-9]\d{0,3}\s{0,2}(?:件|条|个)")


# (3) 结转下年继续办理1件，信息全部……办理完毕: some carried over, and right after it all said to be done.
_CARRIED_THEN_ALL_DONE = regex_cache.compile(
    r"结转(?:至|到)?下一?年度?(?:继续)?(?:办理|处理|答复)?\s{0,2}([1-9]\d{0,3})\s{0,2}(?:件|条|个)[，,]\s{0,2}"
    r"(?P<claim>[\u4e00-\u9fff]{0,8}?全部[\u4e00-\u9fff]{0,14}?(?:办理完毕|办结|答复完毕|处理完毕))")
_SET_APART = regex_cache.compile(r"其余|其他|其它|余下|剩余|除|以外")


def _carried_then_all_done(text: str) -> Iterable[Finding]:
    """Applications carried over to next year (结转下年继续办理1件) and, in the clause right after, all of them
    said to be done (全部……办理完毕): the two cannot both hold, unless the rest are set apart (其余……全部办结)."""
    if "结转" not in text:
        return
    for m in near_needles(_CARRIED_THEN_ALL_DONE, text):
        if not _SET_APART.search(m.group("claim")):
            yield Finding(m.start("claim"), m.end("claim"), RULE.code, RULE.severity,
                          f"前面写结转下年继续办理{m.group(1)}{m.group()[m.end(1) - m.start():].strip()[0]}，"
                          f"随即又称“{m.group('claim')}”，两处矛盾：应写明其余申请已办理完毕。", None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _carried_then_all_done(ctx.text)
    text = ctx.text
    for m in near_needles(_DENIED, text):
        yield Finding(m.start(2), m.end(), RULE.code, RULE.severity,
                      f"先写{m.group(1)}案件{m.group(2)}件（宗），随即又称没有{m.group(1)}案件，两处矛盾，请核对。", None)
    if "依申请公开" not in text:
        return
    given = _GIVEN.search(text)
    denied = _NONE_RECEIVED.search(text) if given else None
    if given and denied and not _CARRIED.search(text):
        yield Finding(given.start(1), given.end(), RULE.code, RULE.severity,
                      f"此处写依申请公开{given.group(1)}{given.group()[-1]}，而文中又称“{denied.group()}”，两处矛盾，请核对。", None)
