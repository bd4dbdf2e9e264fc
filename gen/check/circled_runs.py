"""Lists numbered with circled digits (① ② ③) that skip a number, for S001.

The outline's levels (一、 （一） 1. （1）) are read by gen.check.headings; a
list under a 1. item is often numbered ① ② ③ at the start of its lines
(①局机关内设科室, ②下属单位, ③派出机构). When one item lost its ② (the line
kept only its text), the run goes from ① to ③. It is reported only when the
skipped numbers appear nowhere between the two items (not inside a line either:
a PDF may run an item into the line before it) and no numbered heading stands
between them (a new heading may start a new list).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.text_pairs import may_hold_any
from .context import CheckContext
from .headings import numbering

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MAX_LINES = 12  # lines between two items of one list; further apart they are two lists


@dataclass(frozen=True)
class CircledSkip:
    start: int  # the line before the mark after the gap (the lost item stands before it)
    end: int  # the end of the mark after the gap
    before: str  # the mark before the gap (①)
    got: str  # the mark after it (③)
    missing: str  # the first mark skipped (②)


def circled_skips(ctx: CheckContext) -> list[CircledSkip]:
    """Each item numbered with a circled digit whose number skips past the item before it."""
    if not may_hold_any(ctx.text, CIRCLED[:3]):
        return []  # no list numbered so: most texts, answered without reading lines
    found: list[CircledSkip] = []
    prev = None  # (number, paragraph index, end of its mark)
    paras = ctx.paragraphs
    for i, p in enumerate(paras):
        body = p.text.lstrip(" \t\u3000")
        if not body:
            continue
        if body[0] not in CIRCLED:
            if numbering(p.text) is not None:
                prev = None  # a numbered heading between: the list after it is another
            continue
        n = CIRCLED.index(body[0]) + 1
        at = p.start + len(p.text) - len(body)
        if prev is not None and n > prev[0] + 1 and i - prev[1] <= MAX_LINES:
            between = ctx.text[prev[2]:at]
            if not any(CIRCLED[k - 1] in between for k in range(prev[0] + 1, n)):
                # from the line before the mark after the gap: the item that lost its number stands between
                lo = next((q.start for q in reversed(paras[prev[1] + 1:i]) if q.text.strip()), at)
                found.append(CircledSkip(lo, at + 1, CIRCLED[prev[0] - 1], body[0], CIRCLED[prev[0]]))
        prev = (n, i, at + 1)
    return found
