"""Items numbered 1. 2. standing where the next first-level numbers are due, shared by S018 (which
reports them) and S001 (which then does not report the gap they seem to leave).

A contents or an outline of a 决算 note runs 一、 二、 … line after line. When
some of its entries were typed (or pasted) as "1." "2." instead of "七、" "八、",
the first-level run goes on after them at the number it would have reached had
they been numbered: 六、, then "1. 政府性基金……", "2. 国有资本……", then 九、.
That arithmetic is the tell: a true sub-list under 六、 is followed by 七、, not
by 九、, and a lost section leaves a gap that no list fills exactly. The skip
from 六、 to 九、 is the same defect seen from the next heading, so it is
reported once, on the items (S018), and S001 leaves the gap alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache
from .context import CheckContext
from .headings import numbering, standard_mark

_PAGE_ONLY = regex_cache.compile(r"\d{1,3}")


@dataclass(frozen=True)
class SlotItem:
    start: int  # the item's mark
    mark_end: int
    mark: str  # as written ("1.")
    before: str  # the first-level mark above the run ("六、")
    after: str  # the first-level mark below it ("九、")
    expected: str  # the mark it should carry ("七、")


def _lines(ctx: CheckContext) -> list:
    """The paragraphs that carry text, bare page numbers (a contents' entry broken over two lines) left out."""
    # a page number is three characters at most: longer lines are kept without trying the pattern
    return [p for p in ctx.paragraphs if (line := p.text.strip()) and not (len(line) <= 3 and _PAGE_ONLY.fullmatch(line))]


def _run_after(lines: list, i: int) -> Optional[int]:
    """The number of 1.-level items numbered 1 … k in the lines right after line ``i``, when the line after
    them is a first-level item; else None."""
    k = 0
    j = i + 1
    while j < len(lines):
        h = numbering(lines[j].text)
        if h is None:
            return None
        if h.level == 3 and h.number == k + 1:
            k += 1
            j += 1
            continue
        return k if h.level == 1 and k else None
    return None


def _compute(ctx: CheckContext) -> list[SlotItem]:
    lines = _lines(ctx)
    found: list[SlotItem] = []
    for i, line in enumerate(lines):
        h = numbering(line.text)
        if h is None or h.level != 1:
            continue
        k = _run_after(lines, i)
        if k is None:
            continue
        nxt = numbering(lines[i + k + 1].text)
        if nxt.number != h.number + k + 1:
            continue
        for n in range(1, k + 1):
            item = lines[i + n]
            got = numbering(item.text)
            found.append(SlotItem(item.start + got.start, item.start + got.mark_end, got.mark.strip(),
                                  h.mark.strip(), nxt.mark.strip(), standard_mark(1, h.number + n)))
    return found


def slot_items(ctx: CheckContext) -> list[SlotItem]:
    """Every 1.-numbered item standing in a first-level slot, in document order (cached per context)."""
    return ctx.memo("slot_items", _compute)
