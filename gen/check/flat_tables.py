"""Funds tables flattened to text: a header's words, then its figures, in no reliable order.

A 自评表 copied out of a PDF or a web page often loses its grid: the header
cells (年初预算数 全年预算数 全年执行数 分值 执行率 得分) come out on one line
followed by the figures, or every cell on a line of its own, and cells of
merged rows land wherever the extractor put them. Column positions cannot be
trusted, so the rows cannot be rebuilt (tables.py leaves such text alone). What
can be trusted: the rate printed there is B/A of two amounts printed in the
same block. Rows the table reader did rebuild are left to the B rules. This module finds the blocks and their figures; rule N015 judges
the printed rates by the amounts around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.quantities import Quantity
from .context import CheckContext

# A budget word, an actual word and a rate word, in this order, with no figure between them.
_HEADER = re.compile(
    r"(?:年初预算数|全年预算数|调整后预算数|预算数)[^\d%％]{0,40}?"
    r"(?:全年执行数|执行数|实际支出数|决算数)[^\d%％]{0,40}?(?:预算执行率|执行率)"
)
MAX_CELL_LINE = 24  # a line holding one cell of a table flattened one cell per line
MAX_CELL_LINES = 40
MAX_ROW_LINE = 200
_ALIGNED_ROW = re.compile(r"\d(?: {2,}|\u3000+)\S")  # figures separated by runs of spaces
MAX_BLOCK = 700  # characters after the header read as its block


@dataclass(frozen=True)
class FlatBlock:
    header_start: int
    header: str  # the header's words, up to the first figure (column order: 分值 执行率 得分)
    start: int  # first character after the header
    end: int
    amounts: tuple[Quantity, ...]  # figures without % (amounts, 分值, 得分: the order is lost)
    rates: tuple[Quantity, ...]  # percentages printed in the block, no comparator
    figures: tuple[Quantity, ...]  # every figure of the block, in text order


def _block_end(text: str, start: int) -> int:
    """The rest of the header's line when figures follow on it; else the lines below it that
    hold one cell (short) or a row of figures (space-aligned), up to the first line of prose."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    if re.search(r"\d", text[start:line_end]):
        return min(line_end, start + MAX_BLOCK)
    pos, lines = line_end, 0
    while pos < len(text) and lines < MAX_CELL_LINES:
        nxt = text.find("\n", pos + 1)
        nxt = len(text) if nxt == -1 else nxt
        line = text[pos + 1:nxt].strip()
        if len(line) > MAX_CELL_LINE and not (_ALIGNED_ROW.search(line) and len(line) <= MAX_ROW_LINE):
            break
        pos, lines = nxt, lines + 1
    return min(pos, start + MAX_BLOCK)


def in_table(ctx: CheckContext, pos: int) -> bool:
    """``pos`` lies in a table the table reader rebuilt (the B rules judge its cells)."""
    return any(t.start <= pos <= t.end for t in ctx.tables)


def flat_blocks(ctx: CheckContext) -> list[FlatBlock]:
    """Every flattened funds block (memoised): tables the table reader could not rebuild."""

    def build(c: CheckContext) -> list[FlatBlock]:
        out: list[FlatBlock] = []
        for m in _HEADER.finditer(c.text):
            if out and m.start() < out[-1].end:
                continue
            end = _block_end(c.text, m.end())
            nxt = _HEADER.search(c.text, m.end(), end)
            end = nxt.start() if nxt else end
            figures = [q for q in c.quantities if m.end() <= q.start < end and not q.comparator]
            amounts = tuple(q for q in figures if q.unit in ("", "万元", "元") and q.value >= 0)
            rates = tuple(q for q in figures if q.unit == "%")
            words = c.text[m.start():figures[0].start if figures else end]
            out.append(FlatBlock(m.start(), words, m.end(), end, amounts, rates, tuple(figures)))
        return out

    return ctx.memo("flat_blocks", build)
