"""The total row of a 自评表's funds block flattened with no blank between its figures.

Some PDF copies lose every separator of the funds block, header and figures alike:

    …全年执行数分值执行率得分年度资金总额593.27593.27448.641076%10其中:…

The three amounts each print two decimals, so the points split them
unambiguously (593.27 | 593.27 | 448.64). The digits before % hold the 分值 and
the 执行率 run together (10 | 76); the split is the one whose rate is the
row's own 全年执行数 ÷ 全年预算数 at its printed precision, and the figure
after % is the 得分. A row read any other way (no two-decimal amounts, no
split or two splits that fit, a header in another order) is left alone. The
flat_funds reader needs blanks between cells; this is its gap-free case, read
by N019 the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from ..core import regex_cache
from ..core.numbers import agrees
from ..core.quantities import Quantity, parse_number
from .context import CheckContext

# The header's last three columns 分值 执行率 得分 (blanks removed) just before the total row's name,
# then three two-decimal amounts, the 分值 and 执行率 digits, %, and the 得分.
_ROW = regex_cache.compile(
    r"分值[ \t\u3000]{0,2}执行率[ \t\u3000]{0,2}得分[ \t\u3000]{0,2}(?:年度)?资金总额[:：]?[ \t\u3000]{0,2}"
    r"(?P<a>\d{1,7}\.\d\d)(?P<b>\d{1,7}\.\d\d)(?P<c>\d{1,7}\.\d\d)(?P<wr>\d{2,6}(?:\.\d{1,2})?)%"
    r"(?P<s>\d{1,3}(?:\.\d{1,2})?)(?![\d.%])"
)


@dataclass(frozen=True)
class GluedRow:
    weight: Quantity
    rate: Quantity
    score: Quantity
    true_rate: Decimal  # 全年执行数 ÷ 全年预算数 × 100


def _quantity(raw: str, start: int) -> Quantity:
    """A figure of the row read as the number layer reads one: no unit, its span in the text."""
    value, decimals = parse_number(raw)  # type: ignore[misc]  # the row's pattern admits digits and one point only
    return Quantity(value, decimals, "", start, start + len(raw), raw)


def _split(digits: str, start: int, true_rate: Decimal) -> list[tuple[Quantity, Quantity]]:
    """(分值, 执行率) splits of the glued digits (at ``start``) whose rate is the row's true rate as printed."""
    out = []
    whole = digits.split(".")[0]
    for k in range(1, min(3, len(whole) - 1) + 1):
        if digits[k] == "0" and not digits[k:].startswith("0."):
            continue
        w, r = _quantity(digits[:k], start), _quantity(digits[k:], start + k)
        if 0 < w.value <= 100 and agrees(r.value, r.decimals, true_rate):
            out.append((w, r))
    return out


def glued_rows(ctx: CheckContext) -> Iterable[GluedRow]:
    """Every gap-free total row whose 分值 and 执行率 split one way only."""
    if "资金总额" not in ctx.text:
        return
    for m in _ROW.finditer(ctx.text):
        budget, actual = Decimal(m.group("b")), Decimal(m.group("c"))
        if budget <= 0:
            continue
        true_rate = actual / budget * 100
        splits = _split(m.group("wr"), m.start("wr"), true_rate)
        if len(splits) == 1:
            w, r = splits[0]
            yield GluedRow(w, r, _quantity(m.group("s"), m.start("s")), true_rate)
