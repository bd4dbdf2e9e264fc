"""W083: a document's short title (以下简称《…》) made of words its full title does not hold.

A report names its basis in full once and gives it a short title for the rest: 《中华人民共和国政府信息公开条例》
（以下简称《条例》）. The short title is cut from the full one, its characters in the same order. Where a report
names a second document in the same sentence and keeps the first one's short title for it (《……年度报告格式（试行）》
（以下简称《条例》）, 《2021年某区政务公开工作要点》（以下简称《规定》）), the short title names another document.

Read only a 《》 title followed at once by （以下简称《…》） or （简称《…》）, and report the short title when its
characters are not found in the full title in order; one ending on another genre word than its title (要点 and
《规定》) is T015's. A short title given without 《》 (以下简称“两个条例”, 中央1号文件)
is not read: such names are often not cut from the title.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from .t015_short_title_other_genre import other_genre

RULE = Rule(
    code="W083",
    name="short-title-not-of-title",
    severity="warning",
    summary="文件简称与全称不符：“（以下简称《条例》）”前面是《……年度报告格式》，简称不是从全称中截取的",
    doc=(
        "检查什么：《文件全称》（以下简称《简称》）中，简称的字不能在全称中按顺序找到，"
        "如《政府信息公开工作年度报告格式（试行）》（以下简称《条例》）、《机关事务管理工作手册》（以下简称《条例》）；简称与全称文种不一的（《……要点》（以下简称《规定》））由 T015 报告。\n"
        "为什么：简称应从全称中截取；简称与全称对不上，多是沿用了前一个文件的简称，后文的《条例》就指错了文件。\n"
        "不报的情形：简称不加书名号的（以下简称“两个条例”）；简称的字在全称中按顺序都能找到的。\n"
        "示例：《政府信息公开工作年度报告格式（试行）》（以下简称《条例》）应为“（以下简称《格式》）”。"
    ),
    flag=(
        "本报告根据《中华人民共和国政府信息公开工作年度报告格式（试行）》（以下简称《条例》）编制。\n",
        "本单位执行《某市机关事务管理工作手册》（以下简称《条例》）的规定。\n",
    ),
    keep=(
        "根据《2021年某区政务公开工作要点》（以下简称《规定》）要求编制。\n",  # another genre: T015's
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《关于全面实施预算绩效管理的意见》（简称《意见》）。\n",
        "根据《中华人民共和国预算法》（以下简称《预算法》）和中共中央文件（以下简称“两个条例”）编制。\n",
    ),
)

_SHORT = regex_cache.compile(r"《([^《》\n]{2,150})》[ \t\u3000]*[（(](?:以下)?简称[:：]?《([^《》\n]{1,20})》[)）]")


def _cut_from(short: str, title: str) -> bool:
    rest = iter(title)
    return all(c in rest for c in short)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not contains(text, "简称《"):
        return
    for m in _SHORT.finditer(text):
        title, short = m.group(1), m.group(2)
        if _cut_from(short, title) or other_genre(title, short):  # another genre word: T015's finding
            continue
        yield Finding(m.start(2) - 1, m.end(2) + 1, RULE.code, RULE.severity,
                      f"简称《{short}》不是从全称《{title}》中截取的，简称与文件不符，多是沿用了别的文件的简称。",
                      None)
