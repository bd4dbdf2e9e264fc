"""W040: the body's self-reference short of a character (2023年我通过…, 。委不断规范… in a text that says 我委).

A body's report names itself one way throughout: 我委, 我局, 我院. Where one of those lost a character, what is
left is a bare 我 before the verb (2023年我通过政府网站公开) or the body's character alone at a sentence's start
(依申请公开。委不断规范…), or right after the year that opens a paragraph (2011年，局认真贯彻…): neither is how
the report speaks of itself anywhere else. The text itself is the evidence: its self-reference written whole at
least MIN_OWN times (MIN_OWN_HEAD for a cut head: a lone 局 before 认真/积极 at a sentence's head is no word of its
own, so two whole ones settle which body it is), and the cut form rare in it (a bare 我 at most MAX_BARE times: a
personal summary says 我 throughout and is no body's report).

Read only before words that open a verb phrase (通过, 不断, 进一步, 严格按照…) or the few nouns a body's own work
goes by (我信息公开主要平台, 结合我政府信息公开工作, 推动我非物质文化遗产保护): 我国, 我们, 我省, 我市 and the
other self-references are words of their own, and a sentence that opens on 委托, 局面, 院长 goes on with a noun.
One whole self-reference is evidence enough where the text has none of a person's voice (本人, 我代表, 述职,
我的): a bare 我 before 共收到 in a 局's disclosure report is the 局 lost, found in reports that say 我局 only
once. A text that names itself only by its place (我县, 我区) gets the place back.
"""

from __future__ import annotations

from collections import Counter

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W040",
    name="self-reference-cut",
    severity="warning",
    summary="本单位自称缺字（文中通称“我委”，此处只写“我”或“委”）",
    doc=(
        "检查什么：文中多处自称“我委”“我局”“我院”，某处却只剩“我”（“2023年我通过政府网站公开”）"
        "或句首只剩“委”“局”（“委不断规范完善依申请公开”）。\n"
        "为什么：单位的报告以固定的自称指代本单位，缺了一个字的自称是录入时漏字。\n"
        "也查“我”直接接本单位工作名称的（“结合我政府信息公开工作”）；文中只以地名自称（“我县”）的，按地名补全。\n"
        "不报的情形：自称写全的；“我们”“我国”“我省”等本身成词的；通篇以“我”自称的个人总结（单独的“我”多于两处），"
        "以及全文只有一处完整自称而带个人口吻（“本人”“述职”“我代表”）的；"
        "句首的“委托”“局面”“院长”等词。\n"
        "示例：文中通称“我委”时，“2023年我通过政府网站公开政府信息”应为“2023年我委通过……”。"
    ),
    flag=(
        "我委定期更新工作动态。我委主动公开机构职责。2023年我通过政府网站公开政府信息。\n"
        "（二）依申请公开。委不断规范答复流程。我委全年接收申请5件。\n",
        "2022年，局认真落实公开要求。我局主动公开机构职责。我局全年接收申请3件。\n",
        # one whole self-reference and no person's voice: the lost 局 before 共收到
        "我局按时发布年度报告。\n（二）依申请公开方面。2023年，我共收到政府信息公开申请3件。\n",
        # a noun of the body's own work after the bare 我; a text that names itself by its place
        "县委、县政府高度重视我非物质文化遗产保护工作。我县共有省级项目5项。\n",
    ),
    keep=(
        "我委定期更新工作动态。我委主动公开机构职责。2023年我委通过政府网站公开政府信息。我委全年接收申请5件。\n",
        # a personal summary: 我 throughout
        "我局组织学习。我局开展培训。我局完成考核。我通过学习提高了认识。我不断改进方法。我积极参加活动。\n",
        # a sentence opening on a word that begins with the body's character
        "我委定期更新。我委主动公开。我委接收申请。委托第三方开展评估。委员会全体会议审议。\n",
        # a year, then another body's 局 as a word of its own (局面, 局长)
        "2022年，局面持续向好，局长带头落实。我局主动公开机构职责。我局全年接收申请3件。\n",
        # a person's report that says 我局 once: 我 is the speaker
        "述职报告\n一年来，我局工作稳步推进。我认真履行岗位职责，我始终坚持学习。\n",
        # 自我, a slogan in quotes
        "我局组织开展自我评价，开展“我为群众办实事”实践活动。\n",
    ),
)

MIN_OWN = 3  # the whole self-reference written at least this often (once where no person speaks)
MIN_OWN_HEAD = 2  # a cut head (。局认真…) is read once the whole form is written this often
MAX_BARE = 2  # a bare 我 before a verb phrase at most this often (else the text says 我 of a person)
_OWN = regex_cache.compile(r"我(委|局|院|办|厅|会|所|站|校|馆)")
_OWN_PLACE = regex_cache.compile(r"我(县|区|旗|镇|乡)")
# A person's voice: the bare 我 may be the speaker.
_PERSON = regex_cache.compile(r"本人|我代表|我受|述职|我自己|我个人|我的")
# Words that open a verb phrase after the subject (the report's own usual ones).
_VERB_OPENERS = (r"(?:通过|不断|进一步|积极|认真|严格|按照|坚持|始终|高度|全面|切实|持续|扎实|深入|主动|及时|依法|"
                 r"围绕|结合|根据|依据|紧紧|着力|大力|继续|共收到|共接收|共受理|全年|收到|接收|受理)")
# Nouns of a body's own work that no person's 我 stands before.
_OWN_WORK = r"(?:政府信息公开|信息公开|非物质文化遗产)"
_BARE = regex_cache.compile(r"(?<![自本忘你])我(?=" + _VERB_OPENERS + "|" + _OWN_WORK + ")")
_CUT_HEAD = regex_cache.compile(r"(?:(?<=[。！？!?\n])|(?<=\d年[，,]))[ \t\u3000]{0,2}(委|局|院|办|厅)(?=" + _VERB_OPENERS + ")")


def check(ctx):
    text = ctx.text
    if "我" not in text:
        return
    own = Counter(m.group(1) for m in _OWN.finditer(text))
    if own:
        kind, count = own.most_common(1)[0]
        if count >= MIN_OWN_HEAD:
            yield from _cut_heads(text, kind)
    else:
        own = Counter(m.group(1) for m in _OWN_PLACE.finditer(text))
        if not own:
            return
        kind, count = own.most_common(1)[0]
    if count < MIN_OWN and _PERSON.search(text):
        return
    bare = list(near_needles(_BARE, text))
    if len(bare) <= MAX_BARE:
        for m in bare:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"自称缺字：文中通称“我{kind}”，此处只写了“我”，应为“我{kind}”。", f"我{kind}")


def _cut_heads(text, kind):
    """The body's character alone where a sentence (or the year opening a paragraph) hands over to the verb."""
    for m in near_needles(_CUT_HEAD, text):
        if m.group(1) == kind:
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"自称缺字：文中通称“我{kind}”，此处句首只写了“{kind}”，应为“我{kind}”。", f"我{kind}")
