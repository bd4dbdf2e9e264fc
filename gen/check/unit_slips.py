"""Money figures of a breakdown whose unit was typed wrong (元 for 万元), found once per report.

"共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80元" lists three parts of one sum in
万元 and one in 元. Read as written the parts do not make the total; read in the siblings' unit
(9.80万元) they make it exactly. The unit of that one part was typed wrong (元 for 万元), the
reverse of W026's 万 without 元. Read only where it is plain: a breakdown (breakdowns.py: a whole,
then 其中/包括 and its parts) of at least three money parts, all but one in one unit, a whole in
that same unit, the parts as written not making any whole, and the odd part read in the others'
unit making one. When every part is in 元 under a whole in 万元, the same holds for all of them: the
parts read in the whole's unit make it exactly (two parts suffice, the sum to the last digit being the
proof); when the parts are all in 万元 and the whole alone in 元, it is the whole that lost its 万.
A part that truly is small (39万元 and 2696元 of 39.2696万元) makes its total as written and is left alone.
Where a whole and its first parts add up as printed, to the last digit, but their units differ (收入88435元，其中：
税收收入39029元……非税收入49406万元), the figures in the unit the text seldom uses lost their 万: no chance makes such
a sum (read only where the text plainly keeps one unit of money, twice as often as any other).

N042 reports each slip. The sum and share rules (N001, N004, N009, N014) read the same breakdown in
the units as written and would each report the one slip again, as a total its parts exceed, a share of
858391% or a sum that does not close: they leave alone a figure whose unit is a slip found here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ..core.numbers import tolerance
from .breakdowns import Measure, breakdowns
from .context import CheckContext
from .numbers_text import Item, closes, items, money_slack


@dataclass(frozen=True)
class Slip:
    """Where a unit slip is reported (the figure, or the first of parts all in the wrong unit), why, the
    figure as it should read when that is one figure, and every figure whose unit is wrong."""

    item: Item
    message: str
    fixed: Optional[str]
    figures: tuple[Item, ...]


def _odd_part(parts: tuple[Item, ...]) -> Optional[tuple[Item, str, Decimal]]:
    """The one part whose unit of money differs from all the others', the others' unit, and what one
    unit of it is in 万元; None unless every other part shares one unit."""
    units = Counter(p.q.unit for p in parts)
    if len(units) != 2 or len(parts) < 3:
        return None
    (unit, n), (odd_unit, n_odd) = units.most_common()
    if n_odd != 1:
        return None
    odd = next(p for p in parts if p.q.unit == odd_unit)
    sibling = next((p for p in parts if p.q.unit == unit and p.q.value != 0), None)
    if sibling is None or sibling.money is None or odd.money is None:
        return None
    return odd, unit, sibling.money / sibling.q.value


def _judge(m: Measure) -> Optional[Slip]:
    if m.key != "money" or any(p.money is None for p in m.parts):
        return None
    found = _odd_part(m.parts)
    if found is None:
        return None
    odd, unit, per_unit = found
    wholes = [w for w in m.wholes if w.money is not None]
    written = sum((p.money for p in m.parts), Decimal(0))  # type: ignore[misc]
    slack = money_slack(m.parts)
    if any(closes(written, w.money, slack + money_slack([w])) for w in wholes):  # type: ignore[arg-type]
        return None
    reread = written - odd.money + odd.q.value * per_unit  # type: ignore[operator]
    reread_slack = slack + tolerance(odd.q.decimals) * per_unit
    whole = next((w for w in reversed(wholes) if w.q.unit == unit
                  and closes(reread, w.money, reread_slack + money_slack([w]))), None)  # type: ignore[arg-type]
    if whole is None:
        return None
    fixed = odd.q.raw[: len(odd.q.raw) - len(odd.q.unit)] + unit
    return Slip(odd, f"各分项中只有“{odd.q.raw}”以“{odd.q.unit}”为单位，按所写单位相加合不上总数{whole.q.raw}，"
                   f"按“{unit}”计正好相符，应为“{fixed}”。", fixed, (odd,))


def _judge_all(m: Measure) -> Optional[Slip]:
    """Every part in one unit (元) and the whole in another (万元): the parts as written make no whole,
    read in the whole's unit they make it exactly. Reported on the first part, naming them all."""
    if m.key != "money" or len(m.parts) < 2 or any(p.money is None for p in m.parts):
        return None
    units = {p.q.unit for p in m.parts}
    wholes = [w for w in m.wholes if w.money is not None and w.q.value != 0]
    if len(units) != 1 or not wholes:
        return None
    written = sum((p.money for p in m.parts), Decimal(0))  # type: ignore[misc]
    slack = money_slack(m.parts)
    if any(closes(written, w.money, slack + money_slack([w])) for w in wholes):  # type: ignore[arg-type]
        return None
    listed = sum((p.q.value for p in m.parts), Decimal(0))
    for w in reversed(wholes):
        if w.q.unit in units:
            continue
        per_unit = w.money / w.q.value  # type: ignore[operator]
        if closes(listed * per_unit, w.money, slack + money_slack([w]) + sum(  # type: ignore[arg-type]
                (tolerance(p.q.decimals) * per_unit for p in m.parts), Decimal(0))):
            first, unit = m.parts[0], next(iter(units))
            shown = "、".join(f"“{p.q.raw}”" for p in m.parts)
            if first.q.value and per_unit < first.money / first.q.value:  # type: ignore[operator]
                # the whole in 元 under parts in 万元: the slip (万 dropped) is the whole's, once
                fixed = w.q.raw[: len(w.q.raw) - len(w.q.unit)] + unit
                return Slip(w, f"总数“{w.q.raw}”以“{w.q.unit}”为单位，其各分项{shown}都以“{unit}”为单位，"
                               f"按“{unit}”计正好相符，总数应为“{fixed}”。", fixed, (w,))
            return Slip(first, f"各分项{shown}都以“{unit}”为单位，合不上总数{w.q.raw}，按“{w.q.unit}”计正好相符，"
                           f"分项的单位应为“{w.q.unit}”。", None, tuple(m.parts))
    return None


def _judge_mixed(m: Measure, usual: Optional[str]) -> Optional[Slip]:
    """A whole and its parts whose figures as printed add up to the last digit (88435 = 39029 + 49406) while their
    units differ (元, 万元): no chance makes that sum, the units are the slip. The figures in the unit the text
    seldom uses (元 in a text of 万元) are told, on the first of them."""
    if m.key != "money" or len(m.parts) < 2 or usual is None or any(p.money is None for p in m.parts):
        return None
    for w in reversed([w for w in m.wholes if w.money is not None and w.q.value != 0]):
        # the first parts that make it (a page that lost a full stop runs the next sentence's figures on)
        k = next((k for k in range(2, len(m.parts) + 1)
                  if sum((p.q.value for p in m.parts[:k]), Decimal(0)) == w.q.value), None)
        figures = (w, *m.parts[:k]) if k else ()
        units = {f.q.unit for f in figures}
        if len(units) != 2 or usual not in units:
            continue
        odd = tuple(f for f in figures if f.q.unit != usual)
        shown = "＝".join((w.q.raw, "＋".join(p.q.raw for p in figures[1:])))
        return Slip(odd[0], f"总数与各分项的数字按同一单位正好相加（{shown}），单位却不一致："
                            f"{'、'.join(f'“{f.q.raw}”' for f in odd)}应为“{usual}”，请核对。", None, odd)
    return None


def unit_slips(ctx: CheckContext) -> list[Slip]:
    """Every unit slip of the report's breakdowns (memoised on the context)."""
    def build(c: CheckContext) -> list[Slip]:
        out = []
        money = Counter(it.q.unit for it in items(c) if it.money is not None).most_common(2)
        # the text's own unit of money, where it plainly has one (twice as often as any other)
        usual = money[0][0] if money and (len(money) == 1 or money[0][1] >= 2 * money[1][1]) else None
        for b in breakdowns(c):
            for m in b.measures:
                slip = _judge(m) or _judge_all(m) or _judge_mixed(m, usual)
                if slip is not None:
                    out.append(slip)
        return out
    return ctx.memo("unit_slips", build)


def slipped(ctx: CheckContext) -> frozenset[int]:
    """Start offsets of the figures whose unit is a slip: other rules leave a sum or share read through them."""
    return ctx.memo("unit_slips.starts", lambda c: frozenset(f.q.start for s in unit_slips(c) for f in s.figures))


def read_through_slip(ctx: CheckContext, bd) -> bool:
    """Whether a figure of breakdown ``bd`` (a whole or a part) has its unit typed wrong."""
    starts = slipped(ctx)
    return any(f.q.start in starts for m in bd.measures for f in (*m.wholes, *m.parts))
