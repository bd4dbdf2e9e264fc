"""F015: a part's points given one way where its whole is divided, and another way in the part's own heading.

An assessment scheme divides a section's points among its parts in one sentence ("局管工程包括渠道工程（50分）和
泵站工程（50分）"), then gives each part a heading with its points ("（一）渠道工程（100分）"). The heading restates
the share: a different figure leaves the reader unable to tell how many points the part carries, and the items
below it are summed against the wrong one.

Precision: the division must name at least two parts, each with its points in brackets, after 包括/分为/由/含; the
heading must name the part exactly, open its line with a heading mark (（一）, 一、, 1.) and follow the division
within a few thousand characters; a scheme that converts a part's hundred-point score to its share (折算, 折合,
权重, 按……%计入) states why the figures differ and is not read.
"""

from __future__ import annotations

from typing import Iterable

from ...core.regex_needles import search as near_search
from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="F015",
    name="part-points-restated",
    severity="warning",
    summary="同一考核部分的分值前后写法不一（分配时一个分值，小标题另一个分值）",
    doc=(
        "检查什么：考核办法、评分细则先写“局管工程包括渠道工程（50分）和泵站工程（50分）”，把上一级的分值分配给各部分，"
        "其后该部分的小标题又写成“（一）渠道工程（100分）”，两处分值不同。\n"
        "为什么：小标题中的分值应与分配时的分值一致；不一致时，读者无法判断该部分究竟占多少分，其下各项也无从核对。\n"
        "不报的情形：分配语句中少于两个部分的；小标题所列名称与分配时不完全相同的；文中写明按百分制评分后折算（折算、折合、"
        "权重、按××%计入）的。\n"
        "示例：“考核内容包括日常管理（40分）和工程维护（60分）”，其后“（二）工程维护（50分）”。"
    ),
    flag=(
        "考核内容包括日常管理（40分）和工程维护（60分）。\n（一）日常管理（40分）\n1.制度健全。（20分）\n"
        "（二）工程维护（50分）\n1.按期完成维修。（30分）\n",
        "局管工程包括渠道工程(50分)和泵站工程(50分)。\n(一)渠道工程(100分)\n1、管理目标明确。(5分)\n",
    ),
    keep=(
        "考核内容包括日常管理（40分）和工程维护（60分）。\n（一）日常管理（40分）\n（二）工程维护（60分）\n",
        # scored on a hundred points, then converted to the share: the text says so
        "局管工程包括渠道工程（50分）和泵站工程（50分），各部分按百分制评分后折算计入。\n（一）渠道工程（100分）\n",
        # another part of the same name elsewhere, not named exactly
        "考核内容包括日常管理（40分）和工程维护（60分）。\n（二）工程维护质量（50分）\n",
    ),
)

_BR_POINTS = r"[（(]\s{0,2}(\d{1,3})\s{0,2}分\s{0,2}[）)]"
_ITEM = regex_cache.compile(r"([\u4e00-\u9fff]{2,12})" + _BR_POINTS)
# A division: 包括/分为/由/含 and at least two 名称（N分） joined by 和/与/及/、/，.
_DIVISION = regex_cache.compile(
    r"(?:包括|分为|包含|由|含)\s{0,2}((?:[\u4e00-\u9fff]{2,12}" + _BR_POINTS + r"\s{0,2}(?:和|与|及|、|，|,)\s{0,2}){1,8}"
    r"[\u4e00-\u9fff]{2,12}" + _BR_POINTS + r")")
_HEADING = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])\s{0,2}"
    r"([\u4e00-\u9fff]{2,12})" + _BR_POINTS)
_CONVERTED = regex_cache.compile(r"折算|折合|权重|计入总分|按[\d.]{1,5}\s{0,2}[%％]")
_REACH = 5000  # characters after a division its parts' headings are looked for


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "分" not in text or near_search(_CONVERTED, text):
        return
    for d in near_needles(_DIVISION, text):
        shares = {}
        for k, item in enumerate(_ITEM.finditer(d.group(1))):
            name = item.group(1)[1:] if k and item.group(1)[0] in "和与及" else item.group(1)
            shares.setdefault(name, item.group(2))
        if len(shares) < 2:
            continue
        for h in _HEADING.finditer(text, d.end(), min(len(text), d.end() + _REACH)):
            name, points = h.group(1), h.group(2)
            if name in shares and points != shares[name]:
                yield Finding(
                    h.start(2), h.end(2), RULE.code, RULE.severity,
                    f"“{name}”的分值前后不一：前文“{d.group(0)[:40]}”中为{shares[name]}分，此处小标题写{points}分，"
                    f"应统一。",
                )
