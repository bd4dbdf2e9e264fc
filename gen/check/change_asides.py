"""What may stand between a figure and its own change without making the change another figure's: the
figure's parts in brackets, its completion rates and its share of a total (占支出总预算0.48%;
"收入完成78.14亿元（县本级60.4亿元，高新区17.74亿元），完成调整预算的102.72%，同比增收2.07亿元，增长6.7%"), and the brackets round last year's figure after its
year ("比2019年（680806元）增加368347元"). A 决算草案 states its revenue so; read without these, the change
found no figure of its own and a rate on the wrong base went unread. Used by change_base (rule N005).
"""

from __future__ import annotations

from ..core import regex_cache

# A completion rate (完成调整预算的102.72%) and a share (占支出总预算0.48%), each after its comma: their 预算 names the
# rate's base, not another subject of the change.
_RATE = r"完成[^，,。；;的]{0,10}的\s{0,2}\d{1,3}(?:\.\d{1,4})?%"
_SHARE = r"占[^，,。；;\d]{1,10}?的?\s{0,2}\d{1,3}(?:\.\d{1,4})?\s{0,2}%"
_DONE_RATE = regex_cache.compile(_RATE + r"|(?<=[，,])" + _SHARE)
# A figure inside brackets that close before the change is a part of the figure before the brackets.
_CLOSES_ASIDE = regex_cache.compile(r"[^（(）)]{0,40}[）)]")
# The figure's own asides, removed before reading what stands between it and its change.
_OWN_ASIDES = regex_cache.compile(r"^[（(][^（()）]{0,60}[）)]|[，,]" + _RATE + r"|[，,]" + _SHARE)
# Last year's figure in brackets after its year: the bracket closes right before the change.
BRACKETED_GAP = regex_cache.compile(r"[）)][，,\s]{0,2}")
MAX_GAP = 120  # characters between a figure and its change read past asides
# What is left before the change's amount once the asides are gone (，同比增收 2.07亿元).
_TO_AMOUNT = regex_cache.compile(r"[，,\s]{0,2}(?:同比|比上年|较上年)?(?:增收|减收|增加|减少|增长|下降)了?\s{0,2}")


def in_aside(text: str, end: int, change_at: int) -> bool:
    """Whether a figure ending at ``end`` stands inside brackets that close before ``change_at``."""
    return bool(_CLOSES_ASIDE.match(text, end, change_at))


def in_done_rate(text: str, pos: int, lo: int, hi: int) -> bool:
    """Whether ``pos`` stands in a completion rate (完成…的X%) in ``text[lo:hi]``."""
    return ("完成" in text[lo:hi] or "占" in text[lo:hi]) and any(m.start() <= pos < m.end() for m in _DONE_RATE.finditer(text, lo, hi))


def bracketed_base(text: str, start: int, end: int, change_at: int) -> bool:
    """Whether the figure at ``start:end`` stands in brackets that close right before the change at ``change_at``."""
    return text[start - 1:start] in ("（", "(") and bool(BRACKETED_GAP.fullmatch(text, end, change_at))


def past_asides(text: str, lo: int, hi: int, right_after) -> bool:
    """Whether ``text[lo:hi]``, the figure's bracketed parts and completion rates removed, matches ``right_after``."""
    gap = text[lo:hi]
    if len(gap) > MAX_GAP or not (gap[:1] in "（(" or "完成" in gap or "占" in gap):
        return False
    return bool(right_after.match(_OWN_ASIDES.sub("", gap)))


def own_part_change(text: str, cand, amount) -> bool:
    """Whether a part after 其中 (其中，全县一般公共预算收入完成78.14亿元) has its own change after its completion rate,
    in one clause with it (…，完成调整预算的102.72%，同比增收2.07亿元): the change is the part's, no other figure's."""
    if not (cand.sub and amount.sub and cand.seg_start == amount.seg_start):
        return False
    gap = text[cand.q.end:amount.q.start]
    return "完成" in gap and len(gap) <= MAX_GAP and bool(_TO_AMOUNT.fullmatch(_OWN_ASIDES.sub("", gap)))
