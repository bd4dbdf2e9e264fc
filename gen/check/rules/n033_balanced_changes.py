"""N033: a budget whose income and spending totals are equal, yet change on last year by different amounts.

A 部门预算 balances: its 收入 total and its 支出 total are the same figure, this
year and last year alike. So when the report states both totals for this year
as one figure and says how each changed on last year ("收入较上年增加95.20万元"
under the income total, "支出预算较上年增加95.02万元" under the spending
total), the two changes must be the same amount in the same direction; two
different changes mean one was mistyped (95.20 for 95.02) or copied from
another line.

Read only where it is plain: one change of the bare 收入 (收入预算, 收入总计) and
one of the bare 支出 in the whole text, each standing alone (not 事业收入,
财政拨款收入, 基本支出: a character before 收入/支出 makes it a part), each in
a paragraph whose first amount is the same figure (the balanced total). The
statement reported is the one its own reasons contradict: the changes listed
after it (主要是……增加a万元，……减少b万元) add up to the other statement's
figure, or the other's add up to its own; when the reasons do not tell, the
later statement is reported, naming the earlier.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import to_decimal
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import AMOUNT_TEXT
from ..registry import Rule

RULE = Rule(
    code="N033",
    name="balanced-changes",
    severity="warning",
    summary="收入与支出总数相同，较上年的增减额却不同",
    doc=(
        "检查什么：部门预算的收入总数与支出总数是同一个数，上年也是如此，所以两者较上年的增减额必然相同。"
        "同一报告分别写明收入、支出（总数相同）较上年增加（减少）多少，而两个增减额不同时提示。\n"
        "为什么：收支平衡的预算，收入和支出的变化量相等；两个不同的增减额必有一个录入或抄写错误。\n"
        "不报的情形：事业收入、财政拨款收入、基本支出等某一部分的增减；两个总数不同或未写明；"
        "收入或支出的增减写了不止一处。\n"
        "报告哪一处：其后所列增减原因（主要是……增加a万元、减少b万元）之和等于另一处金额的那一处；"
        "原因不能说明时报告后一处。\n"
        "示例：“收入预算1,418.44万元……收入较去年增加95.20万元”“支出预算1,418.44万元……支出预算较上年增加95.02万元”。"
    ),
    flag=(
        "一、收入预算：2023年收入预算2,310.50万元，其中财政拨款收入2,100.00万元；收入较上年增加86.40万元。\n"
        "二、支出预算：2023年支出预算2,310.50万元，其中基本支出1,500.00万元。支出预算较上年增加84.60万元。\n",
        # the reasons under the income change add up to the spending change: the income figure is the slip
        "一、收入预算：2023年收入预算2,310.50万元。收入较上年增加86.40万元，主要是财政拨款收入增加90.00万元，"
        "其他收入减少5.40万元。\n二、支出预算：2023年支出预算2,310.50万元。支出较上年增加84.60万元。\n",
        "一、收入预算：2023年收入预算2,310.50万元。收入较上年减少86.40万元。\n"
        "二、支出预算：2023年支出预算2,310.50万元。支出较上年增加86.40万元。\n",
    ),
    keep=(
        "一、收入预算：2023年收入预算2,310.50万元，其中财政拨款收入2,100.00万元；收入较上年增加86.40万元。\n"
        "二、支出预算：2023年支出预算2,310.50万元，其中基本支出1,500.00万元。支出预算较上年增加86.40万元。\n",
        # totals that differ (a 决算 with balances carried over): the changes may differ
        "一、收入：2023年收入合计2,310.50万元。收入较上年增加86.40万元。\n"
        "二、支出：2023年支出合计2,290.10万元。支出较上年增加84.60万元。\n",
        # a part's change, not the total's
        "一、收入预算：2023年收入预算2,310.50万元。财政拨款收入较上年增加86.40万元。\n"
        "二、支出预算：2023年支出预算2,310.50万元。基本支出较上年增加84.60万元。\n",
    ),
)

# A change and its amount: "增加95.20万元" (the total's own, or one of the reasons listed after it).
_DELTA = r"(?P<dir>增加|减少|增长|下降)[ \u3000]{0,2}(?P<n>" + AMOUNT_TEXT + r")[ \u3000]{0,2}万元"
_CHANGE = regex_cache.compile(
    r"(?<![\u4e00-\u9fff])(?P<side>收入|支出)(?:预算)?(?:总计|合计|总额)?数?"
    r"(?:比|较)(?:上年|去年|上年度|上一年度?|20\d{2}年)(?:预算数?)?"
    + _DELTA
)
_AMOUNT = regex_cache.compile(r"(" + AMOUNT_TEXT + r")[ \u3000]{0,2}万元")


def _signed(m: re.Match) -> Decimal:
    value = to_decimal(m.group("n")) or Decimal(0)
    return -value if m.group("dir") in ("减少", "下降") else value


def _first_amount(text: str, start: int, end: int) -> Optional[Decimal]:
    m = _AMOUNT.search(text, start, end)
    return to_decimal(m.group(1)) if m else None


_PART_CHANGE = regex_cache.compile(_DELTA)
MIN_REASONS = 2


def _reasons(text: str, m: re.Match) -> Optional[Decimal]:
    """The signed sum of the changes listed after the statement in its sentence (主要是……), or None."""
    end = text.find("。", m.end())
    parts = list(_PART_CHANGE.finditer(text, m.end(), end if end != -1 else len(text)))
    return sum((_signed(p) for p in parts), Decimal(0)) if len(parts) >= MIN_REASONS else None


def _suspect(text: str, a: re.Match, b: re.Match) -> tuple[re.Match, re.Match]:
    """(the statement to report, the other): the one whose reasons add up to the other's figure or
    whose figure the other's reasons make; else the later one."""
    first, later = (a, b) if a.start() < b.start() else (b, a)
    for here, there in ((first, later), (later, first)):
        mine, theirs = _reasons(text, here), _reasons(text, there)
        if (mine is not None and mine == _signed(there) and mine != _signed(here)) \
                or (theirs is not None and theirs == _signed(there) and theirs != _signed(here)):
            return here, there
    return later, first


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "较" not in text and "比" not in text:
        return
    found: dict[str, list[re.Match]] = {"收入": [], "支出": []}
    for m in near_needles(_CHANGE, text):  # the same matches, tried only near 收入/支出 (it opens with a lookbehind)
        found[m.group("side")].append(m)
    if len(found["收入"]) != 1 or len(found["支出"]) != 1:
        return
    inc, out = found["收入"][0], found["支出"][0]
    if _signed(inc) == _signed(out):
        return
    paras = {side: next((p for p in ctx.paragraphs if p.start <= m.start() < p.end), None)
             for side, m in (("收入", inc), ("支出", out))}
    if any(p is None for p in paras.values()) or paras["收入"] is paras["支出"]:
        return
    totals = {side: _first_amount(text, p.start, p.end) for side, p in paras.items()}  # type: ignore[union-attr]
    if totals["收入"] is None or totals["收入"] != totals["支出"]:
        return
    here, there = _suspect(text, inc, out)
    yield Finding(
        here.start("n"), here.end(), RULE.code, RULE.severity,
        f"收入与支出总数同为{format(totals['收入'], 'f')}万元，较上年的增减额应相同；"
        f"此处{here.group('side')}{here.group('dir')}{here.group('n')}万元，"
        f"{there.group('side')}却{there.group('dir')}{there.group('n')}万元，请核对",
    )
