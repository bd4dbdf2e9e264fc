"""A period's two dates run into one figure after 自/从 (自20121120121227止): W004's readings of a lost 年月日.

A report states the span its figures cover ("统计期限自2012年1月1日至2012年12月27日止"); drawn apart from its
characters in a PDF's or a form's copy, the span keeps only its digits: the 年, 月, 日 and the 至 between the two
dates are lost and both dates run into one figure. After 自 or 从 and before 止, 起, 至 or 以来 no count or amount
stands bare (counts and amounts take their unit: 从2000人增至…, 自2000万元起), so a figure there that opens with a
year and whose remaining digits read as a month and a day, or as a month and a day, a second year and its month
and day, is a date that lost its marks. Kept apart from gen.check.lost_dates, which reads one date at a time.
"""

from __future__ import annotations

from typing import Iterator, Optional

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from .lost_dates import FOUR_DIGITS, Reading, month_day_options

# 自/从, then a year and three to twelve more digits (two would be a month alone: 自201912起), then the span's close; the digits are split by hand below.
_GLUED_SPAN = regex_cache.compile(
    rf"(?<=[自从])({FOUR_DIGITS})(\d{{3,12}})(?![\d.．%])(?=[ \u3000]{{0,2}}(?:止|为止|起|至|到|以来|开始))")
_YEAR = regex_cache.compile(FOUR_DIGITS)


def _second_dates(rest: str) -> set[str]:
    """Readings of ``rest`` as a month and a day, a second year, and its month and day (1120121227: 1月1日, 2012年12月27日)."""
    found = set()
    for k in (2, 3, 4):
        head, year, tail = rest[:k], rest[k:k + 4], rest[k + 4:]
        if 2 <= len(tail) <= 4 and _YEAR.fullmatch(year):
            found |= {f"{a}至{year}年{b}" for a in month_day_options(head) for b in month_day_options(tail)}
    return found


def _readings(year: str, rest: str) -> tuple[set[str], bool]:
    """The dates ``year`` + ``rest`` may be (each without its leading year), and whether they are a span of two."""
    if len(rest) <= 4:
        return month_day_options(rest), False
    return _second_dates(rest), True


def readings(text: str) -> Iterator[Reading]:
    for m in near_needles(_GLUED_SPAN, text):
        year, rest = m.groups()
        options, span = _readings(year, rest)
        if not options:
            continue  # 从200000至…: no month and day in the digits, an amount or a code
        meant: Optional[str] = None
        shown = "或".join(f"“{year}年{o}”" for o in sorted(options))
        if len(options) == 1:
            meant = f"{year}年{next(iter(options))}"
        what = "两个日期的“年”“月”“日”和中间的“至”" if span else "日期的“年”“月”“日”"
        yield (m.start(), m.end(), f"“{m.group()}”是{what}丢失后连成的一串数字，应写作{shown}，请核对。", meant)
