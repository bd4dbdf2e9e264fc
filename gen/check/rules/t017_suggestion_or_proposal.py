"""T017: a reply to a deputy's 建议 that calls it 提案, a reply to a member's 提案 that calls the member 代表, or a
session of a people's congress named 第X次人大代表会议, or a CPPCC's session named in its short and full forms at once
(市政协十三届某市委员会四次会议).

A 建议 reply that thanks or addresses the proposers as 委员们 (衷心感谢委员们的关心) kept a 提案 reply's words the
same way.

A reply titled 第71号议案的答复 that addresses one deputy (某某代表：) about the 《关于……的建议》 he put forward kept another
reply's word too: a 议案 is put forward by a delegation or ten deputies or more (代表法第九条), one deputy's is a 建议.
The other way round, a reply titled 第49号建议 (or 建议案) to one deputy that names the document it answers 议案 (你提出的
“关于……的议案”, 议案中所提的问题) calls one deputy's 建议 a bill; and a CPPCC's numbered item called 第22号建议 (政协第十届五次
会议第22号建议的回复) is a 提案: a CPPCC's members put forward 提案, as its numbered 议案 is flagged already.

A deputy of a people's congress (人大代表) puts forward 建议、批评和意见 (《全国人民代表大会和地方各级人民代表大会代表法》
第十四条); a member of a CPPCC committee (政协委员) puts forward 提案 (《政协全国委员会提案工作条例》). A bureau answers
both kinds in one year and writes its replies from one template, so a reply to a 代表建议 that says 提案已收悉, or one to a
政协提案 that opens 某某代表：, kept the other kind's words. A congress's session is named 第X届人民代表大会第X次会议;
"第五次人大代表会议" is no session's name.

Read only where the text is plainly of one kind: a 建议 reply names 人大 or 代表建议 and never 政协 (a bureau's summary
of both kinds says 建议和提案 rightly); a 提案 reply names 政协 and 提案 and never 人大 or 代表建议. In a 提案 reply only
the salutation is read (某某代表：, 尊敬的某某代表), where the proposer is addressed, and the template's sentence that
names the document answered (现就建议中涉及……答复如下, 现将建议办理情况答复如下): there 建议 is the other kind's name
for it, while 建议 as what a 提案 proposes (您提出的建议很有价值) is left alone.

A 建议 text that names the deputies' items 提案 throughout (five mentions or more) is reported where it ties the word
to them (人大代表提案, 代表的提案), or at its first mention: the later bare 提案涉及…, 对提案… repeat one slip.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T017",
    name="suggestion-or-proposal",
    severity="warning",
    summary="人大代表的“建议”写成“提案”、政协提案的提出人称“代表”，或人代会届次名称不规范",
    doc=(
        "检查什么：答复人大代表建议的文中把建议称作“提案”；答复政协提案的文中称提案人为“代表”（应为“委员”），"
        "或在“现就建议中涉及……答复如下”“现将建议办理情况答复如下”这样的答复套语中把提案称作“建议”；"
        "人民代表大会的会议写成“第X次人大代表会议”（应为“第X届人民代表大会第X次会议”）；"
        "政协会议的简称和全称混写（“市政协十三届某市委员会四次会议”）；"
        "标题称“第X号议案的答复”，正文答复的却是代表个人提出的《……的建议》（议案须由代表团或十名以上代表联名提出），"
        "或反过来标题称“第X号建议”、正文却把代表个人提出的建议称作“议案”；政协会议编号的来件称“第X号建议”或“第X号议案”（应为提案），"
        "政协提案的答复正文把来件称作“议案”（“您提出的……的议案收悉”）。\n"
        "为什么：人大代表提出的是建议、批评和意见（代表法第十四条），政协委员提出的是提案；同一单位用一个模板答复两类来件，"
        "常留下另一类的称呼。\n"
        "不报的情形：文中同时提到人大和政协的（如办理工作总结“建议和提案”）；提案答复中称呼以外的“代表”。\n"
        "示例：“您提出的‘关于……的建议’的提案已收悉”应为“建议已收悉”；政协提案答复中“张某代表：”应为“张某委员：”。"
    ),
    flag=(
        "某县交通运输局关于县人大十届二次会议第12号代表建议的答复\n李某代表：您提出的“关于改善乡村道路的建议”的提案已收悉。",
        "某市城管局关于市政协八届三次会议第21号提案办理情况的复函\n王某代表：\n您提出的关于规范停车管理的提案收悉。",
        # a 提案 reply calling the document it answers a 议案
        "关于对某县政协十届五次会议第57号提案的答复\n李某委员：\n您提出的《关于加快薄弱学校硬件建设》的议案收悉，现答复如下：",
        "您向第六届第三次人大代表会议提出的建议已收悉。",
        # a text that names the deputies' items 提案 throughout: reported at 人大代表提案, not at each later 提案
        "某镇认真做好人大代表提案答复工作\n会议共收到镇人大代表提案18件。提案涉及道路交通等方面内容。"
        "分类别对提案涉及的事宜由专人落实，对尚不能解决的提案积极反映。",
        # a deputies' 建议 answered with the words of a CPPCC reply: the proposers thanked as 委员们
        "某县交通运输局关于县人大十届二次会议第12号建议的答复\n李某代表：\n衷心感谢委员们对交通运输工作的关心。",
        # a CPPCC's session in its short form and its full form run together
        "关于市政协十一届某市委员会三次会议第52号提案的答复\n",
        # a CPPCC's numbered 提案 called a congress's 议案
        "上一条：关于对县政协第十二届三次会议第58号议案的答复\n",
        # a single deputy's 《…建议》 answered under a 议案's title
        "对县第十七届人民代表大会第一次会议第71号议案的答复\n何某代表：\n你在会上提出《关于成立某县草原工作站的建议》已收悉。",
        # a 提案 reply, known by its member's salutation, thanking its proposers as deputies
        "张某委员：\n您提出的《关于改善集镇供水的提案》已交我局办理，现答复如下：\n感谢各位代表对水务工作的关心。",
        # a 提案 reply whose answering sentence names the document a 建议
        "对市政协十二届五次会议第46号提案的答复\n张某委员：\n您提出的提案收悉，现就建议中涉及公安工作有关问题答复如下：",
        # a CPPCC's numbered 提案 called a 建议
        "关于某县政协第十届五次会议第22号建议的回复\n尊敬的张某等委员：\n你们提出的建议已收悉。",
        # one deputy's numbered 建议 whose body names it a 议案
        "对某县第十八届人民代表大会第二次会议第49号建议的答复\n李某代表：\n你提出的“关于治理某河源头的议案”已收悉，"
        "议案中所提的问题我局十分重视。",
    ),
    keep=(
        "某县交通运输局关于县人大十届二次会议第12号代表建议的答复\n李某代表：您提出的“关于改善乡村道路的建议”已收悉。",
        "某市城管局关于市政协八届三次会议第21号提案办理情况的复函\n王某委员：\n您提出的关于规范停车管理的提案收悉。",
        # a bureau's summary of both kinds; a site's menu over a 建议 reply
        "首页 > 建议提案办理\n某县交通运输局关于县人大十届二次会议第12号代表建议的答复\n您提出的建议已收悉。",
        "2022年共办理人大代表建议15件、政协提案20件，提案和建议均已按期办结。",
        "某厅2015年政府信息公开工作年度报告\n全文包括总体情况、代表建议委员提案办理结果公开情况等部分。",
        "您向县第六届人民代表大会第三次会议提出的建议已收悉。",
        # a congress's standing committee's members, its chair, its committees
        "某县交通运输局关于县人大十届二次会议第12号建议的答复\n李某代表：\n县人大常委会委员们视察了项目，"
        "财经委员会主任委员提出意见，感谢代表们的关心。",
        "关于政协某市第十一届委员会第三次会议第52号提案的答复，市政协十一届三次会议、市政协十一届常务委员会第五次会议。",
        "政协十三届全国委员会第一次会议，政协第七届某县委员会第五次会议。",
        # a congress's 议案 beside a CPPCC's 提案; a 提案 reply that names the congress's deputies as such
        "市人大第3号议案和市政协第15号提案均已办结。",
        # a joint reply to a congress's 建议 and a CPPCC's 提案 numbered as one item
        "关于对市人大、政协第12号建议、提案的联合答复\n王某某代表：\n您提出的建议收悉。市政协同时转来相关提案。\n",
        # a 议案 answered as one: the body names it so
        "对县第十七届人民代表大会第一次会议第3号议案的答复\n何某代表：\n你领衔提出的《关于加快某路建设的议案》已收悉。",
        "张某委员：\n您提出的《关于改善集镇供水的提案》已交我局办理，座谈会邀请了各位代表团成员。",
        "张某委员：\n您提出的《关于改善集镇供水的提案》已交我局办理，我局邀请村民代表们参加了座谈。",
        "对市政协十二届五次会议第46号提案的答复\n张某委员：\n现就提案中涉及的问题答复如下：您提出的建议很有价值，我局将认真研究。",
        # a congress's 建议 beside a CPPCC's 提案 in one summary; a 建议案 (some congresses' word for a deputy's 建议)
        "办理县政协第十届五次会议提案12件，县人大第22号建议3件。",
        "对某县第十八届人民代表大会第二次会议第42号建议案的答复\n李某代表：\n你提出的“关于加固某河堤的建议案”已收悉。",
        "对某县人大第122号建议的答复\n李某代表：\n我局成立了人大代表议案、建议办理工作领导小组。",
        # the site's menu names both kinds, parted by a slash
        "您当前的位置：首页 > 建议/提案办理情况\n对某县人大第12号建议的答复\n李某代表：\n您提出的建议收悉。",
        # a site's menu naming every kind above a 提案 reply
        "信息公开 > 议案建议提案办理\n关于市政协十届二次会议第8号提案的答复\n张某委员：\n您提出的提案收悉。",
    ),
)

_SESSION = regex_cache.compile(r"第[一二三四五六七八九十\d]{1,3}次人大代表会议")
# A CPPCC's session named in its short form and its full form at once (市政协十三届安阳市委员会四次会议): 某市政协十三届
# 四次会议 or 政协某市第十三届委员会第四次会议, not both. Only the short form's level before 政协 (市政协) and a place's
# name (ending in its level) between 届 and 委员会, so 市政协十三届常务委员会 and 政协十三届全国委员会 are no match.
_CPPCC_MIXED = regex_cache.compile(
    r"政协(?<=[省市县区州旗]政协)([一二三四五六七八九十]{1,3})届([\u4e00-\u9fff]{1,8}?[省市县区州旗])委员会第?([一二三四五六七八九十]{1,3})次(?:全体)?会议")
# The proposer addressed at a line's start: 曹某代表： or 尊敬的曹某代表，
_SALUTATION = regex_cache.compile(r"^[ \t\u3000]{0,4}(?:尊敬的)?[\u4e00-\u9fff]{2,4}(代表)(?=[：:，,])", re.M)
# The proposers thanked or addressed as a CPPCC's members (衷心感谢委员们, 各位委员, 王某委员：): in a 建议 reply they are
# deputies. A congress's own standing committee has members too (常委会委员们, 主任委员): only 委员 with no 会 or 任 before.
_MEMBERS = regex_cache.compile(r"(?<![会任])(委员们|各位委员)|^[ \t\u3000]{0,4}(?:尊敬的)?[\u4e00-\u9fff]{2,4}(?<![会任])(委员)(?=[：:，,])", re.M)
_PROPOSAL = regex_cache.compile(r"提案")
CONSISTENT = 5  # mentions of 提案 in a 建议 text that show the word is its name throughout, not one kept slip
# A CPPCC's numbered 提案 called 议案 (县政协第十五届五次会议第74号议案): 议案 are a congress's bills, a CPPCC has none.
_CPPCC_BILL = regex_cache.compile(r"政协[^\n。；]{0,30}?第[\d一二三四五六七八九十百〇零]{1,5}号(议案|建议)(?!案|[、和及与]提案)")
# A 提案 reply that opens on its proposer's salutation as a member (刘某委员：): a CPPCC's reply whose title may be lost.
_MEMBER_SALUTATION = regex_cache.compile(r"^[ \t\u3000]{0,4}(?:尊敬的)?[\u4e00-\u9fff]{2,4}委员(?=[：:])", re.M)
# The proposers thanked or addressed as a congress's deputies (感谢各位代表); not 代表们, which is anyone's (村民代表们).
_DEPUTIES = regex_cache.compile(r"(各位代表)(?!团|队)")
# A 提案 reply's answering sentence naming the document a 建议 (现就建议中涉及……答复如下, 现将建议办理情况答复如下).
_ANSWERED_AS_SUGGESTION = regex_cache.compile(
    r"(?:现就|现将|现对)(?:您(?:提出)?的)?(建议)(?=(?:中|所)?涉及|办理情况|答复如下)")
# Both kinds named together, each with its proposer (代表建议委员提案办理结果: deputies' 建议 and members' 提案), or parted
# by a slash (a site's menu: 建议/提案办理情况).
_BOTH = regex_cache.compile(r"建议[和及与、/／]?(?:委员)?提案|提案[和及与、/／]?(?:代表)?建议")
HEAD = 400  # characters of the text's head that name the kind of the reply (its title)
# A congress's numbered 议案 in a reply's title (第71号议案的答复); the document answered, named in the body as a 建议
# (提出《关于成立某站的建议》) or as a 议案 (《关于……的议案》, 提出的议案).
_NUMBERED_BILL = regex_cache.compile(r"第[\d一二三四五六七八九十百〇零]{1,5}号(议案)")
_ONE_DEPUTY = regex_cache.compile(r"代表[：:]")
_OWN_SUGGESTION = regex_cache.compile(r"提出(?:的)?《[^《》\n]{2,60}建议》")
_OWN_BILL = regex_cache.compile(r"议案》|提出的[^，,。；\n]{0,30}议案")
# A deputy's numbered 建议 (or 建议案) in a reply's title; the body naming the document it answers a 议案 (“关于……的议案”,
# 议案中所提): not 建议案, nor 议案 listed with 建议 (人大代表议案、建议办理), which names the kinds, not this document.
_NUMBERED_SUGGESTION = regex_cache.compile(r"第[\d一二三四五六七八九十百〇零]{1,5}号(?:代表)?建议")
_BODY_BILL = regex_cache.compile(r"(?<!建)议案(?=[”》\"」]|中)")
# A 提案 reply's body naming the document it answers a 议案 (您提出的……的议案收悉): a CPPCC has no bills. Not 建议案, nor
# 议案 listed with the other kinds (a site's menu: 议案建议提案办理).
_PROPOSAL_AS_BILL = regex_cache.compile(r"(?<![建议、和及与/／])议案(?![、和及与/／]?(?:建议|提案))")


def check(ctx):
    text = ctx.text
    if "人大代表会议" in text:
        for m in _SESSION.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”不是人民代表大会会议的规范名称，应为“第X届人民代表大会{m.group()[:-6]}会议”。", None)
    if "政协" in text:
        for m in _CPPCC_MIXED.finditer(text):
            term, place, session = m.groups()
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”把政协会议的简称和全称混在一起，应为“政协{place}第{term}届委员会第{session}次会议”"
                          f"（或简称“{place[-1]}政协{term}届{session}次会议”）。", None)
    if "政协" not in text and ("代表建议" in text[:HEAD] or "人大" in text[:HEAD]) and "委员" in text:
        for m in _MEMBERS.finditer(text):
            k = m.lastindex
            yield Finding(m.start(k), m.end(k), RULE.code, RULE.severity,
                          f"本文答复的是人大代表建议，建议人是人大代表，应称“代表”，不称“{m.group(k)}”（“委员”是政协委员的称呼）。",
                          m.group(k).replace("委员", "代表"))
    if "政协" not in text and ("代表建议" in text[:HEAD] or "人大" in text[:HEAD]) and "提案" in text:
        hits = [m for m in _PROPOSAL.finditer(text)
                if not _BOTH.search(text, max(0, m.start() - 5), min(len(text), m.end() + 5))]
        # 建议提案办理 (a site's menu), 建议和提案: both kinds named together. A text that names them 提案 throughout
        # is reported where it ties the word to the deputies (人大代表提案, 代表的提案), or at its first mention.
        if len(hits) >= CONSISTENT:
            hits = [m for m in hits if "代表" in text[max(0, m.start() - 3):m.start()]] or hits[:1]
        for m in hits:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "本文答复的是人大代表建议，人大代表提出的是“建议”，“提案”是政协委员的用语，应为“建议”。", "建议")
    elif "政协" in text[:HEAD] and "提案" in text[:HEAD] and "人大" not in text and "代表建议" not in text:
        for m in _SALUTATION.finditer(text):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          "本文答复的是政协提案，提案人是政协委员，应称“委员”，不称“代表”（人大代表提出的是建议）。", "委员")
        if "议案" in text:
            for m in _PROPOSAL_AS_BILL.finditer(text):
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              "本文答复的是政协提案，政协委员提出的是“提案”，“议案”是人民代表大会的用语，应为“提案”。", "提案")
        if "建议" in text:
            for m in _ANSWERED_AS_SUGGESTION.finditer(text):
                yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                              "本文答复的是政协提案，答复套语中应称“提案”，不称“建议”（人大代表提出的才是建议）。", "提案")
    if "政协" in text and ("议案" in text or "建议" in text):
        for m in _CPPCC_BILL.finditer(text):
            if "人大" in m.group() or "代表" in m.group():
                continue  # a summary naming both kinds (县政协提案12件，县人大第22号建议)
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"政协委员提出的是“提案”，“{m.group(1)}”是人大代表的用语，应为“提案”。", "提案")
    if "议案" in text[:HEAD] and "政协" not in text:
        yield from _bill_for_suggestion(text)
    if "议案" in text and "政协" not in text:
        yield from _suggestion_called_bill(text)
    yield from _deputies_in_proposal_reply(text)


def _titled_to_one_deputy(title_pattern, text: str):
    """The title read by ``title_pattern`` in the text's head and the salutation after it (a wrapped title may be
    joined to it) naming one deputy, not 某某等12位代表; None when either is missing."""
    title = title_pattern.search(text, 0, HEAD)
    if title is None:
        return None
    salute = _ONE_DEPUTY.search(text, title.end(), HEAD)
    if salute is None or any(c in "等位名" for c in text[max(title.end(), salute.start() - 6):salute.start()]):
        return None
    return title, salute


def _bill_for_suggestion(text: str):
    """A reply titled 第N号议案 that answers one deputy (某某代表：) on the 《…建议》 he put forward: a 议案 is put forward
    by a delegation or ten deputies or more, a single deputy's 建议 is no 议案; the title kept another reply's word."""
    found = _titled_to_one_deputy(_NUMBERED_BILL, text)
    if found is None:
        return
    bill = found[0]
    if not _OWN_SUGGESTION.search(text) or _OWN_BILL.search(text):
        return
    yield Finding(bill.start(1), bill.end(1), RULE.code, RULE.severity,
                  "标题称“议案”，正文答复的却是代表个人提出的《……建议》：议案由代表团或十名以上代表联名提出，"
                  "代表个人提出的是“建议”，应为“建议”。", "建议")


def _suggestion_called_bill(text: str):
    """A reply titled 第N号建议 that answers one deputy (某某代表：) and names the document it answers a 议案 (你提出的
    “关于……的议案”, 议案中所提的问题): one deputy's 建议 is no bill, the body kept another reply's word."""
    found = _titled_to_one_deputy(_NUMBERED_SUGGESTION, text)
    if found is None:
        return
    salute = found[1]
    for m in _BODY_BILL.finditer(text, salute.end()):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      "标题称“建议”，正文却称“议案”：议案由代表团或十名以上代表联名提出，代表个人提出的是“建议”，应为“建议”。",
                      "建议")


def _deputies_in_proposal_reply(text: str):
    """A 提案 reply (its salutation a 委员's, 提案 in its head, no 人大 or 代表建议 anywhere) that thanks its proposers
    as 各位代表: the words of a 建议 reply kept. Read by the salutation, since a reply's title is often off the page."""
    if "代表" not in text or "人大" in text or "代表建议" in text or "提案" not in text[:HEAD]:
        return
    if not _MEMBER_SALUTATION.search(text[:HEAD]):
        return
    for m in _DEPUTIES.finditer(text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"本文答复的是政协提案，提案人是政协委员，应称“{m.group(1).replace('代表', '委员')}”，"
                      f"不称“{m.group(1)}”（人大代表提出的是建议）。", m.group(1).replace("代表", "委员"))
