"""Dates that lost only their 日 (填报日期：2022年5月20, 在11月30召开的会议): more of W004's date readings.

Kept apart from gen.check.lost_dates, which reads dates that lost more than their 日 and is at its size limit.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..core import regex_cache
from .lost_dates import Reading


# A date that lost only its 日: "填报日期：2022年5月20", "截至2023年12月31，" — the day's figure closes the clause
# or the line (a PDF may run the next heading on: "2022 年 5 月 20 一、"). A range or a list of days
# (5月20-25日, 5月20、21日) and a figure with a unit (1月10万元) go on and are left alone. Or the clause's verb
# follows at once (1月26经市财政局批复, 1月1起施行): nothing but 日 stands between a day and its verb, or the time of
# day or the 在 of the act's place does (6月20在商场附近开展宣传, 3月5上午召开): no count goes on into 在 or 上午.
# Searched from its 月 (a literal the engine skips to), the year and month read back from there.
_LOST_DAY = regex_cache.compile(
    r"月[ \u3000]?(3[01]|[12]\d|0?[1-9])(?=[ \u3000]{0,4}(?:$|[，。；,;|\t]|[一二三四五六七八九十]{1,2}、|经[^济费营]|前[，,完]|起[，,施执]|召开|印发|批复|在(?![内册岗职])|[上下]午|晚上))", re.M
)
_YEAR_MONTH_BEFORE = regex_cache.compile(r"(?<![\d.])((?:19|20)\d{2})[ \u3000]?年[ \u3000]?(1[0-2]|0?[1-9])[ \u3000]?$")
_YEAR_MONTH_WIDTH = 11  # 2023 年 12 (with its blanks) before 月
# A date without its year ("在11月30召开的会长办公会") is read only where the clause's verb follows the day at once:
# a figure closing a clause after a bare month may be a count (1-11月30，), and a range's month (1-11月) is no date.
_MONTH_BEFORE = regex_cache.compile(r"(?<![\d.\-—~～至到－])(1[0-2]|0?[1-9])$")
_MONTH_WIDTH = 2


def readings(text: str) -> Iterator[Reading]:
    """Each date that lost only its 日, with its message and the date written out."""
    for m in _LOST_DAY.finditer(text):
        head = _YEAR_MONTH_BEFORE.search(text, max(0, m.start() - _YEAR_MONTH_WIDTH), m.start())
        if head is None:
            yield from _lost_day_of_month(text, m)
            continue
        year, month, day = int(head.group(1)), int(head.group(2)), int(m.group(1))
        yield (head.start(), m.end(), f"日期“{text[head.start():m.end()]}”漏了“日”，应为“{year}年{month}月{day}日”。",
               f"{year}年{month}月{day}日")


def _lost_day_of_month(text: str, m: re.Match) -> Iterator[Reading]:
    """A month and day without a year that lost the day's 日, its verb right after the day (11月30召开)."""
    after = text[m.end():m.end() + 1]
    if not after or not "\u4e00" <= after <= "\u9fff" or after in "一二三四五六七八九十":
        return
    head = _MONTH_BEFORE.search(text, max(0, m.start() - _MONTH_WIDTH), m.start())
    if head is None:
        return
    month, day = int(head.group(1)), int(m.group(1))
    yield head.start(), m.end(), f"日期“{text[head.start():m.end()]}”漏了“日”，应为“{month}月{day}日”。", f"{month}月{day}日"
