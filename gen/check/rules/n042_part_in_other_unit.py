"""N042: one part of a breakdown written in another unit of money than its siblings and its total
(the judging is gen.check.unit_slips', which the sum and share rules read too)."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..change_base import unit_slipped_changes
from ..numbers_text import items
from ..unit_slips import unit_slips
from ..carryover_units import carryover_unit_slip

RULE = Rule(
    code="N042",
    name="part-in-other-unit",
    severity="warning",
    summary="分项中有一项金额单位与其他分项和总数不同，按同一单位才合得上总数（或增减额单位与所变动的数不同，按同一单位才合得上增幅）",
    doc=(
        "检查什么：一个总数之后用“其中”“包括”列出的各项金额，只有一项的单位与其他各项及总数不同"
        "（其他都是“万元”，这一项写成“元”），按所写单位相加合不上总数，把这一项换成其他各项的单位后正好等于总数。\n"
        "为什么：这一项的单位写错了（“万元”误作“元”），金额相差一万倍。\n"
        "各分项都写成“元”而总数是“万元”、按“万元”计各项之和正好等于总数的，同样报告；"
        "反过来各分项都是“万元”而总数写成“元”的，是总数漏了“万”，报告在总数上。\n"
        "不报的情形：按所写单位相加已等于总数的（“39万元、2696元”合计39.2696万元）；分项少于三项的；"
        "总数的单位与其他各项不同的。\n"
        "增减额的单位与所变动的数不同（“总计8254.47万元……增加606.12元、增长7.9%”），按所写单位增幅不符、按同一单位正好相符的，同样报告。\n"
        "示例：“补助资金共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80元。”中的“9.80元”应为“9.80万元”。"
    ),
    flag=(
        # a whole and its parts that add up as printed, their units mixed: the 元 ones lost their 万
        "一般公共预算收入88435元，增长19.7%，其中：税收收入39029元，下降12%；非税收入49406万元，增长58%。"
        "一般公共预算支出120000万元，其中教育支出20000万元、卫生健康支出10000万元、农林水支出30000万元。",
        "按每人每年2000元标准发放补助资金共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80元。",
        # a Traditional page (a mirror's copy): its 減少 is a change like any other, its rate fits only 萬元
        "某單位2020年度部門決算說明：本單位實行獨立核算，財務報表經過審計，資產總額與負債總額均已確認，會計核算規範，預算執行嚴格。收、支總計480.00萬元。與上年相比，收、支總計各減少120.00元，減少20.0%。",
        # every part in 元 under a whole in 万元 that they make exactly when read in 万元
        "全年支出合计356.20万元。其中：基本支出200.10元，项目支出156.10元。",
        # the whole lost its 万: its parts, both in 万元, make it in 万元
        "村卫生室补助共计52.30元，其中省级补助30.20万元，县级补助22.10万元。",
        # the parts in the next sentence, after a lead that only announces them (明细如下): 5.40 + 2.80 + 0 = 8.20
        "本单位全年安排公用经费支出8.20元。明细如下：其中办公费5.40万元，差旅费2.80万元，培训费0万元。",
        # a change in 元 whose rate is right only in 万元: 606.12 ÷ (8254.47 − 606.12) = 7.9%
        "2020年度收入总计8254.47万元，支出总计8254.47万元。收支较上年决算数增加606.12元、增长7.9%。",
        # a carry-over chain over two sentences: 万元 on income and spending, 元 on the carry-overs; it closes in 元 only
        "一、收入决算情况说明\n本年收入合计2316408.5万元，其中财政拨款收入2316408.5万元。\n二、支出决算情况说明\n"
        "本年支出合计2780512.5万元，其中基本支出2100000万元；年初结转结余为612,300.00元，年末结转结余为148196元。",
    ),
    keep=(
        "某單位2020年度部門決算說明：本單位實行獨立核算，財務報表經過審計，資產總額與負債總額均已確認，會計核算規範，預算執行嚴格。收、支總計480.00萬元。與上年相比，收、支總計各減少120.00萬元，減少20.0%。",
        "一般公共预算收入88435万元，增长19.7%，其中：税收收入39029万元，下降12%；非税收入49406万元，增长58%。"
        "一般公共预算支出120000万元，其中教育支出20000万元、卫生健康支出10000万元、农林水支出30000万元。",
        "按每人每年2000元标准发放补助资金共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80万元。",
        "下达资金39.2696万元，其中省级资金39万元、县级配套2696元。",
        "发放补助共50.00万元。其中，甲县20.00万元；乙县20.00万元；丙县9.80元。",
        "全年支出合计356.20万元。其中：基本支出200.10元，项目支出150.10元。",
        "下达资金3.5万元，其中：甲单位20000元，乙单位15000元。",
        "本单位全年安排公用经费支出8.20万元。明细如下：其中办公费5.40万元，差旅费2.80万元，培训费0万元。",
        # the sentence before 其中 says more than 明细如下: its figure is not the whole the list breaks down
        "本单位全年安排公用经费支出8.20元。经费明细已在附表列示。其中办公费5.40万元，差旅费2.80万元，培训费0万元。",
        "2020年度收入总计8254.47万元，支出总计8254.47万元。收支较上年决算数增加606.12万元、增长7.9%。",
        # a small change truly in 元: its rate is right as written
        "会议费支出1.20万元，较上年增加600元、增长5.3%。",
        # the same chain all in 元: it closes as written (N043's if it did not)
        "本年收入合计2316408.50元。本年支出合计2780512.50元；年初结转结余为612,300.00元，年末结转结余为148196元。",
        # units mixed, and the chain closes as written (a carry-over truly in 元)
        "本年收入合计231.64万元。本年支出合计231.00万元；年初结转结余为0元，年末结转结余为6400元。",
        # units mixed, the bare digits do not close either: no sign which unit is meant
        "本年收入合计2316408.5万元。本年支出合计2780512.5万元；年初结转结余为612,300.00元，年末结转结余为150000元。",
    ),
)



def check(ctx: CheckContext) -> Iterable[Finding]:
    for s in unit_slips(ctx):
        yield Finding(s.item.q.start, s.item.q.end, RULE.code, RULE.severity, s.message, s.fixed)
    # a change amount in another unit than the figure it changes, its rate right only in that figure's unit
    for amount, fixed, proof in unit_slipped_changes(ctx, items(ctx)):
        yield Finding(amount.q.start, amount.q.end, RULE.code, RULE.severity,
                      f"增减额“{amount.q.raw}”的单位与所变动的数不同：按“{fixed[len(amount.q.raw) - len(amount.q.unit):]}”计，"
                      f"{proof}，应为“{fixed}”。", fixed)
    # a 决算's carry-over chain in two units that closes only when its figures are read in one
    slip = carryover_unit_slip(ctx.text)
    if slip is not None:
        yield Finding(slip.start, slip.end, RULE.code, RULE.severity, slip.message, None)
