"""S028: a heading's number whose Chinese numeral is split by blanks (十 一 、一般性支出情况说明).

A PDF exported with its characters spaced, or a heading typed with blanks to line it up, leaves the
numeral 十一 as 十 一: the outline reads it as no number at all (S001 then sees 十、 followed by nothing),
a search for 十一、 misses it, and the page looks broken. Only a numeral at a line's start, its
characters parted by blanks, closed by 、, and followed by a heading whose own words are not spaced out
(a line spaced character by character throughout is W034's converter noise, not a number's slip), is
reported; the parts must read as one numeral (十 一 → 十一, 二 十 → 二十).
"""

from __future__ import annotations

import re

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.chinese_numerals import parse_chinese_numeral
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S028",
    name="heading-numeral-split",
    severity="warning",
    summary="标题序号的汉字数字中间夹了空格（十 一 、）",
    doc=(
        "检查什么：行首标题序号的汉字数字被空格拆开，如“十 一 、一般性支出情况说明”“十 二 、关于政府采购支出说明”。\n"
        "为什么：序号被拆开后不再是“十一、”，目录和层级都读不出这一项，检索也找不到；多是转换或排版时加进的空格。\n"
        "不报的情形：标题文字也逐字隔开的整行（转换噪声，由 W034 报告）；拆开后读不成一个数的（“一 二 三”）。\n"
        "示例：“十 一 、一般性支出情况说明”应为“十一、一般性支出情况说明”。"
    ),
    flag=(
        "十、关于机关运行经费支出说明\n十 一 、一般性支出情况说明\n十 二 、关于政府采购支出说明\n",
    ),
    keep=(
        "十、关于机关运行经费支出说明\n十一、一般性支出情况说明\n十二、关于政府采购支出说明\n",
        # a line spaced character by character throughout; numbers that read as no one numeral
        "十 一 、 一 般 性 支 出 情 况 说 明\n一 二 、三等奖各一名\n",
    ),
)

_SPLIT = regex_cache.compile(
    r"^[ \t\u3000]{0,4}([一二三四五六七八九十](?:[ \u3000]{1,3}[一二三四五六七八九十]){1,2})[ \u3000]{0,3}、"
    r"(?=[ \u3000]{0,2}[\u4e00-\u9fff“《（(\d]{2})", re.M)


def check(ctx):
    text = ctx.text
    if "、" not in text:
        return
    for m in near_needles(_SPLIT, text):
        numeral = re.sub(r"[ \u3000]", "", m.group(1))
        n = parse_chinese_numeral(numeral)
        if n is None or n < 11 or n > 99:
            continue  # 一 二 (a list of terms), 二 十 read as one number only from eleven up
        yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                      f"标题序号“{m.group().strip()}”的数字中间夹了空格，应为“{numeral}、”。", f"{numeral}、")
