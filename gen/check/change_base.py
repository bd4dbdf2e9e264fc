"""A growth rate computed on this year's figure instead of last year's ("增加342万元，增长29.86%"), or
one that neither figure gives.

"总计X万元……增加A万元，增长Y%": last year's figure is X − A (X + A after a decrease), so the rate
is A ÷ (X − A). A common slip divides by X, this year's figure. The check is deliberately narrow
(precision first): it fires only when Y% is exactly A ÷ X at the printed precision AND is not
A ÷ (X ∓ A), X being the nearest amount before the change that is not itself last year's figure
or a comparison base. Used by rule N005 (change mismatch).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Iterator, Optional

from ..core import regex_cache
from ..core.numbers import agrees, ratio_percent_exact, round_half_up, tolerance, truncate
from .both_totals import BOTH_SUBJECT, both_subject
from .change_asides import bracketed_base, in_aside, in_done_rate, own_part_change, past_asides
from .context import CheckContext
from .identity import identity
from .numbers_text import Item, comparable, in_written_unit, is_change, items, num
from .stated_changes import CHANGE_VERBS
from .textspans import sentence_start
from .unspaced import simplified_of

# Verbs of a rise (the rest of the change verbs say a fall); N005 reads the direction through it too.
UP_VERBS = ("增加", "增长", "提高", "提升", "上升", "扩大", "扩容", "增至", "升至", "增收", "增幅", "增")
# The verb before an amount, the quantity it changes named between (减少支出0.88亿元). A template's pair of verbs
# left in (增加(减少)67.65万元，增长100%) reads as its first: the rate's verb after it agrees or the change is not read.
_VERB_BEFORE = regex_cache.compile(r"(?P<verb>" + CHANGE_VERBS + r")(?:[(（](?:" + CHANGE_VERBS + r")[)）])?(?:了)?"
                                   r"(?:支出|收入|资金|经费)?\s{0,2}$")
# What may stand between an amount and the rate of the same change (减少50万元，下降20%; 、 in a list): N005 too.
CHANGE_SEP = r"[，,、]?"
# The rate after the amount: a verb, or 增幅/降幅 (降幅达到38.7%).
# A bare 增/降 stands for the verb right before the rate (减少3.5万元，增437.7%).
_RATE_AFTER = regex_cache.compile(r"^" + CHANGE_SEP + r"\s{0,2}(?:同比)?(?P<verb>" + CHANGE_VERBS + r"|增幅|降幅|增|降)(?:了|为|达到|达)?\s{0,2}$")
# The rate in brackets right after the amount, its direction the amount's verb (较上年减少1.5万元（42.86%）).
_RATE_BRACKETED = regex_cache.compile(r"^\s{0,2}[(（]\s{0,2}$")
# A figure just after these words is a base (较上年X万元, 从X万元), not this year's figure.
# So is one after such a word and a year's 决算/预算 (较2016年决算227.42万元).
_BASE_MARK = regex_cache.compile(
    r"(?:较|比|从|由|上年|去年|上一年|年初)(?:\s{0,2}(?:19|20)\d\d\s{0,2}年)?(?:度)?(?:决算数?|预算数?|同期)?(?:的|为)?\s{0,2}[（(]?$")
BASE_REACH = 16  # characters before a figure searched for its base mark
_THIS_YEAR = regex_cache.compile(r"本年|当年|今年")
# A year between the figure and the change, other than the comparison year (与2022年相比), means
# the figure may belong to another year: no judgement.
_YEAR_BETWEEN = regex_cache.compile(r"(?P<lead>与|较|比|同|和)?\s{0,2}\d{4}\s{0,2}年")
# Subject words: one of them between the figure and the change, absent from the figure's own label,
# means the change is about another quantity ("本年支出12.20万元，收入较上年增加0.05万元").
_SUBJECT = regex_cache.compile(r"收入|支出|预算|经费|决算|拨款|资金")
# A subject word naming last year's figure of the same quantity (较上年决算数增加) is the base, not another subject.
# So is one after a year (与2021年度预算相比增加: the budget of that year is the base).
_OWN_BASE = regex_cache.compile(r"(?:上年|上年度|去年|(?:19|20)\d\d年度?)$")
# A figure inside "与…X万元相比" is the base of the comparison, not this year's figure
# (与2019年度收、支总计4832.02万元相比增加669.6万元): 与/同 opens the clause the figure stands in.
_COMPARED_OPEN = regex_cache.compile(r"(?:与|同)[^，,。；;：:\n与同]{0,30}$")
_COMPARED_CLOSE = regex_cache.compile(r"^[^，,。；;\n]{0,4}(?:相比|比较)")
# Only a change stated right after this year's figure ("总计X万元，比上年增加A万元，增长Y%") is read
# against it whatever its rate: further on, the change may be of another figure (人员经费…，公用经费减少A).
_RIGHT_AFTER = regex_cache.compile(r"[，,\s]{0,2}(?:比|较|与|同比)?(?:上年|去年|上一年|上年度|(?:19|20)\d\d年度?)?(?:决算数|预算数?|同期)?(?:相比|比较)?[，,\s]{0,2}$")
# The change's own sentence comparing with last year and naming the figure again (…总计302.19万元。与2018年相比，
# 收、支总计减少16.36万元): the named figure's change, though a full stop stands between.
_RESTATED = regex_cache.compile(r"[。，,；;\s]{0,2}(?:与|较|比)(?:上年|去年|上一年|上年度|(?:19|20)\d\d年度?)(?:相比|比较)?"
                                r"[，,\s]{0,2}(?P<subject>[\u4e00-\u9fff、]{2,10})")


def _restates(text: str, cur: Item, verb_at: int) -> bool:
    """Whether the words between ``cur`` and the change's verb compare with last year and name ``cur``'s own figure."""
    m = _RESTATED.fullmatch(text, cur.q.end, verb_at)
    label = cur.raw_label.rstrip("为是：: ")  # the label stops at a 、 (收、支总计: 支总计)
    return m is not None and len(label) >= 2 and (label.endswith(m.group("subject")) or m.group("subject").endswith(label))


# A rate off the change over last year's figure by more than the printed precision of the figures allows (each
# printed figure may stand for anything that rounds to it, the rate rounded half-up or truncated: one unit of its
# last digit), and not the change over this year's, is wrong whatever it was computed from (_within_rounding).

# A rate in whole percent (增长11%) is written loosely; it is judged only this many points from either base
# (7.8 on 169.28 is 4.6%, not 11%), never as one rounded the wrong way.
WHOLE_GAP = 2
# How far back (characters) this year's figure may stand: the sentence before the change.
MAX_BACK = 160
# A template's pair of verbs left after the verb (各增加(减少)67.65万元): read as the verb before it.
_PAIR_LEFT = r"(?:[(（](?:增加|增长|减少|下降)[)）])?"
# A change whose own clause names its subject ("本年收入合计较2016年增加A万元") is read against the figure of that
# name earlier in the paragraph ("本年收入合计X万元，其中：…"), however many parts lie between: the name is the link.
_NAMED_CHANGE = regex_cache.compile(
    r"(?:(?P<year>(?:19|20)\d\d)年度?)?(?P<subject>" + BOTH_SUBJECT + r"|[\u4e00-\u9fff、]{4,16}?)(?:较|比)(?:上年|去年|上一年|(?:19|20)\d\d年)度?(?:同期)?"
    r"(?:决算数)?(?:相比)?(?:增加|增长|减少|下降)" + _PAIR_LEFT + "$"
)
# The comparison first, then the subject and its change (与2020年相比，收入总计增加): a base year that lost its 年
# (与2020相比, W004's) is still the base.
_COMPARED_FIRST = regex_cache.compile(
    r"(?:与|较|比)(?:上年|去年|上一年|上年度|(?:19|20)\d\d年?度?)(?:决算数?)?(?:相比|比较)[，,\s]{0,2}"
    r"(?P<year>)(?P<subject>[\u4e00-\u9fff、]{2,12}?)各?(?:增加|增长|减少|下降)" + _PAIR_LEFT + "$")
COMPARED_REACH = 24  # characters before the change's own label where its comparison may open (与2022年度相比，财政拨款收入、)
_LEADING_YEAR = regex_cache.compile(r"^(?:19|20)\d\d年度?")
MAX_NAMED_BACK = 1200  # characters: the paragraph of a 收入/支出 total and its parts
MAX_NAMED_ITEMS = 40


# A sentence about last year: its figures are last year's, whatever their own labels say.
_LAST_YEAR_OPENS = regex_cache.compile(r"[ \t\u3000]{0,4}(?:上年|去年|上一年)")
LAST_YEAR_REACH = 60  # characters from the sentence's start to the figure


def _last_year_sentence(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` stands in a sentence that opens on 上年 and names no 本年 before it."""
    start = sentence_start(text, pos)
    return pos - start <= LAST_YEAR_REACH and bool(_LAST_YEAR_OPENS.match(text, start)) \
        and "本年" not in text[start:pos]


_RATE_OF = regex_cache.compile(r"的\s{0,2}\d{1,3}(?:\.\d{1,4})?%")


def _current(text: str, all_items: list[Item], idx: int, year: str) -> Optional[Item]:
    """The nearest amount before item ``idx`` comparable with it, if it reads as this year's figure.

    A figure labelled with a year other than the report's (``year``; "" when unknown) may be last
    year's ("2022年支出是48,200万元，本年增加2,400万元，增长4.98%" in a 2023 report): no judgement."""
    amount = all_items[idx]
    for j in range(idx - 1, max(-1, idx - 7), -1):
        cand = all_items[j]
        if amount.q.start - cand.q.end > MAX_BACK:
            return None
        if cand.q.unit == "%" or comparable(cand, amount) is None:
            continue
        if is_change(text, cand) or _RATE_OF.match(text, cand.q.end):
            continue  # 短收21761万元 (a gap to the budget), 完成预算24850万元的12.4% (a rate's base): not this year's figure
        if in_aside(text, cand.q.end, amount.q.start):
            continue  # a part in brackets after the figure (县本级60.4亿元): the figure before the brackets is read
        if cand.year == "上年" or _BASE_MARK.search(text, max(0, cand.q.start - BASE_REACH), cand.q.start) \
                or _last_year_sentence(text, cand.q.start):
            return None  # last year's figure: named so, or in a sentence about last year (上年年初预算…，收入决算数为X)
        if _COMPARED_CLOSE.match(text[cand.q.end:cand.q.end + 12]) and \
                _COMPARED_OPEN.search(text, max(0, cand.q.start - 30), cand.q.start):
            return None
        if cand.year and cand.year != year and (year or not _THIS_YEAR.search(cand.raw_label)):
            return None  # (a report of unknown year that calls the figure its own: 2025年本年收入)
        if (cand.sub or amount.sub) and not own_part_change(text, cand, amount):
            return None  # a part (其中…) and a change may name different things
        if any(m.group() not in cand.raw_label and not _OWN_BASE.search(text, max(0, m.start() - 7), m.start())
               and not in_done_rate(text, m.start(), cand.q.end, amount.q.start)
               for m in _SUBJECT.finditer(text, cand.q.end, amount.q.start)):
            return None
        for m in _YEAR_BETWEEN.finditer(text, cand.q.end, amount.q.start):
            if not m.group("lead"):
                return None
        return cand
    return None


def _names(text: str, cand: Item, subject: str) -> bool:
    """Whether the figure's own name ends with the change's subject; a name that a 、 parts (收、支总计, whose
    label reads only 支总计) is read with the characters before it."""
    label = _LEADING_YEAR.sub("", cand.raw_label)
    start = cand.q.start - len(cand.raw_label)
    if text[start - 1:start] == "、":
        label = text[max(0, start - len(subject) - 1):start].replace("、", "") + label
    return label.endswith(subject)


def _named_current(text: str, all_items: list[Item], idx: int, year: str) -> Optional[Item]:
    """The figure, earlier in the paragraph, whose name is the subject the change names in its own clause
    (收入合计较上年增加A, or 与上年相比，收入总计增加A after 收入总计X、支出总计Y; 收支较上年决算数减少A after
    收入总计X，支出总计X: the balanced totals' change)."""
    amount = all_items[idx]
    m = _NAMED_CHANGE.search(amount.raw_label) or _COMPARED_FIRST.search(
        text, max(0, amount.q.start - len(amount.raw_label) - COMPARED_REACH), amount.q.start)
    both = both_subject(m.group("subject")) if m is not None else None
    # a 三公 item is named by its 费 (与2016年相比，公务用车运行费减少A: 公务用车运行费X earlier in the paragraph)
    if not m or not (both or _SUBJECT.search(m.group("subject")) or m.group("subject").endswith("费")):
        return None
    subject = m.group("subject").replace("、", "")  # 收、支总计: the 收支总计 its figure names
    for j in range(idx - 1, max(-1, idx - MAX_NAMED_ITEMS), -1):
        cand = all_items[j]
        if amount.q.start - cand.q.end > MAX_NAMED_BACK or "\n" in text[cand.q.end:amount.q.start]:
            return None
        if cand.q.unit == "%" or cand.sub or comparable(cand, amount) is None:
            continue
        is_both = both.figure(text, all_items, j) if both else None
        if is_both is not None:  # the one figure of both needs no balance; 支出总计 needs the equal 收入总计
            return cand if is_both else None
        if _names(text, cand, subject):
            if cand.year not in ("", year, m.group("year") or year) or _BASE_MARK.search(text, max(0, cand.q.start - BASE_REACH), cand.q.start):
                return None
            return cand
    return None


def _within_rounding(cur: Item, amount: Item, rate: Item, up: bool) -> bool:
    """Whether the stated rate can be the change over last year's figure computed from the unrounded
    figures behind the printed ones (0.02 and 0.02 万元 may be 0.024 and 0.016: 66.67% then holds),
    the rate rounded half-up (half a unit of its last digit either way) or truncated (a unit below).
    Figures in different units are not judged this way (True)."""
    if cur.q.unit != amount.q.unit:
        return True
    hx, ha, hr = tolerance(cur.q.decimals), tolerance(amount.q.decimals), tolerance(rate.q.decimals)
    x, a = cur.q.value, amount.q.value
    if up:
        last_lo, last_hi = (x - hx) - (a + ha), (x + hx) - (a - ha)
    else:
        last_lo, last_hi = (x - hx) + (a - ha), (x + hx) + (a + ha)
    if last_lo <= 0 or a - ha < 0:
        return True
    lo, hi = (a - ha) / last_hi * 100, (a + ha) / last_lo * 100
    # rounded half-up the rate is within half a unit above the largest ratio (or rounded twice: 33.048 → 33.05 → 33.1);
    # truncated, within a unit below the smallest
    twice = round_half_up(round_half_up(hi, rate.q.decimals + 1), rate.q.decimals)
    return lo - 2 * hr <= rate.q.value <= max(hi + hr, twice)


_CLAUSE_GAP = regex_cache.compile(r"[，,\s]{0,2}")
# After a base inside 与…相比: the closing 相比, then perhaps the subject named again and 各 (收支总计各减少).
# A base that opens with a year whose 年 was lost (与20183622.10万元相比: 2018年3622.10万元) is no figure to divide by.
_GLUED_YEAR = regex_cache.compile(r"(?<=[与较比同])(?:19|20)\d{4,}")
_COMPARED_GAP = regex_cache.compile(r"[^，,。；;\n]{0,4}(?:相比|比较)[，,\s]{0,2}[\u4e00-\u9fff、]{0,12}")


def _stated_base(text: str, all_items: list[Item], idx: int, verb_at: int) -> Optional[Item]:
    """Last year's figure stated as the base right before the change at ``idx`` ("较2016年决算227.42万元，增加
    20.53万元"; "与2016年816.4万元相比，…各减少109.38万元"), or None."""
    base, amount = all_items[idx - 1], all_items[idx]
    stated = (_CLAUSE_GAP.fullmatch(text, base.q.end, verb_at) or bracketed_base(text, base.q.start, base.q.end, verb_at)) \
        and _BASE_MARK.search(text, max(0, base.q.start - BASE_REACH), base.q.start)
    # "与2016年816.4万元相比，财政拨款收支总计各减少109.38万元，下降13.39%": the base inside 与…相比
    compared = _COMPARED_GAP.fullmatch(text, base.q.end, verb_at) \
        and _COMPARED_OPEN.search(text, max(0, base.q.start - 30), base.q.start)
    if base.q.unit == "%" or comparable(amount, base) is None or not (stated or compared) \
            or _GLUED_YEAR.match(text, base.q.start):
        return None
    return base


def _against_stated_base(text: str, all_items: list[Item], idx: int, verb_at: int) -> Iterable[tuple[Item, str]]:
    """"较2016年决算227.42万元，增加20.53万元，增长9.5%": last year's figure stated as the base right before the
    change, the rate is the change over it (rounded half-up or cut at the printed places)."""
    base, amount, rate = _stated_base(text, all_items, idx, verb_at), all_items[idx], all_items[idx + 1]
    if base is None:
        return
    exact = ratio_percent_exact(*comparable(amount, base))
    if exact is None or agrees(rate.q.value, rate.q.decimals, exact) or truncate(exact, rate.q.decimals) == rate.q.value:
        return
    yield rate, (f"增减幅度与文中数字不符：对比基数为{num(base.q)}，{num(amount.q)}÷{num(base.q)}＝"
                 f"{round_half_up(exact, rate.q.decimals):f}%，所述为{rate.q.raw}")


def _changes(ctx: CheckContext, all_items: list[Item], min_places: int):
    """(idx, verb before the amount, verb before the rate, this year's figure or None, whether the change's
    clause named it) for each change amount at idx followed by its rate (增加A万元，增长Y%) in one direction."""
    text = simplified_of(ctx)  # a Traditional page's 減少 is 减少
    report_year = str(identity(ctx).year or "")
    for idx in range(1, len(all_items) - 1):
        amount, rate = all_items[idx], all_items[idx + 1]
        if amount.q.unit == "%" or rate.q.unit != "%" or rate.q.decimals < min_places:
            continue
        if rate.q.comparator and not (rate.q.raw.startswith("达") and _RATE_WORD_BEFORE.search(text, max(0, rate.q.start - 3),
                                                                                            rate.q.start)):
            continue  # 增长超过10%: a bound, no rate; but 降幅达到38.7% is the rate itself
        before = _VERB_BEFORE.search(text, max(0, amount.q.start - 6), amount.q.start)
        between = text[amount.q.end:rate.q.start]
        after = _RATE_AFTER.match(between)
        if before and not after and _RATE_BRACKETED.match(between) and text[rate.q.end:rate.q.end + 1] in ")）":
            after = before
        if not before or not after or (before.group("verb") in UP_VERBS) != (after.group("verb") in UP_VERBS):
            continue
        # The figure the change's clause names (本年收入合计较上年增加) before the nearest one (a part).
        named = _named_current(text, all_items, idx, report_year)
        yield idx, before, after, named or _current(text, all_items, idx, report_year), named is not None


_RATE_WORD_BEFORE = regex_cache.compile(r"(?:增幅|降幅)$")


def _changes_once(ctx: CheckContext, all_items: list[Item]) -> list:
    """``_changes(ctx, all_items, 0)`` as a list, read once per context when ``all_items`` are the text's own
    figures: N005 (:func:`wrong_base`) and N011 (:func:`change_rates`) each read every change of the text
    (some 5 ms on 200,000 characters); the second now reads the first's list. Its parts (figures, matches)
    are only read."""
    if all_items is items(ctx):
        return ctx.memo("change_base.changes", lambda c: list(_changes(c, all_items, 0)))
    return list(_changes(ctx, all_items, 0))


def _shown_base(last: Decimal, cur: Item) -> str:
    """Last year's figure, worked out in 万元 for money, in this year's figure's own unit (31700 万元 as 3.17亿元)."""
    if cur.value == cur.q.value:
        return format(last, "f")
    return f"{format(in_written_unit(last, cur).quantize(Decimal(1).scaleb(-max(cur.q.decimals, 0))), 'f')}{cur.q.unit}"


def _figures(cur: Item, amount: Item, after) -> tuple[Decimal, Decimal, Decimal]:
    """This year's figure and the change in one unit, and last year's figure they give (x − a after a rise)."""
    pair = comparable(cur, amount)
    x, a = pair if pair else (cur.value, amount.value)
    return x, a, (x - a if after.group("verb") in UP_VERBS else x + a)


def _stated_after(text: str, cur: Item, named: bool, verb_at: int) -> bool:
    """The change is this year's figure's own: named in its clause, right after it (past asides), or restated."""
    return named or bool(_RIGHT_AFTER.match(text, cur.q.end, verb_at)) or _restates(text, cur, verb_at) \
        or past_asides(text, cur.q.end, verb_at, _RIGHT_AFTER)


def change_rates(ctx: CheckContext, all_items: list[Item]) -> Iterator[tuple[Item, str, Decimal]]:
    """(rate, the division as shown, its exact percentage) for each change rate whose base the text gives:
    a base stated before the change, or this year's figure the change names or follows at once (last year's
    is then this year's less the rise). N011 reads how they were rounded."""
    text = simplified_of(ctx)
    for idx, before, after, cur, named in _changes_once(ctx, all_items):
        amount, rate = all_items[idx], all_items[idx + 1]
        if cur is None:
            base = _stated_base(text, all_items, idx, before.start())
            exact = ratio_percent_exact(*comparable(amount, base)) if base is not None else None
            if exact is not None:
                yield rate, f"{num(amount.q)}÷{num(base.q)}", exact
            continue
        if not _stated_after(text, cur, named, before.start()):
            continue
        x, a, last = _figures(cur, amount, after)
        exact = ratio_percent_exact(a, last) if a > 0 and last > 0 else None
        if exact is not None:
            yield rate, f"{num(amount.q)}÷{format(last, 'f')}", exact


def wrong_base(ctx: CheckContext, all_items: list[Item]) -> Iterable[tuple[Item, str]]:
    """(rate item, explanation) for every "增加A，增长Y%" whose Y% is A ÷ this year's figure, or, a point
    or more away, no ratio of the two figures at all; a rate in whole percent only when it is two points
    or more from both."""
    text = simplified_of(ctx)
    for idx, before, after, cur, named in _changes_once(ctx, all_items):
        amount, rate = all_items[idx], all_items[idx + 1]
        whole = rate.q.decimals == 0  # 增长11%: read only where it is far from either base
        if cur is None:
            if not whole:
                yield from _against_stated_base(text, all_items, idx, before.start())
            continue
        x, a, last = _figures(cur, amount, after)
        if a <= 0 or last <= 0:
            continue
        on_current = ratio_percent_exact(a, x)
        on_last = ratio_percent_exact(a, last)
        if on_current is None or on_last is None:
            continue
        if agrees(rate.q.value, rate.q.decimals, on_last):
            continue
        right = round_half_up(on_last, rate.q.decimals)
        if whole and min(abs(rate.q.value - on_last), abs(rate.q.value - on_current)) < WHOLE_GAP:
            continue
        if agrees(rate.q.value, rate.q.decimals, on_current):
            if _within_rounding(cur, amount, rate, up=last < x):
                continue  # 增加0.01万元，增长3.45%: the printed figures' rounding allows either base
            yield rate, (
                f"增幅应以上年数为基数：{num(amount.q)}÷{_shown_base(last, cur)}＝"
                f"{right:f}%，所述{rate.q.raw}是以本年数{num(cur.q)}为基数算得"
            )
        elif _stated_after(text, cur, named, before.start()) and not _within_rounding(cur, amount, rate, up=last < x):
            # neither base gives it, whatever the printed figures were rounded from: the rate is wrong
            shown = _shown_base(last, cur)
            yield rate, (f"增减幅度与文中数字不符：对比基数为{num(cur.q)}{'－' if last < x else '＋'}{num(amount.q)}"
                         f"＝{shown}，{num(amount.q)}÷{shown}＝{right:f}%，所述为{rate.q.raw}")


def unit_slipped_changes(ctx: CheckContext, all_items: list[Item]) -> Iterator[tuple[Item, str, str]]:
    """(amount, its figure in this year's figure's unit, the proof) for each "总计X万元……增加A元、增长Y%" whose
    rate Y% is A over last year's figure only when A is read in X's unit (606.12 of 8254.47万元 is 7.9%,
    606.12元 of it 0.0008%): the amount's unit was typed wrong. Read where the change is the figure's own."""
    text = simplified_of(ctx)
    for idx, before, after, cur, named in _changes_once(ctx, all_items):
        amount, rate = all_items[idx], all_items[idx + 1]
        if cur is None or cur.money is None or amount.money is None or cur.q.unit == amount.q.unit \
                or rate.q.decimals == 0 or not _stated_after(text, cur, named, before.start()):
            continue
        x, a = cur.q.value, amount.q.value
        last = x - a if after.group("verb") in UP_VERBS else x + a
        as_written = _figures(cur, amount, after)
        reread, written = ratio_percent_exact(a, last), ratio_percent_exact(as_written[1], as_written[2])
        if reread is None or written is None or not agrees(rate.q.value, rate.q.decimals, reread) \
                or agrees(rate.q.value, rate.q.decimals, written):
            continue
        fixed = amount.q.raw[: len(amount.q.raw) - len(amount.q.unit)] + cur.q.unit
        yield amount, fixed, (f"{num(amount.q)}÷{format(last, 'f')}＝{round_half_up(reread, rate.q.decimals):f}%，"
                              f"正是所述{rate.q.raw}")


def zero_base_rates(ctx: CheckContext, all_items: list[Item]) -> Iterator[tuple[Item, Item, Item]]:
    """(rate, change, this year's figure) for each "X万元……增加X万元，增长Y%" whose rise is this year's whole
    figure or more, the change its own (named in its clause, right after it, or restated): last year's was nought
    (a body set up this year, a fund first spent) or below it, and no rate of growth can be worked out. Rule N066."""
    text = simplified_of(ctx)
    for idx, before, after, cur, named in _changes_once(ctx, all_items):
        amount = all_items[idx]
        if cur is None or after.group("verb") not in UP_VERBS or not _stated_after(text, cur, named, before.start()):
            continue
        _, a, last = _figures(cur, amount, after)
        if a > 0 and last <= 0:
            yield all_items[idx + 1], amount, cur
