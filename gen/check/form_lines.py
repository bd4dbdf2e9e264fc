"""A 自评表 run together into one line: its column headers with no break between them.

A document site or a careless copy flattens a self-evaluation form into one
line: the funds header (年初预算数全年预算数全年执行数, 全年预算数(A)全年执行数(B)),
the goal columns (年初绩效目标…实际完成情况), then every cell's text and figure
with nothing between them. Neighbouring cells meet there by chance: the same
word ends one cell and opens the next (动物资 | 资源), and the budget and the
actual of a row glue into one four-digit figure (20 | 20 → 2020) that reads
like a year. Wording rules leave such a line's joins alone.
"""

from __future__ import annotations

from ..core import regex_cache

RUN_TOGETHER = regex_cache.compile(r"(?:年初|全年)预算数[^\n]{0,12}?全年执行数|年初绩效目标[^\n]{0,20}?实际完成")


def form_run_together(line: str) -> bool:
    """Whether ``line`` holds a 自评表's column headers run together (see the module's doc)."""
    return RUN_TOGETHER.search(line) is not None
