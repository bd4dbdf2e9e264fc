"""N045: a date whose 年 and 月 were lost, its figures run together (2021115日, 报告日期:2022624, 2019  7  8).

A date typed in a form field, or converted from a PDF whose date was drawn apart from its characters,
comes out as its digits alone: "2021115日" is 2021年1月15日 or 2021年11月5日, and no reader can tell
which. A report writes 2021年1月15日 (or 2021-01-15 in a table); the digits without marks are a
date that cannot be read. Three shapes are certain: the digits run straight into 日; a date field's
label (报告日期, 公开时间) followed by the year and three figures or two groups parted by a blank;
and a line that holds only a year and two small numbers parted by blanks (a signature's date whose
年月日 were set apart as drawn characters). An eight-figure date (20220624) is a compact form some
systems print, and is left alone.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N045",
    name="date-marks-lost",
    severity="warning",
    summary="日期丢了“年”“月”，数字连在一起无法读出（2021115日）",
    doc=(
        "检查什么：日期的“年”“月”丢失、数字连写或只以空格隔开：“2021115日”、“报告日期:2022624”、"
        "“公开时间:20248 22”、单独成行的“2019  7  8”。\n"
        "为什么：“2021115日”可读作2021年1月15日，也可读作2021年11月5日，读者无法判断；公文日期应写全“年月日”。\n"
        "不报的情形：写全的日期（2021年1月15日）、表格里的2021-01-15、八位数字的紧凑写法（20220624）、"
        "编号和金额里的数字。\n"
        "示例：“2021115日区人民代表大会”应为“2021年1月15日”（或“2021年11月5日”，按原件）。"
    ),
    flag=(
        "2021115日区第十届人民代表大会第六次会议通过。",
        "报告日期:2022624",
        "公开时间:20248 22",
        "某区统计局\n   2019  7  8\n",
    ),
    keep=(
        "2021年1月15日区第十届人民代表大会第六次会议通过。",
        "报告日期：2022年6月24日，公开时间：2024-08-22，发布时间：20220624。",
        "项目编号2021115，资金2021115元，共2021115日元。",
        "年度 | 2019 | 7 | 8 |\n本年 2019  7  8 项\n",
    ),
)

# The year, then one to four figures straight into 日 (2021115日): no mark between year, month and day.
_RUN_INTO_DAY = regex_cache.compile(r"(?<![\d.,，])20[0-4]\d\d{1,4}日(?!元)")
# A date field's label, then the year and three figures, or two groups parted by blanks (20248 22).
_LABELLED = regex_cache.compile(
    r"(?:日期|时间)[:：][ \t\u3000]{0,3}(20[0-4]\d(?:\d{3}|\d{1,2}[ \t\u3000]{1,3}\d{1,2}|[ \t\u3000]{1,3}\d{1,2}[ \t\u3000]{1,3}\d{1,2}))"
    r"(?![\d年月日./\-])")
# A line that is only a year and two small numbers parted by blanks.
_LONE_LINE = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,40}(20[0-4]\d[ \t\u3000]{1,4}(?:1[0-2]|0?[1-9])[ \t\u3000]{1,4}(?:[12]\d|3[01]|0?[1-9]))[ \t\u3000]*$")


def _spans(text: str):
    for m in near_needles(_RUN_INTO_DAY, text):
        yield m.start(), m.end()
    for pattern in (_LABELLED, _LONE_LINE):
        for m in near_needles(pattern, text):
            yield m.start(1), m.end(1)


def check(ctx):
    text = ctx.text
    for s, e in sorted(set(_spans(text))):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"日期“{text[s:e].strip()}”丢了“年”“月”，数字连在一起，读者无法判断是哪一天，请按原件写全年月日。", None)
