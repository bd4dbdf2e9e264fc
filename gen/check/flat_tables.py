"""The fallback reading of a flattened funds table: its figures as a loose bag, in no reliable order.

A 自评表 copied out of a PDF or a web page often loses its grid: the header
cells (年初预算数 全年预算数 全年执行数 分值 执行率 得分) come out on one line
followed by the figures, or every cell on a line of its own. flat_funds.py finds
these headers and reads the rows after them when every row's count of figures
fits the header. Where no row layout fits (cells of merged rows landed wherever
the extractor put them, a cell was dropped), column positions cannot be trusted,
but one thing can: a rate printed there is B/A of two amounts printed in the
same block. This module gives those blocks as a bag of figures, for the headers
that name a budget, an actual and a rate column in this order; rules N015 and
N019 judge them only there. Rows the table reader rebuilt are left to the B rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core import regex_cache
from ..core.quantities import Quantity
from .context import CheckContext
from .flat_funds import FlatHeader, flat_headers

MAX_CELL_LINE = 24  # a line holding one cell of a table flattened one cell per line
MAX_CELL_LINES = 40
MAX_ROW_LINE = 200
_ALIGNED_ROW = regex_cache.compile(r"\d(?: {2,}|\u3000+)\S")  # figures separated by runs of spaces
MAX_BLOCK = 700  # characters after the header read as its block


@dataclass(frozen=True)
class FlatBlock:
    header_start: int
    roles: tuple[str, ...]  # the header's column roles, in order (budget, actual, weight, rate, score …)
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


def _rate_header(header: FlatHeader) -> bool:
    """A budget column, then an actual column, then a rate column: what B/A needs."""
    kinds = header.roles
    budget = kinds.index("budget") if "budget" in kinds else len(kinds)
    actual = next((i for i in range(budget, len(kinds)) if kinds[i] == "actual"), len(kinds))
    return "rate" in kinds[actual:]


def flat_blocks(ctx: CheckContext) -> list[FlatBlock]:
    """The loose blocks (memoised): after each rate header whose rows flat_funds.py could not read."""

    def build(c: CheckContext) -> list[FlatBlock]:
        out: list[FlatBlock] = []
        heads = [h for h in flat_headers(c) if _rate_header(h)]
        for i, head in enumerate(heads):
            if head.block is not None or (out and head.start < out[-1].end):
                continue
            end = _block_end(c.text, head.end)
            end = min([end] + [h.start for h in heads[i + 1:] if h.start >= head.end])
            figures = [q for q in c.quantities if head.end <= q.start < end and not q.comparator]
            amounts = tuple(q for q in figures if q.unit in ("", "万元", "元") and q.value >= 0)
            rates = tuple(q for q in figures if q.unit == "%")
            out.append(FlatBlock(head.start, head.roles, head.end, end, amounts, rates, tuple(figures)))
        return out

    return ctx.memo("flat_blocks", build)
