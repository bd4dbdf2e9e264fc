"""Levels written upside down, for S001: a （1） item with a 1、 list under it, then （2） with its own 1、 list.

The order of levels is 一、 （一） 1. （1）. When a report nests a 1、 list under each （n） item, the 1、 list
clears the （n） level by rank, and the next （n） would look like a level that skipped its first number;
this state, kept beside S001's pass over the outline, sees the run go on across the nested list so that
S001 reports the inversion once, on the first （1）, and not each （n） as a gap.
"""

from __future__ import annotations


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
