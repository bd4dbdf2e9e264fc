"""P021: two expense items' names run together without the 顿号 between them (“三公”经费会议费和培训费).

The budget template's heading reads "“三公”经费、会议费和培训费支出情况"; a copy that lost the 顿号
writes "“三公”经费会议费和培训费", one name running into the next. The names of the budget's own
expense items (“三公”经费, 会议费, 培训费, 差旅费, 办公费, 印刷费…) never compound with one another,
so one of them followed at once by another is a list missing its mark. Only the item names
themselves are read, each ending in 费 or 经费, the next opening at once with no mark.
"""

from __future__ import annotations

from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P021",
    name="expense-names-run-together",
    severity="warning",
    summary="并列的费用名称之间缺顿号（“三公”经费会议费）",
    doc=(
        "检查什么：“三公”经费、会议费、培训费、差旅费、办公费、印刷费等支出项目名称一个紧接一个，"
        "中间没有顿号（“‘三公’经费会议费和培训费”）。\n"
        "为什么：这些支出项目是并列的，名称之间应以顿号分隔；漏了顿号，两个名称读来像一个。\n"
        "不报的情形：名称之间有顿号、“和”“及”的；一个名称内部（“公务接待费”）。\n"
        "示例：“七、财政拨款‘三公’经费会议费和培训费支出情况”应为“‘三公’经费、会议费和培训费”。"
    ),
    flag=(
        "七、财政拨款“三公”经费会议费和培训费支出情况",
        "严格控制差旅费会议费等一般性支出。",
    ),
    keep=(
        "七、财政拨款“三公”经费、会议费和培训费支出情况",
        "严格控制差旅费、会议费等一般性支出，公务接待费减少2万元。",
        "培训费用于干部培训，会议费标准按规定执行。",
    ),
)

_ITEM = r"(?:“三公”经费|三公经费|会议费|培训费|差旅费|办公费|印刷费|咨询费|手续费|水电费|邮电费|物业管理费|租赁费|公务接待费)"
_RUN = regex_cache.compile(_ITEM + r"(?=" + _ITEM + r")")


def check(ctx: CheckContext) -> Iterable[Finding]:
    for m in near_needles(_RUN, ctx.text):
        name = m.group()
        shown = name if name.startswith("“") else f"“{name}”"  # “三公”经费 carries its own quotes
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"{shown}与后面的费用名称是并列项，中间应加顿号。", name + "、")
