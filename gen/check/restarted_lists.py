"""A report's last section whose title lost its number, found where the list under the one before it restarts.

一、 and 二、 with 1. and 2. under 二、, then a short title line ("招生办法") right before a new 1. and 2., and no
heading of 二、's level after it: the title opens 三、, its items counting afresh. An unnumbered sub-title of 二、
would be followed by 三、 somewhere, not by the end of the text (or of its part). Read for gen.check.lost_numbers.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from .context import CheckContext, Span
from .headings import Heading, numbering, part_starts, standard_mark
from .section_titles import NOT_SECTION, SECTION_TITLE

RESTART_TITLE_MAX = 10  # characters of the title line before a restarted list that is taken for the lost section


def restarted_lists(ctx: CheckContext, paras: list[Span], outline: list[Heading],
                    after: list[Optional[Heading]]) -> list[tuple[int, int, str, int, int]]:
    """(start, end, the mark lost, the previous sibling's number, the restarted 1.'s start) for each short title
    line right before a list that restarts at 1. (after 1., 2.), under the last heading of its level (``after``:
    each heading's next of its level or above)."""
    out = []
    starts = [p.start for p in paras]
    parts = part_starts(ctx)
    for n in range(1, len(outline) - 1):
        x, prev, nxt = outline[n], outline[n - 1], outline[n + 1]
        if x.number != 1 or prev.level != x.level or prev.number < 2 or nxt.level != x.level or nxt.number != 2:
            continue
        k = n - 1
        while k >= 0 and outline[k].level >= x.level:
            k -= 1
        if k < 0 or outline[k].number < 2 or outline[k].form == "lone" or after[k] is not None \
                or any(p > outline[k].start for p in parts):
            continue
        i = bisect_right(starts, x.start) - 2  # the paragraph right before the restarted 1.
        if i < 0 or paras[i].start <= prev.start:
            continue
        text = paras[i].text.strip()
        if (len(text) > RESTART_TITLE_MAX or not SECTION_TITLE.fullmatch(text) or NOT_SECTION.search(text)
                or numbering(text)):
            continue
        parent = outline[k]
        out.append((paras[i].start, paras[i].end, standard_mark(parent.level, parent.number + 1), parent.number, x.start))
    return out
