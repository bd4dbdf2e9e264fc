"""A total followed by its parts and their count: "总预算X万元，由A a万元和B b万元两部分组成".

The count after the parts says the list is complete, so the parts must make the total (N004 judges
them). Which total and which parts: the total is the figure just before the last opener (由, 包括,
分为 …) ahead of the count, the parts the figures between the opener and the count; the count must
equal the number of parts, and every part must be comparable with the total.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from ..core import regex_cache
from ..core.chinese_numerals import parse_chinese_numeral
from ..core.regex_needles import finditer as near_needles
from .numbers_text import Item, comparable

_COUNT_AFTER = regex_cache.compile(r"[两二三四五六七八九2-9](?:大类|类|个部分|部分|个方面|方面)(?:资金|经费|支出)?(?:组成|构成)?")
_OPENS_PARTS = regex_cache.compile(r"由|包括|分为|分成|含")


def _index_after(all_items: list[Item], pos: int) -> int:
    return bisect_left(all_items, pos, key=lambda it: it.q.start)


def counted_lists(text: str, all_items: list[Item]) -> Iterator[tuple[Item, list[Item], int]]:
    """(total, parts, count) of each total followed by its parts and their count."""
    for m in near_needles(_COUNT_AFTER, text):
        idx = _index_after(all_items, m.start())
        if idx < 3:
            continue
        last = all_items[idx - 1]
        opener = None
        for o in _OPENS_PARTS.finditer(text, last.seg_start, m.start()):
            opener = o  # the last opener before the count: the parts follow it
        if opener is None:
            continue
        before = _index_after(all_items, opener.start())
        if before == 0 or all_items[before - 1].q.start < last.seg_start:
            continue
        total = all_items[before - 1]
        parts = [it for it in all_items[before:idx] if it.q.start >= opener.end()]
        count = m.group(0)[0]
        n = int(count) if count.isdigit() else parse_chinese_numeral(count)
        if n != len(parts) or n < 2 or total.q.unit == "%" or total.q.comparator:
            continue
        if all(p.q.unit != "%" and not p.q.comparator and comparable(total, p) for p in parts):
            yield total, parts, n
