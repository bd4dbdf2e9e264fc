"""W061: a festival's year lost, its 年 left bare (莒县总工会年元旦春节“送温暖”活动, 据介绍，年“两节”送温暖活动).

A campaign or a greeting is dated by the festival it serves: 2024年元旦春节送温暖活动, 2023年“两节”期间. When a
page loses its Arabic figures (a news item copied from a mirror, a PDF whose digits were drawn apart), the 年 stays
behind the word before it: "总工会年元旦春节", "，年“两节”". No Chinese word ends in 年 there: a year spoken in words
(今年, 去年, 新年, 每年, 2024年) has its figure or its own character before 年, and the words that do end in 年 (青年,
老年, 周年) are not the ones found here. L017 reads a copy that lost all its digits; this rule reads each single loss.

Read only 年 right before a festival's name (元旦, 春节, 两节 with or without quotes, 中秋, 国庆, 端午, 清明) and right
after a mark, a line's start or the last character of a body's name (会, 局, 委, 府, 院, 办, 部, 厅, 站, 所, 馆, 心):
there no word can have made the 年, so a figure was lost.

A budget is dated the same way (2018年部门预算经市人大审议通过): a paragraph that opens on a bare 年 before 部门预算,
单位预算 or their 决算 lost its year's figures at the line's start, where no word (今年, 全年, 当年) can have made the 年.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W061",
    name="festival-year-lost",
    severity="warning",
    summary="节日、预算前的年份数字丢失，只剩“年”（“总工会年元旦春节”“，年“两节”期间”“段首年部门预算”）",
    doc=(
        "检查什么：“年”直接接在标点、行首或机构名称（……会、……局、……中心）之后，后面紧跟节日名称（元旦、春节、“两节”、中秋、国庆、端午、清明），"
        "如“某县总工会年元旦春节送温暖活动”“据介绍，年“两节”期间”。\n"
        "为什么：这里本应写明年份（2024年元旦春节），阿拉伯数字在转载或提取时丢失，只剩下“年”，读者无从知道是哪一年。"
        "整篇数字全部丢失的副本由 L017 报告；本规则报告个别的丢失。\n"
        "段首的“年部门预算（决算）”“年单位预算”同样是年份数字丢失。\n"
        "不报的情形：年份写全的（2024年春节）；“全年部门预算”；“今年、去年、新年、每年”等自成一词的（今年春节、新年元旦）；“年”后不是节日的（年度考核）。\n"
        "示例：“某县总工会年元旦春节送温暖活动启动”应补上年份，如“某县总工会2024年元旦春节送温暖活动启动”。"
    ),
    flag=(
        "1月8日上午，某县总工会年元旦春节“送温暖”活动在职工服务中心启动。",
        "据了解，年“两节”送温暖活动共筹集资金20万元。",
        "年春节期间，全市共走访慰问困难职工300户。",
        "某市社保中心部门预算说明\n\n年部门预算经市人大审议通过，现将有关情况说明如下。\n",
    ),
    keep=(
        "1月8日上午，某县总工会2024年元旦春节“送温暖”活动在职工服务中心启动。",
        "今年春节前夕，去年“两节”期间，新年元旦到来之际，每年中秋、国庆期间均开展慰问。",
        "据了解，年度考核已经完成；青年春节联欢会、老年中秋茶话会如期举办。",
        "庆祝建党100周年国庆期间开展系列活动。",
        "2018年部门预算经市人大审议通过。\n全年部门预算执行良好。\n年部门预算数\n",
    ),
)

_FESTIVAL = r"(?:元旦春节|元旦|春节|[“\"]?两节[”\"]?|中秋|国庆|端午|清明)"
# 年 after a mark, a line's start or a body name's last character, then a festival's name.
_LOST_YEAR = regex_cache.compile(
    r"(?:^|(?<=[，,。；;：:、\s（(“\"」])|(?<=[会局委府院办部厅站所馆心]))年(?=(" + _FESTIVAL + "))", re.M)
# A paragraph opening on a bare 年 before its budget's name (年部门预算经……审议通过).
_BUDGET_YEAR = regex_cache.compile(r"^[ \t\u3000]{0,8}(年)(?=(?:部门|单位)(?:预算|决算)(?!数|单位|编制))", re.M)
_NEEDLES = ("年元旦", "年春节", "年两节", "年“两节", "年\"两节", "年中秋", "年国庆", "年端午", "年清明")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for m in near_needles(_BUDGET_YEAR, text) if "年部门" in text or "年单位" in text else ():
        what = text[m.end(1):m.end(1) + 4]
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"段首“年{what}”前缺少年份数字：应写明哪一年（如“2024年{what}”），像是数字在转载或提取时丢失，应按原文补上。")
    if not any(needle in text for needle in _NEEDLES):
        return
    for m in _LOST_YEAR.finditer(text):
        after = m.group(1).strip("“”\"")  # 两节 shown without its quotes, inside the message's own
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“年{after}”前缺少年份数字：应写明哪一年（如“2024年{after}”），像是数字在转载或提取时丢失，应按原文补上。",
        )
