"""W052: a body's own disclosure report that speaks of the body as 该局 (该委, 该院) with no antecedent.

An annual report on government information disclosure (政府信息公开工作年度报告) is the body's own: it says
我局 or 本局. 该局 (that bureau) points back to a body just named; a sentence that opens on 该局 with no body
of its kind named in the paragraph before it speaks of the report's own body in the third person, a sentence
copied from someone else's review of it (an inspector's summary, a news item).

Read only in disclosure reports (gen.check.disclosure_report.is_report, or a head that opens as one does:
本报告根据《中华人民共和国政府信息公开条例》…编制), only where 该X opens a sentence or a
line, and only where no word ending in X (局, 委, 院, 办, 中心) stands in the REACH characters before it other than
a self-reference (我局, 本局) or the body's own short name at a sentence's start (局党组): a body named there is the antecedent (转交县公安局办理。该局……), and is left alone.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..disclosure_report import is_report
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W052",
    name="own-report-third-person",
    severity="warning",
    summary="本单位的政府信息公开年度报告以“该局”称呼本单位",
    doc=(
        "检查什么：政府信息公开工作年度报告是本单位自己的报告，句首却以“该局”“该委”“该院”称呼本单位，"
        "前文又没有提到别的局（委、院）可供指代。\n"
        "为什么：“该局”指前文刚提到的机构；本单位的报告应自称“我局”“本局”，第三人称多是照抄他人的评述。\n"
        "不报的情形：不是政府信息公开年度报告的；前文（约一百五十字内）提到了别的局（委、院、办、中心），“该局”指它的。\n"
        "示例：“（二）依申请公开情况。该局在依申请公开方面制定了办理流程”应为“我局在依申请公开方面……”。"
    ),
    flag=(
        "本报告根据《中华人民共和国政府信息公开条例》编制。\n（二）依申请公开情况。该局在依申请公开方面制定了规范的办理流程。\n",
        "某县审计局2023年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况。该局在依申请公开方面"
        "制定了规范的办理流程。\n",
    ),
    keep=(
        "某县审计局2023年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况。我局在依申请公开方面"
        "制定了规范的办理流程。\n",
        # the antecedent named just before: 该局 points to it
        "某县审计局2023年政府信息公开工作年度报告\n一、总体情况\n一件申请所涉信息由县公安局制作，已告知申请人向其申请。"
        "该局已答复申请人。\n",
        # not a disclosure report: a review of another body may call it 该局
        "某县审计局工作情况通报\n该局在依申请公开方面制定了规范的办理流程。\n",
    ),
)

HEAD = 600  # characters of the text's head read for the report's kind
# The standard opening of such a report when its title was not copied: 本报告根据《…政府信息公开条例》…编制
_OPENING = regex_cache.compile(r"本(?:年度)?报告(?:是)?(?:根据|依据|按照)[^\n。]{0,24}政府信息公开条例")
REACH = 150  # characters before 该X read for the body it would point back to
_THIRD = regex_cache.compile(r"(?:^|(?<=[。；;！？\n]))[ \t\u3000]{0,4}该(局|委|院|办|中心)(?![\u4e00-\u9fff]{0,2}(?:长|领导|班子))", re.M)
_SELF = "我本该各全此其"  # 我局, 本局, 各局: no body named before the suffix


_TITLE = regex_cache.compile(r"^[^\n]{0,80}年度报告[ \t\u3000]{0,4}$", re.M)


def _named_before(text: str, start: int, suffix: str, after: int) -> bool:
    """Whether a word ending in ``suffix`` that is no self-reference stands in the REACH characters before ``start``
    (from ``after`` on: the report's title names the body itself, no antecedent)."""
    window = text[max(after, start - REACH):start]
    pos = window.find(suffix)
    while pos != -1:
        if pos > 0 and "\u4e00" <= window[pos - 1] <= "\u9fff" and window[pos - 1] not in _SELF:
            return True
        pos = window.find(suffix, pos + 1)
    return False


def check(ctx):
    text = ctx.text
    if "该" not in text or not (is_report(text) or _OPENING.search(text, 0, HEAD)):
        return
    title = _TITLE.search(text, 0, 400)
    after = title.end() if title else 0
    for m in _THIRD.finditer(text):
        s = m.end() - len(m.group(1)) - 1
        if _named_before(text, s, m.group(1), after):
            continue
        own = "我" + m.group(1)
        yield Finding(s, m.end(), RULE.code, RULE.severity,
                      f"本单位的年度报告以“{text[s:m.end()]}”称呼本单位，前文没有可指代的机构，应为“{own}”或“本{m.group(1)}”。", own)
