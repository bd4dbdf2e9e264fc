"""N083: figures a page copy glued a year into (12023处, 9.2023万平方米, 20230%).

Some mirror sites and converters paste the page's year string into figures as they copy them: the decimal part
of an area becomes the year (9.2023万平方米), a count takes the year with digits before or after it (12023处,
202357处, 2023000名), a rate grows to 20230%. One such figure may be a true count that happens to hold the
year; two or more in one text, each holding the same year that the text writes as a year (2023年), are the
copy's doing, and each figure is wrong as printed.

Read only figures with a unit of counting or measure (not money: a sum of 元 in a table may hold any digits),
written without thousands separators, whose digits are the year with one to three digits added at one end, or
whose decimal part is exactly the year. A figure that is the year alone, or is followed by 年, is a date. A text that writes no year with 年 is read for the year a rate of five
to seven whole digits opens with (占应防的20230%: no rate runs to ten thousand per cent).

An age range whose start is a year with one or two digits after it, smaller than its end (20213—5周岁), is the
year with its 年 lost (2021年3—5周岁): no range of ages starts in the thousands, so one is reported.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ...core import regex_cache, regex_needles
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import items
from ..registry import Rule

RULE = Rule(
    code="N083",
    name="year-glued-into-figures",
    severity="warning",
    summary="数字中混入了年份（12023处、9.2023万平方米），疑为转载时粘贴错乱",
    doc=(
        "检查什么：同一文本中有两个以上数字里夹着文中所写的年份：小数部分正好是年份（9.2023万平方米），"
        "或整数是年份前后多出一至三位数字（12023处、202357处、20230%）。\n"
        "为什么：转载、转换网页时把年份字符串粘进了数字，这些数字照原样读都是错的，须按原文核对。\n"
        "年龄段的起点是年份加一两位数字、且小于终点的（“20213—5周岁”），是年份后漏了“年”（2021年3—5周岁），一处即报。\n"
        "文中没有写年份的，以五至七位整数、以年份开头的百分数（“占应防的20230%”）中的年份为准。\n"
        "不报的情形：只有一个这样的数字的（可能恰好如此）；金额（元、万元）；带千位分隔符的；后接“年”的日期。"
    ),
    flag=(
        "2023年拆除违法建筑12023处9.2023万平方米，城中村拆除违建202357处27.79万平方米。",
        "2023年低保资金到位率20230%，为2023000名低保对象缴纳医保。",
        "经统计，20213—5周岁学龄人口数为158人。",  # 2021年3—5周岁: the year's 年 lost, one figure is enough
        # no year written with 年: a rate of ten thousand per cent names it
        "今年上半年共防疫牲猪21945头，其中能繁母猪202303头，占应防的20230%。",
    ),
    keep=(
        # one figure only: it may be a true count
        "2023年拆除违法建筑12023处9.5万平方米，城中村拆除违建357处27.79万平方米。",
        # money, and a figure with separators
        "2023年收入120230.50万元，支出20231.00万元，服务12,023人，覆盖2,023,100人。",
        # another year than the text's
        "2023年拆除违法建筑12019处，完成92019人次培训。",
        "经统计，2021年3—5周岁学龄人口数为158人，60—79岁老人2300人。",
        # a rate's year found, but one figure only holds it
        "今年上半年共防疫牲猪21945头，其中能繁母猪2303头，占应防的20230%。",
    ),
)

# The look-behind after the 20 it reads back (the same matches as (?<!\d)(20[0-4]\d)年): led by the literal 20,
# the pattern is found by re's own search for it, not tried at every character (4 ms to 0.4 on 200,000).
_YEAR = regex_cache.compile(r"(20(?<!\d20)[0-4]\d)年")
_DIGITS = regex_cache.compile(r"^(\d{1,9})(?:\.(\d{1,6}))?")
MIN_GLUED = 2


def _glued(raw: str, year: str) -> bool:
    """The figure's digits are ``year`` with one to three digits added at one end, or its decimals are ``year``."""
    m = _DIGITS.match(raw)
    if m is None:
        return False
    whole, frac = m.group(1), m.group(2)
    if frac is not None:
        return frac == year
    extra = len(whole) - len(year)
    return 1 <= extra <= 3 and (whole.startswith(year) or whole.endswith(year))


def _glued_years(digits: str, years: set) -> list:
    """The years of ``years`` (four digits each) that :func:`_glued` finds in ``digits``, in the set's order."""
    m = _DIGITS.match(digits)
    if m is None:
        return []
    whole, frac = m.group(1), m.group(2)
    if frac is not None:
        return [frac] if frac in years else []
    if not 5 <= len(whole) <= 7:
        return []
    head, tail = whole[:4], whole[-4:]
    if head == tail:
        return [head] if head in years else []
    return [y for y in years if y == head or y == tail] if head in years or tail in years else []


# An age range opened by a year its 年 was lost after (经统计，20213—5周岁学龄人口数 for 2021年3—5周岁): no range of
# ages starts in the thousands, so the year and the range's start have run together.
_YEAR_INTO_AGES = regex_cache.compile(r"(?<!\d)((?:19[5-9]|20[0-4])\d)(\d{1,2})\s{0,1}[—–\-～~至到]\s{0,1}(\d{1,2})\s{0,1}周?岁")


def _year_into_ages(text: str) -> Iterable[Finding]:
    for m in _YEAR_INTO_AGES.finditer(text):
        if int(m.group(2)) < int(m.group(3)):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”的起点不是年龄：疑为“{m.group(1)}年{m.group()[len(m.group(1)):]}”，年份后漏了“年”。")


# A rate of five to seven whole digits that opens with a year (占应防的20230%): no rate a report states runs to ten
# thousand per cent, so its first four digits are a year the copy pasted in. A text that writes no year of its own
# (a mirror's copy of a 上半年工作报告 says 今年) still names the year this way, and its other figures glued with the
# same year are read as for a year written with 年 (其中能繁母猪202303头 beside it).
_YEAR_INTO_RATE = regex_cache.compile(r"(?<![\d.,，])(20[0-4]\d)\d{1,3}(?:\.\d{1,4})?[%％]")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "岁" in text:
        yield from _year_into_ages(text)
    years = {m.group(1) for m in _YEAR.finditer(text)}
    if "%" in text or "％" in text:
        years.update(m.group(1) for m in regex_needles.finditer(_YEAR_INTO_RATE, text))  # tried at each 20 only
    if not years:
        return
    found: dict[str, list] = defaultdict(list)
    for it in items(ctx):
        q = it.q
        if it.money is not None or not q.unit or "," in q.raw or "，" in q.raw or text[q.end:q.end + 1] == "年":
            continue
        digits = q.raw.lstrip("约近超达逾共")
        # _glued holds only for the decimals, or the first or last four of 5 to 7 whole digits: those alone are
        # looked up, not every year of the text (a long text names dozens) in every figure
        for year in _glued_years(digits, years):
            found[year].append(q)
    for year, qs in found.items():
        if len(qs) < MIN_GLUED:
            continue
        for q in qs:
            yield Finding(q.start, q.end, RULE.code, RULE.severity,
                          f"“{q.raw}”中混入了年份“{year}”（文中另有{len(qs) - 1}处同样的数字），疑为转载时粘贴错乱，请按原文核对。")
