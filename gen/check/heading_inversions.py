"""Levels written upside down, for S001: a （1） item with a 1、 list under it, then （2） with its own 1、 list.

The order of levels is 一、 （一） 1. （1）. When a report nests a 1、 list under each （n） item, the 1、 list
clears the （n） level by rank, and the next （n） would look like a level that skipped its first number;
this state, kept beside S001's pass over the outline, sees the run go on across the nested list so that
S001 reports the inversion once, on the first （1）, and not each （n） as a gap. The same pass sees a level
counted afresh under a 1. that stands for a lost 一、 (in_upper_slot, also read by S012), and a run whose first
item took a lower level's mark ((1) then (二) (三)).
"""

from __future__ import annotations

from bisect import bisect_right

from .finding import Finding
from .headings import LEVEL_NAMES, headings, standard_mark


def in_upper_slot(ctx, at: int) -> bool:
    """Does the heading at ``at`` stand where a 一、 heading was lost (一、部门情况 … 1.收入预算说明 （一）… 三、)? The
    first-level headings around it skip one number: it is that heading, misnumbered, and the （一） items under it
    are rightly one level down (S001 reports the skip and the misnumbered title)."""
    uppers = ctx.memo("upper_numbers", lambda c: [(h.start, h.number) for h in headings(c) if h.level == 1 and h.form != "bare"])
    k = bisect_right(uppers, (at, 0))
    return 0 < k < len(uppers) and uppers[k][1] == uppers[k - 1][1] + 2


def _first_in_lower_mark(h, previous) -> bool:
    """A （二） right after a （1） with no （一） before it: the first item took a lower level's bracketed mark
    ((1)水环境质量 (二)大气环境质量 (三)环境安全), its siblings the right one."""
    return (h.number == 2 and previous is not None and previous.number == 1 and previous.level > h.level
            and h.mark.lstrip()[:1] in "(（" and previous.mark.lstrip()[:1] in "(（")


class Inversions:
    """Levels written upside down: a deeper level's item ("(1)资金到位情况") with a higher level's list
    under it ("1、…2、…3、"), then that deeper level's next item ("(2)资金使用情况") with the higher list
    restarting under it. The higher list cleared the deeper level by rank; the next item shows it was the
    parent all along. ``shadow``: level -> (its last number, its first heading of the run, the level nested under it)."""

    def __init__(self):
        self.shadow: dict[int, tuple[int, object, int]] = {}
        self.run_first: dict[int, object] = {}  # level -> the first heading of its current run
        self.reported: set[int] = set()

    def see(self, h, previous) -> None:
        """Before ``h`` updates the levels: forget shadows ``h`` closes, open one when ``h`` (a 1) nests
        right under a deeper level's item."""
        for level, (_, _, nested) in list(self.shadow.items()):
            if h.level < nested or (h.level > nested and h.level != level):
                del self.shadow[level]
        if h.number == 1 and previous is not None and previous.level > h.level and previous.form != "bare":
            first = self.run_first.get(previous.level, previous)
            self.shadow[previous.level] = (previous.number, first, h.level)

    def step(self, ctx, h, previous, last: dict, rule):
        """``see``, then set ``last`` right where the count of ``h``'s level starts afresh or goes on unseen: a （一）
        under a 1. that stands for a lost 二、 (in_upper_slot) counts anew; a （二） right after a （1） (no （一）
        before) counts on from that （1）, which is reported."""
        self.see(h, previous)
        if h.level in last and h.number == 1 and previous.level > h.level and in_upper_slot(ctx, previous.start):
            del last[h.level]
        elif h.level not in last and _first_in_lower_mark(h, previous):
            last[h.level] = 1
            yield Finding(previous.start, previous.mark_end, rule.code, rule.severity,
                          f"同级序号混用：“{previous.mark.strip()}”之后的同级各项是“{h.mark.strip()}”起的"
                          f"{LEVEL_NAMES[h.level]}，这一项应为“{standard_mark(h.level, 1)}”。")

    def resolves(self, h):
        """(the first heading of the deeper run, the level nested under it) when ``h`` continues that run
        across the higher list nested under it; else None."""
        got = self.shadow.pop(h.level, None)
        if got is None or got[0] != h.number - 1:
            return None
        return got[1], got[2]

    def note(self, h, prev) -> None:
        if prev is None or h.number == 1:
            self.run_first[h.level] = h
