"""S028: a heading's number whose Chinese numeral is split by blanks (十 一 、一般性支出情况说明).

A PDF exported with its characters spaced, or a heading typed with blanks to line it up, leaves the
numeral 十一 as 十 一: the outline reads it as no number at all (S001 then sees 十、 followed by nothing),
a search for 十一、 misses it, and the page looks broken. Only a numeral at a line's start, its
characters parted by blanks, closed by 、, and followed by a heading whose own words are not spaced out
(a line spaced character by character throughout is W034's converter noise, not a number's slip), is
reported; the parts must read as one numeral (十 一 → 十一, 二 十 → 二十).

The same slip falls after the number: a blank between a heading's 、 (or its bracketed mark's ）) and its words
(五、 一般公共预算支出情况表, （三） 部门评价项目绩效评价结果) where the text's other headings of that mark glue their
words to it (四、部门收支预算总体情况表): the heading stands out of line with its neighbours. Only where MIN_GLUED headings at least glue theirs and MAX_SPACED at most are spaced: a
text that spaces all its headings so is laid out that way. A level's only heading, spaced ((一) 问题 under 五、), is
read against the other level's headings where those are all glued (一、总体情况 … 五、存在问题): one heading of its kind
shows no layout of its own.
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
        "标题序号的顿号或括号后多了空格（“五、 一般公共预算支出情况表”“（三） 部门评价项目绩效评价结果”），而文中同类序号的其他标题都紧接标题文字，也报告。\n"
        "不报的情形：全文标题都在顿号后空格的；标题文字也逐字隔开的整行（转换噪声，由 W034 报告）；拆开后读不成一个数的（“一 二 三”）。\n"
        "示例：“十 一 、一般性支出情况说明”应为“十一、一般性支出情况说明”。"
    ),
    flag=(
        "十、关于机关运行经费支出说明\n十 一 、一般性支出情况说明\n十 二 、关于政府采购支出说明\n",
        # a blank after the mark where the other headings glue their words to it
        "一、部门收入预算表\n二、部门支出预算表\n三、财政拨款收支预算表\n四、 一般公共预算支出预算表\n五、项目支出表\n",
        # the same after a bracketed mark, among the level's other headings glued to theirs
        "（一）部门整体绩效评价结果\n（二）项目自评结果\n（三） 部门评价项目绩效评价结果\n（四）结果应用\n",
        # a level's one heading spaced, the other level's headings all glued
        "一、总体情况\n二、主动公开情况\n三、依申请公开情况\n四、存在问题\n（一） 问题\n公开内容不够全面。\n",
    ),
    keep=(
        "十、关于机关运行经费支出说明\n十一、一般性支出情况说明\n十二、关于政府采购支出说明\n",
        # a line spaced character by character throughout; numbers that read as no one numeral
        "十 一 、 一 般 性 支 出 情 况 说 明\n一 二 、三等奖各一名\n",
        # a text that spaces all its headings after the mark
        "一、 概述\n二、 主动公开情况\n三、 依申请公开情况\n四、部门预算表\n",
        # the bracketed level spaced throughout, the 、 level glued: each level's own layout
        "一、概述\n（一） 职能\n（二） 机构\n（三） 人员\n二、收支\n三、绩效\n",
        # a level's one heading spaced beside too few headings of the other level to show a layout
        "一、概述\n二、问题\n（一） 问题\n公开内容不够全面。\n",
    ),
)

_SPLIT = regex_cache.compile(
    r"^[ \t\u3000]{0,4}([一二三四五六七八九十](?:[ \u3000]{1,3}[一二三四五六七八九十]){1,2})[ \u3000]{0,3}、"
    r"(?=[ \u3000]{0,2}[\u4e00-\u9fff“《（(\d]{2})", re.M)

# A heading's mark at a line's start (一、 or （一）: its bracket is group 1) and the blank after it, if any
# (group 2), before the heading's words.
_MARK = regex_cache.compile(
    r"^[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}、|([（(])[一二三四五六七八九十]{1,3}[）)])([ \u3000]{0,2})"
    r"(?=[\u4e00-\u9fff“《])", re.M)
MIN_GLUED = 3  # headings gluing their words to the mark that show how the text writes them
MAX_SPACED = 2  # headings spaced from it, at most, for those to be slips


def _spaced_after_mark(text):
    """Findings on the blanks after a heading's 、 (or its bracketed mark's ）) where the text's other headings of
    that mark glue their words to it: 一、 and （一） are counted apart (a text may space one level and not the other)."""
    glued: dict[bool, int] = {False: 0, True: 0}
    spaced: dict[bool, list] = {False: [], True: []}
    for m in near_needles(_MARK, text):
        bracketed = m.group(1) is not None
        if m.group(2):
            spaced[bracketed].append(m)
        else:
            glued[bracketed] += 1
    for bracketed, found in spaced.items():
        # a level's one heading, spaced, beside the other level glued throughout: the text's headings show the way
        lone = len(found) == 1 and not glued[bracketed] and not spaced[not bracketed]
        if (glued[not bracketed] if lone else glued[bracketed]) < MIN_GLUED or len(found) > MAX_SPACED:
            continue
        for m in found:
            yield Finding(m.start(2), m.end(2), RULE.code, RULE.severity,
                          f"标题序号“{m.group().strip()}”后面多了空格（其他标题的序号都紧接标题文字），应删去。", None)


def check(ctx):
    text = ctx.text
    yield from _spaced_after_mark(text)
    if "、" not in text:
        return
    for m in near_needles(_SPLIT, text):
        numeral = re.sub(r"[ \u3000]", "", m.group(1))
        n = parse_chinese_numeral(numeral)
        if n is None or n < 11 or n > 99:
            continue  # 一 二 (a list of terms), 二 十 read as one number only from eleven up
        yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                      f"标题序号“{m.group().strip()}”的数字中间夹了空格，应为“{numeral}、”。", f"{numeral}、")
