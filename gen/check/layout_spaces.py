"""Stray blanks a layout's habit rules out, read against the text's own other writings (W034's shapes, beside
gen.check.stray_spaces): the one heading whose 顿号 is spaced from its title among headings that glue it
(五、 一般公共预算支出情况表), and a clock time's minutes spaced from the colon in a range (14: 30-16: 30) where the
text glues its other times; and a rate spaced from its % (增长7.7 %) however often, in a text that glues most of its
rates (增长216.11%) and sets both ways in one line: rates set two ways by one writer are slips, not a typesetting habit
(a text that spaces its rates throughout, 增长12.5 %, is left alone; stray_spaces.after_figures tells a lone one);
and a month's figure spaced from its 月 (。5 月10至11日, ，7 月上半月) in a text that glues its months as often or more
(7月14日): dates set two ways by one writer (stray_spaces.after_figures asks for eight glued figures a blank, which a
short page of dates does not hold); and a date's month spaced from its year's 年 (至2017年 10月底) where the text
glues its dates as often.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache
from ..core.regex_needles import contains
from .stray_spaces import AFTER_LIST_MARK, HEADING_NUMERAL, at_least, in_prose, rate_gaps
from .textspans import line_around


# A heading's 顿号 glued to its title (一、基本情况): how the text writes its headings, counted against the one spaced.
_GLUED_LIST_MARK = regex_cache.compile(r"、(?=[\u4e00-\u9fff“《])")
MIN_GLUED_HEADINGS = 3  # headings whose 、 is glued to the title, beside the one that is not


def after_heading_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, heading's head) of the one blank after a heading's numeral and 顿号 (五、 一般公共预算支出情况表) in a
    text whose other headings glue the title to the 、 (一、单位收支预算总体情况表) MIN_GLUED_HEADINGS times or more:
    a layout that spaces its headings does so at each (after_list_marks leaves them all alone)."""
    if not (contains(text, "、 ") or contains(text, "、\u3000")):
        return
    spaced = [m for m in AFTER_LIST_MARK.finditer(text)
              if HEADING_NUMERAL.fullmatch(text, line_around(text, m.start())[0], m.start())]
    if len(spaced) != 1:
        return
    glued = 0
    for m in _GLUED_LIST_MARK.finditer(text):
        glued += HEADING_NUMERAL.fullmatch(text, line_around(text, m.start())[0], m.start()) is not None
        if glued >= MIN_GLUED_HEADINGS:
            m = spaced[0]
            lo = line_around(text, m.start())[0]
            yield m.start(1), m.end(1), text[lo:m.start() + 1].strip(" \t\u3000") + text[m.end():m.end() + 4]
            return


# A clock time's minutes spaced from the colon (14: 30-16: 30) in a range of times: found from the colon and its blank
# (a literal the engine skips to); the range around it read on the colon's line.
_CLOCK_GAP = regex_cache.compile(r"[:：]([ \u3000])(?=[0-5]\d(?!\d))")
_CLOCK = r"(?<!\d)(?:[01]?\d|2[0-3])[:：][ \u3000]?[0-5]\d(?!\d)"
_CLOCK_RANGE = regex_cache.compile(_CLOCK + r"[ \u3000]?[-—–－~～至到][ \u3000]?" + _CLOCK)
_GLUED_CLOCK = regex_cache.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)")


def clock_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, time) of each blank between a clock time's colon and its minutes (14: 30) inside a range of times
    (14: 30-16: 30), in a text that writes a time glued elsewhere (8:30-11:30): the minutes follow the colon at once."""
    if not (contains(text, ": ") or contains(text, "： ")):
        return
    ranges, glued = {}, None
    for m in _CLOCK_GAP.finditer(text):
        lo, hi = line_around(text, m.start())
        if lo not in ranges:
            ranges[lo] = [r.span() for r in _CLOCK_RANGE.finditer(text, lo, hi)]
        if any(s < m.start() < e for s, e in ranges[lo]) and text[m.start() - 1].isdigit():
            if glued is None:
                glued = _GLUED_CLOCK.search(text) is not None
            if not glued:
                return
            hour = text[max(lo, m.start() - 2):m.start()].lstrip("-—–－~～至到 ")
            yield m.start(1), m.end(1), f"{hour}{text[m.start():m.end() + 2]}"


_GLUED_RATE = regex_cache.compile(r"\d[%％]")  # a rate glued to its % (增长216.11%)
GLUED_PER_SPACED_RATE = 2  # glued rates for each spaced one, for the spaced ones beside them to be slips


def mixed_rates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, rate) of each rate spaced from its % (增长7.7 %) in a text that glues GLUED_PER_SPACED_RATE rates
    for each it spaces and sets both ways in one line (增长216.11% beside 增长7.7 %)."""
    if not (contains(text, "%") or contains(text, "％")):
        return
    rates = list(rate_gaps(text))
    if not rates or not at_least(_GLUED_RATE, text, len(rates) * GLUED_PER_SPACED_RATE):
        return
    if any(_GLUED_RATE.search(text, *line_around(text, s)) for s, _, _ in rates):
        yield from rates


# A blank before 月 (opens on the blank, a literal the engine skips to); the month's figure before it read by hand
# (_MONTH_BACK: after no figure, point, comma or blank, so not 2020 年 7 月's typeset date nor 1,5 月).
_BEFORE_MONTH = regex_cache.compile(r"[ \u3000]{1,2}(?=月)")
_MONTH_BACK = regex_cache.compile(r"(?<![\d.．\s])(?<!\d,)(?:1[0-2]|(?<!1)[1-9])$")
_GLUED_MONTH_FIGURE = regex_cache.compile(r"(?<![\d.．])(?:1[0-2]|[1-9])月")
_MONTH_TAIL = regex_cache.compile(r"月(?:\d{1,2}日|[上中下]旬|上半月|下半月|底|初|份)?")
MIN_GLUED_MONTHS = 2  # months glued to their figure, at the least, that show how the text writes its dates


def month_figure_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, date) of each blank between a month's figure and its 月 (5 月10至11日) in prose, in a text that glues
    its months to their figures as often as it spaces them, and MIN_GLUED_MONTHS times at the least."""
    if not (contains(text, " 月") or contains(text, "\u3000月")):
        return
    found = []
    for m in _BEFORE_MONTH.finditer(text):
        back = _MONTH_BACK.search(text, max(0, m.start() - 3), m.start())
        if back is not None and in_prose(text, m.start()):
            found.append((m.start(), m.end(), back.group() + _MONTH_TAIL.match(text, m.end()).group()))
    if found and at_least(_GLUED_MONTH_FIGURE, text, max(MIN_GLUED_MONTHS, len(found))):
        yield from found


# A date's year glued to its 年 and the month spaced from it (去冬以来至2017年 10月底): a date is one token. Opens on
# 年 (a literal); the year and the blank are bounded.
_SPACED_MONTH = regex_cache.compile(r"(?<=\d)年([ \u3000]{1,2})\d{1,2}月")
_GLUED_MONTH = regex_cache.compile(r"(?<=\d)年\d{1,2}月")


def month_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, date) of each blank between a year's 年 and its month, in prose, where the text glues its dates'
    months to 年 at least as often (a typesetting that spaces its dates, 2020 年 1 月, spaces the year as well)."""
    if not (contains(text, "年 ") or contains(text, "年\u3000")):
        return
    found = [m for m in _SPACED_MONTH.finditer(text) if in_prose(text, m.start())]
    if found and at_least(_GLUED_MONTH, text, len(found)):
        for m in found:
            yield m.start(1), m.end(1), text[m.start() - 4:m.start() + 1] + m.group().replace(m.group(1), "")[1:]
