"""N038: a span of years whose end comes before its start (行动计划（2018—2010）, 2018年至2010年), or is its start.

A plan or a period is written start first: 2018—2020, 2021-2025年, 2019年至2022年. An end year
before the start is a slip of one digit (2010 for 2020) that no reader can resolve without the
source. A difference written with a dash (增减（2022-2021）, 2022-2021年差额) is no span, so a
pair next to a word of change or comparison is left alone, and so is a pair inside a code or a
standard's number (GB/T 2260-2007, GB 2018-2014: letters, a slash or a point before it). A span that ends in
the year it starts (2023-2023年度, （2021—2021）) is no span either: one of its years is typed wrongly. It is read
only where the pair closes as a span (年度, 年 with no month after it, a closing bracket), so a date that follows
(2022年至2022年12月) is left alone.

A period written as two dates (统计期2020年10月1日至2020年9月30日, 2021年3月至2021年1月) is read the same way: the
end date before the start date is a year typed wrongly (the 2019年10月1日 of a twelve-month count), whether or
not the two years differ.

A change told from one year's figure to another's (由2019年的14646元提高到2020年的16403元) names two points in time
the same way: the same year at both ends (由2020年的14646元提高到2020年的16403元), or an end year before the start,
is a year typed wrongly (the base year is most often the year before). Only when both years carry the same point
word (年的…年的, 年底…年底): 由2020年初的…提高到2020年底的… compares two points of one year.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N038",
    name="year-range-reversed",
    severity="warning",
    summary="年份区间的终止年份早于起始年份",
    doc=(
        "检查什么：“2018—2010”“2018-2010年”“2018年至2010年”这样起止年份倒置的年份区间；"
        "“由2020年的14646元提高到2020年的16403元”这样变化前后年份相同或倒置的。\n"
        "为什么：年份区间总是先写起始年份，终止年份早于起始年份多是一位数字写错（2010应为2020），读者无法判断原意。\n"
        "起止同为一年的区间（“2023-2023年度”）同样是一个年份写错。\n"
        "不报的情形：起止正常的区间（2018—2020、2019年至2022年）；后面接着月份的日期（2022年至2022年12月）；旁边写着“增减、差额、比较、变动、对比”"
        "等词的年份相减（增减（2022-2021））；标准号、编号里的数字（GB/T 2260-2007）；同一年的两个时点（由2020年初的……增加到2020年底的……）。\n"
        "示例：“第三期学前教育行动计划（2018—2010）”应为“2018—2020”。"
    ),
    flag=(
        "落实第三期学前教育行动计划（2018—2010）的要求。",
        "依据《某市乡村振兴规划（2018年至2012年）》开展工作。",
        "2019-2012年累计投入资金300万元。",
        "统计时间为2021年10月1日至2021年9月30日。",
        "本次检查自2022年5月至2022年3月开展。",
        "农民人均纯收入由2020年的14646元提高到2020年的16403元。",
        "贫困发生率从2021年底的3.2%下降到2019年底的0.5%。",
        # a span that ends in the year it starts
        "荣获“某区2023-2023年度志愿服务先进集体”称号。",
    ),
    keep=(
        "落实第三期学前教育行动计划（2018—2020）的要求，2019年至2022年累计投入300万元。",
        "收入增减（2022-2021）为12万元，2022-2021年差额见下表。",
        "执行《行政区划代码》（GB/T 2260-2007）和2022年至2022年12月的规定。",
        "统计时间为2020年10月1日至2021年9月30日，检查自2022年3月至2022年5月开展，2022年5月1日至5日完成。",
        "人均纯收入由2019年的14646元提高到2020年的16403元，存款由2020年初的3亿元增加到2020年底的5亿元。",
        "从2020年1月至2020年12月，覆盖率由2020年上半年的60%提高到下半年的80%。",
    ),
)

# Two years joined by a dash, a tilde, 至 or 到, either with or without 年 after the first.
# The century is matched before the look-behind that tests the character in front of it, so that re skips
# to the figures by itself instead of trying the look-behind at every character.
_RANGE = regex_cache.compile(
    r"((?:19|20)(?<![\dA-Za-z/.\-_]\d\d)\d\d)[ \u3000]?年?[ \u3000]?(?:—{1,2}|–|-|~|～|至|到)[ \u3000]?((?:19|20)\d\d)(?![\d.])"
)
# Two dates with their years, months and optional days joined by 至, 到 or a dash: a period.
_DATES = regex_cache.compile(
    r"((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?[ \u3000]?(?:—{1,2}|–|-|~|～|至|到)[ \u3000]?"
    r"((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?"
)
# A change from one year's figure to another's: 由|从 the first year and its point word, a figure (no clause mark),
# a verb of change and 到|至, the second year with its point word.
_FROM_TO = regex_cache.compile(
    r"(?:由|从)((?:19|20)\d\d)年(的|底|末|初)[^，,。；;：:\n]{1,24}?"
    r"(?:提高|增加|增长|上升|提升|扩大|下降|减少|降低|缩小|缩减|降)(?:到|至)((?:19|20)\d\d)年(的|底|末|初)"
)
_CHANGE = regex_cache.compile(r"增|减|差|比|变动|同期|相比")
_CODE_BEFORE = regex_cache.compile(r"[A-Za-z/][ \u3000]?$")  # GB 2018-2014, a standard's number
# What closes a span of years (2023-2023年度, （2021—2021）): a same-year pair is read only then, not before a date.
_SPAN_CLOSE = regex_cache.compile(r"年度|年(?![\d一二三四五六七八九十]{1,2}月)|[）)》”]")


def check(ctx):
    text = ctx.text
    for m in near_needles(_RANGE, text):
        start, end = int(m.group(1)), int(m.group(2))
        if end > start or (end == start and not _SPAN_CLOSE.match(text, m.end())):
            continue
        around = text[max(0, m.start() - 8):m.start()] + text[m.end():m.end() + 8]
        if _CHANGE.search(around) or _CODE_BEFORE.search(text[max(0, m.start() - 2):m.start()]):
            continue  # a difference of two years' figures, or a code: not a span
        what = f"起止同为{start}年" if end == start else f"终止年份{end}早于起始年份{start}"
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"年份区间“{m.group(0)}”{what}，请核对（多为一位数字写错）。", None,
        )
    for m in near_needles(_DATES, text):
        day1, day2 = int(m.group(3) or 0), int(m.group(6) or 0)
        start_at = (int(m.group(1)), int(m.group(2)), day1 if m.group(6) else 0)
        end_at = (int(m.group(4)), int(m.group(5)), day2 if m.group(3) else 0)
        if end_at >= start_at:
            continue  # a day left out on one side compares as the whole month
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"时间区间“{m.group(0)}”的终止日期早于起始日期，请核对（多为年份写错）。", None,
        )
    for m in near_needles(_FROM_TO, text):
        start, end = int(m.group(1)), int(m.group(3))
        if end > start or m.group(2) != m.group(4):
            continue
        what = "起止同为" + str(start) + "年" if end == start else f"终止年份{end}早于起始年份{start}"
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“{m.group(0)}”{what}，变化前后的年份应不同，请核对（多为基期年份写错，常为上一年）。", None,
        )
