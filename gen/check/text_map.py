"""A text with some characters removed, and the way back to where each character stood.

Two views of a report drop characters: the analysis text drops the line breaks
PDF extraction leaves inside sentences (:mod:`gen.check.read_lines`), and the
unspaced view drops the stray blanks inside Chinese words
(:mod:`gen.check.unspaced`). Both map offsets back with one sparse map: it
keeps only the places where characters were dropped, so it costs memory by
gap, not by character (a million-character text with a few hundred joined
lines keeps a few hundred numbers), and an offset maps back by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Gaps:
    """Where characters were dropped from a text, in offsets of the text without them (the view)."""

    at: tuple[int, ...] = ()  # view offsets where characters were dropped (before the character there)
    shifts: tuple[int, ...] = (0,)  # characters dropped before each gap, cumulated: shifts[k] covers at[:k]

    @property
    def dropped(self) -> int:
        """How many characters the view lacks."""
        return self.shifts[-1]

    def source(self, i: int) -> int:
        """The original offset of the view's character at ``i`` (a span's start)."""
        return i + self.shifts[bisect_right(self.at, i)]

    def source_end(self, e: int) -> int:
        """The original offset just past the view's character at ``e - 1`` (a span's exclusive end)."""
        return self.source(e - 1) + 1 if e > 0 else 0

    def span(self, s: int, e: int) -> tuple[int, int]:
        """A view span (start, exclusive end) as an original one."""
        return self.source(s), self.source_end(e)

    def straddles(self, s: int, e: int) -> bool:
        """Whether the view span s..e has dropped characters inside it (not at its edges)."""
        k = bisect_right(self.at, s)
        return k < len(self.at) and self.at[k] < e

    def gap_before(self, i: int) -> bool:
        """Whether characters were dropped right before the view's character at ``i``."""
        k = bisect_right(self.at, i)
        return k > 0 and self.at[k - 1] == i


def drop(text: str, runs: Iterable[tuple[int, int]]) -> tuple[str, Gaps]:
    """``text`` without the characters of ``runs`` ((start, end) spans, in order, not overlapping), and the map back.

    With nothing to drop, the text itself comes back (the same object: callers
    that remember what they read of a text know it by identity).
    """
    parts: list[str] = []
    at: list[int] = []
    shifts = [0]
    pos = 0
    for s, e in runs:
        if s == e:
            continue
        parts.append(text[pos:s])
        if at and s == pos:  # right after the last run: one gap
            shifts[-1] += e - s
        else:
            at.append(s - shifts[-1])
            shifts.append(shifts[-1] + e - s)
        pos = e
    if not at:
        return text, Gaps()
    parts.append(text[pos:])
    return "".join(parts), Gaps(tuple(at), tuple(shifts))
