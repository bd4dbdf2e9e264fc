"""S018: items numbered 1. 2. standing where the next first-level numbers are due (七、, 1., 2., 十、).

Entries of a contents or a 决算 note's outline typed "1." "2." instead of "八、" "九、" leave the
first-level run going on at the number it would have reached (七、, 1., 2., then 十、); why that
arithmetic is the tell, and how the items are found, is gen/check/heading_slots.py's, which S001
shares. This rule speaks only when the 1.-level items stand line after line right after a
first-level item (blank lines and bare page numbers aside), number 1 … k in order, and the next
line is the first-level item numbered k + 1 past the one before them. Each item is reported with
the number it should carry; S001 leaves the gap they seem to leave (六、 then 九、) here.
"""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..heading_slots import slot_items
from ..registry import Rule

RULE = Rule(
    code="S018",
    name="list-number-in-heading-slot",
    severity="warning",
    summary="一级标题序列中混入“1.”“2.”编号的项目",
    doc=(
        "检查什么：目录或标题中一级标题逐行排列（“六、……”），其后紧接着几行编为“1.”“2.”的项目，"
        "再往下的一级标题正好接着算上这几项的序号（“六、”“1.”“2.”之后是“九、”）：这几项本应是“七、”“八、”。\n"
        "为什么：序号层级混乱，读者会把同级的几项误读为上一项的下级，也无法按序号查找。\n"
        "不报的情形：“1.”“2.”之后是紧接的下一个一级序号（“七、”，那是“六、”之下的列举）；"
        "“1.”项之间或前后夹有正文；编号不从1开始或不连续。\n"
        "示例：“六、一般公共预算财政拨款基本支出决算情况说明”之后是“1. 政府性基金预算财政拨款收入支出决算情况说明”"
        "“2. 国有资本经营预算财政拨款支出决算情况说明”，再是“九、财政拨款“三公”经费支出决算情况说明”：应为“七、”“八、”。"
    ),
    flag=(
        "目录\n五、基本支出决算情况说明 6\n六、项目支出决算情况说明 7\n1. 政府性基金支出决算情况说明 8\n"
        "2. 国有资本经营支出决算情况说明 8\n九、“三公”经费支出决算情况说明 9\n",
        "目录\n六、基本支出决算情况说明\n\n七、政府性基金支出决算情况说明\n\n  1. 国有资本经营支出决算情况说明\n\n"
        "九、“三公”经费支出决算情况说明\n\n十、机关运行经费支出情况说明\n",
    ),
    keep=(
        # a sub-list under 六、: the first level goes on at 七、
        "目录\n五、基本支出决算情况说明 6\n六、项目支出决算情况说明 7\n1. 教育支出 8\n2. 卫生健康支出 8\n"
        "七、“三公”经费支出决算情况说明 9\n",
        # body text between the items: S001's outline, not a list of entries
        "六、项目支出决算情况说明\n1.教育支出\n本年教育支出八十万元，较上年增长百分之五。\n2.卫生支出\n"
        "本年卫生支出二十万元。\n九、“三公”经费支出情况说明\n",
        # the list does not start at 1
        "六、项目支出决算情况说明\n2.教育支出\n3.卫生支出\n九、“三公”经费支出情况说明\n",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for x in slot_items(ctx):
        yield Finding(x.start, x.mark_end, RULE.code, RULE.severity,
                      f"“{x.mark}”夹在一级标题“{x.before}”与“{x.after}”之间，"
                      f"后者的序号正好接续了这几项：此处应为“{x.expected}”。", x.expected)
