"""N086: a calendar date that does not exist (2月31日, 4月31日, 13月5日, 6月32日).

A date written in figures whose day is past the end of its month, or whose month is past 12, names no day at
all: a digit was lost or mistyped in the copy (截至2月31日 is 截至12月31日 that lost its 1; 11月31日 is 11月30日
or 12月31日). The reader cannot tell which day the figures stand at, so the date must be checked against the
source. 2月29日 is a real day in a leap year: it is read only where the date's own year is written and is not a
leap year.

Read only a month and day written together (X月Y日) not preceded by another figure, point or dash: 1-2月31日
and 2.2月 are ranges or amounts, not one date. Dates in Chinese numerals (二月三十日) are left alone: the lunar
calendar has a 30th of every month.
"""

from __future__ import annotations

import calendar
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N086",
    name="impossible-date",
    severity="warning",
    summary="日期不存在（2月31日、4月31日、13月5日），疑为数字漏写或误写",
    doc=(
        "检查什么：用阿拉伯数字写的“X月Y日”中，日数超过该月天数（2月30日、2月31日、4月31日、6月31日、9月31日、11月31日，"
        "或日数大于31），或月数大于12；写明年份且该年不是闰年的“2月29日”也报告。\n"
        "为什么：这样的日期不存在，多为转载时漏了一位数字（“截至2月31日”应为“截至12月31日”）或误写，读者无从知道指的是哪一天。\n"
        "不报的情形：月份前紧接数字、小数点或连字符的（“1-2月31日”是区间）；闰年的2月29日；未写年份的2月29日；用汉字写的日期（农历有三十日）。"
    ),
    flag=(
        "截至2月31日，在本局网站共公开信息318条。",
        "本报告统计期限为2022年1月1日至2022年11月31日。",
        "2023年2月29日召开专题会议，研究部署年度重点工作。",
        "于13月5日前完成全部资金拨付。",
    ),
    keep=(
        "截至12月31日，在本局网站共公开信息318条。",
        "2024年2月29日召开专题会议，研究部署年度重点工作。",
        "2月29日召开专题会议，11月30日完成验收。",
        "1-2月31日前后数据有波动，农历二月三十日举办庙会。",
    ),
)

# Led by the literal 月 the search is re's own: the figures before it are read back by the look-behinds.
_DATE = regex_cache.compile(r"(?<![\d.．/\-－~～—])(?:((?:19|20)\d\d)年)?(\d{1,2})月(\d{1,2})日")


def _days(month: int, year: str | None) -> int:
    """The month's last day; February has 29 unless the date's own year is written and is not a leap year."""
    if month == 2:
        return 29 if year is None or calendar.isleap(int(year)) else 28
    return calendar.monthrange(2024, month)[1]


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "月" not in text or "日" not in text:
        return
    for m in near_needles(_DATE, text):  # a lookbehind-led pattern re tries at every character
        month, day = int(m.group(2)), int(m.group(3))
        if month == 0 or day == 0:
            continue
        if month > 12:
            msg = f"“{m.group(2)}月{m.group(3)}日”不存在：一年只有12个月，疑为数字误写，请按原文核对。"
        elif day > _days(month, m.group(1)):
            last = _days(month, m.group(1))
            bound = "最多" if month == 2 and m.group(1) is None else "只有"
            hint = f"（或为“1{month}月{day}日”漏了“1”）" if month <= 2 and day <= _days(10 + month, None) else ""
            msg = f"“{m.group(2)}月{m.group(3)}日”不存在：{month}月{bound}{last}天，疑为数字漏写或误写{hint}，请按原文核对。"
        else:
            continue
        start = m.start(2) if m.group(1) is None else m.start(1)
        yield Finding(start, m.end(), RULE.code, RULE.severity, msg)
