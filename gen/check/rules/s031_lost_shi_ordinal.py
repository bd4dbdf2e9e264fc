"""S031: a paragraph of an 一是、二是 run that lost its numeral and opens on a bare 是.

Work summaries list their points as paragraphs: "一是疫情防控精准高效。……", "二是发展动能不断集蓄。……".
A web copy or a careless edit that drops the numeral leaves the paragraph opening on 是 ("是发展动能不断集蓄。"),
which no sentence of a report does: a paragraph of prose does not begin with the copula. So a paragraph
that opens on 是 and a phrase, right after a paragraph of the run (一是…, or one that lost its numeral
itself), has lost its numeral: it should be the next one. 是否 (a question) and 是的 open no item, and a
bare 是 with no run before it is left alone (nothing tells which number it lost).

The run's first item loses its numeral the same way: a sentence that opens on 二是 with no 一是 (nor 一要, 一方面,
首先, 第一 …) before it in its part of the report had a first point whose 一是 was dropped (……各项工作。二是按照县政府
要求……). The look back stops at the text's first line (a page cut from a longer one may begin mid-run).

An item inside the run may lose its 是 instead and keep its numeral ("一是……。二把整改作为……。三是……"): between
一是 and 三是 a sentence opening on 二 and no 是 is that item (gen.check.lost_shi), reported where 是 belongs.
The run's last item loses its 是 the same way (一是植树造林。……二是义务植树。……三乡村绿化。): after 一是 and 二是, with
no 三是 to come, a sentence opening on 三 and no 是 within a few hundred characters of 二是, its first clause closed
by the same mark as 二是's (an item title ends on 。, an item sentence on ，), is that item; 三农, 三公 … are terms.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..lost_shi import lost_shi_at
from ..registry import Rule

RULE = Rule(
    code="S031",
    name="lost-shi-ordinal",
    severity="warning",
    summary="“一是、二是”分段列举中，后面的段落丢了序号，只剩“是”",
    doc=(
        "检查什么：分段列举“一是……”“二是……”时，后面的段落以光秃秃的“是”开头（“是发展动能不断集蓄。”），"
        "序号丢了。\n"
        "为什么：正文段落不会以“是”字开头；前一段是“一是……”，这一段就是列举的下一项，丢了“二”“三”，读者看不出条理。\n"
        "不报的情形：前一段不是“一是、二是”这样的列举（或本身丢了序号的列举项）；“是否”“是的”开头的段落。\n"
        "列举“一是……三是……”之间的一句以“二”开头、漏了“是”（“二把整改作为……”），同样报告；"
        "列举的最后一项漏了“是”（“一是……二是……三乡村绿化。”，后文没有“三是”），也报告。\n"
        "句首写“二是”、前文（本部分内）却没有“一是”（或“一要”“一方面”“首先”“第一”）的，列举的第一项丢了序号，同样报告。\n"
        "示例：“一是疫情防控精准高效。”下一段“是发展动能不断集蓄。”应为“二是发展动能不断集蓄。”"
    ),
    flag=(
        "一、工作回顾\n一是项目建设提速。全年开工项目12个。\n是营商环境优化。办理时限压缩一半。\n"
        "是民生保障有力。新增就业岗位800个。\n",
        "主要成效\n  一是组织领导有力。成立专班统筹推进。\n  二是资金保障到位。足额拨付补助资金。\n"
        "  是监督检查从严。开展专项检查两次。\n",
        # an item inside the run kept its numeral and lost its 是
        "主要做法：一是强化学习，全年集中学习12次。二把整改落实作为重要任务，逐项销号。三是抓好队伍建设。\n",
        # the run's first point lost its 一是: 二是 opens a sentence with none before it
        # the run's last item kept its numeral and lost its 是, with no 三是 after it
        "重点工作\n一是植树造林。完成造林3000亩。\n二是义务植树。栽植苗木2000余株。三乡村绿化。结合植树节开展村庄绿化。\n",
        "某局2022年政务公开工作报告\n一、工作概述\n局党组高度重视，明确专人负责。结合实际做好公开内容审核。"
        "二是按照上级要求，及时更新办事指南。\n（二）加强培训\n",
    ),
    keep=(
        "一、工作回顾\n一是项目建设提速。全年开工项目12个。\n二是营商环境优化。办理时限压缩一半。\n",
        # no run before it: nothing tells which numeral was lost
        "一、工作回顾\n全年开工项目12个。\n是否达到预期目标，需进一步评估。\n",
        "一、工作回顾\n一是项目建设提速。全年开工项目12个。\n是否达到预期目标，需进一步评估。\n",
        # a first point opened otherwise (一方面, 首先); 其二是, 第二是 open no run
        "某局2022年政务公开工作报告\n一、工作概述\n一方面明确专人负责。二是按照上级要求，及时更新办事指南。\n",
        "某局2022年政务公开工作报告\n一、工作概述\n首先做好审核。其二是及时更新办事指南。第二是加强培训。\n",
        # between 二是 and 四是 a sentence opening on 三个 is a figure: the item 三是 is missing, not short of 是
        "主要做法：一是强化学习。二是抓好整改。三个方面同步推进。四是加强队伍建设。\n",
        # after the run's last item a sentence opening on a figure (三个, 三农) is no item
        "重点工作\n一是植树造林。完成造林3000亩。\n二是义务植树。栽植苗木2000余株。三个乡镇同步推进。\n",
        "重点工作\n一是植树造林。完成造林3000亩。\n二是义务植树。栽植苗木2000余株。三农工作稳步推进。\n",
        # a run whose next item keeps its 是 further on: 三是 comes, the sentence on 三 is no item
        "重点工作\n一是植树造林。二是义务植树。三年来累计植树。三是乡村绿化。\n",
        # a page that begins mid-run: its first line is cut, not a title
        "二是按照上级要求，及时更新办事指南。三是加强培训。\n",
    ),
)

_NUMERALS = "一二三四五六七八九十"
_ITEM = regex_cache.compile(r"[ \t\u3000]{0,8}([一二三四五六七八九十])是(?=[\u4e00-\u9fff])")
# A bare 是 and a phrase; not 是否 (a question), 是的, 是以, 是故, 是为 (literary "so"), 是指 (a definition).
_BARE = regex_cache.compile(r"[ \t\u3000]{0,8}是(?![否的以故为指])(?=[\u4e00-\u9fff]{2})")


# 二是 opening a sentence (not 其二是, 第二是, 十二是); what may stand for the run's first item before it.
_SECOND = regex_cache.compile(r"(?:^|(?<=[。；;：:！!\n]))[ \t\u3000]{0,8}二是(?=[\u4e00-\u9fff“])", re.M)
_FIRST = regex_cache.compile(r"一[ \u3000]?是|一要|一方面|首先|第一|一则|其一|一来")
REACH = 1500  # characters looked back for the run's first item


def _first_lost(text: str):
    """Sentences opening on 二是 with no first item of the run before them (see the module's docstring). _SECOND
    opens on ^ or a lookbehind, which re tries at every character (6 ms a long report): tried near 二是 instead."""
    title_end = text.find("\n")
    for m in near_needles(_SECOND, text):
        if title_end == -1 or m.start() <= title_end:
            continue
        if _FIRST.search(text, max(title_end, m.start() - REACH), m.start()) is None:
            at = m.end() - 2
            yield Finding(at, m.end(), RULE.code, RULE.severity,
                          "这里写“二是”，前文却没有“一是”：列举的第一项丢了序号，应在第一项前补上“一是”"
                          "（或把此处改为“一是”）。", None)


_RUN_ITEM = regex_cache.compile(r"([一二三四五六七八])是(?=[\u4e00-\u9fff“])")
_ITEM_BOUNDARY = frozenset("，,；;：:。！？!? \t\u3000")


def _shi_lost(ctx):
    """Items of a 是 run that kept their numeral and lost 是, between the items numbered one below and one above."""
    for p in ctx.paragraphs:
        if p.text.count("是") < 2:
            continue
        items = [(m.start(), m.end(), _NUMERALS.index(m.group(1)) + 1) for m in _RUN_ITEM.finditer(p.text)
                 if m.start() == 0 or p.text[m.start() - 1] in _ITEM_BOUNDARY]
        for (_, end, n), (start, _, following) in zip(items, items[1:]):
            at = lost_shi_at(p.text, end, start, n + 1) if following == n + 2 else None
            if at is not None:
                numeral = _NUMERALS[n]
                yield Finding(p.start + at, p.start + at + 1, RULE.code, RULE.severity,
                              f"“{_NUMERALS[n - 1]}是”与“{_NUMERALS[n + 1]}是”之间的这一项以“{numeral}”开头，漏了“是”，"
                              f"应为“{numeral}是”。", f"{numeral}是")


TAIL_REACH = 800  # characters after the run's last item searched for the next one short of its 是


# What follows the numeral in a fixed term (三农, 三公经费, 三资, 三务公开, 三会一课, 三重一大, 四风, 五水共治): no item.
_TERM_AFTER = frozenset("农公资务会重线同保防夏秋八风下水好险")
_CLAUSE_END = regex_cache.compile(r"[，,；;：:。！？!?\n]")


def _clause_mark(text: str, at: int) -> str:
    """The mark closing the clause that opens at ``at``: items of one run close their first clause alike."""
    m = _CLAUSE_END.search(text, at, at + 60)
    return "" if m is None else m.group()


def _last_lost(text: str):
    """The item after a run's last one (一是……二是……) that kept its numeral and lost 是, with no item after it."""
    items = [(m.start(), m.end(), _NUMERALS.index(m.group(1)) + 1) for m in _RUN_ITEM.finditer(text)
             if m.start() == 0 or text[m.start() - 1] in _ITEM_BOUNDARY or text[m.start() - 1] == "\n"]
    for i, (start, end, n) in enumerate(items):
        following = items[i + 1] if i + 1 < len(items) else None
        if n < 2 or (following is not None and following[2] in (n + 1, n + 2)):
            continue
        # the item before may open a line the reader joined to the one above (……下达任务一是植树造林): any 一是
        if text.find(_NUMERALS[n - 2] + "是", max(0, start - REACH), start) == -1:
            continue
        hi = min(following[0] if following is not None else len(text), end + TAIL_REACH)
        at = lost_shi_at(text, end, hi, n + 1)
        if at is not None and text[at + 1:at + 2] not in _TERM_AFTER and _clause_mark(text, end) == _clause_mark(
                text, at + 1):
            numeral = _NUMERALS[n]
            yield Finding(at, at + 1, RULE.code, RULE.severity,
                          f"“{_NUMERALS[n - 2]}是”“{_NUMERALS[n - 1]}是”之后的这一项以“{numeral}”开头，漏了“是”，"
                          f"应为“{numeral}是”。", f"{numeral}是")


def check(ctx):
    if "二是" in ctx.text:
        yield from _first_lost(ctx.text)
    if "是" in ctx.text:
        yield from _shi_lost(ctx)
        if "二是" in ctx.text:
            yield from _last_lost(ctx.text)
    last = None  # the number of the run's item in the paragraph before, None when that paragraph is no item
    for p in ctx.paragraphs:
        if not p.text.strip():
            continue
        m = _ITEM.match(p.text)
        if m:
            last = _NUMERALS.index(m.group(1)) + 1
            continue
        bare = _BARE.match(p.text) if last is not None and last < 10 else None
        if bare is None:
            last = None
            continue
        last += 1
        at = p.start + bare.end() - 1
        expected = _NUMERALS[last - 1] + "是"
        yield Finding(at, at + 1, RULE.code, RULE.severity,
                      f"这一段以“是”开头，是“一是、二是”列举的下一项，序号丢了，应为“{expected}”。", expected)
