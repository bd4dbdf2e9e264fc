"""N066: a growth rate stated on a base of nought ("支出4.79万元，比上年增加4.79万元，增长100%"), or on a rise
larger than this year's whole figure ("基本支出105.17万元，同比增加455.09万元，增长6.20%").

When the rise equals this year's whole figure, last year's figure was nought: a body set up this year, a
fund spent for the first time. A rate of growth is the rise over last year's figure, and on nought it
cannot be worked out; the 100% a template's formula or a writer puts there is wrong (100% means the figure
doubled). The 决算 notes' own instruction for such a line is to say that last year had none (上年无此项支出),
not to give a rate. A rise larger than the figure it raised would leave last year below nought, which no
amount of money spent or received can be: the rise (or the figure) was copied from another line. Read only where the change is the figure's own (named in its clause, right after it, or
restated: gen/check/change_base.py), so a rise of one part told beside another figure is never taken for it.
"""

from __future__ import annotations

from typing import Iterable

from ..change_base import zero_base_rates
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import items
from ..registry import Rule

RULE = Rule(
    code="N066",
    name="rate-on-zero-base",
    severity="error",
    summary="上年数为零或为负却写了增长率（增加额等于或大于本年数）",
    doc=(
        "检查什么：“本年X万元，比上年增加X万元，增长Y%”——增加额与本年数相等，说明上年数为零，却仍写了增长百分比。\n"
        "为什么：增长率是增加额除以上年数，上年为零时无法计算；“增长100%”表示比上年翻了一番，与上年为零矛盾。"
        "新成立的单位、首次安排的经费常见此误，应写明“上年无此项支出（收入）”等，不写增长率。\n"
        "增加额大于本年数时，上年数算得为负，金额不可能为负，增加额或本年数必有一处抄错。\n"
        "不报的情形：增加额小于本年数的（上年不为零）；增减额与本年数不在同一处所述、无法确认是本年数自身变化的。\n"
        "示例：“因公出国（境）费支出4.79万元，与上年相比增加4.79万元，增长100%”；"
        "“基本支出预算105.17万元，占支出总预算44.42%，同比增加455.09万元，增长6.20%”。"
    ),
    flag=(
        "因公出国（境）费支出4.79万元，较上年增加4.79万元，增长100%。",
        "2023年度收入总计67.65万元，与2022年度相比，收入总计增加67.65万元，增长100%。",
        # a template's pair of verbs left in, the rate's verb saying which was meant
        "本年支出合计12.30万元，较上年增加（减少）12.30万元，增长100%。",
        # a rise larger than the figure it raised, past the figure's share: last year's would be −349.92万元
        "基本支出预算108.17万元，占支出总预算44.42%，同比增加458.09万元，增长6.20%。",
    ),
    keep=(
        "因公出国（境）费支出9.58万元，较上年增加4.79万元，增长100%。",
        "因公出国（境）费支出4.79万元，较上年增加4.79万元，主要原因是本年新增出访任务。",
        "本年收入120.00万元，较上年减少120.00万元，下降50%。",
        # a fall larger than this year's figure is last year's larger figure: nothing impossible
        "本年支出80.00万元，较上年减少120.00万元，下降60%。",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for rate, amount, cur in zero_base_rates(ctx, items(ctx)):
        if amount.value == cur.value or amount.q.value == cur.q.value:
            why = (f"增加额{amount.q.raw}与本年数{cur.q.raw}相等，上年数为零，增长率无法计算，"
                   f"不应写“{rate.q.raw}”（宜写明上年无此项）")
        else:
            why = (f"增加额{amount.q.raw}大于本年数{cur.q.raw}，上年数算得为负，不可能；"
                   f"增加额或本年数有误，“{rate.q.raw}”也无从核对，请核对原始数据")
        yield Finding(rate.q.start, rate.q.end, RULE.code, RULE.severity, why, None)
