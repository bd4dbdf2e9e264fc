"""A 其中 list carried on past a semicolon: "其中:基本支出4,609万元;项目支出6,809万元".

The figures reader marks a figure as a part (``Item.sub``) when 其中 stands in its own clause group; a list
whose items are parted by ； puts the second item in a group of its own, where no 其中 stands. It is a part all
the same, of the total its sentence opened with (1.教育管理事务11,418万元), not a report-level figure: N006 would
otherwise read the 项目支出 of one subject against the 项目支出 of the whole.
"""

from __future__ import annotations

from typing import Optional

from .numbers_text import Item, make_up
from .textspans import last_mark

_SENTENCE_STOPS = "。！？!?\n"
_REACH = 200  # how far back a sentence's 其中 is looked for


def continues_qizhong(text: str, it: Item) -> bool:
    """Whether ``it`` opens a clause after ；/; that goes on a 其中 list begun earlier in its sentence."""
    start = it.seg_start
    if start < 1 or text[start - 1] not in "；;":
        return False
    lo = max(0, start - _REACH)
    sentence = last_mark(text, _SENTENCE_STOPS, start, lo)
    return text.find("其中", max(sentence, lo), start) >= 0


def back_to_outer(outer: Optional[Item], total: Item, parts: list[Item]) -> list[Item]:
    """A nested 其中's parts up to where the outer list resumes.

    "五保对象336人，其中集中供养110人，其中新增40人，散养226人": 散养 is no part of 集中供养 but its sibling — it and
    集中供养 make the outer total exactly (110 + 226 = 336). ``outer`` is the total of the 其中 whose first part
    ``total`` is; the nested list ends before the first later part with which, and with all after it, ``total`` makes
    ``outer``. Only an exact sum moves the part: a part that merely exceeds the nested total stays a defect."""
    if outer is None:
        return parts
    for j in range(1, len(parts)):
        if make_up(outer, [total, *parts[j:]]):
            return parts[:j]
    return parts
