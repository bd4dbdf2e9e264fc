"""The one number layer shared by the generator and the checker.

Whatever the generator prints with :func:`format_amount` or :func:`format_percent`
the checker reads back with :func:`extract_quantities` and judges with
:func:`agrees`, so the two directions can never drift apart.

All arithmetic is on :class:`~decimal.Decimal`; rounding is half-up and happens
in exactly one place, :func:`round_half_up`.

This module is the arithmetic and printing half: rounding, ratios, the
printed forms, and whether a printed figure agrees with a recomputed one.
Reading figures out of text is :mod:`gen.core.quantities` (Chinese numerals in
:mod:`gen.core.chinese_numerals`), indicator targets :mod:`gen.core.targets`:
separate jobs with their own patterns, kept apart so none grows past a screenful
of concerns.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterable

from .number_style import NumberStyle, current_style, trim_zeros

AMOUNT_PLACES = 2
PERCENT_PLACES = 2

_HUNDRED = Decimal(100)


def to_decimal(value: object) -> Decimal | None:
    """Return ``value`` as a finite Decimal, or None for missing/NaN/infinite."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        d = value
    else:
        try:
            d = Decimal(str(value).replace(",", "").strip())
        except (InvalidOperation, ValueError):
            return None
    return d if d.is_finite() else None


# 1, 0.1, 0.01 …: the quantum of each number of places, made once (rounding runs for every figure checked).
_QUANTA = {places: Decimal(1).scaleb(-places) for places in range(13)}


def _quantum(places: int) -> Decimal:
    found = _QUANTA.get(places)
    return Decimal(1).scaleb(-places) if found is None else found


def round_half_up(value: Decimal, places: int) -> Decimal:
    """Round half-up to ``places`` decimals: the project's only rounding."""
    return value.quantize(_quantum(places), rounding=ROUND_HALF_UP)


def truncate(value: Decimal, places: int) -> Decimal:
    return value.quantize(_quantum(places), rounding=ROUND_DOWN)


def ratio_percent(part: object, whole: object) -> Decimal | None:
    """``part / whole`` as a percentage rounded to PERCENT_PLACES; None if undefined."""
    p, w = to_decimal(part), to_decimal(whole)
    if p is None or w is None or w == 0:
        return None
    return round_half_up(p / w * _HUNDRED, PERCENT_PLACES)


def change_percent(current: object, previous: object) -> Decimal | None:
    """Year-on-year change in percent of ``previous``; None when previous is 0 or missing."""
    c, p = to_decimal(current), to_decimal(previous)
    if c is None or p is None or p == 0:
        return None
    return round_half_up((c - p) / abs(p) * _HUNDRED, PERCENT_PLACES)


def _group_thousands(digits: str) -> str:
    out = []
    for i, ch in enumerate(reversed(digits)):
        if i and i % 3 == 0:
            out.append(",")
        out.append(ch)
    return "".join(reversed(out))


def _format_fixed(value: Decimal, places: int, grouping: bool) -> str:
    v = round_half_up(value, places)
    sign = "-" if v < 0 else ""
    text = f"{abs(v):.{places}f}"
    if grouping:
        whole, _, frac = text.partition(".")
        text = _group_thousands(whole) + ("." + frac if frac else "")
    return sign + text


def format_amount(value: object, places: int = AMOUNT_PLACES, style: NumberStyle | None = None) -> str:
    """Money in 万元 in the report's number style: ``325,399.34``, ``2229.03``, ``900``."""
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少金额数据，无法输出")
    style = style or current_style()
    text = _format_fixed(d, places, grouping=style.thousands_separator)
    return trim_zeros(text, style.amount_decimals)


def format_percent(value: object, style: NumberStyle | None = None) -> str:
    """A percentage rounded to two decimals, trailing zeros as the style says: ``92.80%``, ``92.8%``, ``99%``.

    Dropping zeros keeps the printed value exact: ``92.8%`` is printed only when
    the two-decimal value is 92.80, which the checker reads with the tolerance of
    one decimal, and the recomputed value rounds to it.
    """
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少百分比数据，无法输出")
    style = style or current_style()
    text = _format_fixed(d, PERCENT_PLACES, grouping=False)
    return trim_zeros(text, style.percent_decimals) + "%"


def format_count(value: object) -> str:
    """Whole counts (people, items): no separators, as the seeds write 166703剂次."""
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少数量数据，无法输出")
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def format_score(value: object) -> str:
    """A score with the precision it was given (89.995 stays 89.995; 90.0 prints 90).

    Never rounded: a rounded score could cross a rating floor (89.995 -> 90 优)
    while its rating, taken from the score as given, says 良.
    """
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少分数数据，无法输出")
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def rating_for(score: object, scale: str | None = None) -> str | None:
    """The rating of ``score`` as given on the scale named ``scale`` (glossary/scales/; the national
    优/良/中/差 when None); None without a score.

    The one rating function: generator, 自评表, facts, batch summary and the N007 rule call it.
    """
    from .scales import scale as scale_named  # the scales are data; loaded on first use

    d = to_decimal(score)
    if d is None:
        return None
    return scale_named(scale).rating(d)


# --------------------------------------------------------------------------
# Whether a printed figure agrees with a recomputed one
# --------------------------------------------------------------------------


def agrees(stated: Decimal, decimals: int, computed: Decimal) -> bool:
    """True when ``computed`` printed at the stated precision gives ``stated``.

    Like statcheck: a value printed with two decimals is right if the recomputed
    value rounds (half-up) or truncates to it.
    """
    return round_half_up(computed, decimals) == stated or truncate(computed, decimals) == stated


def tolerance(decimals: int) -> Decimal:
    """Half a unit in the last printed place."""
    return Decimal(5).scaleb(-(decimals + 1))


def written_tolerance(raw: str) -> Decimal:
    """Half a unit in the last place of a numeral as written (``93.8`` → 0.05)."""
    return tolerance(len(raw.partition(".")[2]))


def ratio_percent_exact(part: object, whole: object) -> Decimal | None:
    """``part / whole`` in percent, unrounded; None if undefined.

    The checker judges a printed percentage against this exact value *and*
    against :func:`ratio_percent`, so that a figure the generator rounded once
    to two decimals and a figure a person rounded straight to the printed
    precision both read back as agreeing (no double-rounding false alarms).
    """
    p, w = to_decimal(part), to_decimal(whole)
    if p is None or w is None or w == 0:
        return None
    return p / w * _HUNDRED


def percent_agrees(stated: Decimal, decimals: int, part: object, whole: object) -> bool:
    """True when ``part / whole`` printed at the stated precision gives ``stated``."""
    if type(part) is Decimal and type(whole) is Decimal and type(stated) is Decimal and type(decimals) is int \
            and part.is_finite() and whole.is_finite() and stated.is_finite():
        return _percent_agrees_decimal(stated, decimals, part, whole)
    return _percent_agrees(stated, decimals, part, whole)


@lru_cache(maxsize=16384)
def _percent_agrees_decimal(stated: Decimal, decimals: int, part: Decimal, whole: Decimal) -> bool:
    """:func:`percent_agrees` of finite Decimals, remembered per process: on one 500,000-character
    text the checker asks it about 5,000 times, of some 2,500 distinct questions (the share and
    truncated-share rules judge the same claims), each costing two divisions and four roundings.
    The answer depends on the values alone (numerically equal Decimals give equal quotients and
    roundings; no code changes the decimal context), so keys equal but for trailing zeros may share it."""
    return _percent_agrees(stated, decimals, part, whole)


def percent_agrees_within(stated: Decimal, decimals: int, part: Decimal, whole: Decimal, part_step: Decimal,
                          whole_step: Decimal) -> bool:
    """:func:`percent_agrees`, or ``stated`` within the range the operands' own rounding leaves (half a unit of each
    one's last printed place, ``*_step``): 办结301.2万件 of 301.5万件 may be any rate from 99.83% to 99.93%, so 99.89%
    told from the unrounded counts agrees. Whole numbers are exact (steps of 0) and add no range; so are amounts of
    money (the caller's choice: 37.05万元 is the account's figure, and a rate off by its last digit is a slip)."""
    if percent_agrees(stated, decimals, part, whole):
        return True
    if not (part_step or whole_step) or whole - whole_step <= 0:
        return False
    low = (part - part_step) / (whole + whole_step) * 100
    high = (part + part_step) / (whole - whole_step) * 100
    return low - tolerance(decimals) <= stated <= high + tolerance(decimals)


def _percent_agrees(stated: Decimal, decimals: int, part: object, whole: object) -> bool:
    exact = ratio_percent_exact(part, whole)
    if exact is None:
        return False
    rounded = ratio_percent(part, whole)
    return agrees(stated, decimals, exact) or (rounded is not None and agrees(stated, decimals, rounded))


def sum_tolerance(decimals: Iterable[int]) -> Decimal:
    """Rounding slack of a sum compared with a total: half a unit in the last printed
    place of every figure involved. Whole numbers are taken as exact (counts of people,
    items): they add no slack, so 3＋4 against 8 is wrong, not "within rounding"."""
    return sum((tolerance(d) for d in decimals if d > 0), Decimal(0))


def sum_agrees(total: Decimal, summed: Decimal, decimals: Iterable[int]) -> bool:
    """True when printed parts adding up to ``summed`` can be the rounded parts of ``total``.

    Each figure rounded half-up is off by less than half a unit in its last place
    (and at most half a unit for one of them), so the printed sum and the printed
    total differ by strictly less than :func:`sum_tolerance`: six two-decimal
    figures may differ by 0.02, never by 0.03. Whole numbers are exact.
    """
    diff = abs(total - summed)
    return diff == 0 or diff < sum_tolerance(decimals)
