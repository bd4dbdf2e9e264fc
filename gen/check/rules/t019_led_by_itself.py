"""T019: a body said to work under its own leadership (某县公安局在县委、县政府及县公安局的领导下).

A body works under the leadership of the bodies above it: its party committee, its government and its
department of the level above (白水县公安局在县委、县政府及市公安局的领导下). Naming the body itself among its
leaders is a slip of the level (县 for 市) or of the name, and the sentence loses the real superior.

Read only where the subject before 在 is a body's name and one of the leaders listed before 的领导下 (or 指导下),
three characters or more, is that name's whole tail: a unit under its bureau (交警大队在县公安局的领导下) and a
bureau under the bureau of the level above (县公安局在市公安局的领导下) name another body.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T019",
    name="led-by-itself",
    severity="warning",
    summary="单位写成在本单位自己的领导下工作，上级机关的名称写错",
    doc=(
        "检查什么：单位名称作主语，后面“在……的领导下”列出的领导机关中又有本单位自己，"
        "如“某县公安局在县委、县政府及县公安局的领导下”。\n"
        "为什么：单位在上级党委、政府和上级主管部门的领导下工作，不会在自己的领导下；多是把上级机关的层级"
        "（市写成县）或名称写错，真正的上级机关就丢了。\n"
        "不报的情形：下属单位在本局的领导下（“交警大队在县公安局的领导下”）；县局在市局的领导下。\n"
        "示例：“某县公安局在县委、县政府及县公安局的领导下”应写明上级机关，如“市公安局”。"
    ),
    flag=(
        "2022年某县民政局在县委、县政府及县民政局的领导下，认真贯彻《条例》。",
        "某市统计局始终在市委和市统计局的正确领导下开展工作。",
    ),
    keep=(
        "2022年某县民政局在县委、县政府及市民政局的领导下，认真贯彻《条例》。",
        "县公安局交警大队在县公安局的领导下开展工作，某县统计局在上级统计局的指导下完成普查。",
    ),
)

_LED = regex_cache.compile(
    r"([\u4e00-\u9fff]{2,16}?(?:局|委员会|委|办公室|中心|院))(?:始终|一直|坚持)?在"
    r"([\u4e00-\u9fff、，,]{2,40}?)的(?:正确|坚强|大力|统一|直接)?(?:领导|指导)下")
_SPLIT = regex_cache.compile(r"[、，,]|及|和|与")
MIN_LEADER = 3  # a leader's name this long or longer (县公安局): 县委 alone ends many names


def check(ctx):
    text = ctx.text
    if not (contains(text, "领导下") or contains(text, "指导下")):
        return
    for m in _LED.finditer(text):
        subject = m.group(1).lstrip("年度")  # 2019年白水县公安局: the year's 年 is no part of the name
        for leader in _SPLIT.split(m.group(2)):
            if len(leader) >= MIN_LEADER and subject.endswith(leader):
                s = m.start(2) + m.group(2).find(leader)
                yield Finding(s, s + len(leader), RULE.code, RULE.severity,
                              f"“{subject}”写成在“{leader}”即本单位自己的领导下工作；单位在上级机关的领导下工作，"
                              "请核对上级机关的层级和名称（如“市”写成了“县”）。", None)
                break
