"""N014's must-flag and must-pass examples, apart from its reading: breakdowns are written in many ways,
and each class a round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # the same shape whose siblings before 具体是 exceed the whole
    "“三公”经费支出决算5,000.00元。其中：因公出国（境）费0元；公务用车运行维护费1,500.00元；"
    "公务接待费3,800.00元，具体是国内接待费3,800.00元，国（境）外接待费0元。",
    # the parts make the whole only within their rounding (1272.78 for 1272.79): a 尾差 hint
    "2026年年初预算数1272.79万元，其中：一般公共服务支出671.31万元，教育支出0万元，社会保障和就业支出171.68万元，"
    "卫生健康支出47.63万元，农林水支出325.39万元，住房保障支出56.77万元。",
    "全年安排项目共12个，资金500.00万元。其中评价为优的项目8个，资金420.00万元；评价为良的项目3个，"
    "资金60.00万元；评价为中的项目1个，资金40.00万元。",
    "共资助学生300人、金额90.00万元，其中一等奖助学金100人40.00万元，二等奖助学金200人40.00万元。",
    "共建成服务站20个，投入资金150万元，其中新建站点12个、投入资金100万元，改建站点9个、投入资金50万元。",
    # shares that make 100% prove the list complete: the amounts must make the whole
    "本年收入合计1000.00万元，其中：财政拨款收入800.00万元，占80%；事业收入150.00万元，占15%；"
    "其他收入30.00万元，占5%。",
    # 其中 opens a sentence: the shares name their whole among the amounts of the sentence before
    "全年收入合计250.04万元，较上年增加12.10万元。其中：财政拨款收入180.02万元，占72.0%；其他收入70.0万元，占28.0%。",
    # a list that repeats, kind for kind, a list just before it that closed is complete too
    "核定编制20个，其中行政编制8个、事业编制12个。实有人员19人，其中行政编制人员8人、事业编制人员10人。",
    # one measure: parts after 。其中 / 包括 / 主要用于 that exceed every whole stated before them
    "下达资金100.00万元。其中：设备购置60.00万元，人员培训50.00万元。",
    # a change stated before 其中 is no whole: the parts are judged against the total
    "全年收入合计300.00万元，较上年增加50.00万元。其中：拨款收入200.00万元，其他收入120.00万元。",
    "共下达资金100.00万元，包括设备购置60.00万元、人员培训50.00万元。",
    # a list announced by a colon, its items parted by semicolons
    "共完成资金59.96万元，其中：20万元用于设备维护；20万元用于人员培训；19.98万元用于宣传印刷。",
    # groups that hold everyone between them (in service and retired): the count must close
    "单位实有人员35人（其中：在职人员22人，退休人员12人）。",
    # the list before the semicolon already exceeds the whole
    "本年支出决算120.00万元。其中：基本支出90.00万元，项目支出40.00万元；年末结转结余6.50万元。",
    # a colon list of named parts, one digit short of its whole: a slip, not a part left out
    "下达专项资金4518万元。其中：道路养护2300万元，桥梁维修1200万元，安全设施980万元，应急抢险28万元。",
    # three parts to the sentence's end, each named by the whole's noun: short by under 1%
    "新建园区征地150亩，其中厂房用地征地面积60.5亩，仓储用地征地面积48.2亩，道路用地征地面积40.3亩。",
    "资产合计30.00万元，其中：一是流动资产2.00万元；二是固定资产原值28.00万元，净值9.00万元。",
    # no word of a net whole: the budgets' receipts exceed the stated total
    "全区综合收入520.0亿元，完成预算的101.5%。其中：一般公共预算总收入380.0亿元，政府性基金预算收入150.0亿元，"
    "国有资本经营预算收入10.0亿元。",
    # a last part of nothing goes without its share: the shares still prove the list whole
    "2020年本年支出合计460.06万元，其中：基本支出380.17万元，占83%；项目支出80万元，占17%；上缴上级支出0万元，占0%；经营支出0万元。",
    # a ceiling after the parts is none of them, but the parts alone still exceed the whole
    "年末全市政府债务余额300.00亿元,包括一般债务余额150.00亿元、专项债务余额180.00亿元,"
    "控制在省政府核定的债务限额350.00亿元之内。",
    # the next clause states fewer amounts: no table's row, the amounts are siblings
    "全年预算批复指标20.00亿元,已用指标16.00亿元,预算结余4.00亿元。其中:县直部门批复指标12.00亿元,"
    "项目指标10.00亿元;各乡镇批复指标8.00亿元。",
    # the parts name the 决算 stage: they are the 决算 whole's (25.00), which they exceed, though not the budget (30.00)
    "“三公”经费财政拨款支出预算为30.00万元，支出决算为25.00万元，完成预算的83.33%。其中：因公出国（境）费支出决算为0万元；"
    "公务用车购置及运行维护费支出决算为19.00万元，完成预算的86.36%；公务接待费支出决算为8.00万元。",
    # counts beside the amounts (团组0个，累计0人次) do not make the amounts a use or a subset of one another
    "“三公”经费财政拨款支出预算为30.00万元，支出决算为25.00万元。其中：因公出国（境）费支出决算为0万元，团组0个，累计0人次；"
    "公务用车购置及运行维护费支出决算为19.00万元；公务接待费支出决算为8.00万元，接待20批次、160人次。",
)

KEEP = (
    # a part broken down in its turn after 具体是 (接待费 = 国内 + 国外): the list of siblings ends there
    "“三公”经费支出决算5,000.00元。其中：因公出国（境）费0元；公务用车运行维护费1,200.00元；"
    "公务接待费3,800.00元，具体是国内接待费3,800.00元，国（境）外接待费0元。",
    # the text ends inside the list (a page's excerpt): its last parts are missing, nothing to add up
    "2020年度本年收入合计6023.69万元，其中：财政拨款收入5505.38万元，占收入合计的91.40%；事业收入514.89万元，"
    "占收入合计的8.55%；经营收入0万元，占收入合计的0%；其他收入3.",
    # 调增 names a change: the 其中 after it lists the adjusted total's parts (10.8 + 37.63 = 48.43)
    "区级收入预算总计调整为48.43亿元，较年初预算调增26.35亿元。其中：区本级收入预算10.8亿元，保持不变；转移性收入调整为37.63亿元，调增26.35亿元，全部为专项债务收入增加。",
    # parts in 亿元 and in 万元 side by side: each read at the precision of its own unit (8.090875 rounds to 8.09)
    "全镇政府性基金预算收入8.09亿元，完成调整预算的10.07%。其中，土地基金收入2.64亿元，污水基金收入7604.62万元，"
    "其他政府性基金收入604.13万元，债券收入4.63亿元。",
    # each part followed by its own spending (已支出): no part of its own
    "共落实资金258.86万元。其中：中央财政资金224.86万元，已支出224.86万元；省级配套资金34万元，已支出34万元。",
    # a whole stated net of the money one budget pays into another; each budget's gross receipts hold it
    "全区综合收入520.0亿元（已剔除各本预算之间的调入资金40.0亿元），完成预算的101.5%。其中：一般公共预算总收入380.0亿元，"
    "政府性基金预算收入150.0亿元，国有资本经营预算收入10.0亿元。",
    # the 其中 opening a sentence breaks down the spending one sentence back, past the balance between
    "本年支出合计3000.00万元，预算执行率为95.00%。年末结转结余150.00万元。其中，基本支出1000.00万元、占比33.33%，"
    "项目支出2000.00万元、占比66.67%。",
    "全年安排项目共12个，资金500.00万元。其中评价为优的项目8个，资金420.00万元；评价为良的项目3个，"
    "资金60.00万元；评价为中的项目1个，资金20.00万元。",
    # the counts do not close: the list may name only some parts, so the amounts may fall short
    "全年安排项目共12个，资金500.00万元。其中重点项目3个，资金300.00万元；民生项目4个，资金100.00万元。",
    # a sub-breakdown of one part, in brackets, is not a part of the whole
    "共资助学生300人、金额90.00万元，其中一等奖助学金100人50.00万元（含退役士兵20人10.00万元），"
    "二等奖助学金200人40.00万元。",
    # one measure, parts short of the whole: the list may name only some parts
    "下达资金100.00万元，其中设备购置30.00万元，人员培训50.00万元。",
    "下达资金100.00万元。其中：设备购置30.00万元，人员培训50.00万元。",
    "本年收入合计1000.00万元，其中：财政拨款收入800.00万元，占80%；事业收入150.00万元，占15%。",
    "全年收入合计250.04万元，较上年增加12.10万元。其中：财政拨款收入180.02万元，占72.0%；其他收入70.02万元，占28.0%。",
    "核定编制20个，其中行政编制8个、事业编制12个。实有人员19人，其中行政编制人员8人、事业编制人员11人。",
    # the list before does not close, or the rest is said to be something else
    "核定编制20个，其中行政编制8个、事业编制10个。实有人员19人，其中行政编制人员8人、事业编制人员10人。",
    "核定编制20个，其中行政编制8个、事业编制12个。实有人员19人，其中行政编制人员8人、事业编制人员10人，另有工勤人员1人。",
    # shares of no amount stated before: the whole they complete is not known
    "全年收入合计250.04万元，较上年增加12.10万元。其中：财政拨款收入180.02万元，占60.0%；其他收入70.0万元，占40.0%。",
    # a change is never the whole; what follows 此外 is another matter, not a part of the list
    "全年收入合计500.00万元，较上年减少80.00万元，主要是拨款收入减少80.00万元。其中：拨款收入500.00万元，"
    "占100.00%，此外，使用上年结转资金20.00万元。",
    # parts of the larger whole stated before: not over every whole
    "总投资1000.00万元，已完成投资800.00万元。其中：设备投资600.00万元，建安投资300.00万元。",
    # parted by a semicolon without a list announced: the next clause may be another matter
    "下达资金100.00万元，其中设备购置60.00万元；实际支出55.00万元。",
    # a part that is a use of another, not its sibling
    "下达资金100.00万元。其中中央资金80.00万元，主要用于设备购置50.00万元。",
    "单位实有人员35人（其中：在职人员22人，退休人员13人）。",
    "单位实有人员35人（其中：在职人员22人，退休人员12人，遗属1人）。",
    # a list parted by commas ends at the semicolon: the balance after it is no part of the spending
    "本年支出决算120.00万元。其中：基本支出80.00万元，项目支出40.00万元；年末结转结余6.50万元。",
    # carried-over money named after this year's income is a line of 收入总计, not a part of 收入合计
    "2021年度收入合计4,385.46万元。其中：财政拨款收入4,385.46万元，占100%，年初结转和结余1,074.18万元。",
    "申请专项资金13.5万元。其中首批下达资金7万元，第二批下达6.5万元，合计下达专项资金13.5万元。",
    # one part printed with a stray third decimal: the others keep their two-decimal rounding
    "本年支出决算358.37万元。其中：基本支出138.194万元，项目支出220.18万元。",
    # short of the whole by more than a slip, by a round remainder far beyond 1%, or said to go on
    "下达专项资金4518万元。其中：道路养护2300万元，桥梁维修1200万元，安全设施900万元，应急抢险28万元。",
    "下达专项资金4518万元。其中：道路养护1300万元，桥梁维修1200万元，安全设施980万元，应急抢险28万元。",
    "下达专项资金4518万元。其中：道路养护2300万元，桥梁维修1200万元，安全设施980万元，应急抢险28万元等。",
    "下达专项资金4518万元。其中：道路养护2300万元，桥梁维修1200万元，安全设施980万元，其余用于应急抢险。",
    # two parts only, or no colon: the list may name the main parts
    "下达专项资金4518万元。其中：道路养护2308万元，桥梁维修2200万元。",
    "下达专项资金4518万元，其中道路养护2300万元，桥梁维修1200万元，安全设施980万元，应急抢险28万元。",
    # parts named by the whole's noun that make it, fall short by more than 1%, go on, or are of another unit
    "新建园区征地150亩，其中厂房用地征地面积60.5亩，仓储用地征地面积48.2亩，道路用地征地面积41.3亩。",
    "新建园区征地150亩，其中厂房用地征地面积60.5亩，仓储用地征地面积40.2亩，道路用地征地面积40.3亩。",
    "新建园区征地150亩，其中厂房用地征地面积60.5亩，仓储用地征地面积48.2亩，道路用地征地面积40.3亩等。",
    # parts each with their own change on the year: a bulletin's main kinds, the minor ones unnamed
    "全年粮食总产量860.4万吨，增长1.8%。其中，稻谷产量702.15万吨，增长2.1%；玉米产量96.3万吨，增长4.0%；"
    "薯类产量55.72万吨，下降0.5%。",
    "新建园区征地约150亩，其中厂房用地征地面积60.5亩，仓储用地征地面积48.2亩，道路用地征地面积40.3亩。",
    # parts not named by the whole's noun: the list may name the main ones only
    "新建园区征地150亩，其中厂房用地60.5亩，仓储用地48.2亩，道路用地40.3亩。",
    # the parts close the whole before the ；: the next clause is another total, not a further part
    "年末债务余额500万元，其中：一般债务300万元，专项债务200万元；核定债务限额520万元，其中一般债务310万元。",
    "全年收到资金575.12万元。其中，上年结转7.60万元，本年收入567.52万元，本年支出569.16万元。",
    "2020年本年支出合计460.17万元，其中：基本支出380.17万元，占83%；项目支出80万元，占17%；上缴上级支出0万元，占0%；经营支出0万元。",
    # a ceiling the whole is kept within (控制在…限额X之内) is no part
    "年末全市政府债务余额300.00亿元,包括一般债务余额120.00亿元、专项债务余额180.00亿元,"
    "控制在省政府核定的债务限额350.00亿元之内。",
    # 包括 inside brackets lists only to the bracket's close
    "年末我县债务余额为5000万元,其中:一般债务余额3000万元(包括外债200万元),"
    "专项债务余额2000万元,新增债务后,我县债务余额5600万元。",
    # clauses parted by ； that state the same measures under the same names: each is one part's row
    "项目全年预算数为50.00万元,全年执行数为40.00万元。其中:中央补助资金30.00万元,年度执行数22.00万元,"
    "执行率73.33%;地方配套资金20.00万元,年度执行数18.00万元,执行率90%。",
    "全年预算批复指标20.00亿元,已用指标16.00亿元,预算结余4.00亿元。其中:县直部门批复指标12.00亿元,已用指标10.00亿元,"
    "预算结余2.00亿元;各乡镇批复指标8.00亿元,已用指标6.00亿元,预算结余2.00亿元。",
    # 财政性 money holds the 一般公共预算's: the second part is within the first
    "全县教育经费总投入为5000万元,比上年增长3%。其中:国家财政性教育经费4500万元,"
    "一般公共预算教育经费4300万元。",
    # the parts name the 决算 stage and make the 决算 whole; the budget before it is not what they add to
    "“三公”经费财政拨款支出预算为30.00万元，支出决算为25.00万元，完成预算的83.33%。其中：因公出国（境）费支出决算为0万元；"
    "公务用车购置及运行维护费支出决算为17.00万元；公务接待费支出决算为8.00万元。",
    # the first part restates the whole (资助金额 = 总额), the parts after it split that part: no sum over the whole
    "项目资金总额为80万元。其中本年补助金额为80万元，已支付52.5万元，结余27.5万元。",
)
