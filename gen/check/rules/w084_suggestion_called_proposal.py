"""W084: a reply to a deputy's 建议 that calls the motion a 提案 in its body (接到提案后, 第53号提案已收悉).

A 人大代表 moves a 建议 (or an 议案); a 政协委员 moves a 提案. Bodies answer both every year and reuse one letter for
the other: a reply headed 关于市人大……第71号建议的答复, addressed to 王某某代表, then says 您这一提案提得很好,
《关于……的建议》第53号提案已收悉 or 接到提案后. The reply names the motion by the other house's word, and a reviewer
asks for 建议. W081 reads the salutation's title (某某委员 under a 人大 建议's heading); this rule reads the word for the
motion in the body.

Read only a reply (答复, 复函, 函复, 收悉, 办理情况) whose heading, above its salutation, answers a 人大 motion (人大 or
人民代表大会 with 建议 or 议案, or 代表建议), addressed to a 代表 and nowhere naming 政协 or a 委员's salutation (a joint
reply to both houses names each). Each 提案 after the salutation is reported, unless it is part of a site menu's or an
office's name (建议提案办理, 建议、提案, 议案提案办, 提案委) or stands on a menu line (当前位置, >).

Replies to a 政协 提案 that speak of the member's 建议 are left alone: a 提案 holds 建议 (提案中的几点建议).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W084",
    name="suggestion-called-proposal",
    severity="warning",
    summary="答复人大代表建议的文书，正文把建议称作“提案”（提案是政协委员提出的）",
    doc=(
        "检查什么：标题答复的是人大代表的建议（“关于对市七届人大五次会议第71号建议的答复”），抬头是“某某代表：”，"
        "正文却把这件建议称作“提案”（“您这一提案提得很好”“《关于……的建议》第53号提案已收悉”“接到提案后”）。\n"
        "为什么：人大代表提出的是建议（议案），政协委员提出的才是提案；答复里称错，多是套用了答复提案的文稿。\n"
        "不报的情形：全文提到政协或抬头是“某某委员：”的（联合答复或答复提案）；网站栏目和机构名称中的“建议提案办理”"
        "“建议、提案”“提案委”；栏目导航行（当前位置、>）；答复提案的文书称“建议”的（提案中本来就有建议）。\n"
        "示例：“尊敬的王某某代表：……您这一提案提得很好”应为“您这一建议提得很好”。"
    ),
    flag=(
        "关于对市七届人大五次会议第71号建议的答复\n尊敬的王某某代表：\n"
        "您所提的“关于改善卫生院就医环境的建议”已收悉。\n一、您这一提案提得很好。\n",
        "关于市十九届人大二次会议第53号建议的答复\n张某代表：\n"
        "您提出的《关于小区安装抓拍监控的建议》第53号提案已收悉。\n",
        "市住建局关于市四届人大六次会议第20号建议的答复函\n于某某代表：\n"
        "您提出的小区安装管道燃气的建议，我局高度重视，接到提案后，与社区负责人联系。\n",
        "某县水利局关于县十八届人大二次会议第21号代表建议办理情况的函\n李某、张某代表\n"
        "你们提出的建议收悉。建议中所提的对渠段进行综合治理提案务实可行。\n",
    ),
    keep=(
        "当前位置：首页 > 建议提案办理 > 人大代表建议\n关于县十八届人大一次会议第110号建议的复函\n王某某代表：\n"
        "您提出的建议收悉，现答复如下。我局建议提案办理工作由办公室负责。\n",
        "关于市政协八届四次会议第196号提案的答复\n宋某某委员：\n您提出的提案收悉，提案中的几点建议很有价值。\n",
        "关于对市人大、政协第12号建议、提案的联合答复\n王某某代表：\n您提出的建议收悉。市政协同时转来相关提案。\n",
        "关于对市七届人大五次会议第71号建议的答复\n尊敬的王某某代表：\n您提出的建议已收悉，感谢您对我市工作的关心。\n",
    ),
)

_REPLY = regex_cache.compile(r"答复|复函|函复|收悉|办理情况")
# The salutation: at a line's start or after a blank (a page run into one line: ……建议的答复函 于某某代表: 您……),
# one name or a list of names (李某、张某代表), closed by a colon or the line's end.
_SALUTATION = regex_cache.compile(
    r"(?:^[ \t\u3000]*|(?<=[ \t\u3000]))(?:尊敬的)?(?!各位)[\u4e00-\u9fff、]{1,40}?(?:等)?(代表|委员)[ \t\u3000]*(?:[:：]|$)", re.M)
# A heading that answers a 人大 motion: 人大 or 人民代表大会 before 建议 or 议案 on one line, or a 代表建议.
_NPC_MOTION = regex_cache.compile(r"(?:人大|人民代表大会)[^\n]{0,40}?(?:建议|议案)|代表建议")
# 提案 named as a motion: not inside a menu's or an office's name (建议提案办理, 建议、提案, 议案提案办, 提案委).
_PROPOSAL = regex_cache.compile(r"(?<!建议)(?<!议案)(?<!建议、)(?<!建议/)(?<!议案、)提案(?![委办、/和与及]|工作)")
_MENU = regex_cache.compile(r"当前位置|您的位置|您现在的位置|[>＞›»]")
HEAD = 3000  # the salutation stands in a reply's first lines, below a page's menu at most


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not contains(text, "提案") or contains(text, "政协") or _REPLY.search(text) is None:
        return
    sal = _SALUTATION.search(text, 0, HEAD)
    if sal is None or sal.group(1) != "代表" or _NPC_MOTION.search(text, 0, sal.start()) is None:
        return
    for m in _PROPOSAL.finditer(text, sal.end()):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if _MENU.search(text, start, end if end >= 0 else len(text)):
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      "本件答复的是人大代表的建议（抬头称“代表”），这里称“提案”（提案是政协委员提出的），应为“建议”。", "建议")
