"""Breakdowns told in parallel clauses: a whole stated in two measures, then its parts.

Reports break a whole down by grade or by item, each part stated in the same
measures as the whole::

    安排项目共计113个，资金3267.28万元。其中评价为“优”的项目79个、资金3038.38万元；
    “良”的11个、201.9万元；“中”的3个、7万元；“差”的20个、218.07万元。

Whether a "其中" list is complete cannot be read from one measure (a list may
name only some parts). With two measures it can: when the parts' counts add up
exactly to the stated count, the list is complete, so the amounts must add up
to the stated amount too — and the other way round. Shares that add up to
100% (“占80%；……占15%；……占5%”) prove the same. A list introduced by 包括 or
主要用于, or by 其中 opening a new sentence, is also judged in one measure: its
parts may fall short of the whole but cannot exceed every whole stated before
it. A figure stated as a change (较上年减少132.76万元) is never a whole, and 此外/另外
ends the list (what follows is another matter). This module finds such statements; rule N014 judges them. Parenthesised
asides ("（其中……）") are sub-breakdowns of one part and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from .context import CheckContext
from .numbers_text import Item, item_starts, items

_SENTENCE_END = "。！？\n"
# A share of the breakdown's own whole: 占15%, 占比15% (not 占全省的15%, a share of another whole).
_UNNAMED_SHARE = regex_cache.compile(r"占(?:比|比例|比重)?(?:为|是|达)?\s{0,2}$")
# Words that introduce the parts of the figure before them.
_MARKER = regex_cache.compile(r"其中(?:包括|含)?|(?:主要)?包括|主要用于")
# Words inside a list that break down the part just before them ("公务接待费b元，具体是国内接待费c元"): the
# list ends there, as at a second 其中. They do not open a breakdown of their own (the part's whole is not sure).
_NESTED = regex_cache.compile(r"其中(?:包括|含)?|(?:主要)?包括|主要用于|具体(?:是|为|包括)")
# A part whose words say it is not a sibling of the others (a use of the money, a subset).
_NOT_SIBLING = regex_cache.compile(r"用于|含|包括|其中|主要|分别|累计|新增|增加|减少|增长|下降|较上年|同比|调增|调减")
# A figure stated as a change ("较上年减少132.76万元"): the difference, never the whole its parts make.
_CHANGE_FIGURE = regex_cache.compile(r"(?<!新)(?:增加|减少|增长|下降|提高|降低|上升|减|调增|调减|增收|减收|短收|超收)了?\s{0,2}$")
# Words that open another matter after the list ("……占100%，此外，使用结转结余0.48万元"), or restate the whole
# after its parts ("……下达6.5万元，合计下达…13.5万元"): the list ends there.
_LIST_OVER = regex_cache.compile(r"此外|另外|[，,；;](?:合计|共计|总计)")
_ASIDE = regex_cache.compile(r"[（(][^（()）]{0,200}[）)]")
# Blank, or a lead that only announces the list (……9.62万元。明细如下，其中：……), between a sentence's start and 其中.
_LEAD_GAP = regex_cache.compile(r"^[\s：:，,]{0,4}(?:(?:明[细細]|具[体體]|分项)(?:情况)?如下[\s：:，,]{0,4})?$")
MIN_PARTS = 2
MAX_TAIL = 600  # characters after 其中 read as one breakdown
MAX_HEAD = 400  # characters before it read as the sentence stating the whole


@dataclass(frozen=True)
class Measure:
    """One measure of a breakdown: the whole's candidate figures and one figure per part."""

    key: str  # "money", "%" (shares of the whole, which is then 100) or the counting unit (个, 项, 人)
    wholes: tuple[Item, ...]  # figures of this measure stated before 其中, last one nearest (none for "%")
    parts: tuple[Item, ...]



@dataclass(frozen=True)
class Breakdown:
    at: int  # offset of 其中 (or 包括, 主要用于)
    marker: str
    opens_sentence: bool  # the whole is in the sentence before ("……万元。其中……")
    measures: tuple[Measure, ...]
    siblings: bool  # no amount's or share's words mark it as a use or a subset of another (N014's one-measure check)

    @property
    def same_sentence_qizhong(self) -> bool:
        """其中 in the whole's own sentence: N004 already judges one measure there."""
        return self.marker.startswith("其中") and not self.opens_sentence


def _key(it: Item) -> Optional[str]:
    if it.q.comparator:
        return None
    if it.q.unit == "%":
        return "%" if _UNNAMED_SHARE.search(it.raw_label) else None
    return "money" if it.money is not None else it.q.unit


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after 。！？ or a line break; at most MAX_HEAD back)."""
    i, lo = pos, max(0, pos - MAX_HEAD)  # bounded, so text without full stops stays linear
    while i > lo and text[i - 1] not in _SENTENCE_END:
        i -= 1
    return i


def _sentence_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + MAX_TAIL)
    i = pos
    while i < hi and text[i] not in _SENTENCE_END:
        i += 1
    return i


def _head_span(text: str, at: int) -> tuple[int, int, bool]:
    """The words 其中 breaks down: its own sentence before it, or the sentence before when
    其中 opens a sentence ("……3267.28万元。其中……"); and whether it opens one."""
    start = sentence_start(text, at)
    if _LEAD_GAP.match(text[start:at]) and start > 0 and text[start - 1] in "。！？":
        return sentence_start(text, start - 1), start, True
    return start, at, False


def _in_aside(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + m.start(), lo + m.end()) for m in _ASIDE.finditer(text[lo:hi])]


# What a part's own spending is labelled right after it (……万元，已支出……万元).
_EXECUTED = regex_cache.compile(r"(?:目前)?(?:已|已经|实际)(?:支出|拨付|使用|支付|到位|下达)(?:了|资金)?")


def _parts(tail: list[Item]) -> Optional[list[dict[str, Item]]]:
    """The tail's figures grouped into parts: a part starts at each figure of the first
    figure's measure. None when a part states one measure twice (ambiguous)."""
    keyed = [(k, it) for it in tail if (k := _key(it)) is not None]
    if not keyed:
        return None
    lead = keyed[0][0]
    groups: list[dict[str, Item]] = []
    for k, it in keyed:
        if groups and _EXECUTED.fullmatch(it.raw_label.strip(" ，,\u3000")):
            continue  # 中央财政资金224.86万元，已支出224.86万元: the part's spending, not a part
        if k == lead:
            groups.append({})
        if k in groups[-1]:
            return None
        groups[-1][k] = it
    return groups


def _between(all_items: list[Item], starts: list[int], lo: int, hi: int) -> list[Item]:
    """The figures starting in [lo, hi): ``starts`` are their offsets, in order."""
    return all_items[bisect_left(starts, lo):bisect_left(starts, hi)]


def _outer_semicolon(text: str, lo: int, hi: int) -> int:
    """The first semicolon in text[lo:hi] outside brackets (one inside "（…；…）" parts an aside); -1 if none."""
    depth = 0
    for i in range(lo, hi):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in "；;" and depth == 0:
            return i
    return -1


def _comma_list_end(text: str, all_items: list[Item], starts: list[int], at: int, end: int) -> int:
    """Where a list whose items are parted by commas ends: at the first semicolon after them.

    "其中：基本支出a万元，项目支出b万元；年末结转结余c万元。": commas part the list's items, so
    the semicolon, a stronger break, closes the list and what follows is another matter. When the
    clause before the semicolon holds a single part ("其中：基本支出a万元，占60%；项目支出b万元，
    占40%"), the semicolon itself parts the items and the list runs on.
    """
    semi = _outer_semicolon(text, at, end)
    if semi == -1:
        return end
    asides = _in_aside(text, at, semi)
    keys = [k for it in _between(all_items, starts, at, semi)
            if not any(a <= it.q.start < b for a, b in asides) and (k := _key(it)) is not None]
    return semi if keys and keys.count(keys[0]) >= MIN_PARTS else end


def _breakdown(ctx: CheckContext, all_items: list[Item], starts: list[int], marker: re.Match) -> Optional[Breakdown]:
    text = ctx.text
    at = marker.start()
    h0, h1, opens = _head_span(text, at)
    end = _sentence_end(text, at)
    nested = _NESTED.search(text, marker.end(), end)
    end = nested.start() if nested else end  # a second marker breaks down one part: not this list
    over = _LIST_OVER.search(text, marker.end(), end)
    end = over.start() if over else end
    end = _comma_list_end(text, all_items, starts, at, end)
    asides = _in_aside(text, at, end)
    head = _between(all_items, starts, h0, h1)
    tail = [it for it in _between(all_items, starts, at, end) if not any(a <= it.q.start < b for a, b in asides)]
    groups = _parts(tail)
    if groups is not None and any("%" in g for g in groups):
        # a part of nothing may go without its share (……上缴上级支出0万元，占0%；经营支出0万元。): it adds nothing
        groups = [g for g in groups if "%" in g or any(it.value for it in g.values())]
    if groups is None or len(groups) < MIN_PARTS:
        return None
    measures = []
    for key in groups[0]:
        wholes = tuple(it for it in head if _key(it) == key and not _CHANGE_FIGURE.search(it.raw_label))
        if (wholes or key == "%") and all(key in g for g in groups):
            measures.append(Measure(key, wholes, tuple(g[key] for g in groups)))
    if not measures:
        return None
    # counts beside the amounts (……团组0个，累计0人次) say nothing of whether the amounts are siblings
    siblings = not any(_NOT_SIBLING.search(it.raw_label.split(marker.group(0))[-1]) for it in tail
                       if it.money is not None or it.q.unit == "%")
    return Breakdown(at, marker.group(0), opens, tuple(measures), siblings)


def breakdowns(ctx: CheckContext) -> list[Breakdown]:
    """Every breakdown with at least two parts and a whole (memoised on the context)."""

    def build(c: CheckContext) -> list[Breakdown]:
        all_items = items(c)
        starts = item_starts(c)
        found = (_breakdown(c, all_items, starts, m) for m in near_needles(_MARKER, c.text))
        return [b for b in found if b is not None]

    return ctx.memo("breakdowns", build)
