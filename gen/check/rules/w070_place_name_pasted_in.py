"""W070: a county's full name pasted where a bare 县 (区, 市) stood (副金乡县长, 全市12金乡县市区).

Mirror and aggregator sites "localise" a page by replacing every bare 县 with their own county's name, and a writer
who replaces 本县 with the county's name throughout does the same. Where 县 was part of a title or a generic word,
the name lands inside it: 副县长 becomes 副金乡县长, 12个县市区 becomes 12金乡县市区. Chinese never puts a place
inside these words: a deputy head is 金乡县副县长, and 县市区 counts a city's counties in general, no one of them.

Two shapes are read, each with the name checked against the gazetteer (glossary/divisions.tsv), so a word that only
ends like a place (副书记兼县长) is no name: 副 + a division's full name + 长 (副某县长, 副某区长, 副某市长), and a
small figure + a county's full name + 市区 or （市、区） (12某县市区). A name standing where it belongs (某县副县长,
全市12个县市区, 某县县长) is silent.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from .. import unspaced
from ..finding import Finding
from ..gazetteer import gazetteer
from ..registry import Rule

RULE = Rule(
    code="W070",
    name="place-name-pasted-in",
    severity="warning",
    summary="地名嵌进了职务或“县市区”等泛称（“副某县长”“全市12某县市区”）",
    doc=(
        "检查什么：县（区、市）的全称被嵌进职务名称或泛称中：“副”与“长”之间夹着完整的县区市名（“分管副金乡县长”），"
        "数字与“市区”“（市、区）”之间夹着完整的县名（“全市12金乡县市区”）。多见于转载网站把文中单独的“县”统一替换成本地县名，"
        "或作者把“本县”逐一替换成县名时误替换。\n"
        "为什么：职务应写“某县副县长”，泛指各县的“县市区”中不会有某一个县的名字；地名嵌在词中，读来不通。\n"
        "不报的情形：地名在正常位置的写法（某县副县长、某县县长、全市12个县市区）；不是行政区划全称的词（副书记兼县长）。\n"
        "示例：“由分管副金乡县长亲自挂帅”应为“由分管副县长亲自挂帅”；“位居全市12金乡县市区首位”应为“位居全市12个县市区首位”。"
    ),
    flag=(
        "防汛工作由分管副长丰县长亲自挂帅，各乡镇主要负责人参加。\n",
        "储备规模达到3万吨，在全市12长丰县市区中位居第一。\n",
    ),
    keep=(
        "防汛工作由长丰县副县长亲自挂帅，县委副书记兼县长出席会议。\n",
        "储备规模在全市12个县市区中位居第一，长丰县县长作动员讲话。\n",
    ),
)

# 副 + a name + its suffix + 长; the name is checked against the gazetteer.
_DEPUTY = regex_cache.compile(r"副([\u4e00-\u9fff]{1,6}[县区市旗])长")
# A figure of one to three digits (not the tail of a year), a county's name, then the generic 市区 or （市、区）.
_COUNT = regex_cache.compile(r"(?<![0-9])[0-9]{1,3}个?([\u4e00-\u9fff]{1,6}县)(?=市区|[(（]市、区[)）])")


def _named(name: str) -> bool:
    """A full division name of two characters or more before its suffix (长丰县, not 县)."""
    return len(name) >= 3 and name in gazetteer().by_name


def check(ctx):
    view = unspaced.of(ctx)
    text = view.text
    if "副" in text and "长" in text:
        for m in near_needles(_DEPUTY, text):
            name = m.group(1)
            if _named(name):
                s, e = view.span(m.start(), m.end())
                title = "副" + name[-1] + "长"
                yield Finding(s, e, RULE.code, RULE.severity,
                              f"“{m.group()}”把地名“{name}”嵌进了职务名称，应为“{name}{title}”或“{title}”。", title)
    if "县" in text:
        for m in near_needles(_COUNT, text):
            name = m.group(1)
            if _named(name):
                s, e = view.span(m.start(), m.end(1))
                figure = m.group()[:m.start(1) - m.start()].rstrip("个")
                yield Finding(s, e, RULE.code, RULE.severity,
                              f"“{m.group()}”后接泛称“县市区”，地名“{name}”不应嵌在其中，应为“{figure}个县市区”。", f"{figure}个县")
