"""A total's own change on the year told between it and its 其中 (一般公共预算收入97092万元，增长0.9%，其中税收收入…).

Statistical bulletins state each figure with its growth right after it, then break it down: the rate is an aside
of the total, and the figure before it is the whole the parts after 其中 belong to (N004 reads them so).
"""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from .numbers_text import Item

# A figure's change on the year set right after it: "，增长0.9%" "，同比下降3.5%" "，比上年提高1.2个百分点".
# One pattern for every reader of such asides: N004's total before 其中 (below) and N072's counted parts.
CHANGE_ASIDE = (r"[，,]\s{0,2}(?:同比|比上年|较上年)?\s{0,2}(?:增长|下降|增加|减少|提高|降低)\s{0,2}"
                r"-?\d{1,4}(?:\.\d{1,3})?\s{0,1}(?:[%％]|个百分点)")
CHANGE_ASIDE_RE = regex_cache.compile(CHANGE_ASIDE)
# The rate of change between a total and the 其中 that breaks it down, with the comma after it, or the full stop
# that closes the total's sentence (增加值66.97亿元，同比增长11%。其中，…: N004 reads 其中 across it on its own terms).
_GROWTH_ASIDE = regex_cache.compile(CHANGE_ASIDE + r"\s{0,2}[，,。]?\s{0,2}")
# A change by an amount told right after a figure (，比2024年减少88.85万元): up to the change's own figure.
_AMOUNT_ASIDE = regex_cache.compile(
    r"[，,]\s{0,2}(?:比|较|与)(?:上年|去年|上一年|(?:19|20)\d\d年)度?(?:决算数?|预算数?)?(?:相比)?[，,]?\s{0,2}"
    r"(?:增加|减少|增长|下降)了?\s{0,2}")


def total_before(text: str, all_items: list[Item], idx: int, pos: int) -> tuple[Optional[Item], bool]:
    """The figure a 其中 at ``pos`` may break down (``all_items[idx]`` is the first after it), and whether a growth
    rate of it stood between: then the figure before that rate, else the figure right before 其中."""
    if idx <= 0:
        return None, False
    last = all_items[idx - 1]
    if last.q.unit == "%" and idx >= 2 and all_items[idx - 2].q.unit != "%" \
            and _GROWTH_ASIDE.fullmatch(text, all_items[idx - 2].q.end, pos):
        return all_items[idx - 2], True
    if _levels_after_change(text, all_items, idx, pos) or _average_aside(text, all_items, idx, pos):
        return all_items[idx - 2], True
    return last, False


def _levels_after_change(text: str, all_items: list[Item], idx: int, pos: int) -> bool:
    """The figure before 其中 is the change by an amount of the one before it, and the first part after 其中 has
    a change of its own told the same way (支出629.31万元，比2024年减少88.85万元。其中：基本支出768.93万元，比2024年
    减少55.08万元): the parts are levels, of the figure before the change, not pieces of the change."""
    if idx < 2 or idx >= len(all_items) or text[all_items[idx - 1].q.end:pos].strip() not in ("。", "，", ",", ""):
        return False
    total, change, first = all_items[idx - 2], all_items[idx - 1], all_items[idx]
    if total.q.unit == "%" or change.q.unit != total.q.unit or first.q.unit != total.q.unit:
        return False
    return _AMOUNT_ASIDE.fullmatch(text, total.q.end, change.q.start) is not None \
        and _AMOUNT_ASIDE.match(text, first.q.end) is not None


# An average of the figure told right after it (共计办理案件1368件，人均办案13.68件，其中…): up to the average's figure.
_AVERAGE_ASIDE = regex_cache.compile(r"[，,]\s{0,2}(?:人均|平均|户均|日均|每人|每户|月均|年均)[\u4e00-\u9fff]{0,6}")


def _average_aside(text: str, all_items: list[Item], idx: int, pos: int) -> bool:
    """The figure before 其中 is an average per head of the one before it, in its unit (办理案件1368件，人均办案
    13.68件，其中…): a rate, no whole; the parts break down the total before it."""
    if idx < 2 or text[all_items[idx - 1].q.end:pos].strip() not in ("，", ",", ""):
        return False
    total, average = all_items[idx - 2], all_items[idx - 1]
    return average.q.unit == total.q.unit and total.q.unit != "%" \
        and _AVERAGE_ASIDE.fullmatch(text, total.q.end, average.q.start) is not None
