"""N006's must-flag and must-pass examples, apart from its reading: one figure stated twice is told apart from
two figures of one name in many ways, and each class a round found needs its own example."""

from __future__ import annotations

FLAG = (
    "本年支出322,145.23万元。……本年支出322,415.23万元，执行情况良好。",
    # one document cited both times: the same grant with two amounts
    "2022年12月，市财政局以某财资环〔2022〕16号文件下达中央土壤污染防治资金1300万元。\n"
    "2023年8月，市财政局以某财资环〔2022〕16号文件下达中央土壤污染防治资金1370万元。\n",
    "全年预算1743万元（基本支出1124万元、项目支出619万元）。……全年预算1743万元（基本支出1142万元、项目支出601万元）。",
    "下达基本公共卫生服务补助资金1,200.00万元。\n……\n下达基本公共卫生服务补助资金1,250.00万元，已全部拨付。",
    # each after another amount, but not a due amount it was done against: still one figure twice
    "基本支出300万元，本年支出480万元。\n项目支出200万元，本年支出490万元。",
    # one change stated after its figure, then again as the reason for another
    "本年收入合计500.00万元，较上年减少40.00万元。\n本年支出合计500.00万元，较上年减少40.00万元，"
    "主要原因是收入合计减少45.00万元。",
    # one document's item more than the whole it allocated, or the whole stated twice with two amounts
    "市财政局某财农〔2023〕12号文件《关于下达2023年水利发展资金的通知》，下达我县资金8万元。\n"
    "按照某财农〔2023〕12号文件，下达我县河道清淤维护9万元。",
    "依据某财社〔2022〕7号文件，下达我县120万元。\n依据某财社〔2022〕7号文件，下达我县102万元。",
    # one whole, its part's change stated twice below the one 其中
    "基本支出预算 50000 元，同比减少 8000 元。其中：\n办公费预算 6000 元，同比减少 1500 元。\n"
    "差旅费预算 2000 元。办公费预算 6000 元，同比减少 1200 元。",
    # income and spending of one figure: the change after them is of both
    "收入较上年增加35.00万元，主要是一般公共预算拨款较上年增加25.00万元，其他收入增加10.00万元。\n"
    "一般公共预算财政拨款收入300.00万元，一般公共预算财政拨款支出300.00万元，比上年增加20.00万元。",
)

KEEP = (
    # a payment made under each relief (发放救助资金): each sentence's its own, not one allocation stated twice
    "全年共救助困难群众12000人次，发放救助资金3500万元。开展临时救助，共救助150人次，发放救助资金86万元。",
    # each sentence names its fund before its 本年收入: the fund's income, not the report's
    "2024年度年初结转和结余15.00万元，本年收入800.00万元。2024年度一般公共预算财政拨款年初结转和结余10.00万元，"
    "本年收入500.00万元。2024年度政府性基金预算财政拨款年初结转和结余5.00万元，本年收入300.00万元。",
    # each change follows a completion rate whose base (the one 年初预算) the two sentences share: the changes are
    # of the income and of the expenditure named at each sentence's head
    "全县一般公共预算财政总收入380,869万元，完成年初预算391,267万元的97.34%，比上年增加了37,581万元，增幅10.95%。"
    "一般公共预算财政总支出379,347万元，完成年初预算391,267万元的96.95%，比上年增加39,010万元，增幅11.46%。",
    # a bare 年初预算 after an item's amount and a comma is that item's budget
    "“三公”经费支出2.05万元，年初预算为2.95万元。其中：公务用车运行维护费支出0万元，年初预算为0.95万元。",
    "重点评价14个项目，涉及财政资金8471.18万元；选取2个单位开展整体支出评价，涉及财政资金21765.91万元。",
    "本年支出322,145.23万元。……本年支出322,145.23万元，执行情况良好。",
    # two batches of one fund, each granted by a document of its own: two grants, not one figure twice
    "2022年12月，市财政局以某财资环〔2022〕16号文件下达中央土壤污染防治资金1300万元。\n"
    "2023年8月，市财政局以某财资环〔2023〕9号文件下达中央土壤污染防治资金437万元。\n",
    "2021年基本支出640.58万元。2022年基本支出592.78万元。",
    "下达基本公共卫生服务补助资金1,200.00万元。\n……\n实际支出基本公共卫生服务补助资金1,150.00万元。",
    "人均基本公共卫生服务补助经费89元。\n人均基本公共卫生服务补助经费94元。",
    "（一）公共卫生服务项目。该项目预算资金1,800.00万元。\n（二）健康宣传项目。该项目预算资金80.00万元。",
    "下达基本公共卫生服务补助资金1,200.00万元。\n后追减50.00万元。\n下达基本公共卫生服务补助资金1,150.00万元，已全部拨付。",
    # one paragraph per county, each with its own figures of the same names
    "全市实际需要市级缴费补贴394.86万元。\n青阳县实际需要市级缴费补贴82.82万元，超出预算。\n"
    "石台县实际需要市级缴费补贴19.71万元。\n",
    # the whole's income, then the project part's (its sentence names 项目支出)
    "2022年度财政拨款年初结转和结余2.27万元，本年收入900.00万元，本年支出899.00万元。"
    "（二）项目支出情况。2022年度财政拨款项目支出年初结转和结余2.27万元，本年收入700.00万元，本年支出699.00万元。",
    # each after its own base: the local share due and paid, then the whole fund due and paid
    "地方应配套2000.00万元，实际配套到位资金2500.00万元。\n资金到位情况：应到位3600.00万元，实际配套到位资金4100.00万元。",
    # items told 一是…二是… inside one paragraph, each a body of its own with its own allocation
    "区直项目有：一是甲管理处，下达预算资金900万元，用于修缮。二是乙博物馆，下达预算资金500万元，用于展陈。",
    # one section per fund, each with its own matching funds
    "（三）农村电影放映活动资金\n每村每年2400元，全市832个行政村，各级财政配套资金共199.68万元。\n"
    "（四）农家书屋专项资金\n每村每年2000元，全市832个行政村，各级财政配套资金共166.40万元。\n",
    # two sections, each headed by its own bond's amount
    "（一）专项债券资金0.16亿元使用情况\n1、资金使用情况\n城区供水项目全部资金已拨付。\n"
    "（二）专项债券资金0.95亿元使用情况\n1、资金使用情况\n污水处理项目按进度拨付。\n",
    # one numbered paragraph per project, each with its own share of the same fund
    "1.2022年村级道路硬化项目,建设道路1.2公里。统筹整合使用财政涉农资金180万元,已拨付170万元。\n"
    "2.2022年饮水安全巩固提升项目,新建蓄水池2座。统筹整合使用财政涉农资金96.5万元,已全部拨付。\n",
    "年初预算批复1480万元（基本支出990万元、项目支出490万元），年中追加263万元，"
    "全年预算1743万元（基本支出1124万元、项目支出619万元）。",
    # parts in brackets after each of two wholes: the parts of each, at its own stage
    "年初预算1,500.00万元（基本支出900.00万元、项目支出600.00万元），年中追加300.00万元，"
    "全年预算1,800.00万元（基本支出1,000.00万元、项目支出800.00万元）。",
    "本年收入合计500.00万元，较上年减少40.00万元。\n本年支出合计500.00万元，较上年减少40.00万元，"
    "主要原因是收入合计减少40.00万元。",
    # two items of one document, each of its own project; an item under the whole; a document cited with another
    "依据某财农〔2023〕12号文件，下达甲村道路硬化项目30万元。\n依据某财农〔2023〕12号文件，下达乙村饮水工程项目20万元。",
    "市财政局某财农〔2023〕12号文件《关于下达2023年水利发展资金的通知》，下达我县资金8万元。\n"
    "按照某财农〔2023〕12号文件，下达我县河道清淤维护3万元。",
    "依据某财社〔2022〕7号文件，下达我县20万元。\n依据某财社〔2022〕7号、某财社〔2022〕9号文件，下达我县120万元。",
    # one list of kinds under two wholes (基本支出, then 项目支出), each kind's change its own
    "1. 基本支出预算 50000 元，同比减少 8000 元。其中：\n办公费预算 6000 元，同比减少 1500 元。\n"
    "2. 项目支出预算 12000 元，同比减少 3000 元。其中：\n办公费预算 4000 元，同比减少 700 元。",
    # two reasons, of the change of all funds and of the 财政拨款 alone
    "支出合计较上年增加60.00万元，主要原因是人员经费增加45.00万元。\n"
    "财政拨款支出较上年增加40.00万元，主要原因是人员经费增加30.00万元。",
    # a reason for the change of the 财政拨款 alone, the change of all funds' part
    "基本支出500.00万元，较上年增加45.00万元。\n"
    "一般公共预算财政拨款支出800.00万元，较上年增加60.00万元，主要原因是基本支出增加40.00万元。",
    # changes after a stage of two figures (决算…), each of its own
    "公务接待费年初预算3.00万元，决算2.00万元，比上年减少1.00万元；"
    "公务用车运行维护费年初预算5.00万元，决算4.00万元，比上年减少0.50万元。",
    # two years' changes, each of its own year
    "2021年收入合计400.00万元，较上年增加30.00万元。2022年收入合计500.00万元，较上年增加100.00万元。",
    # the same part of two different wholes
    "本年支出合计500.00万元，其中基本支出300.00万元，较上年增加20.00万元。\n"
    "一般公共预算财政拨款支出400.00万元，其中基本支出280.00万元，较上年增加15.00万元。",
    # a 其中 list carried past a semicolon: the 项目支出 of one subject is a part, not the whole's
    "本年支出合计9,520万元，其中：基本支出6,100万元；项目支出3,420万元。\n"
    "1.行政运行2,300万元，其中：基本支出1,150万元；项目支出1,150万元。",
)
