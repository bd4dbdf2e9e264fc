"""The first part of a sum whose clause the text closed before going on with 加 (A；加B，C，收入合计X).

A government's 决算 tells its income as a running sum: "地方一般公共预算收入271630万元，完成调整后预算的
99.2%，下降4.7%；加上级补助收入120846万元，上年结余收入42690万元……收入合计514601万元". The ；
ends the segment the figures are read in, so the total's parts seem to start at 120846, and the sum of
those falls short by the first one. The clause after the ； opens with 加: the amount the first clause
stated is the first part. It is the nearest amount of the clause before, one the total compares with
and no change (下降4.7%, 减少20万元) nor a rate. Where the 加 opens a sentence of its own (…增长7.5%。加上上级补助
收入39亿元……后，收入总计66.05亿元), the first part is the amount the sentence before opens with: what follows
it there (其中 税收收入…, 非税收入…) is its detail.

Where the clause opens with a figure's name and 加 (本级收入加上级补助27.7亿元、债务转贷收入17亿元……收入总计
71.9亿元), the first part is named but its amount stands elsewhere (the sentence before, a table): the parts
the clause states are not all of the sum (:func:`adds_to_unstated`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..core import regex_cache
from .numbers_text import Item, comparable, is_change
from .textspans import sentence_start

_OPENS_WITH_ADD = regex_cache.compile(r"[ \t]{0,2}(?:再)?加(?:上)?(?=[\u4e00-\u9fff])")
# A figure's name, then 加: 本级收入加上级补助, 本级支出加上解支出 (加 + 上级补助, 加 + 上解支出).
_NAME_THEN_ADD = regex_cache.compile(r"(?:收入|支出|财力|资金)加(?=[\u4e00-\u9fff])")
REACH = 200  # characters back to the clause before the ；
HEADLINE_REACH = 300  # characters back to the start of the sentence before a sentence that opens with 加


def added_to(text: str, all_items: list[Item], starts: list[int], lo: int, total: Item) -> Optional[Item]:
    """The amount a clause opening with 加 at ``lo`` adds its parts to, when the total compares with it."""
    if not _OPENS_WITH_ADD.match(text, lo):
        return None
    if text[max(0, lo - 2):lo].rstrip().endswith("。"):
        return _headline(text, all_items, starts, lo, total)
    for j in range(bisect_left(starts, lo) - 1, -1, -1):
        it = all_items[j]
        if it.q.end < lo - REACH or "。" in text[it.q.end:lo]:
            return None
        if it.q.unit == "%" or it.q.comparator or comparable(total, it) is None:
            continue
        if not is_change(text, it):
            return it
    return None


def _headline(text: str, all_items: list[Item], starts: list[int], lo: int, total: Item) -> Optional[Item]:
    """The sentence before opens with the amount the 加 sentence adds to ("全县一般公共预算收入完成13.62亿元，
    下降3.8%。其中：税收收入8.53亿元……。加上上级补助收入39亿元……后，收入总计66.05亿元"): its first amount,
    the later ones (其中's parts, changes) being that amount's own detail."""
    end = text.rfind("。", 0, lo)
    begin = sentence_start(text, end)
    if text.startswith("其中", begin) and begin >= 1 and text[begin - 1] == "。":
        end = begin - 1  # "……13.62亿元，下降3.8%。其中：……。加上……": the 其中 sentence is the headline's detail
        begin = sentence_start(text, end)
    if lo - begin > HEADLINE_REACH:
        return None
    for it in all_items[bisect_left(starts, begin):bisect_left(starts, end)]:
        if it.q.unit == "%" or it.q.comparator or comparable(total, it) is None:
            continue
        return None if is_change(text, it) else it
    return None


def adds_to_unstated(text: str, lo: int, first: Item) -> bool:
    """The clause from ``lo`` opens with a figure's name and 加 before its first amount (本级收入加上级补助27.7亿元):
    the sum's first part is named, not stated here."""
    return _NAME_THEN_ADD.search(text, lo, first.q.start) is not None
