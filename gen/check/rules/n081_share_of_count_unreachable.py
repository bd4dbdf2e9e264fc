"""N081: a share of a small count of whole items that no whole number of items gives (2% of 77条).

A report that counts items and then tells the shares of their kinds ("公开信息77条，政策法规占2%，工作动态占56%，
决策信息占35%") claims each share is some whole number of the items over the count. With 77 items the shares
step by 1.3 points: 1 item is 1.3%, 2 items 2.6%, and no count of items, rounded or cut to the printed
precision, makes 2%. Such a share was estimated, or the count or the share mistyped.

Read only where the shares plainly divide the count: a count in a measure word of whole things (条, 件, 个, 项,
人, 家, 次, 所, 名), followed in its sentence by two or more 占…% shares and no other figure (an amount or a second
count between would be another whole). Labels naming money, area or a rate are left: their shares are of
something else. A share is judged against every whole number of items from 0 to the count, rounded or cut to
its printed decimals, so a correct share of a large count (where every share is reachable) is never reported;
a share that only cutting gives is read as rounded when another share of the list only rounding gives (56% of 77
is 55.8 rounded, so the writer rounds, and 2% is neither 1.3 nor 2.6).

A change rate of such a count is the same claim on the year before ("事故17起，同比下降19.01%": no whole
count of last year gives 19.01%, 21起 gives 19.05%): read by :mod:`..count_changes`.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
import re
from typing import Iterable, Iterator

from ...core import regex_cache
from ..context import CheckContext
from ..count_changes import unreachable_changes
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N081",
    name="share-of-count-unreachable",
    severity="warning",
    summary="按件数（条数）算的占比或同比增减幅度，任何整数件都得不到",
    doc=(
        "检查什么：“公开信息77条，政策法规占2%，工作动态占56%”这样先说总件数、再说各类占比的，"
        "某一占比在0到总数之间找不到任何整数件数能得出（按所写小数位四舍五入或截断）：77条中1条是1.3%，2条是2.6%，得不出2%。\n"
        "为什么：件数都是整数，占比只能是整数件除以总数；得不出的占比是估出来的，或者总数、占比写错了。\n"
        "“事故17起，同比下降19.01%”这样紧跟在整数件数后的同比增减幅度也一样：上年21起是19.05%，20起是15.00%，"
        "上年无论多少起都得不出19.01%。\n"
        "不报的情形：同一句里除总数和占比外还有其他数字（金额、另一个总数）的；占比少于两项的；"
        "占比名称是资金、金额、面积或某种“率”的；总数较大、任何占比都能得到的；"
        "件数前有“约”“近”“超”等、或是“1.7万起”这类约数的；按某个整数上年数四舍五入或截断能得到该幅度的。"
    ),
    flag=(
        "全年公开信息77条，其中政策法规占2%，工作动态占56%，决策信息占35%。",
        "共受理申请13件，网上申请占40%，当面申请占60%。",
        # a change rate of a whole count that no whole count of the year before gives (23 → 19 is 17.39%)
        "全年发生火灾事故19起，同比下降17.36%；死亡3人，同比下降25%。",
        "受理投诉45件，较上年增长12.51%。",
    ),
    keep=(
        "全年公开信息77条，其中政策法规占3%，工作动态占56%，决策信息占35%。",
        "共受理申请15件，网上申请占40%，当面申请占60%。",
        # another figure between: the shares may be of it
        "共实施项目13个，投入资金300万元，基础设施占40%，产业发展占60%。",
        # a share of money
        "共实施项目13个，基础设施资金占40%，产业发展资金占60%。",
        # one share only
        "共受理申请13件，网上申请占40%。",
        "全年发生火灾事故19起，同比下降17.39%；死亡3人，同比下降25%。",
        "受理投诉45件，较上年增长12.50%。",
        # cut, not rounded: 4 of 21 is 19.047…
        "发生事故17起，同比下降19.04%。",
        # a count given as about so many, and a rate of points
        "接待群众约1200人次，同比增长3.33%。",
        "办结率100%，结案36件，同比提高2.15个百分点。",
        # two counts of one thing: the rate is the batches' (58 → 95 is 63.79%), not the visits'
        "来访95件127人次，同比上升63.79%；来信19件，同比下降29.63%。",
    ),
)

_COUNT = regex_cache.compile(r"(?<![\d.,])(\d{1,4})\s{0,1}(?:条|件|个|项|人|家|次|所|名)(?![\d%])")
_SHARE = regex_cache.compile(r"([\u4e00-\u9fff]{1,12}?)占(?:比|到)?(?:为|达)?\s{0,1}(\d{1,3}(?:\.\d{1,2})?)\s{0,1}[%％]")
_DIGIT = regex_cache.compile(r"\d")
_NOT_OF_COUNT = regex_cache.compile(r"资金|经费|金额|元|面积|率|比重|亩")
_SPAN = 160
_MARK = regex_cache.compile("占")
MIN_SHARES = 2


def _reachable(stated: Decimal, total: int, how: str) -> bool:
    """Whether some whole number of items of ``total`` gives ``stated`` at its printed places, rounded (``how``
    ROUND_HALF_UP) or cut (ROUND_DOWN)."""
    places = Decimal(1).scaleb(stated.as_tuple().exponent)
    return any((Decimal(k * 100) / Decimal(total)).quantize(places, how) == stated for k in range(total + 1))


def _ways(stated: Decimal, total: int) -> set[str]:
    return {how for how in (ROUND_HALF_UP, ROUND_DOWN) if _reachable(stated, total, how)}


def _shares(text: str, pos: int) -> list[tuple[int, int, str, Decimal]]:
    """The 占…% shares from ``pos`` to its sentence's end, when nothing but them holds a figure; else []."""
    stops = [i for i in (text.find("。", pos, pos + _SPAN), text.find("\n", pos, pos + _SPAN)) if i >= 0]
    end = min(stops) if stops else min(len(text), pos + _SPAN)
    out, at = [], pos
    for m in _SHARE.finditer(text, pos, end):
        if _DIGIT.search(text, at, m.start(2)) or _NOT_OF_COUNT.search(m.group(1)):
            return []
        out.append((m.start(2), m.end(), m.group(1), Decimal(m.group(2))))
        at = m.end()
    if _DIGIT.search(text, at, end):
        return []
    return out


COUNT_WIDTH = 6  # the longest count: four digits, a blank, its measure word


def _counts_before_shares(text: str) -> Iterator[re.Match]:
    """The counts with two 占 within reach after them (each share holds one), the same as every count tested
    so: a count ending at ``e`` qualifies when the first 占 at or after ``e`` (at p) has the next one (at q)
    before ``e + _SPAN`` — its end lies in (q − _SPAN, p]. Counts are sought only in those windows."""
    marks = [m.start() for m in _MARK.finditer(text)]
    windows: list[tuple[int, int]] = []
    for p, q in zip(marks, marks[1:]):
        lo, hi = max(0, q - _SPAN + 1), p
        if lo > hi:
            continue
        if windows and lo <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    for lo, hi in windows:
        for c in _COUNT.finditer(text, max(0, lo - COUNT_WIDTH), hi + 1):  # its lookahead reads text[hi]
            if lo <= c.end() <= hi:
                yield c


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _shares_findings(ctx.text)
    for c in unreachable_changes(ctx.text):
        yield Finding(c.start, c.end, RULE.code, RULE.severity,
                      f"“{c.verb}{c.rate}%”：本年{c.count}{c.unit}，上年无论多少{c.unit}都得不出{c.rate}%"
                      f"（上年{c.previous}{c.unit}为{c.nearest}%），请核对幅度或件数。", None)


def _shares_findings(text: str) -> Iterable[Finding]:
    if "占" not in text:
        return
    for c in _counts_before_shares(text):
        total = int(c.group(1))
        if total < 2:
            continue
        shares = _shares(text, c.end())
        if len(shares) < MIN_SHARES or sum(s[3] for s in shares) > 101:
            continue
        ways = [_ways(stated, total) for _, _, _, stated in shares]
        # one list, one convention: a share only rounding gives (56% of 77: 55.8) shows the writer rounds
        for i, ((start, end, label, stated), w) in enumerate(zip(shares, ways)):
            rounds = any(o == {ROUND_HALF_UP} for j, o in enumerate(ways) if j != i)
            if not w or (rounds and ROUND_HALF_UP not in w):
                yield Finding(start, end, RULE.code, RULE.severity,
                              f"“{label}占{stated}%”：总数{total}{c.group()[len(c.group(1)):].strip()}中，"
                              f"任何整数件数都得不出{stated}%（每件约占{Decimal(100) / total:.2f}%），请核对占比或总数。", None)
