"""A change rate of a whole count that no whole count of the year before gives (17起，同比下降19.01%).

N081 reads shares of a count of whole things; a change rate of such a count is the same kind of claim. "事故17起，
同比下降19.01%" says last year's count p was a whole number with (p − 17) ÷ p = 19.01%: p = 21 gives 19.05%,
p = 20 gives 15.00%, and no p gives 19.01%. A rate printed to two decimals on a small count steps by whole
items, so a rate between the steps was typed or computed wrong. The rule reads only the plain shape: a whole
count in a measure word of things or people, then at once 同比 (比上年, 较去年 …) and the verb and the rate, with
nothing between that could be another figure; the count is this year's (its rate follows it), the direction
is the verb's; a count of batches right before it (来访95件127人次) may be the one the rate is of. A rate
that rounding or cutting to its printed places gives for some whole p is never reported, so large counts, where
every rate is reachable, stay silent.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Iterator, NamedTuple

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles

_RATE = regex_cache.compile(
    r"(?:同比|[比较](?:上|去)年(?:同期)?)(?P<verb>下降|减少|降低|增长|上升|增加|提高)了?"
    r"(?P<rate>\d{1,3}(?:\.\d{1,2})?)\s{0,1}[%％](?!\s{0,1}个)"
)
# The count right before the comparator: whole, not part of a larger figure (1.7万起, 3,017起), in a measure word.
_COUNT = regex_cache.compile(
    r"(?<![\d.,，万亿约近超逾])(?P<n>\d{1,4})\s{0,1}(?P<unit>人次|起|件|宗|例|个|项|人|家|户|所|名|次)[,，]?\s{0,1}$"
)
# A count of batches right before the count of people (来访95件127人次): the rate may be the batches', so it is read too.
_PAIRED = regex_cache.compile(r"(?<![\d.,，万亿约近超逾])(\d{1,4})(?:件次|件|批次|批|起)$")
_DOWN = frozenset(("下降", "减少", "降低"))
_HUNDRED = Decimal(100)
_LOOK_BACK = 10
MIN_COUNT = 2
MAX_COUNT = 9999


class CountChange(NamedTuple):
    start: int          # the rate's digits
    end: int            # past its %
    count: int
    unit: str
    verb: str
    rate: Decimal
    nearest: Decimal    # the reachable rate nearest to the stated one, at its places
    previous: int       # the whole count of the year before that gives it


def _rate_of(count: int, previous: int, places: Decimal, how: str) -> Decimal:
    return (Decimal(abs(count - previous)) * _HUNDRED / Decimal(previous)).quantize(places, how)


def _nearest(count: int, rate: Decimal, down: bool) -> tuple[bool, Decimal, int]:
    """(whether some whole previous count gives ``rate``, rounded or cut, the nearest rate, its count)."""
    places = Decimal(1).scaleb(rate.as_tuple().exponent)
    factor = 1 - rate / _HUNDRED if down else 1 + rate / _HUNDRED
    if factor <= 0:
        return True, rate, 0  # a fall of 100% or more: another rule's
    guess = int(Decimal(count) / factor)
    best: tuple[Decimal, Decimal, int] | None = None
    for previous in range(max(1, guess - 3), guess + 4):
        if (previous > count) != down or previous == count:
            continue
        for how in (ROUND_HALF_UP, ROUND_DOWN):
            got = _rate_of(count, previous, places, how)
            if got == rate:
                return True, rate, previous
        got = _rate_of(count, previous, places, ROUND_HALF_UP)
        if best is None or abs(got - rate) < best[0]:
            best = (abs(got - rate), got, previous)
    return (True, rate, 0) if best is None else (False, best[1], best[2])


def unreachable_changes(text: str) -> Iterator[CountChange]:
    """Every change rate right after a whole count that no whole previous count gives."""
    if "%" not in text and "％" not in text:
        return
    for m in near_needles(_RATE, text):  # the same matches, tried near what each needs (a try at each character)
        lo = max(0, m.start() - _LOOK_BACK)
        c = _COUNT.search(text[lo:m.start()])
        if c is None:
            continue
        count, rate = int(c.group("n")), Decimal(m.group("rate"))
        if not MIN_COUNT <= count <= MAX_COUNT or rate == 0:
            continue
        down = m.group("verb") in _DOWN
        ok, nearest, previous = _nearest(count, rate, down)
        pair = _PAIRED.search(text[max(0, lo + c.start() - _LOOK_BACK):lo + c.start()])
        if not ok and not (pair and _nearest(int(pair.group(1)), rate, down)[0]):
            yield CountChange(m.start("rate"), m.end(), count, c.group("unit"), m.group("verb"), rate,
                              nearest, previous)
