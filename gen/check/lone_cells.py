"""A form copied from a web page one cell per line, each cell closed by its bar.

Some sites turn a self-evaluation form's table into lines of one cell each:
"年度部门(单位)总体运行情况及取得的成绩 |", then the value cell on the next line
("一、群文活动出成效；1.……"). The value cell's numbered text is that cell's own
list, not a heading of the report: the outline (gen.check.headings) leaves it out.
A row of several cells ("| a | b |") is no lone cell, so a heading right after a
pipe table is still read.
"""

from __future__ import annotations

from ..core import regex_cache
from .context import Span

# One cell on its line, closed by its bar: some text, no other bar.
_LONE_CELL = regex_cache.compile(r"[^|]*[^|\s][^|]*\|\s*")


def after_lone_cell(paras: list[Span], i: int) -> bool:
    """Whether paragraph ``i`` follows a line that is one cell closed by a bar ("取得的成绩 |")."""
    before = next((p for p in reversed(paras[:i]) if p.text.strip()), None)
    return before is not None and _LONE_CELL.fullmatch(before.text) is not None
