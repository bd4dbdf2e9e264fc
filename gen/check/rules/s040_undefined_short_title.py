"""S040: a document cited by its kind alone (《办法》, 《通知》) that the text never named in full.

A short title in 书名号 that is nothing but the document's kind (《办法》, 《通知》, 《意见》) stands for a title the
text gave before: in full (《某市政府信息公开实施办法》, then 《办法》) or with 以下简称《办法》. Where neither was
given, the reader cannot tell which of the many 办法 and 通知 is meant (根据《中华人民共和国政府信息公开条例》、
《办法》和……; 政府办《通知》精神): the full title must be written at the first mention.

《条例》 is left alone: in a 政府信息公开 report it is the customary short name of the 政府信息公开条例 the whole
genre is written under, and readers take it so without a definition. Only the first undefined short title of
each kind is reported; a later one repeats the same want.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S040",
    name="undefined-short-title",
    severity="warning",
    summary="只用文种作简称（《办法》《通知》），前文未给出文件全称",
    doc=(
        "检查什么：书名号内只有文种的简称（《办法》《规定》《意见》《通知》《决定》《细则》《方案》《规划》《纲要》《规则》），"
        "而在它之前既没有以该文种结尾的文件全称，全文也没有“以下简称（下称）《办法》”之类的约定。\n"
        "为什么：同一文种的文件很多，只写《办法》《通知》，读者不知所指，首次出现时应写出文件全称。\n"
        "不报的情形：前文写过全称（《某市政府信息公开实施办法》）或约定了简称的；《条例》（政府信息公开年度报告中惯指《政府信息公开条例》）；"
        "书名号前紧接文件所属领域的（“法治政府建设《纲要》”）；同一简称第二次起不再报告。"
    ),
    flag=(
        "根据《中华人民共和国政府信息公开条例》、《办法》和市政府有关要求，现将本局年度报告公布如下。",
        "按照县政府办公室《通知》精神，做好政府信息公开工作。",
    ),
    keep=(
        # the full title first, then the kind alone
        "根据《某市政府信息公开实施办法》要求，我局对照《办法》逐项梳理公开目录。",
        # a short name agreed on
        "依据《某省政府信息公开规定（试行）》（以下简称《规定》），落实《规定》各项要求。",
        "按照《关于做好政府信息公开工作的实施意见》（下称“意见”）和《意见》要求，完善制度。",
        # the field written before the marks: the 纲要 and the 规划 of 法治政府建设
        "按照国家、本市法治政府建设《纲要》《规划》以及上级相关部署要求，全面深入推进法治政府建设。",
        # 《条例》 is the genre's customary short name
        "认真贯彻落实《条例》精神，规范政府信息公开工作。",
    ),
)

KINDS = ("办法", "规定", "意见", "通知", "决定", "细则", "方案", "规划", "纲要", "规则")
# Led by the literal 《, the search is re's own.
_BARE = regex_cache.compile(r"《(" + "|".join(KINDS) + r")》")


# The subject written right before the marks (国家、本市法治政府建设《纲要》《规划》): the title's own words left out of
# them, 《法治政府建设实施纲要》 named by its field, perhaps after another short title of the same field. An issuer
# before the marks (县政府办公室《通知》) names no document.
_SUBJECT_BEFORE = regex_cache.compile(r"(?:建设|发展|改革|治理|振兴)(?:《[^《》\n]{1,6}》){0,3}$")
SUBJECT_REACH = 40


def _full_title(kind: str) -> object:
    """A title in 书名号 that ends in the kind, perhaps with (试行) after it or a title in 〈〉 inside it."""
    return regex_cache.compile(
        r"《[^《》\n]{1,80}" + kind + r"(?:[（(](?:试行|暂行|修订|草案|修订稿)[)）])?》")


def _agreed(text: str, kind: str) -> bool:
    """The text agrees on the short name somewhere (以下简称《办法》, 下称“办法”)."""
    for lead in ("简称", "下称"):
        at = text.find(lead)
        while at >= 0:
            if kind in text[at + 2:at + 6]:
                return True
            at = text.find(lead, at + 2)
    return False


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "》" not in text:
        return
    seen: set[str] = set()
    for m in _BARE.finditer(text):
        kind = m.group(1)
        if kind in seen:
            continue
        seen.add(kind)
        if _agreed(text, kind) or _full_title(kind).search(text, 0, m.start()) \
                or _SUBJECT_BEFORE.search(text, max(0, m.start() - SUBJECT_REACH), m.start()):
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group(0)}”只写了文种，前文未给出该文件的全称，也未约定简称，读者不知所指；"
                      f"首次出现时应写出文件全称，或在全称后注明“（以下简称{m.group(0)}）”。")
