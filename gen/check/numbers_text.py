"""Text analysis shared by the N (numbers) rules.

The N rules all ask the same questions of a report: which words does a figure
belong to ("人员经费550.11万元" -> 人员经费), which clause group is it in, which
figures can a stated percentage be recomputed from. Answering them once, here,
keeps the rules small and consistent: a label is found the same way whether a
share, a rate or a duplicate is being checked.

All number parsing and tolerance comes from the number layer in gen.core
(:mod:`gen.core.numbers`, :mod:`gen.core.quantities`). Percentage claims built
on these figures are :mod:`gen.check.percent_claims`; the rate glossary is
:mod:`gen.check.rates`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import Iterable, Optional

from ..core import regex_cache
from ..core.numbers import tolerance
from ..core.quantities import MONEY_FACTORS, UNIT_TABLE, Quantity, normalise_numerals, numeral_text
from ..core.records import direct_init
from ..core.text_pairs import char_positions
from .context import CheckContext
from .labels import label_words
from .rates import rate_glossary

# Characters that end a label: a figure's label never reaches past them.
LABEL_STOPS = frozenset("，,。；;：:！？!?\n\t、（）()【】[]“”\"「」『』《》|/…—")
# Characters that end a clause group ("segment"): figures in one segment talk
# about one thing; a 。 or ；or a line break starts the next thing.
SEGMENT_STOPS = frozenset("。；;！？!?\n")
MAX_LABEL = 24

DATE_UNITS = UNIT_TABLE.of_kind("date")  # glossary/units.yaml

# The mark left after an item number ("1." / "2、"): the number itself is a bare quantity.
# An amount as running text prints it (2,310.50, 726.85, 2179): the figure of a pattern that reads
# "……增加95.20万元" or "2179万元已全部拨付" itself; parse it with gen.core.numbers.to_decimal (commas and all).
AMOUNT_TEXT = r"\d{1,3}(?:,\d{3}){0,4}(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?"
_LEAD_RE = regex_cache.compile(r"^(?:[.．、)）]|其中含|其中|分别为|分别是|包括|含|以及|及|和|与|并|且|截至目前|目前|共有|共)")
_YEAR_RE = regex_cache.compile(r"(\d{4})\s{0,2}年(?:度)?(?:末|底|初)?|(上一年度|上年度|上一年|上年|去年)")
# "基本支出中人员经费": the figure is the 人员经费 within 基本支出.
_WITHIN_RE = regex_cache.compile(r"^[^中]{1,10}?(?:支出|收入|经费|资金|人员|人群)中")
TRAIL_RE = regex_cache.compile(
    r"(?:分别为|分别是|均为|(?<![行作认])为|是|达到|达|约|共计|合计|总计|累计|共|计|了|的|有|至|到|\(%\)|（%）)+$"
)


@direct_init  # made by the ten thousand per report (gen.core.records)
@dataclass(frozen=True)
class Item:
    """A quantity together with the words it belongs to."""

    q: Quantity
    raw_label: str  # text between the previous stop (or figure) and the number
    label: str  # normalised label: no year, no leading 其中, no trailing 为/达/共
    year: str  # "2022", "上年" or ""
    seg_start: int
    seg_end: int
    sub: bool  # the figure follows 其中 in its segment (a part of a total)
    # The amount in 万元 when the figure is money, else None: ``q.in_yuan_wan()`` worked out once
    # here, because the N rules ask for it some 85,000 times on a 500,000-character report.
    money: Optional[Decimal]

    @property
    def value(self) -> Decimal:
        """The figure to compare: its amount in 万元 when it is money, else the number as written."""
        money = self.money
        return self.q.value if money is None else money


def is_date(q: Quantity) -> bool:
    """Years, months and days are not quantities the N rules reason about."""
    return q.unit in DATE_UNITS


@lru_cache(maxsize=16384)
def normalise_label(raw: str) -> tuple[str, str]:
    """Return (label, year) for the raw words before a figure.

    Cached per process: generated reports and a folder of one office's reports
    repeat the same words before their figures, and the answer depends on the
    words alone.
    """
    text = "".join(normalise_numerals(raw)[0].split())  # invisible marks and wide digits read as a reader sees them
    year = ""
    m = None
    for m in _YEAR_RE.finditer(text):
        pass
    if m is not None:
        year = m.group(1) or "上年"
        text = text[m.end():]
    for _ in range(3):
        stripped = _LEAD_RE.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = _WITHIN_RE.sub("", text)
    text = TRAIL_RE.sub("", text)
    return text, year


_STOPS_CLASS = re.escape("".join(sorted(LABEL_STOPS)))
_LAST_LABEL_STOP = regex_cache.compile(rf"[{_STOPS_CLASS}][^{_STOPS_CLASS}]*\Z")  # \Z: the search's end, not before a newline
_SEGMENT_STOP_CHARS = "".join(sorted(SEGMENT_STOPS))  # found by text_pairs.char_positions
SEGMENT_REACH = 400  # a clause group is read at most this far each way from its figure


def _segment_bounds(stops: list[int], pos: int, size: int) -> tuple[int, int]:
    """The clause group around ``pos``: from after the last stop before it to the next stop (400 characters at most each way).

    ``stops`` are the offsets of every clause stop in the text, in order (one
    pass for all figures instead of a search per figure and stop character).
    """
    k = bisect_left(stops, pos)
    lo = max(0, pos - SEGMENT_REACH)
    start = max(lo, stops[k - 1] + 1) if k else lo
    hi = min(size, pos + SEGMENT_REACH)
    return start, stops[k] if k < len(stops) and stops[k] < hi else hi


_START = attrgetter("start")


def _build_items(ctx: CheckContext) -> list[Item]:
    text = ctx.text
    size = len(text)
    stops = char_positions(text, _SEGMENT_STOP_CHARS)
    out: list[Item] = []
    append = out.append
    last_stop = _LAST_LABEL_STOP.search
    prev_end = 0
    chinese = ctx.chinese_quantities  # few; the Arabic figures come in text order already
    quantities = sorted([*ctx.quantities, *chinese], key=_START) if chinese else ctx.quantities
    n_stops = len(stops)
    money_factors = MONEY_FACTORS
    for q in quantities:
        unit = q.unit
        if unit in DATE_UNITS:  # is_date
            continue
        if not unit:
            # A bare number (list numbering, table cell) still bounds labels.
            prev_end = q.end
            continue
        at = q.start
        if at >= 2 and text[at - 1] == " " and text[at - 2].isdigit() and q.raw[:3].isdigit() and q.raw[3:4] not in "0123456789.．":
            continue  # 18 189万元: thousands set apart by a blank, the figure's head unread (no amount to judge)
        lo = max(prev_end, at - MAX_LABEL, 0)
        stop = last_stop(text, lo, at)  # the label starts after the last stop before the figure
        raw = text[stop.start() + 1 if stop else lo:at]
        label, year = normalise_label(raw)
        # _segment_bounds and Quantity.in_yuan_wan written out: this loop runs once per figure of the report
        k = bisect_left(stops, at)
        seg_start = at - SEGMENT_REACH if at > SEGMENT_REACH else 0
        if k and stops[k - 1] >= seg_start:
            seg_start = stops[k - 1] + 1
        seg_end = at + SEGMENT_REACH if at + SEGMENT_REACH < size else size
        if k < n_stops and stops[k] < seg_end:
            seg_end = stops[k]
        sub = text.find("其中", seg_start, at) >= 0  # "其中" in text[seg_start:at], without the copy
        factor = money_factors.get(unit)
        append(Item(q, raw, label, year, seg_start, seg_end, sub, None if factor is None else q.value * factor))
        prev_end = q.end
    return out


# A figure right after a change verb (较上年决算数减少41.38万元, 短收21761万元) is the size of a change: never a total
# a 其中 list breaks down, nor the amount a running sum (A；加B…) starts from.
_CHANGE_BEFORE = regex_cache.compile(r"(?:增加|减少|增长|下降|提高|降低|上升|增收|减收|短收|超收)了?\s{0,2}$")


def is_change(text: str, it: Item) -> bool:
    """Whether figure ``it`` follows a change verb: the size of a change, not an amount of its own."""
    return _CHANGE_BEFORE.search(text, max(0, it.q.start - 6), it.q.start) is not None


def items(ctx: CheckContext) -> list[Item]:
    """Every quantity with a unit (dates excluded), labelled; cached per context."""
    return ctx.memo("numbers_text.items", _build_items)


def item_starts(ctx: CheckContext) -> list[int]:
    """Where each of :func:`items` starts, in order (they are in text order); cached per context."""
    return ctx.memo("numbers_text.item_starts", lambda c: [it.q.start for it in items(c)])


def items_between(ctx: CheckContext, lo: int, hi: int) -> list[Item]:
    """The :func:`items` starting in [lo, hi), found by bisection instead of a pass over all of them."""
    starts = item_starts(ctx)
    return items(ctx)[bisect_left(starts, lo):bisect_left(starts, hi)]


def comparable(a: Item, b: Item) -> Optional[tuple[Decimal, Decimal]]:
    """The two values in one unit, or None when the units do not compare."""
    if a.q.unit == "%" or b.q.unit == "%":
        return None
    ma, mb = a.money, b.money
    if ma is not None and mb is not None:
        return ma, mb
    if ma is None and mb is None and a.q.unit == b.q.unit:
        return a.q.value, b.q.value
    return None


def totals_differ(a: Item, b: Item) -> bool:
    """One figure's own words end in 合计, the other's in 总计 (the labels drop both): in final accounts
    收入总计 is 本年收入合计 plus the carry-over from earlier years, two figures that are never compared."""
    words = {it.raw_label.rstrip("为达共是: ：")[-2:] for it in (a, b)}
    return words == {"合计", "总计"}


def in_written_unit(value: Decimal, item: Item) -> Decimal:
    """``value``, read in the unit items are compared in (万元 for money), in the unit ``item`` is written in
    (亿元, 元): a sum or a difference shown beside the text's own figures."""
    return value * item.q.value / item.value if item.q.value and item.value else value


def num(q: Quantity) -> str:
    """A figure as the report wrote it, for messages."""
    return numeral_text(q.raw)


def single_valued_name(label: str) -> Optional[str]:
    """The report-level figure a label names (本年支出, 基本支出…), if any.

    "广州市荔湾区卫生健康局本年收入" names 本年收入; "某项目支出" does not name
    项目支出, because only the bureau itself or a neutral prefix may precede
    (glossary/labels.yaml).
    """
    names = rate_glossary().single_valued
    if not label.endswith(names):
        return None  # a label names a figure only by ending with its name (LabelWords.names_figure): one test, not one a name
    words = label_words()
    for name in names:
        if words.names_figure(label, name):
            return name
    return None


# A named allocation: "公共卫生服务补助资金", "家庭医生签约服务经费".
_ALLOCATION_END = regex_cache.compile(r"(?:资金|经费|补助|补贴)$")
# Labels under which one allocation may rightly carry several amounts (totals so far, changes,
# standards per head), or that name no allocation in particular.
_NOT_ONE_AMOUNT = regex_cache.compile(
    r"累计|新增|增加|减少|增长|下降|比上年|较上年|同比|剩余|结余|每人|人均|户均|每户|标准|分别|各项|各类|合计|总计|(?<!公)共(?!同)"
)
MIN_ALLOCATION_LABEL = 6
# A label that points back to what the text just named (该项目…, 此项…, 本项目…) names a different
# allocation wherever it stands.
_POINTS_BACK = regex_cache.compile(r"(?:该|此|本|上述|其)(?:项目|项|专项|笔)")
# A verb of paying out before the name (发放救助资金, 拨付补助资金): the act, done as often as there are cases to
# pay; the name after it must be specific enough on its own.
_PAYOUT = regex_cache.compile(r"(?:发放|拨付|兑现|兑付|支付|下拨)")


def allocation_name(label: str) -> Optional[str]:
    """The allocation a label names when it is specific enough to carry one amount, else None.

    N006 reports one allocation stated with two amounts (``公共卫生服务补助资金100万元``
    … ``公共卫生服务补助资金120万元``); generic labels (资金, 项目资金) and labels of
    changes or running totals are not allocations.
    """
    if len(label) < MIN_ALLOCATION_LABEL or not _ALLOCATION_END.search(label) or _NOT_ONE_AMOUNT.search(label):
        return None
    if _POINTS_BACK.match(label):
        return None  # 该项目预算资金: each project of a list has its own
    paid = _PAYOUT.match(label)
    if paid is not None and len(label) - paid.end() < MIN_ALLOCATION_LABEL:
        return None  # 发放救助资金: one payment of many (each relief, each case), not one allocation
    return label


def label_names(label: str, name: str) -> bool:
    """Does a figure's label name ``name`` itself: equal, or ``name`` after a neutral
    prefix (本年, 全年 …) or the bureau's own name (…局)? "项目支出" does not name 支出.
    The word lists are data (glossary/labels.yaml)."""
    return label_words().names_figure(label, name)


def money_slack(figures: Iterable[Item]) -> Decimal:
    """Rounding slack in 万元 when money figures are added: half a unit in the last
    printed place of each, scaled to 万元 (a figure in 元 adds 0.00005 万元)."""
    return sum((rounding_step(f) for f in figures if _wan_per_unit(f) is not None), Decimal(0))


_APPROXIMATE = regex_cache.compile(r"(?:约|近|逾|大约|将近|接近|左右)\s{0,2}$")


def approximate(f: Item) -> bool:
    """Is the figure said to be approximate (约30万元, 近300亩)?"""
    return bool(_APPROXIMATE.search(f.raw_label))


_ONE = Decimal(1)


def _wan_per_unit(f: Item) -> Optional[Decimal]:
    """What one unit of the figure's own unit is in 万元 (1 for 万元, 0.0001 for 元); None if not money."""
    factor = MONEY_FACTORS.get(f.q.unit)  # Quantity.in_yuan_wan of the figure valued 1, without a copy of it
    return None if factor is None else _ONE * factor


def rounding_step(f: Item) -> Decimal:
    """Half a unit in the last printed place, in 万元 for money, in the figure's own unit otherwise."""
    per_unit = _wan_per_unit(f)
    return tolerance(f.q.decimals) * (per_unit if per_unit is not None else Decimal(1))


def sum_slack(figures: Iterable[Item]) -> Decimal:
    """Rounding slack when figures that must add up are compared.

    Half a unit in the last printed place of each figure; whole counts (人, 个)
    are exact. A figure printed with fewer decimals than the others
    ("30万元；30万元；29.99万元", "113.68万元；78.3万元") is read at their precision:
    a writer who prints 29.99 prints a rounded 29.6 as 29.60, not as 30, so "30"
    there is 30.00, and "78.3" is 78.30 with its zero dropped. An approximate
    figure (约30万元) keeps its own slack. A lone figure printed finer than all the
    others ("13,819.134万元" beside two-decimal amounts) carries a stray digit: the
    others keep the precision they share, so their rounding is not read away. Figures are read so per the unit they
    are written in: 2.64亿元 beside 7604.62万元 keeps the half 百万 of its own last place.
    """
    figs = list(figures)
    finest: dict[str, Decimal] = {}  # per written unit: 2.64亿元 and 7604.62万元 keep each their own precision
    for unit in {f.q.unit for f in figs}:
        steps = [rounding_step(f) for f in figs if f.q.decimals and f.q.unit == unit]
        shared = [st for st in steps if steps.count(st) >= 2]
        if steps:
            finest[unit] = min(shared or steps)
    out = Decimal(0)
    for f in figs:
        if f.money is None and not f.q.decimals:
            continue
        step = rounding_step(f)
        if f.q.unit in finest and not approximate(f):
            step = min(step, finest[f.q.unit])
        out += step
    return out


def exceeds(value: Decimal, limit: Decimal, slack: Decimal) -> bool:
    """Is ``value`` (a sum of rounded figures) larger than ``limit`` beyond rounding?

    A printed figure stands for a half-open interval (29.99 is 29.985 up to, not
    including, 29.995), so a difference of exactly the summed half-units cannot
    come from rounding either: the parts' least true sum is then the whole's
    unreachable upper end.
    """
    diff = value - limit
    return diff > slack or (slack > 0 and diff == slack)


def closes(value: Decimal, limit: Decimal, slack: Decimal) -> bool:
    """Can ``value`` (a sum of rounded figures) and ``limit`` be the same true amount?

    Neither exceeds the other beyond rounding, judged as :func:`exceeds` judges:
    a difference of exactly the summed half-units is out of reach too.
    """
    return not exceeds(value, limit, slack) and not exceeds(limit, value, slack)


def make_up(whole: Item, parts: list[Item]) -> bool:
    """Do ``parts``, added, make ``whole`` to the precision all of them are printed at (:func:`closes`)?"""
    return closes(sum((p.value for p in parts), Decimal(0)), whole.value, sum_slack([*parts, whole]))


def split_twice(whole: Item, parts: list[Item]) -> bool:
    """The first parts make ``whole`` and the rest make it again (总预算3040.46万元，其中财政拨款3040.46万元，
    分别支付2210.46万元和830万元): two breakdowns of one amount, by source then by payee, not one list. Parts named
    alike are one list (行政单位1个，参公事业单位0个，其他事业单位1个 of 共1个: one too many), unless each breakdown
    holds two parts at least (城镇人口a，乡村人口b；男性人口c，女性人口d: the population by residence, then by sex)."""
    least = 2 if names_alike(parts) else 1
    return any(make_up(whole, parts[:k]) and make_up(whole, parts[k:]) for k in range(least, len(parts) - least + 1))


_BAND_END = regex_cache.compile(r"及?(?:以上|以下)$")


def names_alike(parts: list[Item]) -> bool:
    """Are these parts of one kind, their names ending alike (行政编制, 事业编制; 中央资金, 省级资金)?

    Mutually exclusive parts of one whole are named that way; N004 adds up such parts.
    An open end of a band (100周岁以上 beside 90—99周岁) is the band's name, not its kind.
    """
    labels = [_BAND_END.sub("", p.label) for p in parts]
    if len(labels) < 2 or any(len(label) < 2 for label in labels):
        return False
    return len({label[-2:] for label in labels}) == 1


def years_compatible(a: Item, b: Item) -> bool:
    return not a.year or not b.year or a.year == b.year
