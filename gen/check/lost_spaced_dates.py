"""Dates that lost 年 and 月 but kept the blanks where they stood (统计期限自 2012 1 1日起至 2012 12 31日止).

A PDF converter that drops 年 and 月 often leaves a blank in the place of each, and the date's 日 stays:
"2012 1 1日", "2012 12 31日". Unlike a date whose figures run together (gen.check.lost_dates reads
"2021325日", where the month and the day may split two ways), the blanks part year, month and day, so the
date meant is certain: 2012年1月1日. Read only when the month is 1-12 and the day 1-31 and nothing but
blanks stands between the three figures; a figure, point, comma or slash right before the year (the tail of a
longer number or a list) keeps it silent.
"""

from __future__ import annotations

from typing import Iterator, Optional

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from .lost_dates import FOUR_DIGITS

Reading = tuple[int, int, str, Optional[str]]

# Year, blank(s), month, blank(s), day, 日; searched near its literal 日 (gen.core.regex_needles).
_SPACED = regex_cache.compile(
    rf"(?<![\d.．,，/\-])({FOUR_DIGITS})[ \u3000]{{1,2}}(1[0-2]|0?[1-9])[ \u3000]{{1,2}}([12]\d|3[01]|0?[1-9])日")


def readings(text: str) -> Iterator[Reading]:
    """Each date whose 年 and 月 became blanks, with the date meant."""
    for m in near_needles(_SPACED, text):
        year, month, day = m.groups()
        meant = f"{year}年{int(month)}月{int(day)}日"
        yield m.start(), m.end(), f"日期“{m.group()}”漏了“年”“月”（只剩空格），应为“{meant}”。", meant
