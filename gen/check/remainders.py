"""A sum that closes only within its parts' rounding: the 尾差 a published table adjusts.

Every figure printed to two decimals in one unit (a zero part aside, a one-decimal part read as two), the parts add to the whole give or take a cent or two
(874.20 for 874.21): each figure is right as rounded, so no rule calls the sum wrong, but a reviewer marks the
remainder and a published table is expected to adjust it so that its parts add up. N009 (a sum identity) and
N014 (a 其中 breakdown) report it as a hint through :func:`remainder`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional, Sequence

REMAINDER_MAX = Decimal("0.02")
# What the hint asks of the report, said alike by N009 and N014.
ADVICE = "这是分项各自四舍五入的尾差，公开时宜调整尾差，使合计与分项相符。"


def remainder(whole, parts: Sequence) -> Optional[tuple[Decimal, Decimal]]:
    """(the gap, the parts' sum) where ``parts`` make ``whole`` only within rounding: all printed to two decimals in
    the whole's unit, the gap more than nothing and at most REMAINDER_MAX; else None."""
    # a part of nothing (教育支出0万元) is exact however written; 718.5 beside two-decimal amounts is 718.50
    figures = [p for p in parts if p.q.value]
    if whole.q.decimals != 2 or len(figures) < 2 or any(f.q.decimals not in (1, 2) or f.q.unit != whole.q.unit
                                                        for f in figures):
        return None
    made = sum((p.q.value for p in parts), Decimal(0))
    gap = abs(made - whole.q.value)
    return (gap, made) if gap and gap <= REMAINDER_MAX else None
