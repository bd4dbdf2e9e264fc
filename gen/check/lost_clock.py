"""Days and clock times whose 月 or 时 were lost, their figures run together: more of W004's date readings.

An account of an event dates it to the hour (1月21日凌晨1时13分); a copy that drops its marks leaves
"121日凌晨113分" and "凌晨150分". A figure before 日 that a part of the day (凌晨, 上午, 晚上; not 夜, as 日夜 is a word) follows is a date,
never a count of days, so its three or four digits are a month and a day (with 日 lost too, 34上午, they are the same); a figure after a part of the day and
before 分 is an hour and its minutes. A range's start that lost its 月 ("从119日到25日") is read the same way:
the end is a day alone, so the start's figures hold its month. Kept apart from gen.check.lost_dates, which
reads a year's figures and is near its size limit; W004 reads both.
"""

from __future__ import annotations

from typing import Iterator, Optional

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from .lost_dates import Reading, month_day_options

_PART_OF_DAY = r"(?:凌晨|上午|下午|中午|晚上|早上|傍晚|夜间|深夜|晚)"
# a month and a day run together before 日, a part of the day after it (121日凌晨 for 1月21日凌晨)
_DAY_AT_HOUR = regex_cache.compile(r"(?<![\d.．年月/\-第])(\d{3,4})日(?=凌晨|上午|下午|中午|晚上|早上|傍晚|晚\d)")
# a month and a day that lost both marks before a part of the day (34上午 for 3月4日上午, 12下午 for 12日下午 or 1月2日下午):
# no count or amount runs into 上午 with no unit
_BARE_DAY_AT_HOUR = regex_cache.compile(r"(?<![\d.．年月/\-第周:：])(\d{2,4})(?=凌晨|上午|下午|中午|晚上|早上|傍晚)")
# a range whose start lost its 月, its end a day alone (从119日到25日 for 从1月19日到25日)
_RANGE_START = regex_cache.compile(r"(?<![\d.．年月/\-第])(\d{3,4})日(?:起)?[至到—－~～](?:[1-9]|[12]\d|3[01])日")
# an hour and its minutes run together after a part of the day (凌晨113分 for 凌晨1时13分)
_HOUR_MINUTE = regex_cache.compile(rf"{_PART_OF_DAY}(\d{{3,4}})分(?!钟)")  # not 下午900分钟


def _shown(options: set[str]) -> tuple[str, Optional[str]]:
    return "或".join(f"“{o}”" for o in sorted(options)), (next(iter(options)) if len(options) == 1 else None)


def _days(text: str) -> Iterator[Reading]:
    for pattern in (_DAY_AT_HOUR, _RANGE_START):
        for m in near_needles(pattern, text):
            options = month_day_options(m.group(1))
            if options:
                shown, meant = _shown(options)
                yield m.start(1), m.end(1) + 1, f"日期“{m.group(1)}日”漏了“月”，应为{shown}。", meant


def _bare_days(text: str) -> Iterator[Reading]:
    for m in near_needles(_BARE_DAY_AT_HOUR, text):
        digits = m.group(1)
        options = month_day_options(digits) | ({f"{int(digits)}日"} if len(digits) == 2 and 1 <= int(digits) <= 31 else set())
        if options:
            shown, meant = _shown(options)
            yield m.start(1), m.end(1), f"日期“{digits}”后缺了“日”（或“月”“日”），应为{shown}。", meant


def hour_minute_options(digits: str) -> set[str]:
    """The readings of ``digits`` as an hour and its minutes (113: 1时13分 or 11时3分; 150: 1时50分, not 15时0分)."""
    out = set()
    for k in (1, 2):
        hour, minute = digits[:k], digits[k:]
        if hour[0] == "0" or not 1 <= len(minute) <= 2 or int(hour) > 23 or int(minute) > 59:
            continue
        if len(minute) == 1 and minute == "0":
            continue  # 15时0分 is never written
        out.add(f"{int(hour)}时{minute}分")
    return out


def _times(text: str) -> Iterator[Reading]:
    for m in near_needles(_HOUR_MINUTE, text):
        options = hour_minute_options(m.group(1))
        if options:
            shown, meant = _shown(options)
            yield m.start(1), m.end(), f"时间“{m.group(1)}分”漏了“时”，应为{shown}。", meant


def readings(text: str) -> list[Reading]:
    """Every day before a part of the day or opening a range, and every clock time, whose 月 or 时 was lost."""
    return [*_days(text), *_bare_days(text), *_times(text)]
