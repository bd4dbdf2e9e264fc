"""A figure told "specifically" right after it (144.53万元，具体是a、b、c): the list is that figure's own, complete.

N004 reads a complete enumeration's total by the 共/合计 in its label; a budget's allocation often has none (共下达
某县某年度某专项资金144.53万元 puts its 共 far from the figure, past the label's reach), yet "具体是" right after
the amount can only break down that amount. A change (比上年增加X万元，具体是…) is no such total: its parts are
the items that changed, told with their own levels."""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from .numbers_text import Item, is_change

SPECIFIED = ("具体是", "具体为", "明细为")
_GAP = regex_cache.compile(r"[，,：:\s]{0,3}")


def specified_total(text: str, all_items: list[Item], idx: int, mark_start: int, mark: str) -> Optional[Item]:
    """The figure that ``mark`` (one of :data:`SPECIFIED`, at ``mark_start``) breaks down, or None: the figure
    just before it, set off by no more than a comma or colon, an amount of its own (no rate, no change)."""
    if mark not in SPECIFIED or idx < 1:
        return None
    prev = all_items[idx - 1]
    if _GAP.fullmatch(text, prev.q.end, mark_start) is None:
        return None
    if prev.q.unit == "%" or prev.q.comparator or is_change(text, prev):
        return None
    return prev


_COUNT_TOTAL_LABEL = regex_cache.compile(r"(?<!公)共(?!同)|合计|总计|共计|总数")


def enumeration_total(text: str, all_items: list[Item], idx: int, mark_start: int, mark: str) -> Optional[Item]:
    """The total a complete enumeration (分别为, 具体是 … at ``mark_start``, its first part ``all_items[idx]``)
    lists: the figure 具体是 breaks down, else the nearest figure of the clause labelled 共/合计/总计."""
    if (total := specified_total(text, all_items, idx, mark_start, mark)) is not None:
        return total
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < all_items[idx].seg_start:
            break
        if cand.q.unit != "%" and _COUNT_TOTAL_LABEL.search(cand.raw_label):
            return cand
    return None
