"""The 执行率 of each row of a flattened funds block, judged by the row's own amounts.

flat_funds.py reads the rows; this module says, once for B003, N011 and N015,
whether a row's printed rate is B/A of its own actual over one of its budgets
(either rounded or truncated to the printed places), a rounding slip of one unit
in the last place (N015), or wrong (B003). A rate printed as a bare ratio
(0.958 for 95.8%, tables.rate_percent) is judged as the percentage it stands for; a bare figure under a
header that prints the % (执行率(%) over 100 or 0) is that percentage.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from ..core.numbers import format_percent, percent_agrees, ratio_percent, round_half_up
from .flat_funds import FundsBlock, FundsCell, FundsRow
from .tables import rate_percent


@dataclass(frozen=True)
class RowRate:
    """A row's 执行率 cell (a percentage) and B/A of the row's own amounts, one per non-zero budget column."""

    row: FundsRow
    cell: FundsCell
    operands: tuple[tuple[FundsCell, FundsCell], ...]  # (actual, budget) cells
    ratios: tuple[Decimal, ...]  # exact B/A × 100 of each pair of operands
    verdict: str  # "ok" (some B/A gives it, or 100% capping a B/A above 100), "slip" (one unit of its last place off), "wrong"
    value: Decimal  # the printed rate as a percentage (0.958 → 95.8)
    decimals: int  # its places as a percentage (0.958 → 1)
    fraction: bool = False  # printed as a bare ratio (0.958), not with %

    def shown(self, percent: Decimal) -> str:
        """A percentage written the way this cell writes its rate: 95.9% or 0.959."""
        if self.fraction:
            return str(round_half_up(percent, self.decimals).scaleb(-2))
        return format_percent(percent)


def row_rates(block: FundsBlock) -> Iterator[RowRate]:
    """Each row's 执行率 judged by its own amounts: B003 reports the wrong ones, N015 the rounding slips."""
    actual = next((i for i, role in enumerate(block.roles) if role == "actual"), None)
    budgets = [i for i, role in enumerate(block.roles[:block.amount_columns]) if role == "budget"]
    rows = [(row, block.rate_cell(row)) for row in (block.total, *block.sources)]
    with_percent = any(cell is not None and cell.number is not None and cell.number.percent for _, cell in rows)
    for row, cell in rows:
        if cell is None or actual is None or len(row.cells) < block.amount_columns or row.cells[actual].number is None:
            continue
        operands = tuple((row.cells[actual], row.cells[i]) for i in budgets
                         if row.cells[i].number is not None and row.cells[i].number.value != 0)  # type: ignore[union-attr]
        printed = rate_percent(cell.number, with_percent) if cell.number is not None else None
        fraction = cell.number is not None and not cell.number.percent
        if printed is None and block.percent_header and cell.number is not None and not cell.number.unit:
            printed = cell.number.value, cell.number.decimals  # 执行率(%) over a bare 100 or 0: a percentage
            fraction = False
        if printed is None or not operands:
            continue
        pairs = [(b.number.value, a.number.value) for b, a in operands]  # type: ignore[union-attr]
        ratios = tuple(b / a * Decimal(100) for b, a in pairs)
        value, places = printed
        yield RowRate(row, cell, operands, ratios, _verdict(value, places, pairs, ratios), value, places, fraction)


def _verdict(value: Decimal, places: int, pairs: list, ratios: tuple[Decimal, ...]) -> str:
    if any(percent_agrees(value, places, b, a) for b, a in pairs):
        return "ok"
    if value == 100 and any(r > 100 for r in ratios):
        return "ok"  # spent above the budget, printed capped at 100%
    unit = Decimal(1).scaleb(-places)
    rounded = [round_half_up(ratio_percent(b, a), places) for b, a in pairs]  # type: ignore[arg-type]
    return "slip" if any(abs(r - value) <= unit for r in rounded) else "wrong"
