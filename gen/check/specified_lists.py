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
    lists: the figure 具体是 breaks down, else the nearest figure of the clause labelled 共/合计/总计, else the
    count that age bands from 0 to an open end split (0-17岁、……、60岁及以上户籍人口分别为…)."""
    if (total := specified_total(text, all_items, idx, mark_start, mark)) is not None:
        return total
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < all_items[idx].seg_start:
            break
        if cand.q.unit != "%" and _COUNT_TOTAL_LABEL.search(cand.raw_label):
            return cand
    return age_bands_total(text, all_items, idx, mark_start) if mark == "分别为" else None


# Age bands that cover every age, from 0 to an open end, named before 分别为 with the noun they split
# (0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为a人、b人、c人和d人): a partition of that noun's count.
_BAND = r"(\d{1,3})\s{0,1}(?:-|—|–|～|~|至|到)\s{0,1}(\d{1,3})\s{0,1}周?岁"
_AGE_BANDS = regex_cache.compile(
    r"((?:" + _BAND + r"、){1,8})(\d{1,3})\s{0,1}周?岁(?:及|以|和)以?上(?:的)?(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:数)?\s{0,1}$")
_BAND_RE = regex_cache.compile(_BAND)
BAND_REACH = 80  # characters before 分别为 the bands are named in
TOTAL_REACH = 300  # characters before the bands where the noun's count is stated


def age_bands_total(text: str, all_items: list[Item], idx: int, mark_start: int) -> Optional[Item]:
    """The count that age bands named before 分别为 (at ``mark_start``; its first part ``all_items[idx]``) split,
    when they run from 0 without gap or overlap to an open end (60岁及以上): the nearest figure before them whose
    label names their noun (年末全县户籍人口为112635人 for …户籍人口分别为…), in the same paragraph; else None."""
    lo = max(0, mark_start - BAND_REACH)
    m = _AGE_BANDS.search(text, lo, mark_start)
    if not m:
        return None
    bands = [(int(a), int(b)) for a, b in _BAND_RE.findall(m.group(1))]
    edges = [lo_ for lo_, _ in bands] + [int(m.group(4))]
    if bands[0][0] != 0 or any(b + 1 != nxt for (_, b), nxt in zip(bands, edges[1:])):
        return None  # not from 0, or a gap or an overlap: a selection of ages, no partition
    noun = m.group("noun")
    floor = max(text.rfind("\n", 0, m.start()), m.start() - TOTAL_REACH)
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < floor:
            return None
        if cand.q.end <= m.start() and noun in cand.raw_label and cand.q.unit == all_items[idx].q.unit \
                and not cand.q.comparator and not is_change(text, cand):
            return cand
    return None
