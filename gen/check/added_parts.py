"""The first part of a sum whose clause the text closed before going on with 加 (A；加B，C，收入合计X).

A government's 决算 tells its income as a running sum: "地方一般公共预算收入271630万元，完成调整后预算的
99.2%，下降4.7%；加上级补助收入120846万元，上年结余收入42690万元……收入合计514601万元". The ；
ends the segment the figures are read in, so the total's parts seem to start at 120846, and the sum of
those falls short by the first one. The clause after the ； opens with 加: the amount the first clause
stated is the first part. It is the nearest amount of the clause before, one the total compares with
and no change (下降4.7%, 减少20万元) nor a rate.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..core import regex_cache
from .numbers_text import Item, comparable, is_change

_OPENS_WITH_ADD = regex_cache.compile(r"[ \t]{0,2}(?:再)?加(?:上)?(?=[\u4e00-\u9fff])")
REACH = 200  # characters back to the clause before the ；


def added_to(text: str, all_items: list[Item], starts: list[int], lo: int, total: Item) -> Optional[Item]:
    """The amount a clause opening with 加 at ``lo`` adds its parts to, when the total compares with it."""
    if not _OPENS_WITH_ADD.match(text, lo):
        return None
    for j in range(bisect_left(starts, lo) - 1, -1, -1):
        it = all_items[j]
        if it.q.end < lo - REACH or "。" in text[it.q.end:lo]:
            return None
        if it.q.unit == "%" or it.q.comparator or comparable(total, it) is None:
            continue
        if not is_change(text, it):
            return it
    return None
