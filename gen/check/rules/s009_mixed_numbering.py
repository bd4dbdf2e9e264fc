"""S009: Roman numerals used as heading numbers in a report numbered in Chinese.

Official documents number headings 一、（一）1.（1）. A section pasted from a
slide or a foreign template keeps its Ⅰ、Ⅱ or I. II. numbering, so one
report mixes two systems at the same level. Roman-numbered lines are
reported only when the same report also has Chinese-numbered headings, and
ASCII letters only in a run (I、 then II、) so that an English word or a
grade "I类" is not mistaken for a number. A Latin letter as a title's mark ("a、 文化工作重提升") is
read where the title is short and the next line opens the numbered items under it (1. or （一）).
A number padded with a zero ("09.预算09" between "8.预算08" and "10.预算10") is another system in one list: read
only where a neighbour of its list (n-1 or n+1, the same mark after it) is written unpadded and none is padded.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..headings import headings, standard_mark
from ..registry import Rule

RULE = Rule(
    code="S009",
    name="mixed-numbering",
    severity="warning",
    summary="标题编号混用罗马数字与汉字数字",
    doc=(
        "检查什么：同一报告中既有“一、”“（一）”这样的汉字编号标题，又有“Ⅰ、”“Ⅱ.”“II、”这样的罗马数字编号。\n"
        "为什么：公文标题编号依次用“一、（一）1.（1）”（GB/T 9704），混用罗马数字说明是从别处拼来的文字，层级也会让读者糊涂。\n"
        "不报的情形：全文没有汉字编号标题；单独一个“I类”“V型”之类的写法。\n"
        "示例：“一、基本情况”之后出现“Ⅱ、绩效分析”，应为“二、绩效分析”。"
    ),
    flag=(
        "一、基本情况\n内容。\nⅡ、绩效分析\n内容。\n",
        "一、基本情况\n（一）部门职能\nI、人员情况\n内容。\nII、资产情况\n内容。\n",
        # a Latin letter as the mark of a title over numbered items
        "（二）主要工作\n今年全局各项工作稳步推进。\na、 文化服务再提升\n1.完善公共文化服务网络。\n",
        # one number padded with a zero among unpadded neighbours
        "目录\n7.表七 项目支出表\n8.表八 政府采购表\n09.表九 “三公”经费表\n10.表十 绩效目标表\n",
    ),
    keep=(
        "一、基本情况\n（一）部门职能\n二、绩效分析\n内容。\n",
        "一、基本情况\nI类设备采购完成。\n",
        "Ⅰ、Introduction\nⅡ、Methods\n",
        # a questionnaire's options, no items under them; a letter in a sentence
        "（二）满意度调查\nA、非常满意的比例\nB、基本满意的比例\n",
        "（二）主要工作\n完成a、b两类设备的更新改造工作。\n1.完善公共文化服务网络。\n",
        # a list padded throughout is its own style
        "目录\n08.表八 政府采购表\n09.表九 “三公”经费表\n10.表十 绩效目标表\n",
    ),
)

_ROMAN_U = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_UNICODE = regex_cache.compile(rf"^\s{{0,4}}([{_ROMAN_U}])\s{{0,2}}[、.．]\s{{0,2}}(?=[\u4e00-\u9fff])", re.M)
_ASCII = regex_cache.compile(r"^\s{0,4}(I{1,3}|IV|VI{0,3}|IX|X)\s{0,2}[、.．]\s{0,2}(?=[\u4e00-\u9fff])", re.M)
_ASCII_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


# A Latin letter as a heading's mark ("a、 文化工作重提升"), the line a short title, the next line opening the
# numbered items under it: a slide's or a draft's outline mark in a report numbered in Chinese.
_LETTER = regex_cache.compile(
    r"^[ \t\u3000]{0,4}([a-zA-Z][、．.])[ \u3000]{0,2}[\u4e00-\u9fff“”]{4,20}[ \t\u3000]{0,4}\n"
    r"(?:[ \t\u3000]{0,4}\n){0,2}[ \t\u3000]{0,4}(?:1[.．、]|[（(]一[）)]|[（(]1[）)])(?=[\u4e00-\u9fff])", re.M)


def _letter_marks(text: str):
    for m in near_needles(_LETTER, text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"标题用了字母编号“{m.group(1)}”，而本报告其他标题用汉字编号，应按层级改为“（一）”或“1.”等。")


_PADDED = regex_cache.compile(r"^[ \t\u3000]{0,4}0([1-9])([.．、])(?=[\u4e00-\u9fff“])", re.M)


def _padded_marks(text: str):
    """A list number padded with a zero among unpadded neighbours of the same mark (8. 09. 10.)."""
    for m in near_needles(_PADDED, text):
        n, mark = int(m.group(1)), re.escape(m.group(2))
        near = [str(k) for k in (n - 1, n + 1) if k > 0]
        unpadded = any(re.search(rf"^[ \t\u3000]{{0,4}}{k}{mark}", text, re.M) for k in near)
        padded = any(re.search(rf"^[ \t\u3000]{{0,4}}0{k}{mark}", text, re.M) for k in near if k != "10")
        if unpadded and not padded:
            yield Finding(m.start(), m.end(2), RULE.code, RULE.severity,
                          f"序号“{m.group(0).strip()}”前面多了“0”，与同一列举中的其他序号写法不一，应为“{n}{m.group(2)}”。",
                          f"{n}{m.group(2)}")


def check(ctx):
    yield from _padded_marks(ctx.text)
    chinese = [h for h in headings(ctx) if h.level in (1, 2) and h.form != "bare"]
    if not chinese:
        return
    yield from _letter_marks(ctx.text)
    marks = [(m.start(1), m.end(), _ROMAN_U.index(m.group(1)) + 1) for m in near_needles(_UNICODE, ctx.text)]
    ascii_marks = [(m.start(1), m.end(), _ASCII_VALUE[m.group(1)]) for m in near_needles(_ASCII, ctx.text)]
    if len(ascii_marks) >= 2:  # a run, so "I类" or a stray letter is not a number
        marks += ascii_marks
    for s, e, n in sorted(marks):
        fixed = standard_mark(1, n)
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"标题编号“{ctx.text[s:e].strip()}”用了罗马数字，而本报告其他标题用汉字编号，应统一为“{fixed}”等。", fixed)
