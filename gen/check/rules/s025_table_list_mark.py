"""S025: a list of table titles whose mark after the number changes (表5  … then 表6.…).

A report's list of its tables (表1  部门收支总表, 表1-1  部门收入总表, …) writes every
number the same way. A title typed or pasted apart keeps another mark ("表6.部门整体支出
绩效目标表" among titles that set the number off with blanks), and often runs into the
title before it (…支出预算表表6.…). Titles are read where they open a line or follow a
title's closing 表 at once; a list is titles no more than a few lines apart. At least three
titles must share the mark, more than write the other one; each title of the other mark is
reported.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ...core import regex_cache, regex_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..runs import split_runs

RULE = Rule(
    code="S025",
    name="table-list-mark",
    severity="warning",
    summary="表格目录中编号后的符号前后不一致（“表5 ”与“表6.”）",
    doc=(
        "检查什么：报告列出的各张表（“表1  部门收支总表”“表1-1  部门收入总表”……）中，"
        "编号后的符号（空格、点、顿号、冒号）前后不一致，如前面都是“表5  ”，后面写成“表6.”；"
        "或一处漏了符号（“表一：”“表二：”之后写“表三支出决算表”）。\n"
        "为什么：同一组表名的编号应写法统一；写法不同的多是另外粘贴的，常与上一行接在一起未换行。\n"
        "不报的情形：同一写法不足三处的；正文中引用的“见表5.”（不在行首、也不紧接在表名之后）。\n"
        "示例：“表5  国有资本经营预算支出预算表表6.部门整体支出绩效目标表”中“表6.”应与其他表名写法一致。"
    ),
    flag=(
        "表1  收支总表\n表2  收入总表\n表3  支出总表\n表4  项目支出表表5.绩效目标表\n",
        "表1、收支总表\n表2、收入总表\n表3、支出总表\n表4.绩效目标表\n",
        # numbers in Chinese numerals; one number runs into its title without the list's colon
        "表一：收支总表\n表二：收入总表\n表三支出总表\n表四：绩效目标表\n",
    ),
    keep=(
        "表1  收支总表\n表2  收入总表\n表3  支出总表\n表4  绩效目标表\n",
        "表1.收支总表\n表2.收入总表\n表3.支出总表\n详见表4.其余略。\n",
        # two titles of each mark: no mark is the list's own
        "表1  收支总表\n表2  收入总表\n表3.支出总表\n表4.绩效目标表\n",
        "表一收支总表\n表二收入总表\n表三支出总表\n表四绩效目标表\n",
        "表一：收支总表\n表二：收入总表\n表三：支出总表\n表格填报说明见附件。\n",
    ),
)

_TITLE = regex_cache.compile(
    r"(?:^|(?<=\n)|(?<=[\u4e00-\u9fff]表))[ \u3000]{0,4}(表(?:\d{1,2}(?:[-－]\d{1,2})?|[一二三四五六七八九十]{1,3}))"
    r"([ \u3000]{1,4}|[.．、:：]|)(?=[\u4e00-\u9fff])")
GAP = 200  # characters between two titles of one list at most
_KINDS = {".": "点", "．": "点", "、": "顿号", ":": "冒号", "：": "冒号", "": "无"}


def _kind(mark: str) -> str:
    return _KINDS.get(mark, "空格")


def _lists(text: str):
    # Tried only near a 表 (gen.core.regex_needles): the title opens with look-behinds, which re would try at
    # every character of the text (some 12 ms on 200k characters, against 0.5).
    return split_runs(regex_needles.finditer(_TITLE, text), lambda prev, m: m.start() - prev.end() <= GAP)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for run in _lists(ctx.text):
        kinds = Counter(_kind(m.group(2)) for m in run)
        if len(kinds) < 2:
            continue
        (main, count), (_, second) = kinds.most_common(2)
        if count < 3 or count <= second:
            continue
        example = next(m for m in run if _kind(m.group(2)) == main)
        for m in run:
            if _kind(m.group(2)) != main:
                other = example.group(1) + (example.group(2).strip() or "  ")
                if not m.group(2):  # the number runs into its title: the list's mark is missing
                    yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                                  f"表名编号“{m.group(1)}”后缺少符号，同组其他表名写作“{other}”，应统一。", None)
                    continue
                yield Finding(m.start(1), m.end(2), RULE.code, RULE.severity,
                              f"表名编号“{m.group(1)}{m.group(2)}”与同组其他表名（如“{other}”）写法不一致，应统一。", None)
