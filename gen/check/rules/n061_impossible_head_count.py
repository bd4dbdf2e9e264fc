"""N061: a number of people larger than the country's population (增加2023574万人).

China has some 141,000万 people (国家统计局's yearly 国民经济和社会发展统计公报). A count
of persons (not of visits: 人次 adds up every trip) above 150,000万 cannot be true in a report
of any level: a year typed into the figure (比2013年底增加2023574万人, with 2023 in front of
574), or digits doubled, made it. Where the figure opens with a year the text writes, the
message says so.

A county's or a town's own count has a far nearer bound: no 县 (旗) of the country has 500万 people (the largest hold
some 200万, 第七次全国人口普查), let alone a 镇 or 乡. A count of persons stated of the county or town itself (全县,
我镇, 本乡 in its sentence, no wider area named and no 累计 over the years) above 500万 was typed with doubled or run-
together digits (现有农村低保对象10521989人 in one town: two figures glued together).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from .n065_county_amount_beyond_reach import _WIDER, _sentence
from ..textspans import last_mark

RULE = Rule(
    code="N061",
    name="impossible-head-count",
    severity="error",
    summary="人数超过全国人口，不可能",
    doc=(
        "检查什么：以“万人”计的人数（不含“人次”）超过15亿人（150000万人），或以“人”计超过15亿人。\n"
        "为什么：全国人口约14.1亿，任何报告中的人数都不可能超过它，多是年份误填入数字"
        "（“比2013年底增加2023574万人”）或数字重复。\n"
        "不报的情形：人次（累计的次数可以很大）；写明全球、世界的。\n"
        "示例：“比上年底增加2023574万人”，数字以年份2023开头，疑为年份误填。"
    ),
    flag=(
        "2023年末参保人数达到34124万人，比2019年底增加2023574万人。",
        "全省常住人口1634567890人。",
        "我镇城乡低保实行动态管理，现有农村低保对象10521989人。",
    ),
    keep=(
        "2023年末参保人数达到34124万人，比2019年底增加3574万人。",
        "全年接待游客2023574万人次。",
        "全国基本医疗保险参保人数133389万人。",
        "全球人口突破800000万人。",
        "我镇城乡低保实行动态管理，现有农村低保对象1052人，全县共有低保对象198人。",
        # a wider area named in the sentence, or a count over many years
        "全县参保人数占全省参保人数5600000人的百分之三。",
        "我县累计接待群众6200000人。",
    ),
)

COUNTY_CAP = 500  # 万人: beyond any county's (let alone a town's) population
_OWN = regex_cache.compile(r"全[县縣旗镇鎮乡鄉]|[我本][县縣旗镇鎮乡鄉]|[县縣]域")  # the county or town itself
_OVER_YEARS = regex_cache.compile(r"累计|历年|先后")
HEAD_CAP = 150000  # 万人: above the country's population (some 141,000万), with room
_HEAD_UNITS = ("人", "万人")  # the numbers layer's units of a head count (人次, 万人次 are visits)
# The shape a year typed into a count leaves: a bare run of 6 to 12 digits before its 人 (never a figure written
# with thousands separators, never 人民).
_COUNT = regex_cache.compile(r"(?<![\d.])(\d{6,12})(?:\.\d{1,4})?[ \u3000]?(万)?人(?![次民])")
COUNT_WIDTH = 20  # the most characters a count reads before its 人 (12 digits, 5 of decimals, a space, 万)
_WORLD = regex_cache.compile(r"全球|世界|国际")
_YEAR_HEAD = re.compile(r"(19[5-9]\d|20[0-4]\d)\d")


def _counts(ctx: CheckContext):
    """The head counts of the numbers layer (``ctx.quantities``, shared by the N rules, so no pass over the text
    of this rule's own) that the text writes in ``_COUNT``'s shape: the match ending at the quantity's 人."""
    text = ctx.text
    for q in ctx.quantities:
        if q.unit in _HEAD_UNITS:
            for m in _COUNT.finditer(text, max(0, q.end - COUNT_WIDTH - 1), q.end + 1):
                if m.end() == q.end:
                    yield m


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for m in _counts(ctx):
        digits = m.group(1)
        value = int(digits) if m.group(2) else int(digits) / 10000
        if value <= HEAD_CAP:
            if value > COUNTY_CAP:
                yield from _beyond_county(text, m)
            continue
        clause_start = last_mark(text, "。；\n", m.start()) + 1
        if _WORLD.search(text, clause_start, m.start()):
            continue
        year = _YEAR_HEAD.match(digits)
        why = (f"，数字以年份“{year.group(1)}”开头，疑为年份误填入数字" if year and f"{year.group(1)}年" in text
               else "，疑为数字多写或重复")
        yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                      f"人数“{m.group()}”超过全国人口（约14.1亿），不可能{why}", None)


def _beyond_county(text: str, m) -> Iterable[Finding]:
    lo, hi = _sentence(text, m.start(), m.end())
    if not _OWN.search(text, lo, m.start()) or _WIDER.search(text, lo, hi) or _OVER_YEARS.search(text, lo, hi):
        return
    yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                  f"本县（镇、乡）的人数“{m.group()}”超过500万，任何一个县都没有这么多人口，疑为数字多写或两个数连在一起", None)
