"""Wholes a breakdown's parts need not simply close (N014), and a sum shown in the whole's unit.

A district's 综合预算收入 is stated 已剔除 the money one budget pays into
another, while the 其中 that follows lists each budget's gross 总收入: the parts
hold what the whole leaves out, so they may exceed it and the text is right.
So too a list whose first parts make the whole in its own clause, the rest
being another measure (a balance after the ；, spending after receipts),
money carried over from last year named beside this year's income, and a
first part that restates the whole, the figures after it splitting that part.
"""

from __future__ import annotations

from decimal import Decimal

from ..core import regex_cache
from .breakdowns import Measure
from .numbers_text import comparable, items_between, make_up

_SPENT = "支出"  # a part so named after parts that make a whole of receipts is no part of it

# Words that state a whole net of something its parts may hold (已剔除调入资金, 扣除上解, 不含结转).
_NET_OF = regex_cache.compile(r"剔除|扣除|不含|未含|除去")


def stated_net(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], between a whole and its first part, says the whole is net of something."""
    return _NET_OF.search(text, lo, hi) is not None


# The 决算 form's income lines: 收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余.
_CARRIED = regex_cache.compile(r"(?:年初|上年)结转")
_YEAR_INCOME = regex_cache.compile(r"^(?!.*总计).*(?:本年收入|收入合计)")


def carried_beside_income(parts, wholes) -> bool:
    """Whether a part is money carried over (年初结转和结余) and every whole is this year's income
    (收入合计, not 总计): that part is a line of 收入总计 named beside the income, no part of it."""
    return any(_CARRIED.search(p.raw_label) for p in parts) and all(_YEAR_INCOME.search(w.raw_label) for w in wholes)


def in_unit_of(total: Decimal, raw: str) -> str:
    """A sum in 万元 shown in the whole's unit when that is 亿元, so the two read side by side (670.7亿元)."""
    if raw.rstrip().endswith("亿元"):
        return f"{format((total / 10000).normalize(), 'f')}亿元"
    return f"{format(total.normalize(), 'f')}万元"


def closed_in_clause(m: Measure) -> bool:
    """"余额500万元，其中：一般债务300万元，专项债务200万元；核定限额520万元……": the parts in the whole's
    own clause make it exactly: the list ended at the ；. So too when the first parts make a whole of receipts
    and the rest are spending ("资金575万元。其中，结转8万元，当年收入567万元，当年支出569万元")."""
    whole, parts = m.wholes[-1], list(m.parts)
    for k in range(2, len(parts)):
        head, rest = parts[:k], parts[k:]
        ended = all(p.seg_start == whole.seg_start for p in head) and rest[0].seg_start != whole.seg_start
        spent = _SPENT not in whole.label and all(_SPENT in p.label for p in rest)
        if (ended or spent) and make_up(whole, head):
            return True
    return False


_SENTENCE_END = regex_cache.compile(r"[。；;\n]")


def restated_then_split(ctx, parts, wholes) -> bool:
    """"项目总额150万元。其中资助金额150万元，实际支付83.03万元，结余66.97万元": the first part is the whole again (the
    same figure), and the figures after it in its sentence make that part exactly: they split it, no siblings of it.
    (A part equal to the whole beside a figure that does not make it — 收入496万元，其中拨款496万元，结转4.5万元 — is
    still a part too many.)"""
    for p in parts:
        if any(p.value == w.value for w in wholes):
            end = _SENTENCE_END.search(ctx.text, p.q.end, p.q.end + 300)
            rest = [i for i in items_between(ctx, p.q.end, end.start() if end else p.q.end + 300) if comparable(i, p)]
            return len(rest) >= 2 and make_up(p, rest)
    return False
