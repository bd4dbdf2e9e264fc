"""Twin tables of a budget's table list, one of the pair written short: part of W020.

Since 2018 the 部门预算 templates of many provinces list each table of the
basic expenditure twice, once by the department's economic classification and
once by the government's (工资福利支出预算表(按部门预算经济分类) and
工资福利支出预算表(按政府预算经济分类)), side by side in the list. The twins
carry one name and one qualifier but for the word 部门/政府, so the one the
other writes longer lost characters: its 表 or 预算表 (工资福利支出(按政府预算
经济分类) beside …支出预算表(按部门预算经济分类)), or the end of its qualifier
(按政府预算 beside 按部门预算经济分类). No list of names is needed: the twin
beside it is the evidence, whatever the province calls its tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core import regex_cache

_NUM = "一二三四五六七八九十"
# A list item at a line's start whose title closes with a qualifier (按部门预算经济分类) at the line's end; the title
# may hold brackets of its own (…人员经费(工资福利支出)), so it runs lazily up to the last one.
_TWIN_ITEM = regex_cache.compile(
    rf"^[ \t\u3000]{{0,8}}(?:[{_NUM}]{{1,3}}[、.．]|\d{{1,2}}[、.．]|表\d{{1,2}}[、.．:：]?|表[{_NUM}]{{1,3}}[、:：]?|[（(][{_NUM}]{{1,3}}[)）])"
    r"[ \t\u3000]{0,4}([^\n]{2,60}?)[ \t\u3000]{0,2}[(（](按[\u4e00-\u9fff]{2,14})[)）][ \t\u3000]{0,4}$",
    re.M,
)
_SIDES = ("部门", "政府")  # the two classifications a twin names
MAX_TAIL = 3  # the longest tail a twin's name may have lost (预算表)


@dataclass(frozen=True)
class Twin:
    """``written`` at start..end, where ``meant`` (read from its twin) was intended; ``lost`` the characters lost."""

    start: int
    end: int
    written: str
    meant: str
    lost: str
    why: str  # "name": the table's name short; "qualifier": its bracketed classification short


def _side(qualifier: str) -> str:
    return next((s for s in _SIDES if s in qualifier), "")


def _neutral(qualifier: str) -> str:
    """The qualifier with its side word taken out: the twins' are the same."""
    return qualifier.replace(_side(qualifier), "", 1) if _side(qualifier) else qualifier


def _adjacent(text: str, a: re.Match, b: re.Match) -> bool:
    """Whether item ``b`` follows ``a`` in the same list: nothing but blank lines between them."""
    return not text[a.end():b.start()].strip(" \t\u3000\r\n")


def _short(mine: re.Match, other: re.Match) -> Twin | None:
    """The slip of ``mine`` told by its twin ``other``, if ``mine`` is the twin written short."""
    name, qual = mine.group(1), mine.group(2)
    o_name, o_qual = other.group(1), other.group(2)
    if not (_side(qual) and _side(o_qual) and _side(qual) != _side(o_qual)):
        return None
    if _neutral(qual) == _neutral(o_qual):
        tail = o_name[len(name):]
        if o_name.startswith(name) and tail.endswith("表") and len(tail) <= MAX_TAIL and not name.endswith("表"):
            return Twin(mine.start(1), mine.end(1), name, name + tail, tail, "name")
        return None
    lost = _neutral(o_qual)[len(_neutral(qual)):]
    if name == o_name and _neutral(o_qual).startswith(_neutral(qual)) and lost.endswith("分类"):
        return Twin(mine.start(2), mine.end(2), qual, qual + lost, lost, "qualifier")
    return None


def short_twins(text: str) -> list[Twin]:
    """Items of a table list written shorter than their twin of the other classification beside them."""
    if "按部门" not in text or "按政府" not in text:
        return []
    items = list(_TWIN_ITEM.finditer(text))
    out = []
    for i, m in enumerate(items):
        near = [items[k] for k in (i - 1, i + 1) if 0 <= k < len(items)
                and _adjacent(text, *((items[k], m) if k < i else (m, items[k])))]
        slip = next((t for t in (_short(m, o) for o in near) if t), None)
        if slip:
            out.append(slip)
    return out
