"""N018: a part's share (占X%) in a breakdown that its amount and the breakdown's whole contradict."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core.numbers import format_percent, percent_agrees, ratio_percent, sum_agrees
from ..breakdowns import Measure, breakdowns
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import Item, num
from ..percent_claims import percent_claims
from ..registry import Rule
from ..unit_slips import read_through_slip

RULE = Rule(
    code="N018",
    name="breakdown-share",
    severity="error",
    summary="分项“占X%”与分项金额÷总数不符",
    doc=(
        "“本年收入1000.00万元。其中：财政拨款收入800.00万元，占80%；事业收入150.00万元，占15%；其他收入30.00万元，占5%”"
        "这样的分项常用分号隔开，后面的“占X%”不再写出是占谁的。本规则先找出总数：前文（“其中”之前）写出的金额中，"
        "能让至少两个分项的占比按所填小数位对上的那一个；再核对每个分项的占比，对不上的报告（例中30÷1000＝3%，不是5%）。"
        "各分项占比都对不上任何总数、而各分项金额之和恰好等于前文写出的某一个总数时（列全了），以它为总数。找不到这样的总数时不报告；同句中写明“占××的”的占比，以及总数与“其中”同句（各项以分号接续）时的“占X%”，由 N001 核对，不重复报告。"
    ),
    flag=(
        "全年支出560.00万元。其中：人员经费420.00万元，占75.00%；公用经费84.00万元，占15.00%；"
        "项目支出56.00万元，占12.00%。",
        # every share wrong (digits swapped); the parts add up to the total, so it is their whole (a 本年支出合计
        # opening the sentence before 其中 is N001's: percent_claims reads it as the whole)
        "本年支出1263.86万元，较上年增加511.72万元。其中：基本支出159.18万元，占21.59%；项目支出1104.68万元，占78.41%。",
    ),
    keep=(
        "本年收入合计1000.00万元，其中：财政拨款收入800.00万元，占80%；事业收入150.00万元，占15%；"
        "其他收入50.00万元，占5%。",
        "全年支出560.00万元。其中：人员经费420.00万元，占75.00%；公用经费84.00万元，占15.00%；"
        "项目支出56.00万元，占10.00%。",
        # no whole gives two of the shares: the shares are of something else
        "本年收入合计1000.00万元，其中：财政拨款收入800.00万元，占全省的8%；事业收入150.00万元，占全省的2%。",
        "本年支出合计1263.86万元，较上年增加511.72万元。其中：基本支出159.18万元，占12.59%；项目支出1104.68万元，占87.41%。",
        # the parts do not make the total: whose shares they are is not known
        "本年支出合计1263.86万元，较上年增加511.72万元。其中：基本支出159.18万元，占21.59%；项目支出1000.00万元，占78.41%。",
    ),
)

MIN_AGREEING = 2


def _whole(money: Measure, shares: Measure) -> Optional[Item]:
    """The stated whole that gives the most parts their printed share (at least two); else, when every
    share is wrong (two digits swapped in each), the one stated whole the parts add up to: a list that
    makes its whole is complete, so its shares are of that whole."""
    best, best_n = None, MIN_AGREEING - 1
    for whole in reversed(money.wholes):
        w = whole.value
        if w <= 0:
            continue
        n = sum(1 for m, s in zip(money.parts, shares.parts)
                if percent_agrees(s.q.value, s.q.decimals, m.value, w))
        if n > best_n:
            best, best_n = whole, n
    if best is None and len(money.parts) >= MIN_AGREEING and len(shares.parts) == len(money.parts):
        total = sum((m.value for m in money.parts), Decimal(0))
        made = [w for w in money.wholes if w.value > 0
                and sum_agrees(w.value, total, [w.q.decimals] + [m.q.decimals for m in money.parts])]
        if len(made) == 1:
            return made[0]
    return best


def check(ctx: CheckContext) -> Iterable[Finding]:
    judged = {c.stated.start for c in percent_claims(ctx) if c.kind == "share"}  # N001's
    for bd in breakdowns(ctx):
        money = next((m for m in bd.measures if m.key == "money" and m.wholes), None)
        shares = next((m for m in bd.measures if m.key == "%"), None)
        if money is None or shares is None or read_through_slip(ctx, bd):
            continue  # no shares of money, or a figure's unit typed wrong (N042's finding)
        whole = _whole(money, shares)
        if whole is None:
            continue
        w = whole.value
        for part, share in zip(money.parts, shares.parts):
            if share.q.start in judged or "的" in share.raw_label:
                continue  # 占××的: a share of a named whole, N001's to judge
            if percent_agrees(share.q.value, share.q.decimals, part.value, w):
                continue
            right = ratio_percent(part.value, w)
            yield Finding(
                share.q.start, share.q.end, RULE.code, RULE.severity,
                f"分项{num(part.q)}占总数{whole.q.raw}的比例应为{format_percent(right)}，文中为{share.q.raw}",
                format_percent(right),
            )
