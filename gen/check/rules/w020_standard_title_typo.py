"""W020: a standard title of a 部门决算 written with a character wrong, lost, added or two swapped.

The notes every department publishes on the Ministry of Finance template have
fixed titles: 收入支出决算总体情况说明, 财政拨款“三公”经费支出决算情况说明,
一般公共预算财政拨款基本支出决算明细表, 名词解释, 第三部分 …. A reviewer
knows them by heart and sees 入支出决算总体情况说明 or 决算情况明 at once;
no list of typos foresees every such slip. The titles are data
(glossary/titles.yaml) searched by the near-match W018 runs over bodies'
names (gen.check.body_names), and gen.check.titles adds the slips of a
title's frame: a table name without 表 among siblings that have it, 第三部
for 第三部分, 关 for 关于 before a year.
"""

from __future__ import annotations

from .. import unspaced
from ..finding import Finding
from ..registry import Rule
from ..titles import cut_marks, cut_table_names, near_misses

RULE = Rule(
    code="W020",
    name="standard-title-typo",
    severity="warning",
    summary="部门决算的标准标题写错（错字、漏字、多字、颠倒，表名漏“表”，“部分”“关于”少字）",
    doc=(
        "检查什么：部门决算模板的标准标题（标题表 glossary/titles.yaml：收入支出决算总表……财政拨款“三公”经费支出决算表，"
        "收入支出决算总体情况说明……其他重要事项的情况说明，名词解释）写错一个字、少一个字、多一个字或颠倒两个字，"
        "如“入支出决算总体情况说明”“经费支出决算情况明”“名称解释”；表名列表中一项少了“表”而前后各项都有；"
        "“第三部分”写成“第三部”（文中其他部分写作“第X部分”）；标题开头的“关于”少了“于”（“关2020年度预算绩效情况的说明”）。\n"
        "为什么：这些标题是统一模板的固定写法，写错显得不严谨，错字表也列不全所有错法。\n"
        "不报的情形：公认的变体（收入决算总表、其他重要事项情况说明、部门预算的同名标题）；"
        "不单独成行的短标题（正文中的“名称解释”）；“第三部门”（第三部门组织）；“海关2020年度”等机关名称；"
        "PDF 换行把标题拆成两行的。\n"
        "示例：“一、入支出决算总体情况说明”应为“一、收入支出决算总体情况说明”。"
    ),
    flag=(
        "一、 入支出决算总体情况说明\n",
        "七、一般公共预算财政拨款“三公”经费支出决算情况明\n",
        "第四部分 名称解释\n",
        "七、财政拨款支出决算明细表\n八、一般公共预算财政拨款基本支出决算明细\n九、政府性基金预算财政拨款收入支出决算表\n",
        "第二部分 2023年度部门决算表\n第三部 2023年度部门决算情况说明\n",
        "十二、关于国有资产占用情况说明\n十三、关2021年度预算绩效情况的说明\n",
    ),
    keep=(
        "一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、其他重要事项情况说明\n",
        "本单位积极培育第三部门组织参与社区服务。\n第一部分 单位概况\n",
        "对上述指标的名称解释如下。",
        "三、支出决算\n四、财政拨款收入支出决算总表\n",
        "市海关2021年度部门决算\n",
        "一、收入决算总表\n二、支出决算总表\n三、政府性基金预算财政拨款收入支出决算表\n",
    ),
)


def check(ctx):
    # Near misses are read through the view without the stray blanks of PDF and web copies, as W018's.
    for start, end, miss in unspaced.unlisted_misses(ctx, near_misses):
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"标题“{miss.written}”疑有错字、漏字或多字，部门决算模板的标准写法为“{miss.meant}”。", miss.meant,
        )
    for slip in cut_table_names(ctx.text):
        yield Finding(
            slip.start, slip.end, RULE.code, RULE.severity,
            f"表名“{slip.written}”少了“表”字（同一列表的其他表名都有），应为“{slip.meant}”。", slip.meant,
        )
    for slip in cut_marks(ctx.text):
        lost = slip.meant[len(slip.written):]
        where = "部分标题" if slip.why == "part" else "标题开头"
        yield Finding(
            slip.start, slip.end, RULE.code, RULE.severity,
            f"{where}“{slip.written}”后漏了“{lost}”，应为“{slip.meant}”。", slip.meant,
        )
