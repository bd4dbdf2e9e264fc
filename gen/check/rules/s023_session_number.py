"""S023: a meeting's 届 in the title is not the 届 the body gives the same meeting.

A report of a meeting ("某镇召开第十一届人民代表大会第五次会议") names the congress's term (届) and the
session (次) in its title and again in its first lines. Reports are written from last year's copy, and
one of the two keeps the old term: the title says 第十一届, the body 第十届, for the same body's same
session. Only a pair naming the same body (the words between 届 and 第X次) and the same session is read,
and only when the body never names that session with the title's term: a report that also recalls the
last term's meetings (第十届…第五次会议 beside 第十一届…第五次会议) keeps its title.

A reply to a deputy's 建议 or a member's 提案 names the session in its title (对政协某县第十届委员会第一次会议
第25号提案的答复) and again where it thanks the writer (您在县政协十届五次会议上提出的……): the reply is
to one proposal, made at one session, so a term or session that differs is the same copy slip. Only a
title that names the 第X号 proposal and a body sentence of 会议上提出 are compared; the title may write the session
short (市十九届人大二次会议第53号建议). The proposal's own number is the same copy slip: a title's 第110号代表建议 whose
body acknowledges 《……的建议》（第111号）收悉 (or 第111号建议收悉) and never writes 第110号 names two proposals for one.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S023",
    name="session-number-drift",
    severity="warning",
    summary="标题与正文所写同一会议的届次不一致",
    doc=(
        "检查什么：标题中的会议（“第十一届人民代表大会第五次会议”）与正文中同一机构、同一次会议的届次不同"
        "（正文写“第十届人民代表大会第五次会议”）。\n"
        "为什么：届次写错多是套用往年稿件时只改了一处，读者无法判断会议是哪一届。\n"
        "不报的情形：机构名称或会议次数不同（另一次会议）；正文中也写了与标题相同届次的这次会议（正文同时回顾上一届会议）。\n"
        "示例：标题“某镇召开第十一届人民代表大会第五次会议”，正文“某镇召开第十届人民代表大会第五次会议”，届次应一致。"
    ),
    flag=(
        "某镇召开第十一届人民代表大会第五次会议\n3月28日，某镇召开第十届人民代表大会第五次会议，全体代表参加会议。\n",
        "县政协第九届委员会第三次会议开幕\n会议期间，政协第八届委员会第三次会议听取了常委会工作报告。\n",
        # a reply: the title's session against the one the writer is thanked for
        "对政协某县第九届委员会第二次会议第18号提案的答复\n张某委员：\n您在县政协九届四次会议上提出的提案收悉。\n",
        "关于市十九届人大二次会议第53号建议的答复\n张某代表：\n您在市人大九届第二次会议上提出的建议已收悉。\n",
        # the proposal's number in the body is not the title's
        "关于县十七届人民代表大会第三次会议\n第110号代表建议办理情况的答复函\n您提出的《关于支持某项目建设的建议》（第111号）收悉。\n",
    ),
    keep=(
        "某镇召开第十一届人民代表大会第五次会议\n3月28日，某镇召开第十一届人民代表大会第五次会议，全体代表参加会议。\n",
        # another session of the last term recalled: not the title's meeting
        "某镇召开第十一届人民代表大会第一次会议\n会议回顾了第十届人民代表大会第五次会议以来的工作。\n",
        # the title's term named too: the body recalls the last term's same session beside it
        "某镇召开第十一届人民代表大会第五次会议\n本次会议即第十一届人民代表大会第五次会议，与第十届人民代表大会第五次会议间隔五年。\n",
        "对政协某县第九届委员会第二次会议第18号提案的答复\n张某委员：\n您在县政协九届二次会议上提出的提案收悉。\n",
        "对某县第十八届人民代表大会第三次会议第7号建议的答复\n您在县第十八届人大第三次会议上提出的建议收悉。\n",
        "关于县十七届人大三次会议第110号建议的答复函\n您提出的《关于支持某项目建设的建议》（第110号）收悉，与第111号建议一并办理。\n",
    ),
)

_NUM = "[一二三四五六七八九十]{1,3}"
_MEETING = regex_cache.compile(rf"第({_NUM})届([\u4e00-\u9fff]{{0,12}}?)第({_NUM})次(?:全体)?会议")
TITLE_LINES = 3  # the title is one of the first non-empty lines
BODY_CHARS = 3000  # the body's opening, where the meeting is named again


# The reply's title: the session, then the proposal's number (第十届委员会 第一次会议第25号提案).
_REPLY_TITLE = regex_cache.compile(
    rf"(?<![一二三四五六七八九十])第?({_NUM})届[\u4e00-\u9fff]{{0,12}}?[ \u3000]{{0,2}}第?({_NUM})次(?:全体)?会议(?=第?\d{{1,4}}号(?:提案|建议))")
# Where the writer is thanked for it: 您在县政协十届五次会议上提出, 你在县第十七届人大第二次会议上提出.
_PROPOSED_AT = regex_cache.compile(rf"(?<![一二三四五六七八九十])第?({_NUM})届[\u4e00-\u9fff]{{0,12}}?第?({_NUM})次(?:全体)?会议上提出")
REPLY_HEAD = 1500  # a reply's title stands in its opening lines (after a portal's index fields)


def _reply_session(ctx):
    """The body's 会议上提出 whose term or session is not the reply title's (one finding, the first)."""
    head = ctx.text[:REPLY_HEAD]
    if "号提案" not in head and "号建议" not in head:
        return
    title = _REPLY_TITLE.search(head)
    if title is None or "会议上提出" not in ctx.text:
        return
    said = [m for m in _PROPOSED_AT.finditer(ctx.text, title.end())]
    if not said or any(m.group(1, 2) == title.group(1, 2) for m in said):
        return
    m = said[0]
    yield Finding(m.start(), m.end() - 3, RULE.code, RULE.severity,
                  f"答复标题写的是“第{title.group(1)}届……第{title.group(2)}次会议”的提案（建议），"
                  f"此处“{m.group()[:-3]}”届次或会次与标题不一致，应统一。")


# The proposal's number in a reply's title (第110号代表建议), and where the body acknowledges it: 《……建议》（第111号）
# 收悉, or 第111号建议已收悉.
_TITLE_NUMBER = regex_cache.compile(r"第(\d{1,4})号(?:代表|委员)?(?:提案|建议|议案)")
_ACK_NUMBER = regex_cache.compile(r"(?<=[》”])[（(]第(\d{1,4})号[）)](?=已?收悉)|第(\d{1,4})号(?:代表|委员)?(?:提案|建议|议案)(?=已?收悉)")
NUMBER_HEAD = 300  # the title's reach


def _reply_number(ctx):
    text = ctx.text
    title = _TITLE_NUMBER.search(text, 0, NUMBER_HEAD)
    if title is None or "收悉" not in text:
        return
    for m in _ACK_NUMBER.finditer(text, title.end()):
        k = m.lastindex
        if m.group(k) != title.group(1) and "第" + title.group(1) + "号" not in text[title.end():]:
            yield Finding(m.start(k) - 1, m.end(k) + 1, RULE.code, RULE.severity,
                          f"答复标题写的是第{title.group(1)}号，正文此处写成第{m.group(k)}号，编号应一致。")
        return


def check(ctx):
    yield from _reply_session(ctx)
    yield from _reply_number(ctx)
    paras = ctx.paragraphs[:TITLE_LINES]
    for p in paras:
        if len(p.text) > 60 or "。" in p.text:
            continue
        m = _MEETING.search(p.text)
        if m is None:
            continue
        term, organ, session = m.groups()
        body = ctx.text[p.end:p.end + BODY_CHARS]
        others = [b for b in _MEETING.finditer(body) if b.group(2) == organ and b.group(3) == session]
        if not others or any(b.group(1) == term for b in others):
            return
        b = others[0]
        yield Finding(p.start + m.start(), p.start + m.end(), RULE.code, RULE.severity,
                      f"标题中的“{m.group()}”与正文中的“{b.group()}”届次不一致，应统一。")
        return
