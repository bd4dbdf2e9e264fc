"""W028: a 部门决算 that calls its own tables or its own page a 预算 (or a 预算 that calls them a 决算).

A 决算 note is often written over the year's 预算 note, and the sentences
that speak of the document itself are where the old word survives: a note
under the tables says 以上部门预算报表中，空表表示…… where every table of the
text is a 决算表, a page is titled 某医院2024年预算公开 over a text whose
tables are all 决算表. Both are the text's own kind named wrong, which a
reader takes as the wrong document.

The text's kind is read from its own tables, never from one word: at least
MIN_TABLES table names end in 决算表 and none in 预算表 (or the reverse). Only
two readings speak of the text itself: 以上/上述/本 (部门|单位) + the other
kind's 报表, and a line that is nothing but a title, a year, and the other
kind's 公开 (with its 说明/情况/报告). A 决算 names 预算 rightly everywhere
else (年初预算, 预算数, 预算法, 推进预算公开工作的实施方案, a site's menu
item 部门预算公开 with no year, 比照预算公开的内容格式), and none of those is
read. A page of both (预决算公开, a 决算 and next year's 预算 together) has
tables of both kinds and is left alone.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W028",
    name="other-kind-of-report",
    severity="warning",
    summary="部门决算文本称自己的报表或标题为“预算”（或预算文本称“决算”）",
    doc=(
        "检查什么：文中的表名都是“……决算表”（至少三张，没有“……预算表”）的部门决算，却在说本文件自身的地方写成预算——"
        "“以上部门预算报表中，空表表示……”，或整行只是单位、年度和“预算公开”的标题；预算文本写成“决算”的，反之亦然。\n"
        "为什么：决算说明常在预算说明的基础上改写，说到文件自身的句子最容易漏改，读者会以为这是另一份文件。\n"
        "不报的情形：表名两种都有的（预决算合并公开）；决算中正常提到预算的（年初预算、预算数、预算法、推进预算公开工作的文件名、"
        "网站栏目“部门预算公开”、“比照预算公开的内容格式”）。\n"
        "示例：部门决算中“注：以上部门预算报表中，空表表示本部门无相关收支情况。”应为“部门决算报表”。"
    ),
    flag=(
        "一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n注：以上部门预算报表中，空表表示本部门无相关收支情况。\n",
        "某中心2024年预算公开\n第一部分 2023年度部门决算表\n一、收入决算表\n二、支出决算表\n三、财政拨款收入支出决算表\n",
        # the contents list the notes of a 决算 (……决算情况说明) under a page titled a 预算
        "某镇人民政府2019年度部门预算公开\n目录\n第二部分 2019年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
        "二、收入决算情况说明\n三、支出决算情况说明\n",
        "一、部门收支总表\n二、部门收入预算表\n三、部门支出预算表\n四、财政拨款支出预算表\n注：以上部门决算报表中，空表表示无相关收支。\n",
    ),
    keep=(
        "一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n注：以上部门决算报表中，空表表示本部门无相关收支情况。\n",
        "一、收入决算表\n二、支出决算表\n三、财政拨款收入支出决算表\n1. 部门预算公开\n2. 部门决算公开\n",
        "一、收入决算表\n二、支出决算表\n三、财政拨款收入支出决算表\n一、单位基本情况（比照预算公开的内容格式）\n",
        "某中心2024年部门预决算公开\n一、收入决算表\n二、支出决算表\n三、支出预算表\n注：以上部门预算报表中，空表表示无收支。\n",
        "一、收入决算表\n二、支出决算表\n三、财政拨款收入支出决算表\n年初预算数100万元，决算数98万元，完成年初预算的98%。\n",
    ),
)

MIN_TABLES = 3  # table names of the text's own kind
# The text's own tables named as the other kind's, ending at the 报表 found (kind: 预 or 决)
_OWN_TABLES = regex_cache.compile(r"(?:以上|上述|本)(?:部门|单位)?(?P<kind>预|决)算报表")
# A line that is only a title: an optional label (信息名称：), a name, a year, the other kind's 公开
_TITLE = regex_cache.compile(r"[ \u3000]{0,4}(?:[\u4e00-\u9fff]{0,4}[称题][:：][ \u3000]{0,4})?"
                             r"(?P<title>[^\n。，,；;:：]{0,40}?(?:19|20)\d\d[ \u3000]{0,2}年度?[ \u3000]{0,2}(?:部门|单位)?"
                             r"(?<![预决])(?P<kind>预|决)算公开(?:说明|情况|报告)?)[ \u3000]{0,4}")
_BEFORE = 8  # characters before 报表 that _OWN_TABLES reads


def _count(text: str, form: str) -> int:
    """``text.count(form)``, none at once where the text's characters and pairs rule ``form`` out (a count reads
    the whole text, and most of these forms are missing from a report)."""
    return text.count(form) if contains(text, form) else 0


def _kind(text: str) -> str | None:
    """预 or 决 when every table and note the text names (……决算表, ……决算总表, ……决算情况说明) is of that kind,
    MIN_TABLES of them at least; else None."""
    final = _count(text, "决算表") + _count(text, "决算总表") + _count(text, "决算情况说明") + _count(text, "决算总体情况说明")
    budget = (_count(text, "预算表") + _count(text, "预算总表") - _count(text, "预决算表") - _count(text, "预决算总表")
              + _count(text, "预算情况说明") + _count(text, "预算总体情况说明"))
    if final >= MIN_TABLES and not budget:
        return "决"
    if budget >= MIN_TABLES and not final:
        return "预"
    return None


def _readings(text: str, other: str):
    """(start, end) of each place the text names itself as the ``other`` kind: found from the literal
    (预算报表, 预算公开), then read in its sentence or line."""
    at = text.find(other + "报表")
    while at >= 0:
        m = _OWN_TABLES.search(text, max(0, at - _BEFORE), at + 4)
        if m and m.end() == at + 4:
            yield m.start(), m.end()
        at = text.find(other + "报表", at + 1)
    at = text.find(other + "公开")
    while at >= 0:
        lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        m = _TITLE.fullmatch(text, lo, len(text) if hi < 0 else hi)
        if m:
            yield m.start("title"), m.end("title")
        at = text.find(other + "公开", at + 1)


def check(ctx):
    text = ctx.text
    if not contains(text, "算报表") and not contains(text, "算公开"):
        return
    kind = _kind(text)
    if kind is None:
        return
    own, other = ("决算", "预算") if kind == "决" else ("预算", "决算")
    for start, end in _readings(text, other):
        if own in text[start:end]:
            continue
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"本文的表名、说明都是{own}的（……{own}表、……{own}情况说明），是{own}文本，此处“{text[start:end]}”却称{other}，"
                      f"疑为套用{other}文本未改，应为“{own}”。", None)
