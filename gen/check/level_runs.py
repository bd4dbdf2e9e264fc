"""How a heading level's numbers run on across its parent's sections (S001's readings, apart from its outline pass).

A level may take the next number of an upper level (（二） then 3.: the upper level's run written with the wrong mark),
number its items through its parent's sections (（一）1.–12., （二）13.: one run, a style), or a colon's list may take
its own title's level (一、2018年度工作计划, 内容如下：, 一、做好基础工作).
"""

from __future__ import annotations

from .headings import LEVEL_NAMES, standard_mark
from .lost_numbers import lost_numbers


MIN_CONTINUED = 3  # （一）（二） then 3.: a 2. after （一） is more often a level that lost its 1.


def continued_level(ctx, h, last: dict[int, int], last_at: dict[int, int]) -> int:
    """The upper level whose next number ``h`` (opening its own level at 3 or more) takes: （二） then 3.;
    else 0. Not when items that lost their number stand between (the level's own 1. and 2.)."""
    if h.number < MIN_CONTINUED:
        return 0
    upper = next((u for u in sorted(last, reverse=True) if u < h.level and last[u] == h.number - 1), 0)
    if upper and any(last_at[upper] < x.start < h.start for x in lost_numbers(ctx)):
        return 0
    return upper


def run_goes_on(h, continuing: dict[int, tuple[int, int]], last_at: dict[int, int]) -> bool:
    """``h`` follows a heading of its level that continued an upper level's numbers, under the same upper heading."""
    upper, at = continuing.get(h.level, (0, -1))
    return bool(upper) and last_at.get(upper) == at


def continuing_message(h, upper: int, first: bool = True) -> str:
    what = f"{LEVEL_NAMES[upper]}“{standard_mark(upper, h.number - 1)}”" if first else f"上一级{LEVEL_NAMES[upper]}"
    return f"{LEVEL_NAMES[h.level]}“{h.mark}”接续{what}的编号，层级混乱，应为“{standard_mark(upper, h.number)}”。"


def own_title_above(h, prev, previous, last_h) -> bool:
    """The heading right above ``h`` is its level's 一、 too, the title its colon's list stands under (一、2018年度工作计划,
    its lead-in 内容如下：, then 一、做好基础工作 二、…): the list takes its own title's level, told as a repeat below."""
    return h.number == prev == 1 and previous is not None and previous is last_h.get(h.level)
