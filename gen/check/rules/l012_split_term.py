"""L012: a space a PDF converter put inside a budget term's word (一 般公共预算, 财 政拨款, 部 门决算).

A report exported from PDF, or typed into a justified table of contents, comes back with a blank
where the layout stretched a line: 六、 一 般公共预算财政拨款支出决算表, 十三、 国 有资本经营预算支出决算表,
2021 年部 门决算表. The term is then no longer the one a reader (or a search) looks for, and the
page shows the converter's work. A heading spaced out on purpose (目 录, 财 政 拨 款) puts a blank
between every character, so only a single blank inside one two-character word of a standard
budget term, the rest of the term written unbroken, counts; a blank between the term's words
(财政 拨款, a table's two cells) is not read — it may part two columns. The terms are data
(glossary/split_terms.yaml, gen.check.split_terms). A standard table's column header is one cell, so there a
blank between its words counts too: the disclosure report's 本年 制发件数, 本年 废止件数 (the file's cells).
"""

from __future__ import annotations

from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..split_terms import split_pattern
from ..registry import Rule

RULE = Rule(
    code="L012",
    name="split-term",
    severity="warning",
    summary="预算术语的词中间多了空格（“一 般公共预算”“财 政拨款”）",
    doc=(
        "检查什么：预算报表的标准术语中，一个双字词被空格拆开，术语的其余部分却连写"
        "（“一 般公共预算财政拨款支出决算表”“国 有资本经营预算”“部 门决算表”）。\n"
        "为什么：这是 PDF 转换或两端对齐排版留下的空格，术语因此不完整，检索和阅读都会出错，应删去空格。\n"
        "政府信息公开工作年度报告表格的栏目名整栏是一个单元格，词与词之间的空格也报告（“本年 制发件数”“本年 废止件数”）。\n"
        "不报的情形：有意逐字加空格的标题（“目 录”“财 政 拨 款”），词与词之间的空格（“财政 拨款”，可能是表格的两栏）。\n"
        "示例：“六、 一 般公共预算财政拨款支出决算表”应为“六、一般公共预算财政拨款支出决算表”。"
    ),
    flag=(
        "四、 财 政拨款收入支出决算表 25\n五、 一 般公共预算财政拨款支出决算表 26\n",
        "十三、 国 有资本经营预算财政拨款支出决算表\n十二、 政 府性基金预算财政拨款收入支出决算表\n",
        "第二部分:某县档案馆2022 年部 门决算表\n",
        "本年机关运 行经费支出12.5万元，项 目支出30万元。",
        "第二十条第(一)项\n信息内容 | 本年 制发件数 | 本年 废止件数 | 现行有效件数\n",
    ),
    keep=(
        "目 录\n一、部门概况\n财 政 拨 款 收 入 支 出 决 算 表\n",
        "一般公共预算 财政拨款 政府性基金 合计\n财政 拨款收入 12.5\n",
        "全国 有12个试点县，单位：万元 部门 决算数 预算数\n",
    ),
)


def check(ctx):
    text = ctx.text
    if " " not in text and "\u3000" not in text:
        return
    for m in near_needles(split_pattern(), text):  # the same matches, tried near the terms' pieces
        term = m.group().replace(" ", "").replace("\u3000", "")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”词中间多了空格（PDF 转换或排版留下的），应为“{term}”。", term)
