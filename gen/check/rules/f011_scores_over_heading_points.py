"""F011: the scores a written evaluation gives under an indicator's heading adding to more than its points.

Reports that score indicator by indicator in prose head each one with its points, "（2）项目预算
规范性（3分）：", and close its paragraph with "自评得3分". An indicator scored twice (a second
paragraph pasted under the same heading with its own 自评得3分) gives it 6 of its 3 points, and the
report's total cannot be the sum of its indicators. Read only where the heading stands at the start
of a line (with or without its number) and ends there, up to the next such heading or a blank line
after the scores; a summing score (共得, 合计, 小计, 该项) and what may be earned (应得, 可得, 最高)
are not the indicator's own scores, and a part that names several scores of its own (一、投入（20分）
over 1. 2. 3.) is read by its total only when it names none: the scores must be the heading's.
The same part's numbered items, each heading its line with points of their own ("一、投入（分值18分）"
over "（一）立项（分值10分）" and "（二）资金落实（分值10分）"), cannot be worth more than the part: read
up to the next numbered line of the part's level or above, every item with its points.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import islice
from typing import Iterable

from ...core import regex_cache
from ...core.numbers import format_score
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="F011",
    name="scores-over-heading-points",
    severity="warning",
    summary="按指标评分的文字中，同一指标下所写的得分合计超过该指标的分值",
    doc=(
        "检查什么：逐项评分的报告以“（2）项目预算规范性（3分）：”为指标小标题，其后写“自评得3分”；"
        "同一小标题之下（到下一个带分值的小标题为止）所写的得分合计超过小标题中的分值，"
        "如同一指标两段文字各写“自评得3分”，合计6分。\n"
        "为什么：一个指标只能得一次分，且不超过分值；重复计分或超过分值，总分就不是各指标得分之和。\n"
        "不报的情形：小标题不在行首或分值后还有正文的；合计性的得分（共得、合计、小计、该项得分）"
        "和应得、可得、最高分；小标题下写有编号小项的（分项得分归各小项）。\n"
        "一级标题下各编号小项的分值之和超过该标题的分值（“一、投入（分值18分）”下两项各10分），同样报告。\n"
        "示例：“（2）项目预算规范性（3分）：……自评得3分。……自评得3分”应只计一次。"
    ),
    flag=(
        "（2）项目预算规范性（3分）：\n资金需求编制合理，与申报需求一致。自评得3分。\n"
        "另一笔专项资金预算为中央专项资金。自评得3分。\n（3）绩效目标设立（3分）：\n目标明确，自评得3分。\n",
        "2.资金到位率（5分）\n资金全部到位，得5分；拨付及时，得2分。\n",
        # the items under a part worth more than the part
        "一、决策（分值15分，自评得15分）\n（一）目标设定（分值8分，自评得8分）\n目标明确。\n"
        "（二）资金安排（分值8分，自评得8分）\n按时安排。\n二、过程（分值20分）\n",
    ),
    keep=(
        "（2）项目预算规范性（3分）：\n资金需求编制合理，与申报需求一致。自评得3分。\n（3）绩效目标设立（3分）：\n目标明确，自评得3分。\n",
        # a part over its numbered items, with its total
        "一、投入（10分）\n1.立项规范，得4分。\n2.目标合理，得4分。\n投入部分共得8分。\n",
        # what may be earned, and a restated total
        "（1）资金到位率（5分）：到位率100%的得5分，每低1个百分点扣0.5分。本项得5分。\n",
        "一、决策（分值15分，自评得15分）\n（一）目标设定（分值8分，自评得8分）\n目标明确。\n"
        "（二）资金安排（分值7分，自评得7分）\n按时安排。\n二、过程（分值20分）\n",
        # the second part has no points of its own: its items are not the first part's
        "一、决策（分值15分）\n（一）目标设定（分值8分）\n二、过程\n（一）资金管理（分值10分）\n（二）组织实施（分值10分）\n",
    ),
)

_NUM = r"(\d{1,3}(?:\.\d{1,2})?)"
# An indicator's heading alone on its line: optional number, a name, its points, an optional colon.
_HEADING = regex_cache.compile(
    r"(?m)^[ \u3000]{0,4}(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])?"
    r"[ \u3000]{0,2}[\u4e00-\u9fff][\u4e00-\u9fff、（）()]{1,24}?[（(][ \u3000]{0,2}" + _NUM
    + r"[ \u3000]{0,2}分[ \u3000]{0,2}[)）][ \u3000]{0,2}[:：]?[ \u3000]{0,2}$")
_POINTS_END = regex_cache.compile(r"(?m)分[ \u3000]{0,2}[)）][ \u3000]{0,2}[:：]?[ \u3000]{0,2}$")
# A numbered item inside the heading's text: its scores are the item's, not the heading's.
_ITEM = regex_cache.compile(r"(?m)^[ \u3000]{0,4}(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])")
_SCORE = regex_cache.compile(r"得(?:分)?[ \u3000]{0,2}(?:为)?[ \u3000]{0,2}" + _NUM + r"[ \u3000]{0,2}分")
_NOT_OWN = regex_cache.compile(r"(?:共|合计|累计|小计|总计|总|该项|本项|此项|该指标|本指标|应|可|最高|最多|均|的)[ \u3000]{0,2}(?:自评)?[ \u3000]{0,2}$")
NOT_OWN_BEFORE = 6
SECTION_MAX = 1200


def _headings(text: str) -> list[re.Match[str]]:
    """The headings, found from the points that close their line ("分）" then the line's end: a literal
    first scans fast), each matched from its line's start."""
    out = []
    for end in _POINTS_END.finditer(text):
        m = _HEADING.match(text, text.rfind("\n", 0, end.start()) + 1)
        if m is not None and (not out or m.start() != out[-1].start()):
            out.append(m)
    return out


def _scores(text: str, start: int, end: int) -> list[re.Match]:
    """The heading's own scores between ``start`` and ``end`` (what sums, restates or may be earned left out)."""
    return [m for m in _SCORE.finditer(text, start, end)
            if not _NOT_OWN.search(text[max(start, m.start() - NOT_OWN_BEFORE):m.start()])]


# A numbered line with its points in brackets, "（一）项目立项（分值10分，自评得10分）", and any numbered line
# (with points or none: a heading without points still ends the one before it).
_NUMBERED = regex_cache.compile(
    r"(?m)^[ \u3000]{0,4}(?P<num>[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d))")
# Points in brackets anywhere (a literal-led search): the cheap count that tells whether _POINTS can add up.
_BRACKETED_POINTS = regex_cache.compile(r"[（(][ \u3000]{0,2}(?:分值|权重)?[ \u3000]{0,2}" + _NUM + r"[ \u3000]{0,2}分")
_POINTS = regex_cache.compile(
    r"[ \u3000]{0,2}[\u4e00-\u9fff][^\n（()]{0,24}?[（(][ \u3000]{0,2}(?:分值|权重)?[ \u3000]{0,2}" + _NUM + r"[ \u3000]{0,2}分")


def _level(num: str) -> int:
    """一、 over （一） over 1."""
    return 2 if num[0] in "（(" else 3 if num[0].isdigit() else 1


def _items_over_points(text: str) -> Iterable[Finding]:
    """"一、投入（分值18分）" over "（一）立项（分值10分）" and "（二）资金落实（分值10分）": the items' points,
    up to the next heading of the part's level or above, cannot add up to more than the part's."""
    if len(list(islice(near_needles(_BRACKETED_POINTS, text), 3))) < 3:  # a part and two items, each with its points
        return  # else nothing to add (three found are enough to go on: the text is not read to its end)
    lines = []  # (level, points or None, match of the points)
    for m in _NUMBERED.finditer(text):
        pts = _POINTS.match(text, m.end())
        lines.append((_level(m.group("num")), pts))
    for i, (level, pts) in enumerate(lines):
        if pts is None:
            continue
        kids = []
        for lv, p in lines[i + 1:]:
            if lv <= level:
                break
            if lv == level + 1:
                kids.append(p)
        if len(kids) < 2 or any(k is None for k in kids):
            continue
        total = sum((Decimal(k.group(1)) for k in kids), Decimal(0))
        points = Decimal(pts.group(1))
        if total > points:
            yield Finding(
                pts.start(1), pts.end(1), RULE.code, RULE.severity,
                f"其下{len(kids)}个小项的分值合计{format_score(total)}分"
                f"（{'＋'.join(format_score(Decimal(k.group(1))) for k in kids)}），超过该项的分值{format_score(points)}分。",
            )


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "分" not in text:
        return
    yield from _items_over_points(text)
    heads = _headings(text)
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        end = min(end, h.end() + SECTION_MAX)
        if _ITEM.search(text, h.end() + 1, end):
            continue  # numbered items under it: their scores are theirs
        own = _scores(text, h.end(), end)
        points = Decimal(h.group(1))
        total = sum((Decimal(m.group(1)) for m in own), Decimal(0))
        if len(own) < 2 or total <= points:
            continue
        last = own[-1]
        yield Finding(
            last.start(1), last.end(1), RULE.code, RULE.severity,
            f"“{h.group().strip()}”之下写了{len(own)}处得分，合计{format_score(total)}分，"
            f"超过该指标的分值{format_score(points)}分：同一指标重复计分，或得分超过分值。",
        )
