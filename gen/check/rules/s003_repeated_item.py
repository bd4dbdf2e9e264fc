"""S003: a numbered item that repeats a sibling.

Duty lists are assembled by copying; an item pasted twice ((十八) and (十九)
saying the same) survives proofreading because its number differs. Items are
compared under the same parent, by their first sentence.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..headings import LEVEL_NAMES, headings, part_starts
from ..registry import Rule

RULE = Rule(
    code="S003",
    name="repeated-item",
    severity="warning",
    summary="编号条目内容与同级条目重复",
    doc=(
        "检查什么：同一上级标题下，两个编号条目的内容（首句）相同。\n"
        "为什么：条目重复多是复制粘贴时多贴了一次，应删除或改写。\n"
        "不报的情形：不同章节下相同的小标题（如两个章节下都有“1.总体工作”），以及很短的条目。\n"
        "示例：“（十八）负责职责范围内的安全生产工作。……”与“（十九）负责职责范围内的安全生产工作。”重复。"
    ),
    flag=(
        "一、职能\n（一）负责职责范围内对卫生健康行业的安全生产工作实施监督管理。负责医疗质量安全。\n"
        "（二）负责职责范围内对卫生健康行业的安全生产工作实施监督管理。\n",
    ),
    keep=(
        "一、基本情况\n（一）总体工作情况说明\n二、绩效分析\n（一）总体工作情况说明\n",
        "一、职能\n（一）负责疾病预防控制工作。\n（二）负责卫生应急工作。\n",
        "目录\n公开时间：2025年9月\n第一部分 单位概况\n第二部分 单位决算情况说明\n一、收入支出决算总体情况说明\n"
        "第一部分 单位概况\n本单位设三个股室。\n第二部分 单位决算情况说明\n一、收入支出决算总体情况说明\n",
    ),
)

MIN_CHARS = 10
_FIRST = regex_cache.compile(r"[^。；！？]{1,200}")
_NOISE = regex_cache.compile(r"[\s，、,]")


def _key(title: str) -> str:
    m = _FIRST.match(title)
    return _NOISE.sub("", m.group() if m else title)


def check(ctx):
    parent_of: dict[int, int] = {}  # level -> index of the open heading at that level
    groups: dict[tuple, dict[str, object]] = {}
    # A 第X部分 division is a parent too: a contents list and the body both hold "第二部分 … 一、收入支出决算总体情况说明".
    parts = part_starts(ctx)
    for i, h in enumerate(headings(ctx)):
        part = sum(1 for p in parts if p < h.start)
        parent = tuple(sorted((lvl, idx) for lvl, idx in parent_of.items() if lvl < h.level)) if h.form != "bare" else ()
        parent = (part, parent)
        for level in list(parent_of):
            if level >= h.level:
                del parent_of[level]
        parent_of[h.level] = i
        if h.form == "bare":
            continue
        key = _key(h.title)
        if len(key) < MIN_CHARS:
            continue
        seen = groups.setdefault((h.level, parent), {})
        first = seen.get(key)
        if first is None:
            seen[key] = h
            continue
        yield Finding(
            h.start, h.end, RULE.code, RULE.severity,
            f"{LEVEL_NAMES[h.level]}“{h.mark}”的内容与“{first.mark}”重复：“{key[:20]}…”。",
        )
