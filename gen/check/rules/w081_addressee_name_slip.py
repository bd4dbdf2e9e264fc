"""W081: a reply to a deputy's suggestion or a member's proposal that names its addressee one character off.

A body's reply to a 人大代表's 建议 or a 政协委员's 提案 opens on its addressee (和玉龙代表：, 尊敬的王建国委员：) and
names the same person in its body (和玉龙代表提出的……建议). When the body writes the name one character off
(何玉龙代表 for 和玉龙代表: a homophone picked by the input method), the reply names someone it was not sent to.

Read only a salutation of one three- or four-character name before 代表 or 委员 alone at a line's start in the
text's first lines, and the names of the same length before the same title further on that differ from it in
exactly one character, a Chinese one that is not a function word (的, 向, 对 … before a bare given name). Another
person's name (two characters or more apart) is not read.

The same salutation gives the addressee the wrong title when the reply's own heading above it answers the other
house: a 政协 提案 answered to 宋某某代表 (a 政协 member is a 委员), or a 人大代表's 建议 answered to 某某委员. Read
only a heading that names one house and its kind of motion (政协……提案; 人大……建议 or 议案) and not the other house.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.han import is_han
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W081",
    name="addressee-name-slip",
    severity="warning",
    summary="答复代表建议（委员提案）的正文中，代表（委员）姓名与抬头不一，差一个字（抬头“和玉龙代表”，正文“何玉龙代表”）",
    doc=(
        "检查什么：答复人大代表建议、政协委员提案的文书，抬头写“和玉龙代表：”，正文却写“何玉龙代表提出的……建议”，"
        "同一位代表（委员）的姓名两处差一个字。\n"
        "为什么：抬头和正文说的是同一个人，姓名必须一致；差一字多是输入法选错了同音字，答复就成了写给另一个人的。\n"
        "不报的情形：抬头不是单独一行的“某某某代表（委员）：”的；正文中姓名相差两个字以上（另一位代表）的；"
        "相差的一字是“的、向、对”等虚词（只写了名字不写姓）的。\n"
        "示例：抬头“和玉龙代表：”下的“何玉龙代表提出……的建议”应为“和玉龙代表提出……的建议”。"
    ),
    flag=(
        "对某市政协八届四次会议第196号提案的答复\n宋某某代表：\n您提出的《关于支持建设革命历史博物馆的建议》收悉。\n",
        "和玉龙代表：\n您提出的关于完善村民小组集体公墓的建议收悉，现答复如下：\n"
        "何玉龙代表提出完善集体公墓的建议，我局将认真采纳。\n",
        "尊敬的王建国委员：\n您提出的提案收悉。王建华委员关心的养老服务问题，我局高度重视。\n",
    ),
    keep=(
        "对某市政协八届四次会议第196号提案的答复\n宋某某委员：\n您提出的提案收悉。\n",
        "对县人大十八届三次会议第12号代表建议的答复\n王某某代表：\n您提出的建议收悉。\n",
        "和玉龙代表：\n您提出的关于完善村民小组集体公墓的建议收悉，现答复如下：\n"
        "和玉龙代表提出完善集体公墓的建议，我局将认真采纳，感谢李玉华代表和张建国代表的关心。\n",
        "尊敬的王建国委员：\n您提出的提案收悉，我局高度重视。感谢您对建国委员会工作的支持。\n",
        # the page's category says 政协委员提案, the reply's opening names the 人大 session its deputy wrote in
        "组配分类：政协委员提案\n宋某某代表：\n你在市八届人大三次会议期间提出的建议收悉。\n",
    ),
)

_SALUTATION = regex_cache.compile(r"^[ \t\u3000]*(?:尊敬的)?([\u4e00-\u9fff]{3,4})(代表|委员)[ \t\u3000]*[:：]", re.M)
HEAD = 3000  # the salutation stands in a reply's first lines, below a page's menu at most
OPENING = 60  # the reply's first sentence after the salutation, where it names the session the motion came from
# Characters that stand before a bare given name (的玉龙代表, 向玉龙代表): not a slip of the surname.
_FUNCTION = frozenset("的向对和与及为给请谢您是了在把将由被")


def _other_house(head: str, title: str) -> tuple[str, str] | None:
    """The motion the heading answers and the title its author bears, where the salutation gives the other title."""
    cppcc, npc = "政协" in head, "人大" in head
    if title == "代表" and cppcc and not npc and "提案" in head:
        return "政协提案", "委员"
    if title == "委员" and npc and not cppcc and ("建议" in head or "议案" in head):
        return "人大代表的建议", "代表"
    return None


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not (contains(text, "代表") or contains(text, "委员")):
        return
    sal = _SALUTATION.search(text, 0, HEAD)
    if sal is None:
        return
    name, title = sal.group(1), sal.group(2)
    wrong = _other_house(text[:sal.start()], title)
    if wrong and ("人大" if title == "代表" else "政协") not in text[sal.end():sal.end() + OPENING]:
        # the reply's own opening names the addressee's house (你在市八届人大三次会议期间提出的……建议): the page's
        # category above it (组配分类：政协委员提案) is the site's slip, the title the right one
        yield Finding(sal.start(2), sal.end(2), RULE.code, RULE.severity,
                      f"本件答复的是{wrong[0]}，收件人应称“{wrong[1]}”，这里称“{title}”，称谓与答复的对象不符。", wrong[1])
    if "等" in name:  # 某某等代表: several addressees, the first named
        return
    size = len(name)
    at = text.find(title, sal.end())
    while at >= 0:
        start = at - size
        other = text[start:at]
        if start > sal.end() and other != name and all(is_han(c) for c in other):
            diff = [i for i in range(size) if other[i] != name[i]]
            if len(diff) == 1 and other[diff[0]] not in _FUNCTION:
                yield Finding(start, at + len(title), RULE.code, RULE.severity,
                              f"抬头是“{name}{title}”，这里写“{other}{title}”，同一人的姓名差一个字，应为“{name}{title}”。",
                              f"{name}{title}")
        at = text.find(title, at + len(title))
