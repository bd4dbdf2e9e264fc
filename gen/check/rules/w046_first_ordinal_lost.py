"""W046: the first item of a 一是/二是 series that lost its 一 (主要措施：是组织到位……；二是……).

Reports set out their measures and reasons as a run-in series: 一是……；二是……；三是……. Where the
first item's 一 is lost (a cut, a deleted character), the clause opens on a bare 是 after a colon or a
stop, and the series that follows starts at 二是. The rule reads that shape only: 是 opening a clause
after ：, 。 or ；, then 二是 opening a later clause of the same paragraph within a few hundred
characters, with no 一是 (or 其一) before it in the paragraph -- the series shows that the bare 是 was
its first item. A 是 opening a sentence of its own (是否……) and a series that has its 一是 are left
alone; S011 reads lost numbers of headings and numbered lists.

A later item loses its numeral the same way (一是畅通渠道……。\n是建立了……制度): a clause or paragraph that
opens on a bare 是 where the nearest item before it, in the same or the previous paragraph, is N是 and
the text does not go on to write the next numeral (N+1)是 -- the bare 是 is that item. A paragraph of a
run of 一是、二是 paragraphs that opens on it is S031's, which reads that run: W046 keeps the clauses.

A middle item may lose its 是 instead (一是……。二推进停车管理试点……。三是……): a clause after 。 or ； opening on the
bare numeral N, with (N-1)是 before it and (N+1)是 after it in the same paragraph, and no N是 between them. The
series on both sides makes the numeral its item; a numeral that opens a word or a count (二季度, 二十个, 二级,
二、) is no item and is passed by.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule, unreported
from . import s031_lost_shi_ordinal

RULE = Rule(
    code="W046",
    name="first-ordinal-lost",
    severity="warning",
    summary="“一是、二是……”的第一项丢了“一”（“：是组织到位……；二是……”）",
    doc=(
        "检查什么：冒号、句号或分号之后以“是”开头的分句，同一段中随后有“二是”开头的分句，而这一段里没有“一是”，"
        "如“主要措施：是组织和人员到位……；二是制度健全……”；后面的一项丢了序数也一样：前面（同段或上一段）已列到“一是”，"
        "此处以“是”开头，而全文没有写“二是”（“一是畅通渠道……。是建立了……制度”，应为“二是”）。\n"
        "为什么：列举用“一是、二是、三是”，第一项丢了“一”，读者看不出这是第一项，句子也读不通。\n"
        "不报的情形：这一段已有“一是”（或“其一”）的；“是否”开头的；随后没有“二是”的；“二是”不在同一段的。\n"
        "示例：“主要措施：是组织和人员到位”应为“主要措施：一是组织和人员到位”。"
    ),
    flag=(
        "主要工作措施：是组织到位，成立领导小组；二是制度健全，印发管理办法；三是公开及时。",
        "存在的问题。是宣传不够深入；二是平台功能有待完善。",
        # a later item lost its numeral: 一是 before it, the bare 是 is its 二是
        "一是畅通信息公开渠道，确立工作机制。是建立了主要领导亲自过问的工作制度。",
        "一是强化组织领导；是健全工作制度；三是加强督查考核。",
        # a middle item lost its 是: 一是 before, 三是 after
        "一是开展矛盾排查，化解诉求120件。二推进充电设施试点工作，完成两个小区改造。三是推进智慧社区建设。",
    ),
    keep=(
        "主要工作措施：一是组织到位，成立领导小组；二是制度健全，印发管理办法。",
        "是否公开由领导小组审定。二是按时更新栏目。",
        "主要工作措施：是组织到位，成立领导小组。\n二是制度健全，印发管理办法。",
        "这是组织到位的结果；二是制度健全。",
        # the series goes on to its own 二是: the bare 是 after it is no item
        "一是畅通渠道，及时回应。二是完善制度。是否公开由小组审定。",
        "一是畅通渠道，及时回应；二是完善制度；是年，办理申请3件。",
        # a paragraph of a run of 一是 paragraphs that opens on the bare 是: S031 reports it, once
        "一是畅通信息公开渠道，确立工作机制。\n\n是建立了主要领导亲自过问的工作制度。",
        # a numeral opening a word or a count between the items; the items in other paragraphs
        "一是开展排查。二季度完成整改，二十个小区达标；二级站点建成。三是推进智慧社区建设。",
        "一是开展排查。\n二推进试点工作。\n三是推进智慧社区建设。",
        "一是开展排查；二是推进试点，二推进的经验已推广；三是推进智慧社区建设。",
    ),
)

_WINDOW = 400  # characters of the same paragraph read for the series' 二是
_BARE = regex_cache.compile(r"(?<=[：:。；;])[ \u3000]{0,2}是(?!否)")
_SECOND = regex_cache.compile(r"(?:^|(?<=[。；;，,：:\n ]))二是")
_NUMERALS = "一二三四五六七八九"
# A bare 是 opening a clause or a paragraph; 是否 (whether), 是年 / 是日 (that year, that day), 是以 / 是故 open
# sentences of their own.
_BARE_LATER = regex_cache.compile(r"(?:(?<=[：:。；;])|(?m:^))[ \u3000]{0,2}是(?![否年日月以故非])")
# The items before it: N是 opening a clause or a paragraph.
_ITEM = regex_cache.compile(r"(?:^|(?<=[。；;，,：:\n \u3000]))([一二三四五六七八九])是")
_BACK = 600  # characters read back for the item before the bare 是 (its paragraph and the one before)


def _lost_later(text: str):
    """Bare 是 clauses after an N是 item whose (N+1)是 the text never writes: the lost next numeral, with the
    item's own numeral."""
    for m in near_needles(_BARE_LATER, text):
        lo = max(0, m.start() - _BACK)
        back = text[lo:m.start()]
        items = list(_ITEM.finditer(back))
        if not items:
            continue
        last = items[-1]
        between = back[last.end():]
        # the item and the bare 是 lie in the same paragraph or in two next to each other
        if sum(1 for line in between.split("\n") if line.strip()) > 1:
            continue
        n = _NUMERALS.index(last.group(1))
        if n + 1 >= len(_NUMERALS):
            continue
        nxt = _NUMERALS[n + 1] + "是"
        if nxt in text[lo + last.end():m.start() + _WINDOW]:
            continue
        at = m.end() - 1
        yield Finding(at, at + 1, RULE.code, RULE.severity,
                      f"前面已列到“{last.group()}”，此处以“是”开头的分句是下一项，丢了序数，应为“{nxt}”。", nxt)


# A clause opening on a bare numeral (二推进…) and the items around it.
_BARE_NUMERAL = regex_cache.compile(r"(?<=[。；;])[ \u3000]{0,2}([二三四五六七八])(?![是季月日年号期级类个次批轮项名人十百千万点、）)〇\d])"
                                    r"(?=[\u4e00-\u9fff])")
_AROUND = 300  # characters of the paragraph read on each side for the items before and after


def _lost_shi(text: str):
    """Clauses opening on a bare N between (N-1)是 and (N+1)是 of one paragraph (一是…。二推进…。三是…): the item's 是 lost."""
    for m in near_needles(_BARE_NUMERAL, text):
        n = _NUMERALS.index(m.group(1))
        para_start = text.rfind("\n", max(0, m.start() - _AROUND), m.start()) + 1
        para_end = text.find("\n", m.end(), m.end() + _AROUND)
        before = text[max(para_start, m.start() - _AROUND):m.start()]
        after = text[m.end():para_end if para_end >= 0 else m.end() + _AROUND]
        own = _NUMERALS[n] + "是"
        if _NUMERALS[n - 1] + "是" not in before or _NUMERALS[n + 1] + "是" not in after:
            continue
        if own in before[before.rfind(_NUMERALS[n - 1] + "是"):] or own in after[:after.find(_NUMERALS[n + 1] + "是")]:
            continue
        at = m.start(1)
        yield Finding(at, at + 1, RULE.code, RULE.severity,
                      f"前有“{_NUMERALS[n - 1]}是”、后有“{_NUMERALS[n + 1]}是”，此处的“{m.group(1)}”是列举的一项，"
                      f"丢了“是”，应为“{own}”。", own)


def check(ctx):
    text = ctx.text
    if "一是" in text and "三是" in text:
        yield from _lost_shi(text)
    if "一是" in text:
        # a paragraph that opens on the bare 是 is S031's (a run of 一是、二是 paragraphs): one finding per slip
        yield from unreported(ctx, _lost_later(text), (s031_lost_shi_ordinal,))
    if "二是" not in text:
        return
    for m in near_needles(_BARE, text):  # the same matches, tried near a 是 only (5 ms of a 200,000-character report)
        end = text.find("\n", m.end(), m.end() + _WINDOW)
        ahead = text[m.end():end if end >= 0 else m.end() + _WINDOW]
        second = _SECOND.search(ahead)
        if second is None:
            continue
        para = text.rfind("\n", 0, m.start()) + 1
        if "一是" in text[para:m.end() + second.start()] or "其一" in text[para:m.end() + second.start()]:
            continue
        at = m.end() - 1
        yield Finding(at, at + 1, RULE.code, RULE.severity,
                      "这一段后面有“二是”，此处以“是”开头的分句应是第一项，丢了“一”，应为“一是”。", "一是")
