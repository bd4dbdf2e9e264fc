"""W020: a standard title of a 部门决算 written with a character wrong, lost, added or two swapped.

The notes every department publishes on the Ministry of Finance template have
fixed titles: 收入支出决算总体情况说明, 财政拨款“三公”经费支出决算情况说明,
一般公共预算财政拨款基本支出决算明细表, 名词解释, 第三部分 …. A reviewer
knows them by heart and sees 入支出决算总体情况说明 or 决算情况明 at once;
no list of typos foresees every such slip. The titles are data
(glossary/titles.yaml) searched by the near-match W018 runs over bodies'
names (gen.check.body_names), and gen.check.titles adds the slips of a
title's frame: a table name without 表 among siblings that have it, 第三部
for 第三部分, 关 for 关于 before a year. In notes that follow the template
(several standard section headings), gen.check.title_words adds the slips of
a whole word: a fixed term of the headings without one of its words
(一般公共预算拨款, 政府性基金财政拨款, 机关运行情况说明), a heading cut before
its 决算情况说明 between two complete ones, and 年度 without its year where
the sibling headings carry theirs.
"""

from __future__ import annotations

from .. import unspaced
from ..finding import Finding
from ..registry import Rule
from ..title_words import find as lost_words
from .l002_traditional_chars import only_script_differs
from ..titles import cut_marks, cut_table_names, lost_income, near_misses, swapped_table_words
from ..twin_tables import short_twins

RULE = Rule(
    code="W020",
    name="standard-title-typo",
    severity="warning",
    summary="部门决算的标准标题写错（错字、漏字、多字、颠倒，表名漏“表”，“部分”“关于”少字）",
    doc=(
        "检查什么：部门决算模板的标准标题（标题表 glossary/titles.yaml：收入支出决算总表……财政拨款“三公”经费支出决算表，"
        "收入支出决算总体情况说明……其他重要事项的情况说明，名词解释）写错一个字、少一个字、多一个字或颠倒两个字，"
        "如“入支出决算总体情况说明”“经费支出决算情况明”“名称解释”；表名列表中一项少了“表”而前后各项都有（部门预算模板的“……情况表”同样，各省自拟的预算表名“政府性基金预算支出”“一般公共预算机关运行经费”亦然）；列表首项“支出决算总表”其后是收入决算表、支出决算表（模板首表“收入支出决算总表”漏了“收入”）；决算表名列表中夹着部门预算的表名“收入总表”“支出总表”（应为“收入决算表”“支出决算表”）；"
        "部门预算表名列表中按部门、政府两种经济分类并列的同名表，一张比相邻的另一张少了“表”“预算表”或括注少了“经济分类”（“工资福利支出（按政府预算经济分类）”与“工资福利支出预算表（按部门预算经济分类）”）；“第三部分”写成“第三部”（文中其他部分写作“第X部分”）；标题开头的“关于”少了“于”（“关2020年度预算绩效情况的说明”）；"
        "按模板写的决算说明（有三个以上标准小标题，小标题表 glossary/title_words.yaml）中，小标题的固定词组丢了一个词"
        "（“一般公共预算拨款”“政府性基金财政拨款”“机关运行情况说明”），表名把“情况”写在“决算表”之前（“支出情况决算表”），前后都是完整标题时一条只写到“基本支出”，"
        "同级标题都写年份时一条只剩“年度”。\n"
        "为什么：这些标题是统一模板的固定写法，写错显得不严谨，错字表也列不全所有错法。\n"
        "不报的情形：公认的变体（收入决算总表、其他重要事项情况说明、部门预算的同名标题）；"
        "不单独成行的短标题（正文中的“名称解释”）；“第三部门”（第三部门组织）；“海关2020年度”等机关名称；"
        "只是用了繁体字的（支出決算表，由 L002 报繁体字）；PDF 换行把标题拆成两行的；文本在标题中间截断、其后连换行也没有的（摘录止于“名词解”）；公认的简写（“一般公共预算支出决算情况说明”少了整个“财政拨款”）；"
        "“一般公共预算及政府性基金财政拨款”这样共用词的并列；不按模板写的文本。\n"
        "示例：“一、入支出决算总体情况说明”应为“一、收入支出决算总体情况说明”。"
    ),
    flag=(
        "一、 入支出决算总体情况说明\n",
        "七、一般公共预算财政拨款“三公”经费支出决算情况明\n",
        "第四部分 名称解释\n",
        # a slip beside Traditional characters is still a slip
        "一、收入決算表\n二、支出诀算表\n三、財政撥款收入支出決算表\n",
        # a Traditional mirror's pinyin reading inside the title (財(cái)政) parts no cells: the lost 说 is read
        "某縣實驗中學2021年度單位決算公開說明\n第二部分 2021年度單位決算情況說明\n一、收入支出決算總體情況說明\n"
        "二、收入決算情況說明\n三、支出決算情況說明\n四、財(cái)政撥款收入支出決算總體情況明\n"
        "五、一般公共預(yù)算財(cái)政撥款支出決算情況說明\n六、一般公共預算財政撥款基本支出決算情況說明\n",
        # two words of a table's name swapped
        "表一 收入决算支出总表\n表二 收入决算表\n表三 支出决算表\n",
        # a 决算's table list naming one table by the budget's name, without 决算
        "四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n六、一般公共预算财政拨款“三公”经费支出表\n"
        "七、政府性基金预算财政拨款收入支出决算表\n",
        # a title short of its end with more text after it: a slip, not a copy broken off
        "第三部分 部门决算情况说明\n第四部分 名词解\n第五部分 附表\n",
        "七、财政拨款支出决算明细表\n八、一般公共预算财政拨款基本支出决算明细\n九、政府性基金预算财政拨款收入支出决算表\n",
        # the items close with the table's number in brackets
        "四、财政拨款收入支出决算总表(4)\n五、一般公共预算财政拨款支出决算表(5)\n六、一般公共预算财政拨款基本支出决算明细(6)\n"
        "七、政府性基金预算财政拨款收入支出决算表(7)\n",
        # every table of the list named after its year: the last one without 表
        "六、2022年度一般公共预算财政拨款基本支出决算表\n七、2022年度政府性基金预算财政拨款收入支出决算表\n"
        "八、2022年度一般公共预算财政拨款“三公”经费支出决算\n第三部分 名词解释\n",
        # the same list's last name closed by its line break: written whole, so the lost 表 is judged
        "五、一般公共预算财政拨款支出决算表\n六、一般公共预算财政拨款基本支出决算表\n"
        "七、一般公共预算财政拨款“三公”经费支出决算\n",
        # a budget's table list (the 部门预算 template's 情况表): its first item without 表
        "第二部分 部门预算表\n一、部门收支总体情况\n二、部门收入总体情况表\n三、部门支出总体情况表\n",
        # a province's own budget tables, no standard name: one cut before its 表 (its 情况表 where both siblings have it)
        "五、一般公共预算支出表\n六、一般公共预算基本支出表\n七、政府性基金预算支出\n八、一般公共预算“三公”经费支出表\n",
        "七、一般公共预算基本支出情况表\n八、一般公共预算机关运行经费\n九、政府性基金预算支出情况表\n",
        # the template's first table without 收入, before 收入决算表 and 支出决算表
        "一、某中心 2022 年支出决算总表 3\n二、某中心 2022 年收入决算表 4\n三、某中心 2022 年支出决算表 5\n",
        # the budget template's 收入总表 / 支出总表 among a 决算's tables
        "一、收入支出决算总表\n二、收入总表\n三、支出总表\n四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n",
        "第二部分 2023年度部门决算表\n第三部 2023年度部门决算情况说明\n",
        "十二、关于国有资产占用情况说明\n十三、关2021年度预算绩效情况的说明\n",
        "一、收入决算情况说明\n二、支出决算情况说明\n三、政府采购支出情况说明\n四、2021年度机关运行情况说明\n",
        "（一）某站2022年度收入决算情况说明\n（二）某站年度支出决算情况说明\n（三）某站2022年度预算绩效情况说明\n"
        "（四）某站2022年度政府采购支出情况说明\n",
        # the list's first heading without the 决算 of 收入支出决算总体情况说明, its next two siblings with theirs
        "第三部分 部门决算情况说明\n一、收入支出总体情况说明 4\n二、收入决算情况说明 4\n三、支出决算情况说明 5\n"
        "四、财政拨款收入支出决算总体情况说明 6\n",
        # 情况 put before the 决算表 of a table's name
        "表7：一般公共预算财政拨款支出情况决算表\n",
        # a budget's twin tables (by the department's and the government's economic classification): one short of
        # its 预算表, one of its 表, one of its qualifier's 经济分类
        "5、津贴补贴支出预算表(按部门预算经济分类)\n6、津贴补贴支出(按政府预算经济分类)\n"
        "7、商品和服务支出预算表（按部门预算经济分类）\n8、商品和服务支出预算（按政府预算经济分类）\n"
        "9、财政拨款——商品和服务支出预算表(按部门预算经济分类)\n10、财政拨款——商品和服务支出预算表(按政府预算)\n",
    ),
    keep=(
        # twin tables written alike (a bracket inside the name too); two tables of one classification are no twins
        "5、津贴补贴支出预算表(按部门预算经济分类)\n6、津贴补贴支出预算表(按政府预算经济分类)\n"
        "7、基本支出表--人员经费(工资福利支出)(按政府预算经济分类)\n8、基本支出表--人员经费(工资福利支出)(按部门预算经济分类)\n"
        "9、商品和服务支出(按部门预算经济分类)\n10、商品和服务支出预算表(按部门预算经济分类)\n",
        # the budget's tables listed in one part, the notes' headings of the same words in the next
        "第二部分 部门预算表\n一、一般公共预算支出表\n二、一般公共预算基本支出表\n三、政府性基金预算支出表\n"
        "第三部分 部门预算情况说明\n一、一般公共预算支出\n二、政府性基金预算支出\n三、政府采购预算情况说明\n",
        # a budget's list: its tables are named without 决算
        "四、财政拨款收支总表\n五、一般公共预算支出表\n六、一般公共预算“三公”经费支出表\n七、政府性基金预算支出表\n",
        # 预算支出表 and 支出预算表 are both the templates' order
        "（十）财政拨款“三公”经费预算支出表\n（十一）政府性基金预算支出表\n（十二）部门支出预算表\n",
        "表7：一般公共预算财政拨款支出决算表\n表9：国有资产占用情况表\n表10：项目支出决算情况表\n",
        "一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、其他重要事项情况说明\n",
        # the same Traditional mirror, every title whole: a reading inside one is no slip
        "某縣實驗中學2021年度單位決算公開說明\n第二部分 2021年度單位決算情況說明\n一、收入支出決算總體情況說明\n"
        "二、收入決算情況說明\n三、支出決算情況說明\n四、財(cái)政撥款收入支出決算總體情況說明\n"
        "五、一般公共預(yù)算財(cái)政撥款支出決算情況說明\n六、一般公共預算財政撥款基本支出決算情況說明\n",
        "本单位积极培育第三部门组织参与社区服务。\n第一部分 单位概况\n",
        "对上述指标的名称解释如下。",
        "三、支出决算\n四、财政拨款收入支出决算总表\n",
        # a section of the notes on the budget, before the table list: no table name
        "一、部门收支总体情况\n第二部分 部门预算表\n一、部门收入总体情况表\n二、部门支出总体情况表\n",
        "市海关2021年度部门决算\n",
        # a year set off by blanks before 年度 is written
        "（一）关于2021年度收入支出决算总体情况说明\n（二）关于2021年度收入决算情况说明\n"
        "（三）关于 2021 年度财政拨款“三公”经费支出决算情况说明\n",
        "一、收入决算总表\n二、支出决算总表\n三、政府性基金预算财政拨款收入支出决算表\n",
        "一、收入决算总表\n二、支出决算总表\n三、收入决算表\n四、支出决算表\n",
        "一、某中心 2022 年收入支出决算总表 3\n二、某中心 2022 年收入决算表 4\n三、某中心 2022 年支出决算表 5\n",
        # a 预决算 page: next year's budget tables after the 决算's, each list whole
        "一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n一、收支总表\n二、收入总表\n三、支出总表\n四、财政拨款收支总表\n",
        "一、收入决算情况说明\n二、支出决算情况说明\n三、政府采购支出情况说明\n四、一般公共预算支出决算情况说明\n",
        "机关运行平稳。一般公共预算拨款80万元。\n一、收入决算情况说明\n",
        # the page broke the line before the last character: 表 on a line of its own
        "五、一般公共预算财政拨款支出决算表\n六、一般公共预算财政拨款基本支出决算表\n"
        "七、一般公共预算财政拨款“三公”经费支出决算\n表\n八、政府性基金预算财政拨款收入支出决算表\n",
        # the copy breaks off inside the last title of a contents list: cut, not misspelt
        "第三部分 部门决算情况说明 一、收入决算情况说明 第四部分 名词解",
        # an excerpt that stops inside the last table name of a list, without a line break: cut, not short of 表
        "五、一般公共预算财政拨款支出决算表\n六、一般公共预算财政拨款基本支出决算表\n"
        "七、一般公共预算财政拨款“三公”经费支出决算",
        # a title in Traditional script: L002 reports the script, the title itself is right
        "一、收入決算表\n二、支出決算表\n三、財政撥款收入支出決算表\n",
    ),
)


def check(ctx):
    # Near misses are read through the view without the stray blanks of PDF and web copies, as W018's.
    told = []  # the near misses reported: a swap read inside one is the same slip (one finding per defect)
    for start, end, miss in unspaced.unlisted_misses(ctx, near_misses):
        if _broken_off(ctx.text, end, miss) or only_script_differs(miss.written, miss.meant):
            continue  # 支出決算表: the title in Traditional script is L002's finding, not a misspelt title
        told.append((start, end))
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"标题“{miss.written}”疑有错字、漏字或多字，部门决算模板的标准写法为“{miss.meant}”。", miss.meant,
        )
    for slip in cut_table_names(ctx.text):
        if not ctx.text[slip.end:].strip(" \t\u3000"):
            continue  # the copy ends inside the last name, not even its line closed: broken off, as _broken_off
        if slip.why == "total":
            yield Finding(slip.start, slip.end, RULE.code, RULE.severity,
                          f"表名“{slip.written}”是部门预算的表名，同一列表的其他表名都是决算表，应为“{slip.meant}”。",
                          slip.meant)
            continue
        lost = "决算" if slip.why == "juesuan" else slip.meant[len(slip.written):]
        yield Finding(
            slip.start, slip.end, RULE.code, RULE.severity,
            f"表名“{slip.written}”少了“{lost}”字（同一列表的其他表名都有），应为“{slip.meant}”。", slip.meant,
        )
    for twin in short_twins(ctx.text):
        if twin.why == "name":
            message = (f"表名“{twin.written}”少了“{twin.lost}”：相邻的按另一种经济分类列示的同名表写作“{twin.meant}”，"
                       f"应为“{twin.meant}”。")
        else:
            message = (f"表名的括注“（{twin.written}）”少了“{twin.lost}”：相邻的同名表括注写全了，应为“（{twin.meant}）”。")
        yield Finding(twin.start, twin.end, RULE.code, RULE.severity, message, twin.meant)
    for slip in lost_income(ctx.text):
        yield Finding(
            slip.start, slip.end, RULE.code, RULE.severity,
            f"表名“{slip.written}”漏了“收入”：列表其后是收入决算表、支出决算表，首张表应为“{slip.meant}”。", slip.meant,
        )
    for slip in cut_marks(ctx.text):
        lost = slip.meant[len(slip.written):]
        where = "部分标题" if slip.why == "part" else "标题开头"
        yield Finding(
            slip.start, slip.end, RULE.code, RULE.severity,
            f"{where}“{slip.written}”后漏了“{lost}”，应为“{slip.meant}”。", slip.meant,
        )
    for lost in lost_words(ctx.text):
        yield Finding(lost.start, lost.end, RULE.code, RULE.severity, _lost_message(lost), lost.meant)
    for slip in swapped_table_words(ctx.text):
        if slip.why == "swap":
            if any(s < slip.end and slip.start < e for s, e in told):
                continue  # 非财政拨款财政收入…: the near miss of the whole name already tells this slip
            yield Finding(slip.start, slip.end, RULE.code, RULE.severity,
                          f"表名“{slip.written}”中两个词的次序颠倒了，标准表名为“{slip.meant}”。", slip.meant)
            continue
        yield Finding(slip.start, slip.end, RULE.code, RULE.severity,
                      f"表名中“{slip.written}”语序不当：“情况”不能放在“决算表（预算表）”之前，应为“{slip.meant}”"
                      "（或“决算情况表”）。", slip.meant)


def _broken_off(text: str, end: int, miss) -> bool:
    """Whether the text ends inside the title: the written form is the standard one's start and nothing but
    blanks follows it, not even the line's break (an excerpt or a copied page cut at 第四部分 名词解): the copy
    broke off, no character was lost. A last line closed by its break was written whole, and is judged."""
    return not text[end:].strip(" \t\u3000") and miss.meant.startswith(miss.written) and miss.written != miss.meant


def _lost_message(lost) -> str:
    if lost.why == "term":
        return f"标题中的“{lost.written}”漏了词，部门决算模板的固定写法为“{lost.meant}”。"
    if lost.why == "tail":
        return f"标题“{lost.written}”不完整，同一列表的其他标题都写全了，应为“{lost.meant}”。"
    if lost.why == "juesuan":
        return f"标题“{lost.written}”漏了“决算”，同一列表的其他标题都写了，部门决算模板的写法为“{lost.meant}”。"
    return "标题的“年度”前漏了年份，同级的其他标题都写了年份（如“2020年度”）。"
