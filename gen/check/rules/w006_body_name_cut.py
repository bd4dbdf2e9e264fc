"""W006: a body's name that lost its last character before （本级） ("沙坪坝区交通(本级)").

决算 reports list their budget units as "某区交通局（本级）、某区公路养护中心". A unit
named before （本级） is a body, so its name ends in 局, 委, 中心, 院, 所 …; when
it ends otherwise and the same text writes the name in full elsewhere
("某区交通局"), the last character was lost. The text itself is the evidence:
the rule reports only a name whose full form it finds in the same text.
"""

from __future__ import annotations

import re

from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W006",
    name="body-name-cut",
    severity="warning",
    summary="单位名称少了末字（局、中心等）",
    doc=(
        "检查什么：“（本级）”前的单位名称少了末字，如“某区交通（本级）”，而同一文中写有全称“某区交通局”。\n"
        "为什么：单位名称是正式名称，少字不规范，也容易让人误以为是另一个单位。\n"
        "不报的情形：文中找不到全称的（无法判断少的是哪个字）；名称以局、委、中心、院、所等结尾的。\n"
        "示例：“重庆市某区交通(本级)”应为“重庆市某区交通局(本级)”。"
    ),
    flag=(
        "某区交通局2023年度部门决算\n纳入决算编制的单位包括：某区交通（本级）、某区公路养护中心。\n",
    ),
    keep=(
        "某区交通局2023年度部门决算\n纳入决算编制的单位包括：某区交通局（本级）、某区公路养护中心。\n",
        "纳入决算编制的单位包括：某区文化旅游（本级）。\n",
    ),
)

# The characters a body's name ends in (局, 中心, 委员会, 卫生院 …): a name before （本级） ending in one is whole.
BODY_ENDS = ("局", "委", "委员会", "中心", "院", "所", "站", "办", "办公室", "厅", "会", "馆", "队", "处", "室",
              "校", "园", "部", "社", "府", "镇", "乡", "街道", "司", "台", "团", "联", "庭", "署", "场", "组")
_OWN_LEVEL = re.compile(r"[（(]本级[）)]")
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]{3,30}$")
MIN_NAME = 3


def check(ctx):
    text = ctx.text
    if "本级" not in text:
        return
    for mark in _OWN_LEVEL.finditer(text):
        # the run of Chinese characters right before the mark, read backwards from it (cheap: no scan of the text)
        m = _HAN_RUN_END.search(text, max(0, mark.start() - 30), mark.start())
        if m is None:
            continue
        name = m.group()
        if name.endswith(BODY_ENDS):
            continue
        # the longest tail of the run that the text writes in full elsewhere (the run may carry a lead-in)
        for start in range(0, len(name) - MIN_NAME + 1):
            stem = name[start:]
            full = next((stem + end for end in BODY_ENDS if stem + end in text), None)
            if full:
                s = m.start() + start
                yield Finding(
                    s, m.end(), RULE.code, RULE.severity,
                    f"单位名称“{stem}”不完整，文中其他地方写作“{full}”，此处应为“{full}”。", full,
                )
                break
