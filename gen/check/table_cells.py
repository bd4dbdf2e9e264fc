"""Paragraphs that are cells of a table flattened one cell per line, not headings.

A 收入支出决算总表 copied out of a web page loses its grid and prints each cell on a line of its own; its
row labels count 一、二、 down two columns in turn, which the outline (gen.check.headings) must not read as
headings numbered twice.
"""

from __future__ import annotations

from ..core import regex_cache
from .context import Span

# A cell that is one figure: a 行次 ("14"), an amount ("2273.58", "1,234.5"), a rate ("95%").
_FIGURE_CELL = regex_cache.compile(r"-?\d[\d,，]{0,14}(?:[.．]\d{1,4})?%?")


def row_label(paras: list[Span], i: int) -> bool:
    """Whether paragraph ``i`` is the label of a table row flattened one cell per line.

    A 收入支出决算总表 copied out of a web page loses its grid: "一、财政拨款收入", then its 行次 "1"
    and its amount "2273.58" each on a line of their own, then the next row ("一、一般公共服务支出" of the
    支出 column). Its labels count 一、二、 down two columns in turn; they are cells, not headings. A
    heading is followed by text, at most by one stray figure (a PDF's page number), never by two.
    Some exports keep each cell's pipe ("一、一般公共服务支出 |" / "516.39 |" / "|"): a line closed by its pipe
    between two lines closed by theirs is a cell too.
    """
    if i + 1 >= len(paras):
        return False
    first = paras[i + 1].text.lstrip()
    # most headings are followed by text: a cell that is a figure starts with a digit or a minus
    if i + 2 < len(paras) and (first[:1].isdigit() or first[:1] == "-") \
            and all(_FIGURE_CELL.fullmatch(_cell(c.text)) for c in paras[i + 1 : i + 3]):
        return True
    # cells that keep their pipe ("一、一般公共服务支出 |", "516.39 |", "|"): a line between two such lines
    return i > 0 and "|" in paras[i].text and all(paras[j].text.rstrip().endswith("|") for j in (i - 1, i, i + 1))


def _cell(text: str) -> str:
    """A flattened cell's text without the pipe a web table's export leaves after it ("675.82 |")."""
    return text.strip().rstrip("|").rstrip()
