"""Dates whose 年, 月 (and 日) were lost, their figures run together: W004's date readings.

A date typed in a form field, or drawn apart from its characters in a PDF, comes out as its
digits alone: "2021325日至2021418日", "2023年1231日" (月 alone lost), a date field's value ("报告日期:2022624", "公开时间:20248 22"), a line
holding only "20211015" or "2019  7  8" under a title or above a signature. No reader can be sure which day
"2021115日" is (1月15日 or 11月5日), so each reading names the dates the digits allow. Kept apart
from W004's own reading (a year run into the noun it dates) because it reads figures, not words.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from ..core.regex_needles import finditer as near_needles
from ..core import regex_cache
from .lost_day_ranges import readings as day_ranges

FOUR_DIGITS = r"(?:19[89]\d|20[0-3]\d)"  # 1980-2039


def month_day_options(digits: str) -> set[str]:
    """The readings of ``digits`` as a month and a day (325: 3月25日; 1019: 10月19日; 1105: 11月5日)."""
    return {f"{int(digits[:k])}月{int(digits[k:])}日" for k in (1, 2)
            if 1 <= len(digits) - k <= 2 and 1 <= int(digits[:k]) <= 12 and 1 <= int(digits[k:]) <= 31}


# (start, end, message, the date meant when only one reading is possible)
Reading = tuple[int, int, str, Optional[str]]

# A date that lost 年 and 月 and kept its 日: "2021325日至2021418日" (2021年3月25日). Searched from its
# 日 (a literal the engine skips to): the digits before it are read back, longest first.
_DAY = regex_cache.compile("日")
_LOST_YEAR_MONTH = regex_cache.compile(rf"(?<![\d.．])(?<!\d[,，])({FOUR_DIGITS})(\d{{2,4}})日")  # not 1,2021325日


def _lost_year_month(text: str) -> Iterator[Reading]:
    for day in _DAY.finditer(text):
        if not text[day.start() - 1:day.start()].isdigit():
            continue
        m = next((m for width in (8, 7, 6) if (m := _LOST_YEAR_MONTH.match(text, day.start() - width))), None)
        if m is not None and m.end() == day.end() and (r := _reading(m, "“年”“月”", suggest=False)):
            yield r


def _reading(m: re.Match, lost: str, suggest: bool) -> Optional[Reading]:
    """The reading of a match whose groups are a year and the digits of a month and a day; none where no month
    and day fit the digits. ``suggest``: name the date meant when only one fits."""
    year, digits = m.groups()
    options = month_day_options(digits)
    if not options:
        return None
    shown = "或".join(f"“{year}年{o}”" for o in sorted(options))
    meant = f"{year}年{next(iter(options))}" if suggest and len(options) == 1 else None
    return m.start(), m.end(), f"日期“{m.group()}”漏了{lost}，应为{shown}。", meant


# A date that kept 年 and 日 and lost its 月: "截至2023年1231日" (12月31日), "2022年115日" (1月15日 or 11月5日).
# A figure that no month and day can read ("全年365日") is a count of days, not a date.
_LOST_MONTH = regex_cache.compile(rf"(?<![\d.．])(?<!\d[,，])({FOUR_DIGITS})年(\d{{3,4}})日")
_MONTH_LOST_TAIL = regex_cache.compile(r"年\d{3,4}日")  # led by its literal 年: the engine skips to it


def _lost_month(text: str) -> Iterator[Reading]:
    for tail in _MONTH_LOST_TAIL.finditer(text):
        m = _LOST_MONTH.match(text, tail.start() - 4)
        if m is not None and (r := _reading(m, "“月”", suggest=True)):
            yield r


# A year typed twice before its 年 ("20232023年部门决算表"): found from each 年 with eight figures before it;
# a web or PDF copy may put one blank between the figures and 年 ("自 20092009 年设立").
_YEAR_TWICE = regex_cache.compile(r"年(?<=\d{8}年)|年(?<=\d{8} 年)")


def _year_twice(text: str) -> Iterator[Reading]:
    for m in near_needles(_YEAR_TWICE, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        s = m.start() - (text[m.start() - 1] == " ")
        year = text[s - 4:s]
        if text[s - 8:s - 4] == year and re.fullmatch(FOUR_DIGITS, year) and not text[s - 9:s - 8].isdigit():
            yield s - 8, s, f"年份“{text[s - 8:s]}”重复了一遍，应为“{year}”。", year


# A line that holds only a date with its marks lost: 7 or 8 digits (2020817, 20211015), the year parted from the
# month and day by a blank (2025 915), or year, month, a blank, day and 日. Seven digits that two months and days fit (2019109: 1月9日 or 10月9日) are still a date there, under
# a title or above a signature: both readings are named and none is suggested.
_BARE_DATE_LINE = regex_cache.compile(
    rf"^[ \t\u3000]{{0,80}}({FOUR_DIGITS})(?:[ \u3000]{{0,3}}(\d{{3,4}})|[ \u3000]{{0,3}}(\d{{1,2}})[ \u3000]{{1,3}}(\d{{1,2}})(日?))"
    rf"[ \t\u3000]{{0,8}}$", re.M)


EDGE_LINES = 60  # a title's date stands in the first lines (below a page's menu), a signature's in the last


def _edges(text: str) -> list[tuple[int, int]]:
    """The head and the tail of ``text``, EDGE_LINES lines each (the whole text when it is short)."""
    head = 0
    for _ in range(EDGE_LINES):
        head = text.find("\n", head) + 1
        if not head:
            return [(0, len(text))]
    tail = len(text)
    for _ in range(EDGE_LINES):
        tail = text.rfind("\n", 0, tail)
        if tail <= head:
            return [(0, len(text))]
    return [(0, head), (tail, len(text))]


def _bare_date_line(text: str) -> Iterator[Reading]:
    """Under the title or above a signature (the text's first or last lines): the line before it is words,
    not a table's cell."""
    for m in (m for lo, hi in _edges(text) for m in _BARE_DATE_LINE.finditer(text, lo, hi)):
        above = text[:m.start()].rstrip().rsplit("\n", 1)[-1]
        if not re.search(r"[\u4e00-\u9fff]", above) or "|" in above or "\t" in above:
            continue  # a cell of a table, not a date under a title
        digits = m.group(2) or f"{int(m.group(3))}{int(m.group(4)):02d}"
        options = month_day_options(digits) if m.group(2) else {f"{int(m.group(3))}月{int(m.group(4))}日"}
        options = {o for o in options if 1 <= int(o.split("月")[0]) <= 12 and 1 <= int(o.split("月")[1][:-1]) <= 31}
        if not options:
            continue
        end = m.end(2) if m.group(2) else m.end(5)
        lost = "“年”“月”" if m.group(5) else "“年”“月”“日”"
        shown = "或".join(f"“{m.group(1)}年{o}”" for o in sorted(options))
        meant = f"{m.group(1)}年{options.pop()}" if len(options) == 1 else None
        yield m.start(1), end, f"日期“{text[m.start(1):end]}”漏了{lost}，应为{shown}。", meant


# A date field's label, then the year with the month and day run on (报告日期:2022624, 填报日期：20231105) or
# parted by blanks only (公开时间:20248 22, 报告日期: 2018   8   04). Two figures run on are a month and a day
# only where they cannot be a month (公开时间:202592 is 2025年9月2日; 202512 may be 2025年12月).
# A traditional-script copy writes 報告時間; a site that prints each such character's pinyin after it writes
# 時(shí)間 (the reading is a few Latin letters with tone marks in brackets).
_LABEL = r"(?:日期|时间|時(?:\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}\))?間)"
_LABELLED = regex_cache.compile(
    rf"{_LABEL}[:：][ \t\u3000]{{0,3}}({FOUR_DIGITS})(?:(\d{{2,4}})|[ \t\u3000]{{0,4}}(\d{{1,2}})[ \t\u3000]{{1,4}}(\d{{1,2}}))"
    r"(?![\d年月日.．/\-])")


def _labelled(text: str) -> Iterator[Reading]:
    for m in near_needles(_LABELLED, text):
        year = m.group(1)
        if m.group(2):
            if len(m.group(2)) == 2 and int(m.group(2)) <= 12:
                continue  # 公开时间:202512 may be 2025年12月 as well as 2025年1月2日: no reading to tell
            options = month_day_options(m.group(2))
        else:
            month, day = int(m.group(3)), int(m.group(4))
            options = {f"{month}月{day}日"} if 1 <= month <= 12 and 1 <= day <= 31 else set()
        if not options:
            continue
        shown = "或".join(f"“{year}年{o}”" for o in sorted(options))
        meant = f"{year}年{next(iter(options))}" if len(options) == 1 else None
        yield m.start(1), m.end(), f"日期“{text[m.start(1):m.end()]}”漏了“年”“月”“日”，应为{shown}。", meant


# A field's year and month run together, its day never written (報告時間:20249, 2024年9月): one figure after
# the year is a month and nothing else; blanks then a figure are the day of the reading above (20248 22).
_LABELLED_MONTH = regex_cache.compile(
    rf"{_LABEL}[:：][ \t\u3000]{{0,3}}({FOUR_DIGITS})([1-9])(?![\d年月日.．/\-])(?![ \t\u3000]{{1,4}}\d)")
# A cut-off date after 截至/截止, its marks lost (截至20231231 for 2023年12月31日): the year-end of a
# statement of figures, where nothing but a date can stand.
# 截至/截止 is matched, not looked behind for: a pattern that opens on a literal is searched for by re itself,
# one that opens on a lookbehind is tried at every character (2.2 ms over two 200k texts, now 0.2).
_CUT_OFF = regex_cache.compile(rf"截[至止]({FOUR_DIGITS})(\d{{3,4}})(?![\d年月日.．/\-万元亿个人项%])")


def _labelled_month(text: str) -> Iterator[Reading]:
    for m in near_needles(_LABELLED_MONTH, text):
        meant = f"{m.group(1)}年{m.group(2)}月"
        yield m.start(1), m.end(), f"日期“{m.group(1)}{m.group(2)}”漏了“年”“月”，应为“{meant}”。", meant


def _cut_off(text: str) -> Iterator[Reading]:
    for m in _CUT_OFF.finditer(text):
        options = month_day_options(m.group(2))
        if not options:
            continue
        year = m.group(1)
        shown = "或".join(f"“{year}年{o}”" for o in sorted(options))
        meant = f"{year}年{next(iter(options))}" if len(options) == 1 else None
        yield m.start(1), m.end(), f"日期“{year}{m.group(2)}”漏了“年”“月”“日”，应为{shown}。", meant


# A range of months from January whose dash was lost (今年16月份 for 1-6月份, 2023年112月 for 1-12月): a month
# past 12 is no month, and the "1" before it is the range's start. Read only after a Chinese character, a year's 年 or
# a clause's mark (项目。110月份; one blank allowed): not 16月龄 (an infant's age), 116月, 3-16月, 第16月 or 2。111月.
_CLAUSE_MARKS = "，,、；;：:。"
_MONTH_RANGE = regex_cache.compile(r"1(1[0-2]|[3-9])[ \u3000]?月(?!龄)")


def _month_range(text: str) -> Iterator[Reading]:
    for m in _MONTH_RANGE.finditer(text):
        start = m.start()
        if start and (text[start - 1].isdigit() or text[start - 1] in ".．-—－~～至到第"):
            continue
        before = text[max(0, start - 2):start].rstrip(" \u3000")
        if before and before[-1] in _CLAUSE_MARKS and not text[max(0, start - 2):start - 1].isdigit():
            before = "计"  # 800万元,111月份: a clause opens on the range, its mark no figure's separator (3,111)
        if not before or not ("\u4e00" <= before[-1] <= "\u9fff") or before[-1] in "至到第":
            continue
        meant = f"1-{m.group(1)}月"
        yield start, m.end(), f"“{m.group()}”不是月份，应是“{meant}”漏了连接号，请核对。", meant


# A 公文's date under its signature that lost its marks, the month and the day one figure each (202395 for
# 2023年9月5日 under 泉州市财政局 泉州市农业农村局): a line of the year and two figures alone, the line above a
# body's name (its signature). Read anywhere in the text (a notice's signature stands above its attachments),
# and only where one reading fits: 202512 may be 2025年12月 as well as 2025年1月2日.
_SIGNED_DATE = regex_cache.compile(rf"^[ \t\u3000]{{0,80}}({FOUR_DIGITS})([1-9][1-9])[ \t\u3000]{{0,8}}$", re.M)
_SIGNATURE = regex_cache.compile(r"[\u4e00-\u9fff](?:局|委员会|委|人民政府|政府|办公室|中心|厅|院|会)[ \t\u3000]{0,8}$")


def _signed_date(text: str) -> Iterator[Reading]:
    for m in near_needles(_SIGNED_DATE, text):
        # a page's signature line may be padded with blanks far past its name (a centred line in a saved page)
        above = [ln.rstrip() for ln in text[max(0, m.start() - 200):m.start()].split("\n") if ln.strip()][-1:]
        if not above or not _SIGNATURE.search(above[0]) or re.search(r"[\d|\t]", above[0]):
            continue  # no signature above: a figure of a table, a count
        if int(m.group(2)) <= 12:
            continue
        meant = f"{m.group(1)}年{m.group(2)[0]}月{m.group(2)[1]}日"
        yield m.start(1), m.end(2), f"日期“{m.group(1)}{m.group(2)}”漏了“年”“月”“日”，应为“{meant}”。", meant


# A form's 起止时间 whose years and months ran together (项目起止时间 20246-202516 for 2024年6月—2025年1月…): a
# year and a month's one or two figures, a dash, a year and more figures, within a few characters after the
# field's label (时间, 期限, 日期). Read as lost marks, with no date suggested: the second half may hold a day too.
_GLUED_RANGE = regex_cache.compile(
    rf"(?<![\d.．])({FOUR_DIGITS})(1[0-2]|[1-9])[-—－~～至]({FOUR_DIGITS})(\d{{1,4}})(?![\d.．年月日%万元])")
# The label first (a literal a search finds fast), then the figures right after its marks and blanks.
_RANGE_LABEL = regex_cache.compile(r"(?:时间|期限|日期|時間)[:：]?[ \t\u3000\n|]{0,12}")


def _glued_range(text: str) -> Iterator[Reading]:
    for label in near_needles(_RANGE_LABEL, text):
        m = _GLUED_RANGE.match(text, label.end())
        if m:
            yield m.start(), m.end(), (f"起止时间“{m.group()}”的年、月连写在一起，漏了“年”“月”，"
                                       f"应写作“{m.group(1)}年{m.group(2)}月—{m.group(3)}年……”，请核对。"), None


# A plan's period whose dash and 年 were lost, the two years run together in its brackets after a title
# ((20162020) for （2016—2020年）): the second year after the first, within three five-year plans of it.
_GLUED_PERIOD = regex_cache.compile(rf"[（(]({FOUR_DIGITS})({FOUR_DIGITS})[）)]")
PERIOD_MAX = 15  # years a plan's period may span


def _glued_period(text: str) -> Iterator[Reading]:
    for m in near_needles(_GLUED_PERIOD, text):
        first, last = int(m.group(1)), int(m.group(2))
        if 0 < last - first <= PERIOD_MAX:
            meant = f"{first}—{last}年"
            yield m.start(1), m.end(2), f"年份区间“{m.group(1)}{m.group(2)}”漏了连接号和“年”，应为“{meant}”。", meant


# A line under the title that holds only a year and its month run together (201611 for 2016年11月): five or six
# digits, a month after the year. Six digits may also be a month and a day of one figure each (2016年1月1日).
_BARE_MONTH_LINE = regex_cache.compile(rf"^[ \t\u3000]{{0,80}}({FOUR_DIGITS})(1[0-2]|[1-9])[ \t\u3000]{{0,8}}$", re.M)
HEAD_LINES = 40  # lines from the text's start where a title's date stands


def _bare_month_line(text: str) -> Iterator[Reading]:
    head = 0
    for _ in range(HEAD_LINES):
        head = text.find("\n", head) + 1
        if not head:
            head = len(text)
            break
    for m in _BARE_MONTH_LINE.finditer(text, 0, head):
        # the two lines above (a title's period in brackets may stand between): words, no table's cell or address
        above = "\n".join([ln for ln in text[max(0, m.start() - 200):m.start()].split("\n") if ln.strip()][-2:])
        if not re.search(r"[\u4e00-\u9fff]", above) or re.search(r"[|\t]|地址|邮编|邮政|电话|编码|代码", above):
            continue  # a table's cell, a postcode under an address
        year, month = m.group(1), m.group(2)
        options = [f"{year}年{month}月"] + ([f"{year}年{month[0]}月{month[1]}日"] if len(month) == 2 else [])
        shown = "或".join(f"“{o}”" for o in options)
        yield m.start(1), m.end(2), f"日期“{year}{month}”漏了“年”“月”，应为{shown}。", options[0] if len(options) == 1 else None


# A deadline in a notice whose 月 was lost (请于222日前报送 for 2月22日): 于, three or four digits, 日 and 前
# or a stop. Not a count of days (在120日内, 于60日内).
_DEADLINE = regex_cache.compile(r"(?:(?<=于)|(?<=截[至止]))(\d{3,4})日(?=前|之前|[，,。；;])")  # 截止1210日,


def _deadline(text: str) -> Iterator[Reading]:
    for m in near_needles(_DEADLINE, text):
        if text[m.start() - 2:m.start() - 1].isdigit():
            continue
        options = month_day_options(m.group(1))
        if options:
            shown = "或".join(f"“{o}”" for o in sorted(options))
            meant = next(iter(options)) if len(options) == 1 else None
            yield m.start(), m.end(), f"日期“{m.group()}”漏了“月”，应为{shown}。", meant


# A day that lost its 月 (420日， 317日我单位) opening its paragraph, or as four figures its clause (，1022日进一步): no count of
# days opens one so, nor goes on but with 内/后/天. After 。 it is read where a whole date shows a chronicle (or below).
_DAY_COMMA = regex_cache.compile(r"(\d{3,4})日(?=[，,]|[^\d内以左后前历天里均报常间夜])")
_WHOLE_DATE = regex_cache.compile(r"(?<!\d)(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])日")
_OPENS = "\n。；;"
_BLANKS = " \t\u3000"
MAX_LEAD = 4  # blanks between the paragraph's (or sentence's) start and the date


def _entry_start(text: str, digits_at: int) -> Optional[int]:
    """Where the dated entry opens (its leading blanks included) when the digits open a line or follow 。；; after at
    most four blanks, else None. Found from each 日 after its digits, not by a line-start anchor at every character."""
    if digits_at > 0 and text[digits_at - 1].isdigit():
        return None  # the tail of a longer figure
    j = digits_at
    while j > 0 and digits_at - j < MAX_LEAD and text[j - 1] in _BLANKS:
        j -= 1
    return j if j == 0 or text[j - 1] in _OPENS else None


_YEAR_IN_PARAGRAPH = regex_cache.compile(r"(?:19|20)\d\d年")
YEAR_REACH = 200  # characters before the sentence where its paragraph names the year the entries fall in


def _no_day_after_year(text: str, start: int, digits: str) -> bool:
    """A yearbook entry opening its sentence with a figure no day can be (【概况】2017年，……。124日，) after its year."""
    if int(digits) <= 31:
        return False
    para = max(text.rfind("\n", 0, start), start - YEAR_REACH, 0)
    return _YEAR_IN_PARAGRAPH.search(text, para, start) is not None


def _opening_day(text: str) -> Iterator[Reading]:
    dated = None
    for m in near_needles(_DAY_COMMA, text):
        start = _entry_start(text, m.start(1))
        if start is None and len(m.group(1)) == 4 and text[m.start(1) - 1:m.start(1)] in ("，", ","):
            start = m.start(1)  # four figures a day can be are 1001-1231 (month_day_options)
        options = month_day_options(m.group(1)) if start is not None else None
        if not options:
            continue
        if start > 0 and text[start - 1] not in "\n，,":
            if dated is None:
                dated = _WHOLE_DATE.search(text) is not None
            if not dated and not _no_day_after_year(text, start, m.group(1)):
                continue
        shown = "或".join(f"“{o}”" for o in sorted(options))
        meant = next(iter(options)) if len(options) == 1 else None
        yield m.start(1), m.end(), f"日期“{m.group(1)}日”漏了“月”，应为{shown}。", meant


# A range's end that lost its 月 after a whole start date: "6月29日至831日" (8月31日): the start names its month.
_RANGE_END = regex_cache.compile(r"月\d{1,2}日起?[至到](\d{3,4})日")


def _range_end(text: str) -> Iterator[Reading]:
    for m in _RANGE_END.finditer(text):
        options = month_day_options(m.group(1))
        if options:
            shown = "或".join(f"“{o}”" for o in sorted(options))
            meant = next(iter(options)) if len(options) == 1 else None
            yield m.start(1), m.end(1) + 1, f"日期“{m.group(1)}日”漏了“月”，应为{shown}。", meant


# A date in the prose that lost all its marks before the act it dates (2025717召开党组会, 2019121全面推行殡葬改革) or its part
# of the day (2016324下午, 201371下午): six to eight figures, then such a verb or 上午/下午; no count or amount is so followed.
_ACT_DATE = regex_cache.compile(rf"(?<![\d.．])(?<!\d[,，])({FOUR_DIGITS})(\d{{2,4}})(?=(?:组织)?召开|举行|举办|印发|下发|出台|"
                                r"发布|启动|成立|(?:全面|正式)?(?:推行|施行)|(?:全面|正式)实施|上午|下午|晚上|凌晨)")


def _act_date(text: str) -> Iterator[Reading]:
    for m in near_needles(_ACT_DATE, text):
        if (r := _reading(m, "“年”“月”“日”", suggest=True)):
            yield r


# After 较/比/与: a year run into the base amount (较20155.88万元, 与2019498.83万元相比); led by its literal.
_GLUED_BASE = regex_cache.compile(r"[与较比]((?:19|20)\d\d)(\d{1,5}\.\d{1,2})(?=万元|元|亿元)")


def glued_bases(text: str, year: Optional[int]) -> Iterator[Reading]:
    """"较20155.88万元增加了0.51万元" in a 2016 report: the year before the report's, its 年 lost, run into the
    base amount after 较/比/与. Read only for the report's own year or the one before it, where a base of
    that size is far less likely than the comparison the sentence makes everywhere else."""
    if not year:
        return
    for m in near_needles(_GLUED_BASE, text):
        if int(m.group(1)) in (year - 1, year):
            yield (m.start(1), m.end(2), f"“{m.group(1)}{m.group(2)}”是年份“{m.group(1)}”漏了“年”，与金额连成一个数，"
                   f"应为“{m.group(1)}年{m.group(2)}”。", f"{m.group(1)}年{m.group(2)}")


def readings(text: str) -> list[Reading]:
    """Every date in ``text`` whose marks were lost, each once."""
    seen: set[int] = set()
    out = []
    for r in (*_bare_date_line(text), *_labelled(text), *_labelled_month(text), *_cut_off(text),
              *_lost_year_month(text), *_lost_month(text), *_year_twice(text), *_month_range(text),
              *_glued_range(text), *_glued_period(text), *_bare_month_line(text), *_deadline(text),
              *_signed_date(text), *_opening_day(text), *_range_end(text), *_act_date(text), *day_ranges(text)):
        if r[0] not in seen:
            seen.add(r[0])
            out.append(r)
    return out
