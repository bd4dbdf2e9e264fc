"""S034: a disclosure report's own outline sentence lists the old format's parts, while its headings follow the new one.

Before the Regulations were revised (2019) a 政府信息公开工作年度报告 opened on a fixed sentence: 全文包括概述、主动公开政府
信息情况、依申请公开政府信息和不予公开政府信息的情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议、提起行政
诉讼的情况…. Offices that carried that opening from year to year now write it over a body in the current format (一、总体情况
二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 …, glossary/disclosure_report.yaml): the sentence announces
parts (概述, 收费及减免, 不予公开, 申诉) the report does not have. Read only where the sentence names 概述 and one of the old
format's own parts, and the body has 总体情况 or 收到和处理政府信息公开申请情况 (parts the old format had not) as a level-1
heading, and no level-1 heading of the old format's (一、概述, 五、收费及减免情况): a page cut after its 一、总体情况 still tells.
A sentence without 概述 (主要内容包括主动公开政府信息情况、…、政府信息公开相关费用情况、…) is read where it names the old fee
part and not 总体情况: the current format has no part on fees.
"""

from __future__ import annotations

import re

from .. import disclosure_report as dr
from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S034",
    name="outline-sentence-old-format",
    severity="warning",
    summary="政府信息公开工作年度报告开头所列的结构（概述、收费及减免等旧格式各部分）与正文标题不符",
    doc=(
        "检查什么：政府信息公开工作年度报告开头“全文包括概述、……收费及减免情况……”一句列的是旧格式（2019年条例修订前）的各部分，"
        "而正文一级标题已按现行格式写成“一、总体情况”“三、收到和处理政府信息公开申请情况”等。\n"
        "为什么：沿用往年开头的套话，所列结构在正文中并不存在，读者按图索骥找不到“概述”“收费及减免”等部分。\n"
        "未写“概述”、但列有“相关费用情况”“收费及减免情况”而没有“总体情况”的同样报告（现行格式没有收费一部分）。\n"
        "不报的情形：开头所列与正文一致（按现行格式列出各部分）；正文本身以“概述”为一级标题；正文找不到现行格式的部分。\n"
        "示例：“全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况……”之后正文是“一、总体情况”。"
    ),
    flag=(
        "某局2022年政府信息公开工作年度报告\n全文包括概述、主动公开政府信息情况、依申请公开政府信息和不予公开政府信息的情况、"
        "政府信息公开的收费及减免情况。\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n"
        "三、收到和处理政府信息公开申请情况\n略。\n",
        # a page cut after its first heading, in the current format
        "某局2020年政府信息公开工作年度报告\n本报告由概述、政府信息依申请公开情况、咨询情况等组成。\n一、总体情况\n略。\n",
        # a page without its title: the opening calls the report its 年报
        "本年报是根据《中华人民共和国政府信息公开条例》要求，由某县水务局办公室编制。全文包括概述、主动公开政府信息情况、"
        "政府信息公开的收费及减免情况等。\n一、总体情况\n略。\n",
        # no 概述, but the old format's fee part, over a body in the current format
        "某县2023年政府信息公开工作年度报告\n主要内容包括主动公开政府信息情况、依申请公开办理情况、行政复议和行政诉讼情况、"
        "政府信息公开相关费用情况、存在问题及改进措施。\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n",
    ),
    keep=(
        # the current parts without 概述: no fee part
        "某县2023年政府信息公开工作年度报告\n主要内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "存在的主要问题及改进情况。\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n",
        # the sentence lists the current parts
        "某局2022年政府信息公开工作年度报告\n本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。\n"
        "一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n三、收到和处理政府信息公开申请情况\n略。\n",
        # an old report whose body follows the sentence
        "某局2012年政府信息公开工作年度报告\n全文包括概述、主动公开政府信息情况、政府信息公开的收费及减免情况。\n"
        "一、概述\n略。\n二、主动公开政府信息情况\n略。\n三、收费及减免情况\n略。\n",
        "本年度报告根据《中华人民共和国政府信息公开条例》编制。全文包括概述、主动公开政府信息情况、收费及减免情况。\n"
        "一、概况\n略。\n二、主动公开政府信息情况\n略。\n",
        "某局2012年政府信息公开工作年度报告\n全文包括概述、主动公开政府信息情况、收费及减免情况。\n"
        "一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n三、政府信息公开的收费及减免情况\n略。\n",
        # a company's 年报 under another regulation is no disclosure report
        "本年报是根据《企业信息公示暂行条例》编制。全文包括概述、主动公开政府信息情况、收费及减免情况等。\n"
        "一、总体情况\n略。\n",
        # the current format's six parts under loose names, no part that only the old format had
        "某街道2020年政府信息公开工作年度报告\n本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、"
        "行政复议及行政诉讼情况、存在问题及改进措施、其他需要报告的事项等六部分组成。\n一、总体情况\n略。\n",
    ),
)

# The outline sentence: 全文包括 (本报告分为, 本年报由) and its list, up to its full stop.
_OUTLINE = regex_cache.compile(r"(?:全文|本报告|本年报|报告)(?:主要)?(?:包括|分为|共分为|由)[^。\n]{0,6}?概述[^。\n]{0,400}")
# The same sentence without 概述 (主要内容包括主动公开政府信息情况、…、政府信息公开相关费用情况、…): read only where it names a
# part that only the old format had, its fee part among them (相关费用情况 for 收费及减免情况).
_OUTLINE_BARE = regex_cache.compile(r"(?:(?:全文|本报告|本年报|报告)(?:主要)?|主要内容)(?:包括|分为|共分为|由)[^。\n]{0,6}?"
                                    r"主动公开政府信息情况[^。\n]{0,400}")
_FEE_PART = regex_cache.compile(r"收费[及和与]减免|相关费用情况|收费情况")
# Parts only the old format had.
_OLD_PARTS = regex_cache.compile(r"收费[及和与]减免|不予公开|申诉|咨询情况|依申请公开政府信息的?情况|政府信息依申请公开情况")
# The old format's overview as the body's first heading (一、概述; 一、概况 as some offices titled it): the body is old too.
_OWN_OVERVIEW = regex_cache.compile(r"^[ \t\u3000]{0,4}[一二三四五六七八九十]{1,2}[ \t\u3000]{0,2}[、.．][ \t\u3000]{0,3}概[述况]", re.M)
# A level-1 heading's line: one naming an old part (三、政府信息公开的收费及减免情况) shows the body is in the old format too.
_LEVEL_ONE = regex_cache.compile(r"^[ \t\u3000]{0,4}[一二三四五六七八九十]{1,2}[ \t\u3000]{0,2}[、.．][^\n。]{0,40}", re.M)
NEW_ONLY = (0, 2)  # 总体情况, 收到和处理政府信息公开申请情况: parts of the current format only


# Parts that only the old format had, whatever the list's length: the fee part, the refusals, the complaints, the
# enquiries. 依申请公开政府信息情况 alone is a loose name of the current format's third part too.
_STRONG_OLD = regex_cache.compile(r"收费[及和与]减免|不予公开|申诉|咨询情况")
CURRENT_PARTS = 6  # 总体情况 … 其他需要报告的事项: the current format's six; the old one had seven with its fee part


def _six_current(outline: str) -> bool:
    """The list names six parts and none that only the old format had (本报告由概述、主动公开政府信息情况、依申请公开
    政府信息情况、申请行政复议及提起行政诉讼情况、存在问题及改进措施、其他需要报告的事项等六部分组成): the current
    format's six parts under loose names, its 概述 the 总体情况; no old outline kept."""
    if _STRONG_OLD.search(outline):
        return False
    return "六部分" in outline or "六个部分" in outline or outline.count("、") + 1 == CURRENT_PARTS


def _outline(text: str):
    """The outline sentence in the head that lists the old format's parts: with its 概述, or without it and with the
    old fee part; None when there is none."""
    m = _OUTLINE.search(text, 0, dr.HEAD) if "概述" in text else None
    if m is not None:
        return None if not _OLD_PARTS.search(m.group()) or _six_current(m.group()) else m
    m = _OUTLINE_BARE.search(text, 0, dr.HEAD) if "费" in text else None
    return m if m is not None and _FEE_PART.search(m.group()) and "总体情况" not in m.group() else None


def check(ctx):
    text = ctx.text
    if not dr.is_report(text):
        return
    m = _outline(text)
    if m is None or _OWN_OVERVIEW.search(text):
        return
    found = {p.index for p in dr.parts(text)}
    if not found & set(NEW_ONLY) or any(_OLD_PARTS.search(h.group()) for h in _LEVEL_ONE.finditer(text)):
        return
    headings = "“一、总体情况”" if 0 in found else "“收到和处理政府信息公开申请情况”"
    yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                  f"开头所列的结构（{'概述、收费及减免' if '概述' in m.group() else '政府信息公开相关费用'}等）是2019年条例修订前旧格式的各部分，与正文的一级标题（{headings}等现行格式）"
                  "不符，应按正文的结构改写这一句或删去。", None)
