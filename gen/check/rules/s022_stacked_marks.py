"""S022: two heading marks of different levels stacked at a line's start ("（一）（1）贯彻执行……").

An item carries one number. A line that opens with two, of two levels, one right after the other
("（一）（1）", "一、（一）", "（一）1.", "1.（1）"), keeps the mark of the template it was pasted from beside
the one it was given, or was renumbered without deleting the old mark: the reader cannot tell the
item's level. Only marks that stand together at the line's start, nothing between them, and a title or
text right after them are read; the same mark twice ("1、、") is P003's, and a heading whose title sits
between the two marks ("一、概况（一）职能", a flattened page) has no stacked marks.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S022",
    name="stacked-heading-marks",
    severity="warning",
    summary="行首连用两个不同层级的序号（“（一）（1）”），层级混乱",
    doc=(
        "检查什么：一行开头连着写了两个不同层级的序号，中间没有文字，如“（一）（1）贯彻执行……”“一、（一）主要职能”“1.（1）项目概况”“(2)2)冀财建……”。\n"
        "为什么：一个条目只有一个序号；两个序号叠在一起，多半是套用模板或改编号时没删掉原来的序号，读者无法判断它属于哪一级。\n"
        "不报的情形：同一个序号符号重复（“1、、”，另行报告）；两个序号之间有标题文字（“一、概况（一）职能”）；序号后是数字（“（一）1.5万元”）。\n"
        "示例：“（一）（1）贯彻执行国家有关方针政策”应只保留一个序号，如“1.贯彻执行……”或“（1）贯彻执行……”。"
    ),
    flag=(
        "一、部门主要职能\n(一)(1)贯彻执行国家和省关于城乡建设的方针政策。\n(2)承担全市建筑市场监管责任。\n",
        "第一部分 部门概况\n一、（一）主要职能\n负责全县水利工作。\n",
        "二、项目概况\n1.（1）项目设立背景\n为推进乡村振兴设立本项目。\n",
        # a list renumbered from (1) to 1): one item keeps both marks
        "资金使用情况：\n(1)省级下达道路养护资金四十万元。\n(2)2)省级下达节能减排补助资金五十万元。\n3)市级下达公交补贴三十万元。\n",
    ),
    keep=(
        "一、部门主要职能\n（一）贯彻执行国家和省关于城乡建设的方针政策。\n（1）承担全市建筑市场监管责任。\n",
        "一、概况（一）主要职能 1.负责全县水利工作。\n",
        "（一）1.5万元用于设备购置，（二）2万元用于人员培训。\n",
        "1、、资金使用情况\n",
        "资金使用情况：\n1)省级下达道路养护资金四十万元。\n2)市级下达公交补贴三十万元。\n",
        "（2）12月完成全部验收，资金已拨付。\n",
    ),
)

_LEVELS = (
    (1, r"[一二三四五六七八九十]{1,3}、"),
    (2, r"[（(][一二三四五六七八九十]{1,3}[）)]"),
    (3, r"\d{1,2}[.．、](?!\d)"),
    (4, r"[（(]\d{1,2}[）)]"),
    # 2) with one half bracket, below (2): "(2)2)" keeps both the old and the new list's mark
    (5, r"\d{1,2}[）)](?![\d)）])"),
)


def _any(k: str) -> str:
    return "|".join(f"(?P<l{level}{k}>{mark})" for level, mark in _LEVELS)


_STACKED = regex_cache.compile(
    r"^[ \t\u3000]{0,8}(?:" + _any("a") + r")[ \u3000]{0,1}(?:" + _any("b") + r")(?=[\u4e00-\u9fff“])", re.M)


def _level(m: re.Match, k: str) -> int:
    return next(level for level, _ in _LEVELS if m.group(f"l{level}{k}") is not None)


def check(ctx):
    for m in near_needles(_STACKED, ctx.text):
        first, second = _level(m, "a"), _level(m, "b")
        if first == second:
            continue
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))
        marks = m.group(0).strip(" \t\u3000")
        yield Finding(start, m.end(), RULE.code, RULE.severity,
                      f"行首连用两个不同层级的序号“{marks}”，层级混乱，应只保留一个。")
