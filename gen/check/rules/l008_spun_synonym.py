"""L008: a content farm's synonym swaps, from glossary/spun.yaml (福建省教化厅, 管理暂行方法, 地质灾难).

Content farms copy a government site's reports and pass them through a "伪原创" tool that swaps
words for synonyms to fool duplicate detection: 教育 becomes 教化, 意见 看法, 办法 方法, 灾害
灾难, 成本 本钱, 服务 效劳, 进行 停止. The page still reads as Chinese, but its names of bodies,
documents and methods are no longer the report's, and any figure on it may have been touched
too. The reader who meets one should know the page is a rewrite and go back to the source. Only
swaps no report writes are listed (each entry proves itself on the right form at load); swaps that
still read as a report's word (状况 for 情况, 工程 for 项目) are not. Where two or more kinds stand
in one text, the message says so: the whole page is then a rewrite, not one slip. A mirror's script converter
that also swaps Mainland words for Taiwan's (入口网站, 最佳化) leaves the same trace, and is listed here too.
"""

from __future__ import annotations

from ...core.glossary import load
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L008",
    name="spun-synonym",
    severity="warning",
    summary="文中有洗稿工具的同义词替换（教育→教化、意见→看法、办法→方法）",
    doc=(
        "检查什么：词库 glossary/spun.yaml 登记的“伪原创”洗稿工具替换形式——“教化厅”“职业教化”（教育）、"
        "文件名中的“若干看法”（意见）、“暂行方法”（办法）、“地质灾难”（灾害）、“降低本钱”（成本）、“比拟法”（比较法）、"
        "“环境爱护”（保护）、“公共效劳”（服务）、“停止评价”（进行）、“根本医疗保险”“根本形成”（基本）、“交通根底设施”（基础）、"
        "“项目实行情况”（实施）、“绩效目的”（目标）、“干部职员”（职工）、“另外的收入”（其他）。\n"
        "为什么：内容农场转载报告时用工具替换同义词，机构、文件和方法的名称都已走样，数字也可能被改动；"
        "同一文本有两类以上替换时，整篇都应按原件核对。\n"
        "不报的情形：可通的近义词（状况、工程、探究）；“从根本上解决”“实行政府采购制度”“评价目的”；“教化作用”“提出若干看法”“项目管理方法”“爱护环境”“为人民效劳”。\n"
        "两岸用语转换镜像留下的台湾说法（“入口网站”应为“门户网站”，“最佳化”应为“优化”）也在此报告。\n"
        "示例：“福建省教化厅”应为“福建省教育厅”。"
    ),
    flag=(
        "根据省教化厅《关于加快发展现代职业教育的若干看法》开展工作。",
        "采用成本效益分析法、比拟法进行评价，完成地质灾难治理项目3个。",
    ),
    keep=(
        "根据省教育厅《关于加快发展现代职业教育的若干意见》开展工作。",
        "采用成本效益分析法、比较法进行评价，完成地质灾害治理项目3个。",
    ),
)


# A mirror that converts a page to Traditional with Taiwan's words (门户网站 to 入口網站, 优化 to 最佳化) and back
# character by character leaves the same kind of swap: its entries are named so, and their message names the tool.
CONVERTER = "两岸用语"


def check(ctx):
    hits = unspaced.glossary_hits(ctx, load().spun)
    kinds = len({hit.entry.id for _, hit in hits})
    whole = f"全文有{kinds}类这样的替换，整篇像是洗稿改写的转载，数字和名称都应按原件核对。" if kinds > 1 else ""
    for (s, e), hit in hits:
        tool = "两岸用语转换留下的说法" if hit.entry.id.startswith(CONVERTER) else "洗稿工具的同义词替换"
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{hit.text}”像是{tool}，原文应为“{hit.suggestion}”。{hit.entry.reason}{whole}",
                      hit.suggestion)
