"""W064: a numbered heading cut to its first character (一、概 for 一、概述, （二）主 for （二）主动公开).

A part's heading names the part in a word at least (一、概述, 二、收入, （一）主动公开): no heading is one character
long. A line that holds nothing but a heading's number and one Chinese character is a heading whose other
characters were lost when the page was typed or converted, and the reader cannot tell which part begins there.

Read only a line that is a Chinese numeral heading (一、 or （一）; centred copies indent it by up to forty spaces) and one character, with nothing else on it;
the answers a form writes after a number (（一）无, 一、是, 二、否, 略) are whole and stay silent, and so is the
text's last line (a page store cut the text off there, inside the heading's words).
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule
from ...core.regex_needles import finditer as near_needles

RULE = Rule(
    code="W064",
    name="heading-one-character",
    severity="warning",
    summary="编号小标题只剩一个字（“一、概”），标题文字漏了",
    doc=(
        "检查什么：单独成行的编号标题（“一、”“（一）”）之后只有一个汉字，如“一、概”，应为“一、概述”。\n"
        "为什么：部分的标题至少是一个词（概述、收入、主动公开），只剩一个字是录入或转换时漏了后面的字，读者看不出这一部分讲什么。\n"
        "不报的情形：编号后是表格或表单的答语（无、是、否、略、有）；标题后还有别的文字的。\n"
        "示例：“一、概”应补全为“一、概述”（或“一、总体情况”）。"
    ),
    flag=(
        "本报告由概述、主动公开情况等部分组成。\n一、概\n2024年，某局进一步加强政务公开工作。\n",
        "（二）主\n全年主动公开信息120条。\n",
        "                    二、概  \n\n    2021年度本机关政务公开工作概述如下：\n",
    ),
    keep=(
        "本报告由概述、主动公开情况等部分组成。\n一、概述\n2024年，某局进一步加强政务公开工作。\n",
        "四、存在的问题\n（一）无\n二、是\n一、概况：某局设5个科室。\n",
        # the text's last line: a page store cut the text off inside the heading
        "（二）依申请公开情况\n本年度未收到政府信息公开申请。\n\n（三）政",
    ),
)

_HEADING = regex_cache.compile(
    r"^[ \u3000\t]{0,40}((?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"[ \u3000]{0,3}([\u4e00-\u9fff]))[ \u3000\t]{0,8}$",
    re.M,
)
_ANSWERS = frozenset("无是否略有空缺")


def check(ctx):
    text = ctx.text
    for m in near_needles(_HEADING, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        if m.group(2) in _ANSWERS:
            continue
        if not text[m.end():].strip():
            continue  # the text's last line: a page store cut the text off inside the heading ((三)政), not the page
        s, e = m.span(1)
        written = text[s:e]
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{written}”：编号标题只剩一个字，后面的文字漏了，应补全（如“一、概述”）。", None)
