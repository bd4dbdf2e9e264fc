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

from ..core import regex_cache
from .context import Span

# One cell on its line, closed by its bar: some text (not blanks only, checked apart), no other bar.
_LONE_CELL = regex_cache.compile(r"([^|\n]{1,400})\|[ \t\u3000]{0,8}")
# A row of the form's grid with its cells emptied: bars only.
_BARS = regex_cache.compile(r"[ \t\u3000]{0,8}\|[| \t\u3000]{0,400}")


def _lone_cell(line: str) -> bool:
    m = _LONE_CELL.fullmatch(line)
    return m is not None and bool(m.group(1).strip())


def after_lone_cells(paras: list[Span]) -> frozenset[int]:
    """Indexes of the paragraphs that follow a line that is one cell closed by a bar ("取得的成绩 |"), itself
    after a row of bars or another such cell: one pass, the last two lines with text kept."""
    out: set[int] = set()
    last = before = None  # the texts of the last two paragraphs with text, nearest first
    for i, p in enumerate(paras):
        if last is not None and before is not None and last.rstrip().endswith("|") and _lone_cell(last) \
                and (_BARS.fullmatch(before) is not None or _lone_cell(before)):
            out.add(i)
        if p.text.strip():
            last, before = p.text, last
    return frozenset(out)
