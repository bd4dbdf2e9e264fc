"""L007: HTML tags left in the text (<rp id="zsypk"></rp>, <span style="…">, <br/>).

A page copied from a web site, or planted by a site that hides its copies from search engines,
keeps tags the browser would have hidden: a report never writes them. Only well-formed HTML counts:
a tag of a known HTML element (span, div, p, br, rp, font …) opening with < and closing with >; a
comparison written with < or > (≥ 90%, 得分<60) has no element name after it. Entities (&nbsp;) are
L004's. One finding a tag, so each spot can be found; the first is a
warning, the rest info, as L006 does with a copied page's pinyin.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import first_of_many
from ..registry import Rule

RULE = Rule(
    code="L007",
    name="html-markup",
    severity="warning",
    summary="文中残留网页标记（HTML 标签）",
    doc=(
        "检查什么：正文中夹着网页的标签，如“<rp id=\"zsypk\"></rp>”“<span style=\"…\">”“<br/>”（字符实体“&nbsp;”由 L004 报告）。\n"
        "为什么：这是从网页复制或转载网站插入的标记，不是报告原文，应删去，或从原文件重新复制。"
        "全文第一处报警告并给出总数，其余各处为提示。\n"
        "不报的情形：用“<”“>”写的比较（“得分<60分”“≥90%”），尖括号里不是网页元素名的。\n"
        "示例：“<rp id=\"zsypk\"></rp>一、项目概况”应为“一、项目概况”。"
    ),
    flag=(
        "<rp id=\"zsypk\"></rp>一、项目概况\n本项目资金100万元。",
        "本年支出120万元。<br/>其中基本支出100万元，项目支出20万元。",
    ),
    keep=(
        "得分<60分的为差，60<得分<80为中，得分>90的为优。",
        "依据《关于印发<预算管理办法>的通知》执行，满意度≥90%。",
    ),
)

_ELEMENTS = ("a|abbr|b|br|center|div|em|font|h[1-6]|hr|i|img|li|ol|p|rp|rt|ruby|script|section|small|span|strong|"
             "style|sub|sup|table|tbody|td|th|thead|tr|u|ul")
_MARKUP = regex_cache.compile(
    r"</?(?:" + _ELEMENTS + r")(?:[ \t][^<>\n]{0,200})?/?>",
    re.IGNORECASE)


def check(ctx):
    text = ctx.text
    if "<" not in text:
        return
    yield from first_of_many(
        list(_MARKUP.finditer(text)), RULE.code, RULE.severity,
        lambda m, n: f"“{m.group()[:40]}”是网页标记，不是报告原文（全文共{n}处，此为第一处），应删去，或从原文件重新复制。",
        lambda m: f"“{m.group()[:40]}”是网页标记，应删去。", "")
