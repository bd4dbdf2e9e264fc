"""Counts and their changes stated "respectively" (事故558起、死亡599人，同比减少139起、156人，分别下降19.9%、20.6%).

N020 reads the 决算 template's lists of amounts; safety, case and service reports write the same claim of
counts: two counts of one clause, their changes after 同比 (比上年 …), then 分别 and the rates. Each rate is
its change over the year before (this year's count plus the fall, minus the rise), as for amounts. The
counts are the last ones of the clause before the comparator, matched to the changes one by one by measure
word (起 to 起, 人 to 人): a list whose measure words do not pair up is not read, so a change of another
count is never taken for one of these.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..core import regex_cache
from ..core.quantities import parse_number
from .respective_lists import NUM, SEP
from .textspans import last_mark

_UNIT = r"(?:人次|起|件|宗|例|个|项|人|家|户|所|名|次)"
_ITEM = rf"{NUM}\s{{0,1}}{_UNIT}"
_RATE = rf"{NUM}\s{{0,1}}[%％]"
_LIST = regex_cache.compile(
    rf"(?:同比|[比较](?:上|去)年(?:同期)?)(?:分别|各)?(?P<verb>减少|增加)了?\s{{0,1}}(?P<list>{_ITEM}(?:{SEP}{_ITEM}){{1,5}})"
    rf"\s{{0,1}}[,，]\s{{0,1}}(?:分别|各)(?P<rverb>下降|降低|增长|上升|提高)了?\s{{0,1}}(?P<rates>{_RATE}(?:{SEP}{_RATE}){{1,5}})"
)
# A count's figure, its groups of thousands bounded: read at every figure of a clause, so it must stay linear.
_FIGURE = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})"
_COUNT = regex_cache.compile(rf"(?P<num>{_FIGURE})\s{{0,1}}(?P<unit>{_UNIT})(?![\d%％])")
_NUMBER = regex_cache.compile(NUM)
_PERCENT = regex_cache.compile(r"[%％]")


def _items(pattern, text: str, start: int, end: int) -> list[tuple[Decimal, int, int, int, str]]:
    """(value, decimals, start, end, measure word) of each figure of ``pattern`` in text[start:end]."""
    out = []
    for m in pattern.finditer(text, start, end):
        parsed = parse_number(m.group("num") if "num" in m.re.groupindex else m.group())
        if parsed:
            unit = m.group("unit") if "unit" in m.re.groupindex else ""
            out.append((parsed[0], parsed[1], m.start(), m.end(), unit))
    return out


def count_lists(text: str) -> Iterator[tuple[list, list, str, list, str]]:
    """(counts, changes, change verb, rates, rate verb) of each respective change of counts in ``text``."""
    if "分别" not in text and "各" not in text:
        return
    for m in _LIST.finditer(text):
        changes = _items(_COUNT, text, m.start("list"), m.end("list"))
        rates = _items(_NUMBER, text, m.start("rates"), m.end("rates"))
        clause = last_mark(text, "。；;\n", m.start()) + 1
        counts = _items(_COUNT, text, clause, m.start())[-len(changes):]
        if not (len(counts) == len(changes) == len(rates)) or _PERCENT.search(text, clause, m.start()):
            continue
        if any(a[4] != d[4] for a, d in zip(counts, changes)):
            continue
        yield ([c[:4] for c in counts], [d[:4] for d in changes], m.group("verb"), [r[:4] for r in rates],
               m.group("rverb"))
