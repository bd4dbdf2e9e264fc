"""S023: a meeting's 届 in the title is not the 届 the body gives the same meeting.

A report of a meeting ("某镇召开第十一届人民代表大会第五次会议") names the congress's term (届) and the
session (次) in its title and again in its first lines. Reports are written from last year's copy, and
one of the two keeps the old term: the title says 第十一届, the body 第十届, for the same body's same
session. Only a pair naming the same body (the words between 届 and 第X次) and the same session is read,
and only when the body never names that session with the title's term: a report that also recalls the
last term's meetings (第十届…第五次会议 beside 第十一届…第五次会议) keeps its title.
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
    ),
    keep=(
        "某镇召开第十一届人民代表大会第五次会议\n3月28日，某镇召开第十一届人民代表大会第五次会议，全体代表参加会议。\n",
        # another session of the last term recalled: not the title's meeting
        "某镇召开第十一届人民代表大会第一次会议\n会议回顾了第十届人民代表大会第五次会议以来的工作。\n",
        # the title's term named too: the body recalls the last term's same session beside it
        "某镇召开第十一届人民代表大会第五次会议\n本次会议即第十一届人民代表大会第五次会议，与第十届人民代表大会第五次会议间隔五年。\n",
    ),
)

_NUM = "[一二三四五六七八九十]{1,3}"
_MEETING = regex_cache.compile(rf"第({_NUM})届([\u4e00-\u9fff]{{0,12}}?)第({_NUM})次(?:全体)?会议")
TITLE_LINES = 3  # the title is one of the first non-empty lines
BODY_CHARS = 3000  # the body's opening, where the meeting is named again


def check(ctx):
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
