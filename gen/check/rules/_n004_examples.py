"""N004's must-flag and must-pass examples, apart from its reading: totals and their parts are written in
many ways, and each class a round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # the bodies named after the counted ones are too few for the 共计: 5 + 6 + 2 named is 13
    "组织5个街道办事处、6个乡镇场及市畜牧局、卫计委共计16个单位召开协调会。",
    # 增加值 is value added, no change; a total's growth closed by its full stop before 。其中; both counted so far (累计)
    "全市工业增加值66.97亿元，其中国有企业增加值67.61亿元。",
    "市属国有工业企业累计增加值66.97亿元，同比增长11%。其中，市国资委系统工业企业累计增加值67.61亿元，同比增长19.8%。",
    # past an average per head, the total before it is what the parts exceed
    "全年支队共办理案件960件，人均办案12.31件，其中简易程序结案415件、一般程序结案702件。",
    # a total set off by spaces (a converter's layout): 12 + 30 + 8 = 50
    "全年公开政策文件12条，工作动态30条，人事信息8条，累计信息共计 52 条。",
    # the total's growth told before 其中 (a bulletin's order): the part is still over the total before it
    "全年地方财政收入5.6亿元，增长3.1%，其中税收收入8.2亿元，增长4.5%。",
    # kinds of grain exclude each other (a field sown to rice is not sown to maize): 30＋7＋0.5＋1.5 over 38
    "预计全年粮食作物种植38万亩，其中水稻完成30万亩、玉米7万亩、豆类0.5万亩、薯类1.5万亩。",
    # aquatic products by source exclude each other too: 17511＋68242＋5634＝91387 over 91378
    "今年全市水产品总产量91378吨，其中海洋捕捞17511吨，海水养殖68242吨，淡水产品5634吨。",
    # the leading kinds already over the whole, a crop of no grain (中药材) after them
    "粮食播种面积12.5万亩，其中水稻9万亩、小麦2.6万亩、玉米1.2万亩、中药材0.8万亩。",
    # 包括 right after a head count lists its parts as 其中 does: 30＋25＋16 makes 71, over 52
    "在职人员52人，包括行政人员30人、事业人员25人、工勤人员16人；退休人员9人。",
    # the leading head counts of distinct standings already over the total, a count of no standing after them
    "实际财政供养人员14人，其中在职14人，离休0人，退休2人，聘用人员3人。",
    # with the sentence before's figure the parts still miss the total by 100
    "全县地方一般公共预算支出397114万元，为预算的122.1%，增长3.4%。债务还本支出16223万元，上解中央支出10800万元，"
    "补充预算稳定调节基金150万元和年终结转结余16751万元，支出总计441138万元。",
    # a total and its change before 其中：, the parts over the total
    "本年收入500.00万元，较上年增加20.00万元。其中：\n1.财政拨款收入400.00万元，较上年增加10.00万元。\n2.事业收入120.00万元。\n",
    # the same parts, their own breakdown set aside, still over the total
    "收入总计调整为9000万元。其中：本级收入1597万元；上级补助收入5926万元，含一般性转移支付补助4951万元，专项转移性补助975万元；动用预算稳定调节基金2354万元。",
    # the same running sum, its total mistyped
    "2024年全县公共财政预算收入42100万元，加上级补助收入387613万元（其中：专项补助收入20673万元、返还性收"
    "入4599万元、一般性转移支付收入362341万元），地方政府一般债券转贷收入13038万元，全县一般预算总收入4427"
    "51万元，加上年结余7546万元，加调入资金199万元，再加动用预算稳定调节基金731万元，收入总计452227万元。",
    # every part stated in the clause, the first before its 加: the sum is judged
    "本级收入24.5亿元加上级补助27.7亿元、债务转贷收入17亿元、调入资金2.7亿元，收入总计80亿元。",
    "地方一般公共预算收入271630万元，下降4.7%；加上级补助收入120846万元，上年结余收入42690万元，收入合计534601万元。",
    # 其中： closes its line, then one part per numbered line, each going on about its change
    "收入总计为457.82万元，其中：\n1.财政拨款收入364.66万元，较上年减少24.15万元。\n2.事业收入93.16万元。\n3.上年结转5.92万元。\n",
    # the same with an empty line between the numbered lines, as a web page's copy parts its paragraphs
    "收入总计为2582.51万元，其中：\n\n1.财政拨款收入2579.21万元，为县包干经费。\n\n2.上年结转和结余79.94万元，为以前年度资金。\n",
    # one part a line, a kind of nought listed (its 0 even in 元): every kind is listed, and they fall short by 20
    "（一）收入预算1200万元，其中：\n1、财政拨款1000万元；\n2、事业收入180万元；\n3、其他收入0万元；\n4、政府性基金收入0元。\n",
    # the total itself is a level, not a change: a change worded 与上年同期相比 after the part does not hide it
    "本年收入合计500万元，其中：财政拨款收入600万元，与上年同期相比减少50万元。",
    "核定编制人数36人，其中：行政编制14人，全额事业编制26人。",
    # 其中： after the full stop that closes the total's sentence; 离休 and 退休 exclude each other
    "离退休人员18人。其中：离休11人，退休8人。",
    # 其中 without its colon after the total's full stop: the same list
    "本单位共有直属单位0个。其中行政单位0个，全额拨款事业单位1个，差额拨款事业单位0个。",
    # two zero parts before the one too many do not make the zero total: the list goes on
    "本部门共有下属单位0个，其中行政单位0个，参公事业单位0个，全额拨款事业单位1个。",
    "现有编制数85个，其中：行政编制44个，行政工勤1个，事业编制41个。",  # 行政工勤 is a kind of the quota too
    "人员经费550.11万元、日常公用经费42.67万元，合计593.78万元。",
    "实际支出27512.96万元，其中一般公共预算财政拨款9341.41万元，政府性基金预算财政拨款19171.55万元。",
    "共下达专项资金100.00万元，分别用于设备购置30.00万元、人员培训50.00万元、健康宣传10.00万元。",
    # the sentence names the kinds of spending the total is made of, and 其中 lists each: too little
    "本局项目支出分为业务工作经费、专项建设资金两类，合计预算为1260万元，其中业务工作经费60万元，专项建设资金1180万元。",
    "项目总预算1260万元，由业务工作经费60万元和专项建设资金1180万元两部分组成。",
    # the total is said of kinds named one by one before its figure, and 其中 gives each (a year and a paragraph's
    # number before the total are no figures of its own): 21 + 24 of 52
    "3.2023年，本局共办理人大代表建议、政协委员提案52件。其中，区人大代表建议21件，区政协提案24件。",
    # a list announced by a colon, its items parted by semicolons
    "核定编制人数36人，其中：行政编制14人；全额事业编制26人。",
    # head counts of three standings (in post, retired, temporary) exclude each other: 130 people, not 120
    "全所职工共有120人，其中在岗职工80人，退休人员30人，临时用工20人。",
    # a kind listed with nothing in it: the list goes through every kind, and falls short of the total
    "本年收入合计900万元，其中：一般公共预算拨款600万元、政府性基金预算拨款120万元、国有资本经营预算拨款0万元、其他收入80万元。",
    # a rate per head is left out; the county amounts still miss the total
    "按每人每年补助5000元的标准，分配至甲县80万元，乙县60万元，丙区10.5万元，共计160.5万元。",
    # the bracketed aside is left out; the three sources still exceed the total
    "资金已使用5000万元，其中：中央补助2000万元（含进度款800万元），地方配套3000万元，其他500万元。",
    # the list's sentence ends, the next counts its items and gives their total (4+4+4+4.76 = 16.76)
    "公益金用于以下项目：甲村篮球场4万元、乙村篮球场4万元、丙村篮球场4万元、门球场维修费4.76万元。4个项目共计16.97万元。",
    # without the first part's own 其中, or with the clause before the ；, the parts still miss the total
    "全县完成一般公共预算收入8.50亿元,其中:税收收入6.10亿元、非税收入2.40亿元,上级补助收入20.00亿元(其中:返还性收入"
    "1.00亿元、转移支付19.00亿元),上年结余收入2.00亿元,调入资金3.00亿元,总收入合计34.50亿元。",
    "2021年,全区一般公共预算收入46.22亿元,完成年度预算的100.3%,增长6.8%;上级补助收入6.2亿元,动用预算稳定调节基金"
    "2.18亿元,调入资金14.89亿元,上年结转收入2.02亿元,收入共计72.51亿元。",
    # 基本支出 and 项目支出 are siblings (the parts of 本年支出): the list goes on past the first
    "年初预算500.00万元，其中：基本支出300.00万元，项目支出260.00万元。",
    # an allocation told "具体是" right after it, its 共 too far back for the label: the list is its own, complete
    "2024年共下达某镇2024年度农村公益事业发展专项资金86.40万元，具体是道路维护类40.25万元，水利设施类22万元，"
    "公共照明类15万元，环境整治类8.15万元。",
    # one part told "具体是" over the amount it specifies
    "上年结转资金15万元，具体是道路维护类项目25万元。",
    # the total's change by an amount before 其中, each part with its own change: the parts are levels of the total
    "2024年一般公共预算财政拨款支出520.40万元，比2023年减少60.20万元。其中：基本支出610.75万元，比2023年减少20.10万元。",
    # a nested 其中's part over its own total that does not make the outer total with it (90 + 150 ≠ 280)
    "特困供养对象280人，其中集中供养90人，其中当年新增30人，分散供养150人。",
    # age bands from 0 to an open end, named with the noun of the count before: a partition (9900 of 10000)
    "年末户籍人口为10000人。其中，城镇人口5000人；0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为1400人、2000人、4000人和2500人。",
)

KEEP = (
    # bodies counted, then bodies named one by one without a figure, each one of the 共计: 5 + 6 + 5 named = 16
    "组织5个街道办事处、6个乡镇场及市畜牧局、卫计委、爱卫办、公安局、行政执法局共计16个单位召开协调会。",
    # accounts added and accounts struck off are flows both ways, no parts of the count standing now
    "今年新增政务新媒体账号2个，注销4个，目前共计9个，其中微信5个、微博4个。",
    # one population broken down twice after one 其中: by residence, then by sex, each pair making the whole
    "年末全县户籍人口为86420人。其中，城镇人口41230人，乡村人口45190人；男性人口43900人，女性人口42520人。",
    # a profit is net of the losses of the parts not listed: one part may exceed it
    "市属国有企业累计利润总额10.31亿元，同比下降20.6%。其中，市国资委系统企业累计利润总额24.15亿元，同比增长20.3%。",
    # the total's growth closed by its full stop, a part under it smaller; an amount counted so far after the parts
    "市属国有工业企业累计总产值176.56亿元，同比下降26.2%。其中，市国资委系统工业企业累计总产值146.37亿元，同比增长4.3%。",
    "本年拨付资金100万元，其中省级资金60万元，累计拨付资金180万元。",
    # 淡水产品 beside its own part 淡水养殖: not kinds apart; kinds within the whole
    "水产品总产量9000吨，其中海水养殖5000吨，淡水产品4000吨，淡水养殖3500吨。",
    "今年全市水产品总产量91387吨，其中海洋捕捞17511吨，海水养殖68242吨，淡水产品5634吨。",
    "全年公开政策文件12条，工作动态30条，人事信息8条，累计信息共计 50 条。",
    "全年地方财政收入9.7亿元，增长0.9%，其中税收收入6.5亿元，增长10.5%。",
    # the kinds within the whole; a kind and its own sub-kind (豆类, 大豆) overlap; a list by something else (优质稻)
    "粮食播种面积12.5万亩，其中水稻9万亩、小麦2.6万亩、中药材0.8万亩。",
    "粮食播种面积12.5万亩，其中水稻9万亩、豆类2万亩、大豆1.8万亩。",
    "粮食播种面积12.5万亩，其中水稻9万亩、优质稻6万亩。",
    # the same list that makes its count
    "在职人员71人，包括行政人员30人、事业人员25人、工勤人员16人；退休人员9人。",
    # the leading standings make the total; the hired staff after them are counted apart
    "实有人员20人，其中在职15人，退休5人，聘用人员3人。",
    # a list by education breaks down the whole staff named first in the sentence (60+29+3+1 = 93), not the 23 before it
    "现有在岗职工93人，有在职在编70人，临聘人员23人，其中大学本科学历60人，大专29人，中专3人，高中1人。",
    # the total's unit slipped (元 for 万元): no part is too large, the unit is wrong
    "全年支出为10541.15元。其中：基本支出7339.01万元，项目支出3202.14万元。",
    # the list after the full stop restates the whole sentence's counts (1 + 5), not the last one's
    "某乡人民政府设行政单位1个，事业单位5个。其中：全额拨款行政单位1个，全额拨款的事业单位5个。",
    # a deduction among the parts (剔除上划市级收入): the parts are signed, the total is net of it
    "2021年，全区收入完成总计510,687万元。其中：一般公共预算收入完成171,697万元，剔除上划市级收入71,238万元，"
    "区本级一般公共预算收入完成100,459万元；上级补助收入330,173万元；新增债券收入15,900万元；再融资债券收入53,550万元；"
    "政府性基金调入10,000万元，一般公共预算上年结余605万元。",
    # the limit's parts, then the balance: another measure, no third part
    "截至目前，自治区下达我市法定债务限额1,105.3亿元，其中一般债务725.3亿元、专项债务380亿元，"
    "全市政府法定债务余额为1,071.65亿元，其中一般债务699.47亿元、专项债务372.18亿元。",
    # a part's old value before its adjustment: 35000 + 10000 + 5000 = 50000
    "政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初预算的65000万元调整为35000万元，"
    "城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。",
    # the total's first part is the main figure of the sentence before: 397114 + 16223 + 10800 + 150 + 16751 = 441038
    "全县地方一般公共预算支出397114万元，为预算的122.1%，增长3.4%。债务还本支出16223万元，上解中央支出10800万元，"
    "补充预算稳定调节基金150万元和年终结转结余16751万元，支出总计441038万元。",
    # 其中： after a sentence of two amounts: the list is the first's (63.44 + 250.14 + 2.45 = 316.03)
    "2021年地方留用体育彩票公益金支出316.03万元，上年结转52.85万元。其中：用于资助或组织开展全民健身活动63.44万元、援建和维护公共体育场地设施250.14万元、资助群众体育组织和队伍建设2.45万元。",
    # thousands set apart by blanks (18 189万元): the figures' heads are unread, so nothing is judged
    "学校层面：2019—2021年预算总资金18 189万元，其中，中央财政投入资金2 100万元、地方财政投入资金2 100万元、行业企业支持资金1 860万元、学校自筹资金12 129万元。",
    # A；加B（其中：…），合计X: the bracketed 其中 is B's own, and A + B make the total
    "2021年，全县一般公共预算收入累计完成30.14亿元，同比增长86.5%；加上转移性收入51.04亿元（其中：税收返还收入1.40亿元、上级一般性转移支付收入19.49亿元、专项转移支付收入4.94亿元、调入资金7.9亿元、债务转贷收入10亿元、动用预算稳定调节基金3.81亿元、使用结转资金3.5亿元），收入合计81.18亿元。",
    # a line of several totals before 其中：, the numbered parts making the second (498 + 671 = 1169)
    "2021年市级彩票公益金收入1237万元，安排支出1169万元，结转下年使用68万元。其中：\n1.福利彩票公益金498万元，用于社会福利事业。\n2.体育彩票公益金671万元，用于全民健身。\n",
    # the income figure that opens the clause is no part of the expenditure total the last three make
    "全区一般公共预算可支配收入92.51亿元，一般公共预算支出73.08亿元，加上解支出1.28亿元，一般债务还本4.22亿元，支出合计78.58亿元。",
    # a part's own 含 lists what makes it (4951 + 975 = 5926): one amount told twice, not three parts
    "收入总计调整为9877万元。其中：本级收入1597万元；上级补助收入5926万元，含一般性转移支付补助4951万元，专项转移性补助975万元；动用预算稳定调节基金2354万元。",
    # a running sum: its subtotal (一般预算总收入) adds the figures before it, the total adds to the subtotal, and a
    # bracketed 其中 is its own amount's breakdown
    "2024年全县公共财政预算收入42100万元，加上级补助收入387613万元（其中：专项补助收入20673万元、返还性收"
    "入4599万元、一般性转移支付收入362341万元），地方政府一般债券转贷收入13038万元，全县一般预算总收入4427"
    "51万元，加上年结余7546万元，加调入资金199万元，再加动用预算稳定调节基金731万元，收入总计451227万元。",
    # the sum's first part named with 加 (本级收入加上级补助): its amount stands in the sentence before
    "一般公共预算收入决算数为24.5亿元，同比增长4.9%。本级收入加上级补助27.7亿元、债务转贷收入17亿元、调入资金2.7亿元，"
    "收入总计71.9亿元。",
    # last year's totals after this year's: no total over them
    "2023年度收入总计453.13万元，支出总计453.13万元，2022年度收入总计400.22万元，支出总计400.22万元。",
    "本单位收入2854.36万元，其中财政拨款收入2811.48万元，政府性基金收入42.88万元，支出2854.36万元。",  # then the spending
    "地方一般公共预算收入271630万元，下降4.7%；加上级补助收入120846万元，上年结余收入42690万元，收入合计435166万元。",
    "收入总计为463.74万元，其中：\n1.财政拨款收入364.66万元，较上年减少24.15万元。\n2.事业收入93.16万元。\n3.上年结转5.92万元。\n",
    # the same one-a-line list with its nought, adding up; and a list short of its total with no nought (a partial list)
    "（一）收入预算1180万元，其中：\n1、财政拨款1000万元；\n2、事业收入180万元；\n3、其他收入0万元。\n",
    "（一）收入预算1200万元，其中：\n1、财政拨款1000万元；\n2、事业收入150万元；\n3、其他收入30万元。\n",
    # the list after 其中 makes the figure before it (30亿元); the 合计 after it adds the figure before that
    "一般公共预算收入5亿元。加上转移性收入30亿元，其中：税收返还收入5000万元、转移支付收入20亿元、"
    "调入资金9.5亿元，收入合计35亿元。",
    "按每人每年补助5000元的标准，分配至甲县80万元，乙县60万元，丙区10.5万元，共计150.5万元。",
    "资金已使用5000万元，其中：中央补助2000万元（含进度款800万元），地方配套2500万元，其他500万元。",
    # the figures after 分别支持 break the first batch down; they are not further batches
    "获得专项资金8000万元，其中第一批5000万元，分别支持甲项目2000万元、乙项目1800万元、丙项目1200万元；"
    "第二批3000万元。",
    "本局项目支出分为业务工作经费、专项建设资金两类，合计预算为1240万元，其中业务工作经费60万元，专项建设资金1180万元。",
    "项目总预算1240万元，由业务工作经费60万元和专项建设资金1180万元两部分组成。",
    # kinds named before the total that the parts make; parts that are a subset of each kind (重点建议); kinds
    # named with 等 (some of them only)
    "3.2023年，本局共办理人大代表建议、政协委员提案52件。其中，区人大代表建议21件，区政协提案31件。",
    "3.2023年，本局共办理人大代表建议、政协委员提案52件。其中，重点建议21件，重点提案14件。",
    "3.2023年，本局共办理人大代表建议、政协委员提案等52件。其中，人大代表建议21件，政协委员提案24件。",
    # three parts, two counted: not the list the count speaks of
    "项目总预算1260万元，由业务工作经费60万元、培训经费20万元和专项建设资金1180万元两部分组成。",
    "核定编制人数36人，其中：行政编制10人；全额事业编制26人。",
    # the two sources make the total before the ；: the figure after it (what was reviewed) is no third source
    "全年共拨付补助资金500万元，其中：省级资金300万元，县级资金200万元；本轮抽查的项目资金260万元。",
    "本年收入合计820.50万元，其中：财政拨款收入600.30万元，事业收入220.20万元。",
    # the figure before 其中 is a change, not the total the parts belong to
    "财政拨款支出900.00万元，比上年增加120.00万元，其中：基本支出700.00万元，比上年增加80.00万元。",
    # a change worded 与上年同期相比减少 before 其中: the parts are the income's, larger than the change
    "本年上级补助收入3000万元，与上年同期相比减少500万元，其中：基本补助收入2000万元，项目补助收入1000万元。",
    # past the ；, another matter: its name is not of the list's kind
    "在职人员36人，其中：行政编制14人；退休人员26人。",
    # the rest of the total is said to be something else
    "本局项目支出分为业务工作经费、专项建设资金两类，合计预算为1260万元，其中业务工作经费60万元，专项建设资金1180万元，"
    "其余为预备费。",
    # the kinds named are not the parts listed: a partial list may fall short
    "全年开展培训、宣传两类活动，投入资金1260万元，其中中央补助60万元，省级补助1180万元。",
    "核定编制人数36人，其中：行政编制4人，全额事业编制26人。",
    "离退休人员18人。其中：离休10人，退休8人。",
    "本单位共有直属单位1个。其中行政单位0个，全额拨款事业单位1个，差额拨款事业单位0个。",
    # 其中 after a sentence that lists several figures: it may break down any of them
    "承办建议147件，解决采纳36件，留作参考8件。其中，主动公开60件，依申请公开32件。",
    # 其中 opening a sentence of cross-cutting counts: only a single part could be too many
    "全局共有干部职工50人。其中女职工30人，中共党员25人。",
    "财政供养人员共计9244人。其中：行政编制1845人，事业编制7399人，离退休人员1206人。",
    "离退休人员71人，其中离休6人，退休65人，财政全额供养人员117人。",
    "一般公共预算收入67439万元，增收11118万元。其中：税收收入41393万元，非税收入26046万元。",  # 其中 of the 收入
    "现有编制数85个，其中：行政编制44个，行政工勤1个，事业编制40个。",
    "实际支出27512.96万元，其中一般公共预算财政拨款9341.41万元，政府性基金预算财政拨款18171.55万元。",
    "全区重点监测人群433户1536人（其中含高血压患者214人，糖尿病患者64人，严重精神病障碍患者62人）。",
    # a part of a part after 其中, and the asides after it, are not the total's parts
    "全镇一般公共预算收入440万元，加上级转移支付收入188万元，其中：一般转移支付收入147万元（含均衡性转移支付16万元、"
    "结算补助13万元），上年结转结余6万元，基金调入10万元，收入合计为644万元。",
    # what has been paid so far is no part of the total
    "统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元，目前项目资金已拨付106.36万元。",
    # a negative part: the other part exceeds the total
    "现将补助经费126.44万元（其中中央直达资金139.71万元，省直达-13.27万元）下达给你们。",
    "共接种166703剂次，其中第一剂接种65656人，第二剂接种63385人，加强剂接种37662人。",
    "在职职工100人，其中女职工60人，党员50人。",
    "本年收入合计900万元，其中：一般公共预算拨款600万元、政府性基金预算拨款120万元、国有资本经营预算拨款0万元、其他收入180万元。",
    # the sentence goes on past the list: what else the total holds may follow
    "本年收入合计900万元，其中：一般公共预算拨款600万元、政府性基金预算拨款120万元、国有资本经营预算拨款0万元，上年结转180万元。",
    "全所职工共有120人，其中在岗职工80人，退休人员30人，临时用工10人。",
    # a group that is no standing (党员) overlaps the others
    "全所职工共有120人，其中在岗职工80人，退休人员30人，党员群众50人。",
    # 年末… after a 其中 list starts a statement of its own (a head count after the posts), not a part
    "核定编制数20人，其中：全额拨款事业编制15人、自收自支事业编制5人，年末在职实有人数31人，其中：全额拨款人员12人。",
    "共下达专项资金100.00万元，分别用于设备购置30.00万元、人员培训50.00万元、健康宣传20.00万元。",
    # 年底… likewise: the people the unit pays at year's end outnumber its posts, with their own 其中
    "年初核定编制人数40人，其中行政编制10人，事业编制30人，年底实有人数52人，其中在职38人，退休14人。",
    # the 其中 list belongs to the first total; the 共计 far after it is another matter's
    "本校按生均标准安排公用经费共计239万元，其中上级资金179.25万元，本级59.75万元，绩效目标是保障学校正常运转"
    "二、资金管理情况本项目资金严格按照上级文件要求管理，主要用于保障学校正常运转，包括办公费、水电费、差旅费等方面的支出"
    "三、预算执行情况本校本年实际安排支出共计87.06万元",
    # another document's number after the list, its full stop lost: its allocation is a statement of its own
    "川财农〔2022〕167号提前下达中央财政动物防疫等补助经费共389.78万元，其中强制免疫326.29万元，养殖环节无害化处理经费"
    "63.49万元川财农〔2023〕44号下达省级财政动物疫病防控99.47万元。",
    # a sentence that opens with 加上 adds to the amount the sentence before opens with (its 其中 is that amount's detail)
    "全县一般公共预算收入完成13.62亿元，下降3.8%。其中：税收收入8.53亿元，下降9.4%；非税收入5.09亿元，增长7.5%。"
    "加上上级补助收入39亿元、地方政府债务收入4.15亿元，以及调入资金7.89亿元、上年结转1.34亿元后，收入总计66.00亿元。",
    # under a budget's 其中, each part's actual spending and shortfall are that part's own
    "2021年“三公”经费预算数为22万元，其中：公务接待费10万元，实际开支了4.26万元，预算少了5.74万元，"
    "公务用车运行费12万元，实际开支了4.28万元，比预算少了7.72万元。",
    # the retired hold no post of the quota
    "编制数为59人，其中在职在编教职工人数为53人，退休人员23人。",
    # the income's change is no part of the total it runs on to
    "全区一般公共预算收入379500万元，增加33298万元，增长9.5%，加上级补助收入232698万元，上年结转结余888万元，"
    "一般债券转贷收入52170万元，收入合计665256万元。",
    "公益金用于以下项目：甲村篮球场4万元、乙村篮球场4万元、丙村篮球场4万元、门球场维修费4.76万元。4个项目共计16.76万元。",
    # the count is not the number of figures before it (the grant itself stands in the sentence): not read
    "下达资金16.76万元，用于甲村篮球场4万元、乙村篮球场4万元、门球场维修费4.76万元。3个项目共计12.76万元。",
    # the list's third item closes its own name with 共计: its amount, not the sum of the first two
    "2019年本县体育彩票公益金共计80万元，其组成如下：一是体彩销售地方分成20万元，二是省级体彩公益金50万元，"
    "三是中央彩票公益金支持地方体育事业经费共计10万元。",
    # one amount broken down twice, by source (the whole of it) and then by payee: two lists, not one
    "购置项目年度总预算900.00万元，其中财政拨款900.00万元，我单位分别向甲公司、乙公司支付600.00万元和300.00万元。",
    # a figure cut by a document library's preview (its head ended the fragment before): it totals nothing
    "1、某市红十字会整体支出绩效评价报告。一、部门概况。（一）设立背景。某市红十字会依据有关通知设立。（二）机构情况："
    "组织机构编制四个处室，领导职数五名，年末实有在职人员三十名，离退休人员十二名。（三）主要职能：宣传贯彻红十字会法，"
    "开展救援、救灾的相关工作，开展应急救护培训，普及卫生救护和防病知识。二、当年预算安排情况：年初预算支出总额为74\n"
    "2、8万元，其中人员经费580.72万元，公用经费167.75万元。",
    # a part's own 其中 (8.50 = 6.10 + 2.40) is told once more inside the list: without it the parts make the total
    "全县完成一般公共预算收入8.50亿元,其中:税收收入6.10亿元、非税收入2.40亿元,上级补助收入20.00亿元(其中:返还性收入"
    "1.00亿元、转移支付19.00亿元),上年结余收入2.00亿元,调入资金3.00亿元,总收入合计33.50亿元。",
    # the sum's first part closes its own clause (with its rates) before the ；
    "2021年,全区一般公共预算收入46.22亿元,完成年度预算的100.3%,增长6.8%;上级补助收入6.2亿元,动用预算稳定调节基金"
    "2.18亿元,调入资金14.89亿元,上年结转收入2.02亿元,收入共计71.51亿元。",
    "年初预算500.00万元，其中：基本支出300.00万元，项目支出200.00万元。",
    # 项目支出 after the parts of 基本支出 is a statement of its own, not a third part
    "基本支出300.00万元，其中：人员经费250.00万元，公用经费50.00万元，项目支出200.00万元。",
    # a size of projects (the top of a range, a band) counts projects; it is no part of the money before it
    "全年招商引资到位资金6.5亿元，其中1—10亿元项目3个，10亿元以上项目1个。",
    "完成固定资产投资8.2亿元，其中亿元以上项目5个。",
    # the same lists that do add up, and a change told "具体是" (its items changed, each with its own level)
    "2024年共下达某镇2024年度农村公益事业发展专项资金86.40万元，具体是道路维护类40.25万元，水利设施类22万元，"
    "公共照明类15万元，环境整治类9.15万元。",
    "上年结转资金25万元，具体是道路维护类项目25万元。",
    "上年结转资金25万元，具体是道路维护类项目10万元，其余尚未分配。",
    "支出比上年增加30万元，具体是道路维护类项目18万元，水利设施类项目40万元。",
    "2024年一般公共预算财政拨款支出520.40万元，比2023年减少60.20万元。其中：基本支出410.75万元，比2023年减少20.10万元；"
    "项目支出109.65万元，比2023年减少40.10万元。",
    # the parts of the change itself, no levels
    "2024年一般公共预算财政拨款支出520.40万元，比2023年减少60.20万元。其中：基本支出减少20.10万元，项目支出减少40.10万元。",
    # a nested 其中 left for the outer list: 分散供养 and 集中供养 make the outer total exactly (90 + 190 = 280)
    "特困供养对象280人，其中集中供养90人，其中当年新增30人（均已纳入低保），分散供养的对象为190人。",
    # an average per head between the total and its 其中: the parts break down the total before it
    "全年支队共办理案件960件，人均办案12.31件，其中简易程序结案215件、一般程序结案702件、移送结案43件。",
    # age bands that do not start at 0, or leave a gap (18-34, 40-59): a selection of ages, no partition
    "年末户籍人口为10000人。其中，18-34岁、35-59岁、60岁及以上户籍人口分别为2000人、5000人和2500人。",
    "年末户籍人口为10000人。其中，0-17岁、18-34岁、40-59岁、60岁及以上户籍人口分别为1000人、2000人、4000人和2500人。",
    "年末户籍人口为10000人。其中，0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为1500人、2000人、4000人和2500人。",
)
