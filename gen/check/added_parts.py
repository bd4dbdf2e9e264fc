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

The same running sums close in other shapes, read here for N004 too: its first part the main figure of the
sentence before with no 加 (:func:`first_part_before`); a subtotal among the figures, the total adding to it
(:func:`after_subtotal`); or only the last figures before the total making it (:func:`suffix_makes`). A 合计
that closes the name of a list's next item (三是…经费共计X) sums none of them (:func:`item_of_list`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..core import regex_cache
from .numbers_text import Item, comparable, is_change, make_up
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


def first_part_before(text: str, all_items: list[Item], starts: list[int], lo: int, total: Item,
                       parts: list[Item]) -> bool:
    """The total's first part is the main figure of the sentence before, in the same paragraph (……一般公共预算支出
    397114万元，增长3.4%。债务还本支出16223万元，上解支出10800万元……，支出总计441038万元): with it the parts make
    the total."""
    start = sentence_start(text, lo)
    before = sentence_start(text, max(0, start - 1))
    if lo > start and text[lo - 1] in "；;":
        # 一般公共预算收入46.22亿元，完成预算的100.3%，增长6.8%；上级补助收入6.2亿元，……，收入共计71.51亿元: the
        # clause before the ； (its figure told with its own rates) is the sum's first part, in the same sentence
        start, before = lo, start
    elif start == 0 or text[start - 1] not in "。；;" or "\n" in text[before:start]:
        return False
    return any(comparable(total, x) and not x.q.comparator and make_up(total, [x, *parts])
               for x in all_items[bisect_left(starts, before):bisect_left(starts, start)])


def suffix_makes(total: Item, top: list[Item]) -> bool:
    """The last two or more figures before the total make it, those before them being another matter's (可支配收入
    92.51亿元，一般公共预算支出73.08亿元，加上解支出1.28亿元，一般债务还本4.22亿元，支出合计78.58亿元)."""
    return any(make_up(total, top[k:]) for k in range(1, len(top) - 1))


def after_subtotal(top: list[Item]) -> list[Item]:
    """A running sum's last subtotal and the figures after it (收入42100，加387613，13038，一般预算总收入442751，加
    7546，199，731，收入总计451227: 442751 adds up the three before it, and the total adds to it): else ``top``."""
    for k in range(len(top) - 1, 1, -1):
        if make_up(top[k], top[:k]):
            return top[k:]
    return top


# An item of a numbered list (二是, （三）, 3.) whose own name closes with 共计 (三是中央彩票公益金支持地方体育事业
# 经费共计4.5万元): the amount is that item's, a sibling of the items before it, not their sum.
_ITEM_TOTAL = regex_cache.compile(r"(?:[二三四五六七八九十]是|[（(][二三四五六七八九十][）)]|(?<![\d.．])\d{1,2}[.、．])"
                                  r"[^，,；;。：:\d]{2,40}?(?:合计|总计|共计)(?:为|是)?$")


def item_of_list(text: str, last: Item, total: Item) -> bool:
    """The 合计 closes the name of the next item of the list its parts belong to (一是a，二是b，三是c经费共计X):
    it tells that item's own amount, of several sources perhaps, not the sum of the items before."""
    return _ITEM_TOTAL.search(text, last.q.end, total.q.start) is not None


# Bodies named one by one after the counted ones, before a count's 共计 (5个街道、6个乡镇及市畜牧局、卫计委、公安局共计
# 14个单位): each named body is one of the count.
_NAMED_AFTER = regex_cache.compile(r"(?:以及|及|和|与)((?:[\u4e00-\u9fff]{2,10}、){1,20}[\u4e00-\u9fff]{2,10}?)(?:共计|合计|总计|共|等)$")
_ONE_BY_ONE_UNITS = ("个", "家")


def named_one_each(text: str, parts: list[Item], total: Item) -> bool:
    """The counted parts and the bodies named after them without a figure make the count (5＋6 and five named: 16)."""
    if total.q.unit not in _ONE_BY_ONE_UNITS or not parts or any(p.q.unit != total.q.unit for p in parts):
        return False
    m = _NAMED_AFTER.search(text, parts[-1].q.end, total.q.start)
    return m is not None and sum(p.value for p in parts) + m.group(1).count("、") + 1 == total.value
