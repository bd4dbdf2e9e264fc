"""N001: a stated share (占…的 Y%) that the text's own figures contradict."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..percent_claims import claim_findings
from ..registry import Rule

RULE = Rule(
    code="N001",
    name="share-mismatch",
    severity="error",
    summary="所述占比与文中金额（数量）不符",
    doc=(
        "检查“A X万元，占B的Y%”“其中A X万元，占比Y%”一类表述：在同一句或前文中找到B的金额，"
        "重新计算 A÷B，按所述百分数的小数位数四舍五入或截断后仍不等于Y%时报错。"
        "占比写错会直接误导对支出结构的判断。"
        "例：基本支出592.78万元……日常公用经费42.67万元，占基本支出的7.80%（应为7.20%）。"
        "找不到B的金额时不报告。"
    ),
    flag=(
        # 在受理的申请中 opening the sentence reads as 其中: the count before (40, its parts make it) is the whole
        "全年共受理申请40件。在受理的申请中，当面申请10件，占25%；网上申请27件，占70%；信函申请3件，占7.5%。",
        # the whole named after two neutral words (全年全市): 52.00 ÷ 520.00 is 10.0%
        "全年全市生产总值520.00亿元，比上年增长5.0%。其中，第一产业增加值52.00亿元，增长3.0%，占生产总值的比重为10.5%。",
        # a count opening the sentence before 其中, its parts making it exactly: 18 ÷ 508 is 3.5%, not the 3.6% that
        # forces the shares to add up to 100
        "全年共受理投诉举报508件。其中，网络平台受理410件，占比80.7%；电话受理80件，占比15.7%；窗口受理18件，占比3.6%。",
        # things counted with the noun after the number: the whole is the count of the same noun before the list
        "根据审核结果，抽审的41个项目审核等级为：1个项目评为优，占评定项目的2.44%；3个项目评为良，占评定项目的7.32%；"
        "35个项目评为中，占评定项目的85.50%；2个项目评为差，占评定项目的4.88%。",
        "2022年基本支出592.78万元。基本支出中人员经费550.11万元，占基本支出的92.80%；"
        "日常公用经费42.67万元，占基本支出的7.80%。",
        # a 其中 list that goes on past its ；: each part's share is of the total before 其中 (30 ÷ 1000 = 3%)
        "本年收入合计1000.00万元，其中：财政拨款收入800.00万元，占80%；事业收入150.00万元，占15%；"
        "其他收入30.00万元，占5%。",
        # the whole opens a numbered item ("1. 基本支出…"): the item mark is not part of its name
        "1. 基本支出592.78万元，其中：\n人员经费550.11万元，占基本支出的92.80%；\n日常公用经费42.67万元，占基本支出的7.80%。",
        # past the change (减少12.60万元) to the total: 800.00 ÷ 860.40 is not 100%
        "本年收入合计860.40万元，较上年减少12.60万元，下降1.4%，其中：财政拨款收入800.00万元，占100%。",
        # 其中 opening the next sentence breaks down the 收入合计 that opened this one: 800.00 ÷ 1060.40 is not 100%
        "2021年度收入合计1060.40万元，较上年减少12.60万元，下降1.2%，主要原因是项目收回。其中：财政拨款收入800.00万元，占100%。",
        # the whole written inside the share (占…总额B的Y%): 100.00 ÷ 120.00 = 83.33%
        "授予中小企业合同金额100.00万元，占政府采购支出总额120.00万元的85.33%。",
        # 占收入合计 computed on the 收入总计 (300 ÷ 750 = 40%) while this year's income (合计) is stated: 300 ÷ 600 = 50%
        "收入总计750.00万元，其中：本年收入合计600.00万元，年初结转和结余150.00万元。财政拨款收入300.00万元，占收入合计的40.00%。",
        # the part's own growth between it and its share, the whole with 完成 before its figure: 12.84 ÷ 18.65 = 68.85%
        "一般公共预算收入完成18.65亿元，增长4.2%。其中，税收收入12.84亿元，增长5.1%，占一般公共预算收入的比重为66.8%。",
        # 在……中 opening the next paragraph, the whole named 总体, a rate aside after 其中: 173 ÷ 212 = 81.60%
        "本单位全年共主动公开政府信息212条，其中全文电子化率达100%。\n在主动公开的信息中，机构职能类信息11条，"
        "占总体的比例为5.19%；规划计划类信息28条，占总体的比例为13.21%；业务动态类信息173条，占总体的比例为81.61%。",
        # shares of 受理总数, which no label names: the parts make the 40 stated before and three shares agree with it
        "仲裁部门受理案件40件。受理案件中：劳动报酬21件，占受理总数的52.5%；工伤待遇12件，占受理总数的30%；"
        "社会保险6件，占受理总数的15%；其他1件，占受理总数的25%。",
    ),
    keep=(
        # a bare 占 of the whole the 其中 total is part of, stated first in the sentence: 327 ÷ 1517 = 21.56%
        "全省1517个乡镇中，共有826个乡镇建立了统计机构，其中，内设独立统计机构的乡镇327个，占21.56%。",
        "全年共受理申请40件。在受理的申请中，当面申请10件，占25%；网上申请27件，占67.5%；信函申请3件，占7.5%。",
        # parts that do not make the count before (10 + 20 of 40): 在工作中 breaks nothing down
        "全年共受理申请40件。在工作中，当面申请10件，占20%；网上申请20件，占40%。",
        "全年全市生产总值520.00亿元，比上年增长5.0%。其中，第一产业增加值52.00亿元，增长3.0%，占生产总值的比重为10.0%。",
        "全年共受理投诉举报508件。其中，网络平台受理410件，占比80.7%；电话受理80件，占比15.7%；窗口受理18件，占比3.5%。",
        # parts that do not make the count before 其中 (401 + 100 of 520): their whole is not that count
        "全年共受理投诉举报520件。其中，网络平台受理401件，占比80.0%；电话受理100件，占比20.0%。",
        "授予中小企业合同金额100.00万元，占政府采购支出总额120.00万元的83.33%。",
        "一般公共预算收入完成18.65亿元，增长4.2%。其中，税收收入12.84亿元，增长5.1%，占一般公共预算收入的比重为68.8%。",
        # 占收入合计 on this year's income, 占收入总计 on the total with the carry-over: each on the total it names
        "收入总计750.00万元，其中：本年收入合计600.00万元，年初结转和结余150.00万元。财政拨款收入300.00万元，占收入合计的50.00%，"
        "占收入总计的40.00%。",
        # a report stating one total only: 收入合计 may name it
        "收入总计750.00万元。财政拨款收入300.00万元，占收入合计的40.00%。",
        # a figure between the part and 占 is no part of it: no share to recompute
        "项目资金100.00万元，共3个项目，占部门预算总额500.00万元的25.00%。",
        # a figure told in passing before 其中 that is smaller than the part is not the total it breaks down
        "收入合计1,411.65万元，主要原因是项目拨款78.8万元用于购买设备其中：财政拨款收入765.67万元，占54.2%；"
        "事业收入645.98万元，占45.8%。",
        # the figure before 其中 carries its own share: the one past the ；is its sibling, the whole is not stated
        "支出按用途划分，基本支出300.00万元，占75.00%，其中：工资福利支出200.00万元，商品和服务支出100.00万元；"
        "项目支出100.00万元，占25.00%。",
        # a 其中 inside brackets breaks down the figure before them alone, not the list after them
        "本年收入合计521.49万元，包括财政拨款收入494.34万元（其中，一般公共预算494.34万元，政府性基金预算0万元），"
        "占94.79%；其他收入27.14万元，占5.20%。",
        "根据审核结果，抽审的41个项目审核等级为：1个项目评为优，占评定项目的2.44%；3个项目评为良，占评定项目的7.32%；"
        "35个项目评为中，占评定项目的85.37%；2个项目评为差，占评定项目的4.88%。",
        "2022年基本支出592.78万元。基本支出中人员经费550.11万元，占基本支出的92.80%；"
        "日常公用经费42.67万元，占基本支出的7.20%。",
        "日常公用经费42.67万元，占基本支出的7.80%。",
        "1. 基本支出592.78万元，其中：\n人员经费550.11万元，占基本支出的92.80%；\n日常公用经费42.67万元，占基本支出的7.20%。",
        # the figure just before 其中 is the change, not the total the list breaks down
        "本年收入合计860.40万元，较上年减少12.60万元，下降1.4%，其中：财政拨款收入860.40万元，占100%。",
        "2021年度收入合计1060.40万元，较上年减少12.60万元，下降1.2%，主要原因是项目收回。其中：财政拨款收入800.00万元，占75.44%。",
        # a second 其中 breaks down the part its sentence names, not the total before it
        "本年收入合计1060.40万元，其中财政拨款收入800.00万元。其中：一般公共预算800.00万元，占100%。",
        "本单位全年共主动公开政府信息212条，其中全文电子化率达100%。\n在主动公开的信息中，机构职能类信息11条，"
        "占总体的比例为5.19%；规划计划类信息28条，占总体的比例为13.21%；业务动态类信息173条，占总体的比例为81.60%。",
        # the kinds in the next paragraph do not make the count (11 + 28 + 160 of 212): 总体 is not that count
        "本单位全年共主动公开政府信息212条。\n在主动公开的信息中，机构职能类信息11条，占总体的比例为5.50%；"
        "规划计划类信息28条，占总体的比例为14.07%；业务动态类信息160条，占总体的比例为80.40%。",
        # an amount's 其中 in the next paragraph is not read across the break
        "2021年度收入合计1060.40万元，较上年减少12.60万元。\n其中：财政拨款收入800.00万元，占100%。",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    return claim_findings(ctx, RULE, lambda c: c.kind == "share" and not c.stated.comparator and not c.agrees(),
                          lambda c: f"所述占比{c.stated.raw}与文中数字不符：{c.explain()}")
