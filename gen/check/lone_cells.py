"""A form copied from a web page one cell per line, each cell closed by its bar.

Some sites turn a self-evaluation form's table into lines of one cell each:
"年度部门(单位)总体运行情况及取得的成绩 |", then the value cell on the next line
("一、群文活动出成效；1.……"). The value cell's numbered text is that cell's own
list, not a heading of the report: the outline (gen.check.headings) leaves it out.
A row of several cells ("| a | b |") is no lone cell, so a heading right after a
pipe table is still read; and the label cell must itself stand in such a form, after
a row of bars (||||) or another lone cell: a page's chrome closed by a stray bar
("来源：某管理处 |") is no form, and the heading after it is the report's.
"""

from __future__ import annotations

from itertools import islice

from ..core import regex_cache
from .context import Span

# One cell on its line, closed by its bar: some text (not blanks only, checked apart), no other bar.
_LONE_CELL = regex_cache.compile(r"([^|\n]{1,400})\|[ \t\u3000]{0,8}")
# A row of the form's grid with its cells emptied: bars only.
_BARS = regex_cache.compile(r"[ \t\u3000]{0,8}\|[| \t\u3000]{0,400}")


def _lone_cell(line: str) -> bool:
    m = _LONE_CELL.fullmatch(line)
    return m is not None and bool(m.group(1).strip())


def after_lone_cell(paras: list[Span], i: int) -> bool:
    """Whether paragraph ``i`` follows a line that is one cell closed by a bar ("取得的成绩 |")."""
    lines = list(islice((p.text for p in (paras[j] for j in range(i - 1, -1, -1)) if p.text.strip()), 2))
    if len(lines) < 2 or not _lone_cell(lines[0]):
        return False
    return _BARS.fullmatch(lines[1]) is not None or _lone_cell(lines[1])
