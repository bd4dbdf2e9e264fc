"""A range of days whose 月 was lost, the month's figure run into the range's start (17-8日 for 1月7-8日).

A news item or summary dates a meeting of two days as 1月7-8日. When a page's converter drops 月 (年 and 月 are lost
all through such pages: 发表日期 201618 under the signature), the month's figure runs into the first day and the
range reads 17-8日: a range that runs backwards, from the 17th to the 8th, which no writer means. A backward range
is read only where the start splits into a month (1-12) and a day before the range's end (1月7日 to 8日); a range
across two months is written with both months (1月30日至2月2日) and 30-2日 splits into no month, so it stays silent.

The paragraphs that follow narrate the range's days one by one, each opening on its date (17日代表们自行审阅,
18日上午召开座谈会), and lost the same 月: once a backward range is read with one month, a day of that range opening a
paragraph or a sentence as the month's figure and the day run together is read as the same loss. Elsewhere a
bare 17日 is a good day of a month named before and stays silent.
"""

from __future__ import annotations

from typing import Iterator, Optional

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles

# (start, end, message, the date meant) as gen.check.lost_dates reads them
Reading = tuple[int, int, str, Optional[str]]

# The range, tried only near its 日 and dash (gen.core.regex_needles); no figure, 月, year or a code's marks before it.
_RANGE = regex_cache.compile(r"(?<![\d.．年月/\-A-Za-z])(\d{2,3})([-—–~～至到])(\d{1,2})日")
_OPENS = "\n。；;"
_BLANKS = " \t\u3000"


def _month_splits(start: str, end: int) -> list[tuple[int, int]]:
    """The (month, day) readings of a backward range's start whose day falls before the range's end."""
    return [(int(start[:k]), int(start[k:])) for k in (1, 2)
            if k < len(start) and 1 <= int(start[:k]) <= 12 and 1 <= int(start[k:]) < end <= 31]


def _opens_entry(text: str, at: int) -> bool:
    """Do the figures at ``at`` open a paragraph or a sentence (after at most four blanks)?"""
    j = at
    while j > 0 and at - j < 4 and text[j - 1] in _BLANKS:
        j -= 1
    return j == 0 or text[j - 1] in _OPENS


def _days_after(text: str, after: int, month: int, first: int, last: int) -> Iterator[Reading]:
    """The range's days, opening an entry after it with the month's figure run in (17日 for 1月7日)."""
    for day in range(first, last + 1):
        glued = f"{month}{day}日"
        at = text.find(glued, after)
        while at >= 0:
            if _opens_entry(text, at):
                meant = f"{month}月{day}日"
                yield (at, at + len(glued), f"日期“{glued}”漏了“月”：上文的日期范围是{month}月{first}日至{last}日，"
                       f"此处应为“{meant}”。", meant)
            at = text.find(glued, at + 1)


def readings(text: str) -> Iterator[Reading]:
    """Backward day ranges (17-8日) with their month lost, and the range's days opening entries after them."""
    if "日" not in text:
        return
    for m in near_needles(_RANGE, text):
        start, dash, end = m.group(1), m.group(2), int(m.group(3))
        if int(start) <= end:
            continue
        splits = _month_splits(start, end)
        if not splits:
            continue
        options = [f"{mo}月{d}{dash}{end}日" for mo, d in splits]
        shown = "或".join(f"“{o}”" for o in options)
        yield (m.start(), m.end(), f"日期范围“{m.group()}”前大后小，是月份与日子连在了一起，漏了“月”，应为{shown}。",
               options[0] if len(options) == 1 else None)
        if len(splits) == 1:
            yield from _days_after(text, m.end(), splits[0][0], splits[0][1], end)
