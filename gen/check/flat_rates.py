"""The 执行率 of each row of a flattened funds block, judged by the row's own amounts.

flat_funds.py reads the rows; this module says, once for B003 and N015, whether a
row's printed rate is B/A of its own actual over one of its budgets (either
rounded or truncated to the printed places), a rounding slip of one unit in the
last place (N015), or wrong (B003).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from ..core.numbers import percent_agrees, ratio_percent, round_half_up
from .flat_funds import FundsBlock, FundsCell, FundsRow
from .tables import Number


@dataclass(frozen=True)
class RowRate:
    """A row's 执行率 cell (a percentage) and B/A of the row's own amounts, one per non-zero budget column."""

    row: FundsRow
    cell: FundsCell
    operands: tuple[tuple[FundsCell, FundsCell], ...]  # (actual, budget) cells
    ratios: tuple[Decimal, ...]  # exact B/A × 100 of each pair of operands
    verdict: str  # "ok" (some B/A gives it, or 100% capping a B/A above 100), "slip" (one unit of its last place off), "wrong"


def row_rates(block: FundsBlock) -> Iterator[RowRate]:
    """Each row's 执行率 judged by its own amounts: B003 reports the wrong ones, N015 the rounding slips."""
    actual = next((i for i, role in enumerate(block.roles) if role == "actual"), None)
    budgets = [i for i, role in enumerate(block.roles[:block.amount_columns]) if role == "budget"]
    for row in (block.total, *block.sources):
        cell = block.rate_cell(row)
        if cell is None or actual is None or len(row.cells) < block.amount_columns or row.cells[actual].number is None:
            continue
        operands = tuple((row.cells[actual], row.cells[i]) for i in budgets
                         if row.cells[i].number is not None and row.cells[i].number.value != 0)  # type: ignore[union-attr]
        if cell.number is None or not cell.number.percent or not operands:
            continue
        pairs = [(b.number.value, a.number.value) for b, a in operands]  # type: ignore[union-attr]
        ratios = tuple(b / a * Decimal(100) for b, a in pairs)
        yield RowRate(row, cell, operands, ratios, _verdict(cell.number, pairs, ratios))


def _verdict(stated: Number, pairs: list, ratios: tuple[Decimal, ...]) -> str:
    if any(percent_agrees(stated.value, stated.decimals, b, a) for b, a in pairs):
        return "ok"
    if stated.value == 100 and any(r > 100 for r in ratios):
        return "ok"  # spent above the budget, printed capped at 100%
    unit = Decimal(1).scaleb(-stated.decimals)
    rounded = [round_half_up(ratio_percent(b, a), stated.decimals) for b, a in pairs]  # type: ignore[arg-type]
    return "slip" if any(abs(r - stated.value) <= unit for r in rounded) else "wrong"
