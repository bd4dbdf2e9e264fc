"""N070: a 三次产业结构 ratio (6.9:40.1:53.0) that does not make 100, or that its three industries' amounts contradict.

Every statistical bulletin (国民经济和社会发展统计公报) and government work report states the
structure of the three industries as a ratio of their shares of GDP, each printed to one decimal:
"三次产业结构调整为6.9:40.1:53.0". Shares of one whole make 100 within their rounding (three parts
rounded to 0.1 are off by 0.15 at most). When the same paragraph states the three industries'
added values (第一产业增加值19.71亿元 …), their shares of their own sum must also give the ratio.
A digit typed wrongly in the ratio, or an industry's amount changed, breaks one of the two.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Iterator, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N070",
    name="industry-structure",
    severity="error",
    summary="三次产业结构比之和不是100，或与三次产业增加值算出的比重不符",
    doc=(
        "检查什么：“三次产业结构（比）为a:b:c”“调整为a:b:c”中，三个比重之和应为100（各数按所印小数位数四舍五入，"
        "三项合计误差不超过各自半个末位之和）；同一段前文写出第一、二、三产业增加值的，按三者之和重新计算各自比重，"
        "应与a、b、c相符（容差为末位半个单位加0.05）。\n"
        "由上年的比值调整为本年比值、其后写某一产业“比重为X%，比上年提高（下降）Y个百分点”的，X应为本年比值中的该项，"
        "Y应为两年该项之差，方向相符。\n"
        "为什么：产业结构比就是三次产业增加值占地区生产总值的比重，合计不是100或与增加值不符，"
        "是比重写错或某一产业的增加值写错。\n"
        "不报的情形：比值不是三项的；“由上年的a:b:c调整为……”中上年的比值（只核对合计）；前文三个产业增加值不全或单位不是元、万元、亿元的（只核对合计）。\n"
        "示例：“三次产业结构调整为6.9:41.1:53.0”，合计101.0。"
    ),
    flag=(
        "全县三次产业结构调整为6.9:41.1:53.0。",
        "三次产业结构由上年的7.2:40.5:52.3调整为6.9:40.1:53.0。第一产业增加值占地区生产总值的比重为6.9%，比上年下降0.5个百分点。",
        "三次产业结构由上年的7.2:40.5:52.3调整为6.9:40.1:53.0，第三产业比重为53.0%，比上年下降0.7个百分点。",
        "第一产业增加值19.71亿元；第二产业增加值114.52亿元；第三产业增加值151.37亿元。三次产业结构为6.9:40.6:52.5。",
        "第一产业增加值19.71亿元；第二产业增加值116.52亿元；第三产业增加值151.37亿元。三次产业结构为6.9:40.1:53.0。",
    ),
    keep=(
        "三次产业结构由上年的7.2:40.5:52.3调整为6.9:40.1:53.0。第一产业增加值占地区生产总值的比重为6.9%，比上年下降0.3个百分点；"
        "第三产业增加值占地区生产总值的比重为53.0%，比上年提高0.7个百分点。",
        "第一产业增加值19.71亿元；第二产业增加值114.52亿元；第三产业增加值151.37亿元。三次产业结构为6.9:40.1:53.0。",
        # whole numbers: each part off by 0.5 at most
        "三次产业结构比为8:39:54。",
        # the year before's ratio is not this year's amounts' shares
        "第一产业增加值19.71亿元；第二产业增加值114.52亿元；第三产业增加值151.37亿元。"
        "三次产业结构由上年的7.2:40.5:52.3调整为6.9:40.1:53.0。",
        # not a structure of shares
        "城乡居民收入之比为1.90:1，师生比为1:13.5:2。",
    ),
)

_N = r"(\d{1,3}(?:\.\d{1,2})?)"
_SEP = r"\s{0,1}[:：]\s{0,1}"
_RATIO = regex_cache.compile(_N + _SEP + _N + _SEP + _N + r"(?![\d.:：])")
_STRUCTURE = regex_cache.compile(r"产业(?:结构|比例|构成)")
_BEFORE = 40  # characters before a ratio where its 三次产业结构 is named
_AMOUNTS_REACH = 600  # characters before the ratio read for the three industries' added values
_INDUSTRY = regex_cache.compile(
    r"第([一二三])产业(?:实现)?增加值(?:为|达到?|实现)?\s{0,2}(\d+(?:\.\d+)?)\s{0,2}(亿元|万元|元)")
_FACTOR = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}
_BECAME = regex_cache.compile(r"\s{0,2}(?:调整|优化|变化|转变|演变|变)为")
_PARAGRAPH = regex_cache.compile(r"\n\s*\n")


def _half(raw: str) -> Decimal:
    places = len(raw.partition(".")[2])
    return Decimal(5).scaleb(-places - 1)


def _amounts(text: str, at: int) -> Optional[list[Decimal]]:
    """The three industries' added values stated last before ``at`` in its paragraph, in 万元."""
    lo = max(0, at - _AMOUNTS_REACH)
    breaks = [m.end() for m in _PARAGRAPH.finditer(text, lo, at)]
    lo = breaks[-1] if breaks else lo
    found: dict[str, Decimal] = {}
    for m in _INDUSTRY.finditer(text, lo, at):
        found[m.group(1)] = Decimal(m.group(2)) * _FACTOR[m.group(3)]
    if len(found) != 3:
        return None
    return [found["一"], found["二"], found["三"]]


_SHARE_CHANGE = regex_cache.compile(
    r"第([一二三])产业(?:增加值)?(?:占[^，,。；;%]{0,12}?)?(?:的)?比重(?:为|是|达到?)?\s{0,2}(\d{1,2}(?:\.\d)?)\s{0,1}[%％]"
    r"\s{0,1}[，,]\s{0,1}比上年(?:末)?(提高|上升|增加|增长|下降|降低|回落|减少)\s{0,1}(\d{1,2}(?:\.\d)?)\s{0,1}个百分点")
_UP = ("提高", "上升", "增加", "增长")
_SHARES_REACH = 600  # characters after the two ratios read for an industry's share and its change


def _share_changes(text: str, old: list[Decimal], new: list[Decimal], end: int) -> Iterable[Finding]:
    """"由上年的7.2:40.5:52.3调整为6.9:40.1:53.0 … 第一产业比重为6.9%，比上年下降0.3个百分点": the share and
    its change in points must be the new ratio's part and the gap between the two ratios' parts."""
    stop = text.find("\n", end, end + _SHARES_REACH)
    for m in _SHARE_CHANGE.finditer(text, end, stop if stop >= 0 else min(len(text), end + _SHARES_REACH)):
        i = "一二三".index(m.group(1))
        share, said = Decimal(m.group(2)), Decimal(m.group(4))
        if share != new[i]:
            continue  # another base (占工业的比重), or N070's ratio itself is off: judged above
        gap = new[i] - old[i]
        if (gap if m.group(3) in _UP else -gap) == said:
            continue
        way = "提高" if gap > 0 else "下降"
        yield Finding(m.start(3), m.end(), RULE.code, RULE.severity,
                      f"第{m.group(1)}产业比重由上年的{old[i]}%变为{new[i]}%，应为{way}{abs(gap)}个百分点，"
                      f"文中写“{m.group(3)}{m.group(4)}个百分点”。", None)


_RATIO_WIDTH = 26  # the most characters a ratio and its lookahead read (three figures of six, two separators of three)


def _named_ratios(text: str) -> Iterator[re.Match]:
    """``_RATIO.finditer(text)``'s matches with a 产业结构 named in the _BEFORE characters before them, found from each
    naming (a few) instead of at every figure of the text (7 ms of 200,000 characters). A ratio holds no Chinese, so
    none runs across the naming: what finditer would find after it, a search from its end finds."""
    last = 0
    for named in _STRUCTURE.finditer(text):
        reach = named.start() + _BEFORE
        for m in _RATIO.finditer(text, max(last, named.end()), min(len(text), reach + _RATIO_WIDTH)):
            if m.start() > reach:
                break
            last = m.end()
            if _STRUCTURE.search(text, max(0, m.start() - _BEFORE), m.start()):
                yield m


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "产业" not in text:
        return
    for m in _named_ratios(text):
        raws = [m.group(i) for i in (1, 2, 3)]
        parts = [Decimal(r) for r in raws]
        total = sum(parts, Decimal(0))
        slack = sum((_half(r) for r in raws), Decimal(0))
        if abs(total - 100) > slack:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"三次产业结构比{m.group(0)}各项之和为{total}，不是100：三次产业比重之和应为100%。", None)
            continue
        became = _BECAME.match(text, m.end())
        if became:
            after = _RATIO.match(text, became.end())
            if after:
                yield from _share_changes(text, parts, [Decimal(after.group(i)) for i in (1, 2, 3)], after.end())
            continue  # the year before's structure ("由上年的7.2:40.5:52.3调整为…"), not this year's amounts
        amounts = _amounts(text, m.start())
        if amounts is None or sum(amounts) <= 0:
            continue
        whole = sum(amounts, Decimal(0))
        shares = [a * 100 / whole for a in amounts]
        if all(abs(s - p) <= _half(r) + Decimal("0.05") for s, p, r in zip(shares, parts, raws)):
            continue
        shown = ":".join(f"{s:.1f}" for s in shares)
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"三次产业结构比{m.group(0)}与前文三次产业增加值不符：按增加值计算为{shown}。", None)
