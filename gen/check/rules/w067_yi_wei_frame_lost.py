"""W067: the frame 以……为…… that lost a part (半专业队伍为辅 with no 以……为主; 以“安全生产月”主题活动 with no 为;
开展的灭蚊为主要内容的 with no 以).

Reports describe their means in the frame 以甲为主、乙为辅 (以专业队伍为主、半专业队伍为辅) and their campaigns in
以“某某”为主题 (以“安全生产月”为主题开展活动). Both halves carry the sense: 为辅 says "as the support" of something
named 为主 before it, and 以 takes its object only with 为. An edit that drops a half leaves a clause a reviewer marks
at once: 建立了半专业消防队伍为辅的队伍 (support of what?), 以“世界气象日”主题社会活动，开展…… (以 without 为). Both shapes
recur in the work sections of reports of every sector.

Read two shapes. 为辅 with no 为主, 主要, 为核心, 为重点, 为基础 or 为主导 in the 120 characters before it (主要平台：……
其他平台：……为辅 names the main half in a heading word). And 以 before quoted names (one to five, joined by 、 or 和)
and 主题, when the clause runs to its mark without 为 (以“某某”主题活动为契机 holds its 为 later and stays silent).

And the other half lost: 为 and a frame's goal word (为核心, 为主线, 为主要内容, 为载体, 为指导 …, ``_GOALS``) before a
mark or 的, in a sentence (up to 。！？； or a line's start) with no 以 before it — 开展的灭蚊为主要内容的爱国卫生运动,
深入贯彻落实《条例》为主线: the object reads as the subject of 为. Silent where 为 is a verb's own (作为, 成为, 视为, 列为,
确定为, 最为 …, ``_VERB_BEFORE``), where the sentence has 以 anywhere before (以来, 可以 included: such a sentence is
not read), 将, 把 or 围绕 (将……作为 frames), and after a figure or a mark other than a closing quote. 以甲为抓手，乙为核心
(one 以 for both) stays silent: annotators differ on it. On the 400 sweep pages and 21 annotated sets: 2 findings, both real.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.han import is_han
from ..breakdowns import sentence_start
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W067",
    name="yi-wei-frame-lost",
    severity="warning",
    summary="“以……为主、……为辅”“以……为主题”缺了一半（只有“为辅”；“以‘某某’主题”漏了“为”；“……为核心”前漏了“以”）",
    doc=(
        "检查什么：“为辅”前面没有“为主”（或“主要”“为核心”“为重点”），如“建立了半专业队伍为辅的防灭火队伍”；"
        "“以‘某某’主题……”整个分句没有“为”，如“以‘安全生产月’主题社会活动，深入开展宣传”。\n"
        "为什么：“以甲为主、乙为辅”“以……为主题”是固定框架，缺了一半句子就不完整：只说“为辅”不知辅助什么，“以”没有“为”接不上。\n"
        "不报的情形：前文有“为主”“主要”的（主要平台：……其他平台：……为辅）；“以‘某某’主题活动为契机”这类分句里后面有“为”的。\n"
        "句中没有“以”而出现“为核心”“为主线”“为主要内容”“为载体”等，如“开展的灭蚊为主要内容的爱国卫生运动”，漏了“以”；"
        "“作为”“成为”“视为”“列为”的“为”、句中前面有“以”“将”“把”的不报。\n"
        "示例：“建立了半专业队伍为辅的队伍”应为“建立了以专业队伍为主、半专业队伍为辅的队伍”；"
        "“以‘安全生产月’主题社会活动”应为“以‘安全生产月’为主题开展社会活动”。"
    ),
    flag=(
        "（二）加强扑火队伍建设。全镇组建了群众义务扑火队为辅的扑火力量。",
        "以“世界水日”、“中国水周”主题宣传活动，深入开展节水宣传。",
        "各村委会在全镇范围内开展的灭蚊为主要内容的爱国卫生运动。",
        "2021年，县教育局紧密结合教育实际，深入贯彻落实《中华人民共和国政府信息公开条例》为主线，扎实推进公开工作。",
    ),
    keep=(
        "全镇组建了以专业扑火队为主、群众义务扑火队为辅的扑火力量。\n主要平台：区政府网站。\n其他平台：报刊等载体为辅。",
        "以“世界水日”、“中国水周”为主题，深入开展节水宣传；以“安全生产月”主题活动为契机，开展隐患排查。",
        "本局以门户网站作为第一平台，以公开栏和其他渠道为辅助开展公开工作。",
        "各村委会开展以灭蚊为主要内容的爱国卫生运动。我局把信息公开作为重点，将平台建设确定为重点。",
        "以数据发布为主渠道，分析解读为着力点，服务质量最为核心的是时效；坚持以人民为中心，城乡统筹为重点。",
    ),
)

_MAIN_HALF = ("为主", "主要", "为核心", "为重点", "为基础", "为主导")
_THEME = regex_cache.compile(
    r"以“[^”\n]{1,20}”(?:[、和及与]“[^”\n]{1,20}”){0,4}(主题)[^，,。；;：:！!？?\n为]{0,30}[，,。；;：:！!？?\n]"
)


def _support_without_main(text: str) -> Iterable[Finding]:
    """为辅 with no main half named in the 120 characters before it."""
    at = text.find("为辅")
    while at >= 0:
        before = text[max(0, at - 120):at]
        # 以……为辅助开展工作: 以 and 为辅助 make a whole frame of their own (the means, not a lost main half)
        whole = text.startswith("助", at + 2) and "以" in text[sentence_start(text, at):at]
        if not whole and not any(word in before for word in _MAIN_HALF):
            yield Finding(
                at, at + 2, RULE.code, RULE.severity,
                "只有“为辅”，前面没有“以……为主”：“以甲为主、乙为辅”缺了前一半，应补上主要的一方"
                "（如“以专业队伍为主、半专业队伍为辅”）。", None,
            )
        at = text.find("为辅", at + 2)


# A frame's goal after 为 (以甲为核心), standing before a mark or 的; opened on 为, so the search skips ahead by it.
_GOALS = regex_cache.compile(
    r"为(?:核心|主线|重点|总抓手|抓手|主要内容|主题|引领|载体|契机|突破口|切入点|着力点|导向|统领|支撑|目标|"
    r"宗旨|出发点|落脚点|指导|指引)(?=[，,、的；;。])")
# 为 as part of a verb or after an adverb (作为, 成为, 视为, 列为, 确定为, 最为): no frame's 为.
_VERB_BEFORE = frozenset("作成视列定认设称变转改评分划选确立更化名既即均皆都仍也又是亦将把以被则为因乃并互同且而与和"
                         "较最尤极甚颇广之行")
_OPENERS = regex_cache.compile(r"以|将|把|围绕")
_CLAUSE_SPAN = 12  # characters before 为 the finding covers


def _opener_lost(text: str) -> Iterable[Finding]:
    """为核心, 为主要内容 … in a sentence with no 以 (nor 将, 把, 围绕) before it."""
    for m in _GOALS.finditer(text):
        s = m.start()
        before = text[s - 1] if s else ""
        if not (is_han(before) or before in "”》") or before in _VERB_BEFORE:
            continue
        lo = max(sentence_start(text, s), text.rfind("；", 0, s) + 1, text.rfind(";", 0, s) + 1)
        if s - lo < 4 or _OPENERS.search(text, lo, s):
            continue
        written = text[s:m.end()]
        yield Finding(
            max(lo, s - _CLAUSE_SPAN), m.end(), RULE.code, RULE.severity,
            f"“{written}”前缺“以”：句中没有“以”，“{written}”接不上，应为“以……{written}”。", None,
        )


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "为辅" in text:
        yield from _support_without_main(text)
    if "为" in text:
        yield from _opener_lost(text)
    if "主题" not in text or "以“" not in text:
        return
    for m in _THEME.finditer(text):
        s, e = m.start(), m.start(1) + 2
        written = text[s:e]
        yield Finding(
            s, e, RULE.code, RULE.severity,
            f"“{written}”：“以……为主题”漏了“为”，“以”接不上，应为“{written[:-2]}为主题”。",
            written[:-2] + "为主题",
        )
