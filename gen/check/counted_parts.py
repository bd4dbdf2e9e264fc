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
from ..core.chinese_numerals import count_value
from ..core.regex_needles import finditer as near_needles
from .numbers_text import Item, comparable
from .textspans import last_mark

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
        n = count_value(count)
        if n != len(parts) or n < 2 or total.q.unit == "%" or total.q.comparator:
            continue
        if all(p.q.unit != "%" and not p.q.comparator and comparable(total, p) for p in parts):
            yield total, parts, n


# "……门球场维修费4.76万元。9个项目共计36.97万元": the list's own sentence ends, and the next one counts its
# items and gives their total. The count must equal the number of figures in the sentence before.
_COUNTED_TOTAL = regex_cache.compile(
    r"。[ \u3000]{0,2}(?:以上|上述|共)?(?P<n>[\d一二两三四五六七八九十]{1,3})(?:个|项)(?:项目|单位|村|乡镇)?"
    r"(?:共计|合计|总计|共)(?:为|是)?[ \u3000]{0,2}(?=\d)"
)


def counted_total_after(text: str, all_items: list[Item]) -> Iterator[tuple[Item, list[Item], int]]:
    """(total, parts, count) of each list whose next sentence counts its items and states their total."""
    for m in near_needles(_COUNTED_TOTAL, text):
        idx = _index_after(all_items, m.end())
        if idx >= len(all_items) or all_items[idx].q.start != m.end():
            continue
        total = all_items[idx]
        start = last_mark(text, "。\n", m.start()) + 1
        parts = all_items[_index_after(all_items, start):_index_after(all_items, m.start())]
        raw = m.group("n")
        n = count_value(raw)
        if not n or n < 2 or n != len(parts) or total.q.unit == "%" or total.q.comparator:
            continue
        if all(p.q.unit != "%" and not p.q.comparator and comparable(total, p) for p in parts):
            yield total, parts, n
