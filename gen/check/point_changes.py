"""A rate that moved from one percentage to another ("由91.5%提高到93.8%，提高2.3个百分点"): the direction the
verb says, and the size stated after it.

Performance reports state an indicator's two years this way (满意度, 合格率, 覆盖率, 管理率). The pair says
its own direction: 提高到 a smaller figure, or 下降至 a larger one, is a slip in one of the three. The size
after the pair, in 个百分点, is the difference of the two figures; written with % it is either that
difference (百分点 written loosely as %, a wording matter, not judged here) or the change relative to the
first figure. A size that is neither, beyond what the printed figures' rounding allows, is wrong.
Amounts (从120万元减少至150万元) are N005's own reading; this is the same check for percentages, used by N005.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..core.regex_needles import finditer as near_needles
from ..core import regex_cache
from ..core.numbers import written_tolerance

_PCT = r"(\d{1,3}(?:\.\d{1,3})?)\s{0,2}[%％]"
_YEAR = r"(?:(?:19|20)\d\d\s{0,2}年(?:度|底|末)?(?:的)?)?"
_UP = ("提高", "提升", "上升", "增加", "增长", "增至", "升至")
_DOWN = ("下降", "降低", "减少", "降至", "减至")
_FROM_TO = regex_cache.compile(
    r"(?:从|由)" + _YEAR + r"(?P<a>\d{1,3}(?:\.\d{1,3})?)\s{0,2}[%％][，,]?\s{0,2}"
    r"(?:(?P<verb>提高|提升|上升|增加|增长|下降|降低|减少)(?:了)?(?:到|至)|(?P<verb2>增至|升至|降至|减至))"
    r"\s{0,2}" + _YEAR + r"(?P<b>\d{1,3}(?:\.\d{1,3})?)\s{0,2}[%％]"
    r"(?:[，,、]\s{0,2}(?:同比)?(?P<verb3>提高|提升|上升|增加|增长|下降|降低|减少)(?:了)?\s{0,2}"
    r"(?P<c>\d{1,3}(?:\.\d{1,3})?)\s{0,2}(?P<cu>个百分点|[%％]))?"
)
_NEEDLES = ("从", "由")


def _fmt(v: Decimal) -> str:
    return format(v.quantize(Decimal("0.01")).normalize(), "f") if v != v.to_integral() else format(v.to_integral(), "f")


def _relative_range(a: Decimal, ha: Decimal, b: Decimal, hb: Decimal) -> tuple[Decimal, Decimal]:
    """The least and greatest |b − a| ÷ a × 100 the printed figures allow."""
    vals = [abs(y - x) / x * 100 for x in (a - ha, a + ha) for y in (b - hb, b + hb) if x > 0]
    return (min(vals), max(vals)) if vals else (Decimal(0), Decimal(0))


def point_changes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of every percentage pair whose direction or stated size its figures contradict."""
    if not any(n in text for n in _NEEDLES):
        return
    for m in near_needles(_FROM_TO, text):
        a, b = Decimal(m.group("a")), Decimal(m.group("b"))
        verb = m.group("verb") or m.group("verb2")
        up = verb in _UP
        if a == b:
            continue
        if up != (b > a):
            real = "上升" if b > a else "下降"
            yield (m.start("b"), m.end("b") + 1,
                   f"所述由{m.group('a')}%{verb}到{m.group('b')}%方向不符：{m.group('b')}%比{m.group('a')}%实为{real}")
            continue
        if m.group("c") is None:
            continue
        c, hc = Decimal(m.group("c")), written_tolerance(m.group("c"))
        ha, hb = written_tolerance(m.group("a")), written_tolerance(m.group("b"))
        diff = abs(b - a)
        if (m.group("verb3") in _UP) != up:
            continue  # a size that names its own direction against the pair's: another figure's change
        near_points = abs(c - diff) <= ha + hb + hc
        if m.group("cu") == "个百分点":
            if not near_points:
                yield (m.start("c"), m.end("cu"),
                       f"所述{m.group('verb3')}{m.group('c')}个百分点与前后两个百分比不符："
                       f"{m.group('b')}%－{m.group('a')}%＝{_fmt(b - a)}个百分点")
            continue
        lo, hi = _relative_range(a, ha, b, hb)
        if not near_points and not (lo - hc <= c <= hi + hc):
            yield (m.start("c"), m.end("cu"),
                   f"所述{m.group('verb3')}{m.group('c')}%与前后两个百分比不符：相差{_fmt(diff)}个百分点，"
                   f"相对变化为{_fmt(diff)}÷{m.group('a')}＝{_fmt(diff / a * 100)}%")


__all__ = ["point_changes"]
