"""Whether a paragraph is a row of a table, not running text (gen.check.headings leaves such rows out).

A form copied out of a document or web page keeps its grid as cells set off by tabs, or by pipes
("一、财政拨款收入 | 1 | 625.58 | 一、一般公共服务支出 | 28 |"): the first cell of such a row counts the
rows (一、二、 down a column); it is no heading of the outline.
"""

from __future__ import annotations

from .context import Span


def table_row(text: str, span: Span, tabs: bool) -> bool:
    """Whether ``span`` of ``text`` is a table row: its line holds a tab (``tabs``: the text holds one),
    or it has two or more filled cells set off by pipes. A heading the page set in a row of its own
    ("一、项目基本情况 | | |", the other cells empty) stays a heading."""
    if tabs:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        if "\t" in text[line_start : line_end if line_end >= 0 else len(text)]:
            return True
    if span.text.count("|") < 2:
        return False
    return sum(1 for cell in span.text.split("|") if cell.strip()) >= 2
