"""W004's must-flag and must-pass examples, apart from its reading: a year loses its 年 in many shapes, and each
class a round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # a clause opening on its year bare before 是 that calls it a year (gen.check.bare_years); one year typed twice
    # round its 年度 (gen.check.lost_dates)
    "院长在报告中指出， 2017是我院全体职工收获了精彩的一年，学科建设稳步推进。", "2023年度2023年县政府办公室工作总结\n",
    # a sentence opening with its year bare before the comma; a year in Chinese numerals run into its noun (gen.check.bare_years)
    "2021，某县林业局全面落实信息公开工作部署。", "对标全县第十四个五年规划和二〇三五远景目标纲要。",
    # a year before 的 (gen.check.bare_years): no count or amount stands bare before 的
    "会议总结了上年工作，明确了2025的重点任务。", "全县粮食产量为2019的1.2倍。",
    # a day before a part of the day, a clock time, and a range's start, whose 月 or 时 was lost (gen.check.lost_clock)
    "3月5日晚，210日凌晨245分，某县发生山洪。", "上午930分，救援队抵达现场。", "自下月起，从312日到20日开展培训。",
    # a range's end that lost its 月 after a whole start date; a year before a quarter that lost its 年
    "活动时间为2021年5月10日至630日。", "全面总结2022前三季度工作。", "2021一季度完成投资3亿元。",
    # a chronicle's day that lost its 月 (4月20日 typed 420日), a whole date written elsewhere
    "召开专题会议。\n420日，县人大代表开展集中视察。",
    "3月12日，召开专题会议。420日，县人大代表开展集中视察。",
    # a paragraph opening with a day that lost its 月 run straight into its entry; October to December after a comma
    "提案办理情况\n  317日我单位与提案委员面商沟通。", "在征得委员同意的基础上，1022日进一步将办理结果报县政府。",
    # a yearbook's paragraph that named its year, then an entry opening with a figure no day can be (128日: 1月28日)
    "【概况】2023年，某区档案馆围绕中心工作推进档案事业发展。128日，市档案局负责人到馆调研。",
    "第二部分  2022部门预算表\n",
    # a Traditional mirror's page: the noun after the year is read in Simplified (部門 is 部门)
    "(四)2018部門整體支出績效自評報告\n",
    # the same on a Traditional page's title, its first line: a school's name before the year
    "某縣第二中學2018部門預算公開\n發布時間:2018年\n",
    # a heading's number, then the year that lost its 年 before a rarer verb: the year opens the title
    "三、2022举借政府债务情况说明\n",
    # a three-figure year before a budget word; the year before the report's run into the base after 较
    "209年收入决算情况说明\n", "019年3月28日本年度报告根据《条例》编制。", "2016年本单位运行经费支出6.39万元，较20155.88万元增加了0.51万元。",
    # a date field's value, and a signature's date, whose marks were lost (gen.check.lost_dates)
    "报告日期:2022624\n公开时间:20248 22\n",
    # a period's two dates and the 至 between them run into one figure after 自 (gen.check.glued_periods)
    "本报告所列数据的统计期限自20191120191130止。", "本办法自2023101起施行。",
    # a month and a day of one figure each run on: two figures that cannot be a month
    "公开时间:202592\n",
    "報告時間:20249\n上報時間:2024910\n", "截至20231231，全镇油茶基地建设完成。",
    "某局项目支出绩效自评报告\n报告日期: 2018   8   04\n",
    "某区统计局\n   2019  7  8\n",
    "某区交通运输局\n2024 816\n",  # a signature's year parted by a blank from its month and day run together
    # 年 and 月 become blanks, 日 kept (gen.check.lost_spaced_dates)
    "本次专项检查于 2019 3 5日上午在县城开展，2019 12 31日前完成整改。",
    # a two-day range whose 月 was lost, running backwards (gen.check.lost_day_ranges), then its days opening paragraphs
    "按照区人大常委会的部署，15-6日，街道工委组织代表开展视察。\n15日代表们分组走访选民。\n16日上午召开座谈会。\n",
    # a dotted year and month, then 月: two ways of writing a date mixed
    "本单位2019.8月调入、新分配3位在职老师。",
    "某县城市管理局2018绩效评价自评报告\n",
    # the same title with a file's name after it on the line: the title itself still lost its 年
    "某县城市管理局2018绩效评价自评报告 附件：评分表.xlsx\n",
    "其中本年财政拨款2020其他资金到位。\n",  # no form run together on the line: read as written
    "截至2023底，我单位有在职职工25人。",
    "2021 末结余资金已全部上缴。",
    "2022宽甸满族自治县民政局部门整体支出绩效自评报告\n",
    "某县统计局2020人口普查经费项目绩效自评报告\n",
    "某县2023高素质农民培育项目绩效自评报告\n",
    "受县财政局委托,20237-8月对全县项目开展督导。",
    "截至202312月底，资金全部拨付。",
    "项目资金于202年3月15日全部拨付到位。",
    "公开时间：2022年922\n", "评价时间为2019612日至2019630日。",
    # a date that lost its 月 alone, between 年 and 日
    "截至2023年1231日，项目已全部完工。",
    # after the page store's ASCII comma, the clause's first figures
    "省财政提前下达1800万元,2019614日下达60万元。",
    "某县水利局20232023年部门决算表\n",  # a year typed twice
    "本单位自 20122012 年成立以来，职能未变。",  # a year typed twice, a blank before its 年
    "公開時(shí)間:2020817\n",  # a date field's label printed with its reading, the date's marks lost
    # a date that lost only its 日, at a line's or clause's end, or before a heading a PDF ran on
    "预算于2026年1月26经市财政局批复。", "填报日期：2022年5月20\n", "截至2023年12月31，资金全部拨付。", "填报日期:2022 年 5 月 20 一、部门基本情况\n",
    "在11月30召开的第17次会长办公会上审议通过。",  # no year: the verb right after the day
    "在6月20在商场附近悬挂横幅，开展安全知识宣传。",  # the 在 of the act's place right after the day
    "3月5上午召开全镇安全生产工作会议。",  # the time of day right after the day
    "十三、关于2020度预算绩效情况的说明\n", "一、2019度收入支出决算总体情况\n",
    "对照2031度本专科生资助计划，资金全部发放。", "经批准，2018度市本级福利彩票公益金安排如下。", "2024区一般公共预算收入18.97亿元，2023县本级支出完成预算的96%。",
    "5月8日，2024省政府残工委全体会议召开，2023市委经济工作会议作出部署。",
    "5月8日,2024省政府残工委全体会议召开。",
    "2019县农业农村局直属系统共有预算单位5个。",
    "填报说明：2024单位预算收支总表如下。",  # a label, but no year's: the 年 was lost
    # a title broken after its year, the 年 lost
    "某市救助管理站 2023\n单位预算及“三公”经费预算情况说明\n",
    # a mirror copy with pinyin readings after some characters
    "五、2024度国(guó)有资本经(jīng)营(yíng)预算支出决算表",
    "受县农业农村局委托，现对2023度某镇高山茶叶基地项目开展绩效评价。",
    "一、部门决算情况\n2024度，我镇行政运行支出保持平稳。",
    "某县民政局2021年度部门决算\n\n20220830\n\n目录\n", "某县民政局2021年度部门决算\n20228 19日\n",
    "某县公安局2019年度部门决算\n\n        2020817\n",  # seven digits, one month and day fit them
    # seven digits that two months and days fit, alone above the end of a notice: both readings are named
    "现将实施方案印发给你们，请认真贯彻落实。\n\n                    2019109\n",
    "现将实施方案印发给你们。\n" + " " * 58 + "2019109\n",  # set far right, as a signature's date is
    # a range of months from January whose dash was lost: no month 16
    "今年 16 月份，我局共发放救助金。", "2023年112月累计支出85万元。",
    "全年计划投资800万元，111月份已完成投资640万元。",  # the range opens the clause after a comma
    "引进大项目、好项目。110月份，新签约项目29个。",  # the range opens its sentence after 。
    # a notice's date under its two signatures, its month and day of one figure each
    "附件：1.资金分配表\n\n    某市财政局        某市农业农村局\n\n        202395\n\n（此件主动公开）\n附件1\n",
    # a saved page's centred signature, padded with blanks far past the body's name
    "现将报告印发给你们，请认真贯彻落实。\n\n" + " " * 30 + "某区文化和旅游局" + " " * 80 + "\n\n    202637       \n",
    "项目起止时间\n\n20236-202412\n主管部门", "实施期限：20231-20236",  # a form's range, years and months run together
    # the cover's date with all three marks lost, blanks where they stood
    "某县民政局2021年度部门整体支出绩效自评报告\n单位名称：（盖章）\n\n20226 30\n",
    "某县民政局2021年度部门整体支出绩效自评报告\n\n2022  6 30\n", "第二部分度部门决算情况说明\n",
    # the same heading on a Traditional mirror's page
    "某縣實驗中學2021年度單位決算公開說明\n第一部分 單位概況\n第二部分度部門決算情況說明\n一、收入支出決算總體情況說明\n"
    "二、收入決算情況說明\n三、支出決算情況說明\n四、財政撥款收入支出決算總體情況說明\n五、一般公共預算財政撥款支出決算情況說明\n",
    "某区发展和改革委员会\n2022本级预算情况说明\n二、机构设置及人员情况\n2022侨联共有预算单位1个。\n",
    "第三部分 年度部门决算情况说明\n",
    # a trail's last crumb long enough to be the report's own title is read
    "您的位置：首页 > 部门决算 > 某县统计局2022部门决算公开说明\n",
    # a sentence that ranks items with ">" is no trail: its crumbs hold a colon
    "排序依次为：资金到位 > 执行进度 > 2021部门决算质量。\n",
    # a plan's period whose dash and 年 were lost; a title's year and month alone on a line; a deadline's lost 月
    "印发《某市农业发展规划(20212025)》的通知\n", "某县草原补奖实施方案\n\n  202311\n\n目录\n",
    "请各单位于315日前报送材料。",
    # a date in the prose before the meeting or document it dates, all its marks lost
    "整改启动后，2024816召开局务会研究部署，20231105印发实施方案。",
    # the same before a policy put in force
    "根据省、州相关政策要求，我县2019121全面推行殡葬改革以来，各乡镇均已建成公益性公墓。",
    # the same before the part of the day it opens (2016年3月24日下午)
    "2016324下午，区卫生局组织召开信息公开工作培训会。",
    # a month and day of one figure each run into the year before 下午 (2013年7月1日下午); a deadline after 截止 that lost 月
    "201371下午，区法院召开全院大会。截止1210日，全院受理各类案件620件。",
    # a month and a day before the part of the day, both marks lost (3月4日上午)
    "34上午，市民政局婚姻管理处一行到区婚姻登记中心调研。",
    # a PDF's blanks round a year that lost its 年, after a verb that takes it and after a heading's number
    "现将 2022 工作情况报告如下。\n一、2022 工作总结\n",
    # the blanks round a year after the body's own name, before its budget
    "现将我单位 2018 部门预算说明如下：\n",
    # a body's name before the year: a title that lost its 年, not a campaign's name
    "某县应急管理局2023行动方案\n",
    # a disclosure report's title broken after its year, a blank line between the parts
    "某市人民防空办公室2020\n\n政府信息公开工作年度报告\n",
    # a self-reference after the year, mid-line: no figure counts 我, so the 年 was lost (我局 is rare in jieba)
    "（二）做好政策解读。2019我委加大了政策解读力度。", "全年工作有序推进，2023我县新建公厕6座。",
)

KEEP = (
    # a year before 是 whose clause calls it no year, two years of a period, and one year in two columns set apart
    "全县新增就业岗位，2019是其中比上一年增加的数目。", "编号1019年3月入库，批次A019年3月到货。", "2022年2023年两年共投入资金120万元，2023年 2023年度 两栏数字相同。",
    # whole dates, and figures before a blank-parted date that make it part of a longer number or a list
    "统计期限自 2019年1月1日起至2019年12月31日止，共 2019 人次。", "编号 12,2019 3 5日",
    # after 自/从: whole dates, a year and a month alone, an amount with its unit, a figure no month and day can read
    "统计期限自2019年1月1日至2019年11月30日止。", "自201912起执行新标准。", "补助标准从200000至300000不等。",
    "年产值从2000万元起逐年增长，自2019年起实施。",
    # a figure before 的 with its unit, a serial after 第 or 号, a figure's thousands, a document's year in brackets
    "全年培训2025人的任务已完成，发放2025万元的补贴。", "第2023的编号已停用。", "总数为1,2025的记录已核对。",
    "按照〔2024〕的规定执行。",
    # two years on a line alone under words (a chart's axis): no month and day read from 2024
    "各年度完成情况\n2023 2024\n",
    # a year with its 年, a range of years in Chinese numerals, a count before a comma inside a sentence, a bare figure line
    "2021年，某县林业局全面落实工作部署。", "规划期为二〇二一至二〇二五年。", "二〇三五年远景目标。", "全年共受理来信2021，办结2020。",
    # whole dates and times; a count of days before 日夜 (a word, not a part of the day); figures no time can read
    "2月10日凌晨2时45分，某县发生山洪；1月19日至25日开展培训。", "连续坚守120日夜间巡查不断。",
    "全年365日上午开放，下午900分钟用于培训。", "第120日上午完成验收。",
    "全年接待群众20165人次，上午集中接待，2019年3月24日下午召开座谈会。",
    "3月4日上午召开座谈会，9:30上午集中接待，第12上午场次已满，每周3上午开放。",
    # a count before a self-reference, or a year with its 年: no 年 lost
    "全年接待2019人次，我局工作人员全程服务。2023年我委加大了解读力度。",
    "2023年市教育局直属系统共有预算单位24个，另有市局长信箱留言2023条。",  # the 年 there; a count before a body's 局长
    "活动时间为2021年5月10日至30日，2021年前三季度、2021年第一季度完成投资3亿元，全年365日。",
    # a Traditional page's year with its 年, and a count before a measure word in Traditional
    "(四)2018年部門整體支出績效自評報告\n共有2018個項目。\n",
    # an event's or a national bulletin's own name opens with its year, in either script
    "組織僑商參加2024中國(廈門)國際跨境電商展覽;參加2024中国(厦门)国际投资展览。\n",
    "共同编制了《2020中国生态环境状况公报》。\n",
    # a Traditional page's prose: its words are read in Simplified in headings only
    "文化和旅遊部實施2023—2025舞臺藝術創作計劃。\n",
    # a count of days opening a sentence, in a text that writes no whole date; a date with its 月
    "审批时限为180日，逾期自动办结。召开专题会议。120日，逾期自动办结。",
    # a figure that can be a day (28日), or a year named only in another paragraph
    "2023年，某区档案馆推进档案事业发展。28日，市档案局负责人到馆调研。",
    "2023年度工作总结\n某区档案馆推进档案事业发展。128日，市档案局负责人到馆调研。",
    "3月12日，召开专题会议。\n4月20日，开展集中视察。\n办理期限不超过120日。",
    # a count of days opening a paragraph or a clause goes on with 内/以上/后/天; after a comma 120日 and 317日 stay counts
    "办理要求\n120日内办结。\n  210日以上的案件集中清理。", "对逾期案件，1030日内全部办结，120日后复查，317日完成整改。",
    # a figure after a thousands' comma; a table's figure under its row's name
    "累计完成3,111月度任务。", "累计完成3。111月度任务。", "收入合计\n202395\n",
    # a count after a verb inside a sentence stays a count; a heading's year with its 年
    "共计2021举借资金情况。\n三、2022年举借政府债务情况说明\n",
    # two figures that may be a month alone (2025年12月) as well as a month and a day (2025年1月2日)
    "公开时间:202512\n",
    # eight figures that are no year twice before a blank and 年 (an amount, two different years)
    "累计投入 20232024 元，年底完成；编号 20212022 年度归档。",
    # an infant's age in months, a range written out, the 16th month counted, a count of months
    "项目编码 20236-202412，批次号2023-20241。实施时间：2023年6月—2024年12月。",  # no field label before it
    "为6-16月龄婴幼儿接种。1-6月份支出50万元，3至16月完成，第16月验收，共16个月。\n2016月度报表\n",
    "对2011、2012两年度救助资金进行了检查；2019、2020、2021三个年度均未发生。",  # the listed years, counted
    # a title broken after its 年, and a table's year column above a row
    "某市救助管理站 2023年\n单位预算情况说明\n| 项目 | 2023 |\n部门预算合计 |\n",
    # a number before a level and its government that is a count or an amount, not a year
    "共2020个村委会，2021户居民，资金2023万元由县政府统筹。",
    "2021年本年收入30155.88万元，较20155.88万元增加10000万元。",  # an amount that only looks like 2015 glued on
    "公开时间：2022年9月28日\n发布日期：2022-09-28\n公开时间：2022.9.28\n",
    # an amount after 截至 (截至目前累计2023万元) and a field's year with its month written (報告時間:2024年9月)
    "截至目前累计拨付20231万元。\n報告時間:2024年9月\n统计时间：2024\n",
    "预算于2026年1月26日经市财政局批复，2023年5月3经费下达，2024年3月12至15日召开。",
    "某局2021年度部门决算\n2022939\n全年累计支出\n2022930元\n",
    "年度 | 2019 | 7 | 8 |\n",
    "举办2023芜湖数字创意产业暨春季文旅消费推介会，参加2023海峡两岸(安徽)旅行商大会。\n2025金安国际网球公开赛 |",  # events
    "考核期为2019.08—2019.12，共5个月；版本V3.2019.8月度更新。",
    # a trail with no 首页 whose last crumb is a column of the site (…专题), not the report's title
    "政务信息 > 财政资金 > 财政专题 > 2022市级部门决算专题\n\n某市司法局2022年度部门决算\n",
    "第二部分  2022年部门预算表\n",
    "某县城市管理局2018年度绩效评价自评报告\n",
    "本年收入2020万元，培训2019人次，服务2010余人。\n",
    "参训2020人，帮扶2021户家庭，完成2022项目标任务，2020人员到岗，服务2021人民群众。\n",
    "依据县财〔2022〕15号文件，2021-2023年规划。\n",
    "截至2023年底，我单位有在职职工25人，核实2023底数后上报。",
    "2023年365日全天候值守。",  # a count of days: no month and day read 365
    "2022年宽甸满族自治县民政局部门整体支出绩效自评报告\n",
    "年度 2022 宽甸满族自治县\n",
    "累计培训2023高素质农民。\n",
    "2023年7-8月对全县项目开展督导，共20237人次参加，12月完成；合计1,20231月均数。",
    "项目资金于2023年3月15日全部拨付到位，编号第202年3月卷。",
    "公开时间：2022年9月22日\n2022年1230万元全部拨付，2022年100。",
    "2023年5月20-25日开展评价，2023年6月3、4日复核，2023年1月10万元到位，2023年3月15号完成。\n",
    "1-11月30个项目经市财政局批复，11月30日召开会议，10月1日起施行，6月20一、二组完成。\n",
    "6月20日在商场附近开展宣传，3月5日上午召开会议，1-6月20在册人员全部参保。\n",
    "全年用电2020度，电费1200元；第二部分 2020年度部门决算；本部分度量单位为万元。",
    "机关食堂全年用电2020度市本级统一结算，2021年度市本级预算已安排。", "2024年区一般公共预算收入18.97亿元。",
    "2024年度，我镇行政运行支出保持平稳；全年用电量为2024度，与上年持平。",
    "对2021度电量据实结算，在2000度以上高温下作业。",
    # a figure on a line of its own inside a table, or a date written in full
    "某县民政局2021年度部门决算\n发布时间：2022年8月30日\n",
    "项目 | 金额\n合计 |\n20220830\n",
    # three figures of a table's row under its header, not a date
    "年度 | 项目数 | 个数\n2022 6 30\n",
    # the site's column names in a navigation trail are not the report's words
    "您的位置：首页 > 财政预决算 > 2022决算\n当前位置：首页 > 2021预算 > 部门预算\n",
    # a 自评表 run into one line: a row's budget 20 and actual 20 glue into 2020 before the next label
    "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中:本年财政拨款2020其他资金\n",
    # the indicator block's header run together (blanks left by the copy): a row's 分值 20 and 得分 20 glue into 2020
    "三级指标年度 指标值实际 完成值分 值得 分产出指标数量指标更新设备50件50件2020质量指标合格合格2020时效指标\n",
    # a file's name offered for download: the uploader's label, not the report's sentence
    "附件：某县水利局2022部门整体支出绩效自评表.xlsx\n某县水利局2022部门决算说明.pdf某县水利局2022部门决算说明.pdf\n",
    # an 8-digit code or phone in brackets, years reversed; a postcode under an address; a count of days
    "联系电话(20231234)，（20202016）。", "地址：某市某区某路8号\n201611\n", "于60日内办结，在120日内完成，于2023年3月15日前报送。",
    "印发《某市农业发展规划（2021—2025年）》的通知\n",
    # a PDF's blanks round a year that kept its 年, and a flattened table's columns of years
    "对 2022 年度工作开展评价，现将 2023 年工作计划报告如下。\n决算 2022 预算 2023 增减\n甲、2022 乙\n",
    # a flattened table's columns after a body's name, a budget's count
    "预算单位 2018 单位预算数 2019\n现将我单位 2018 年部门预算说明如下。\n",
    # a form's header: the year is the value of its 年度 field, the 单位 field follows it
    "某县职业中学预算年度:2024单位:万元\n决算年份：2022单位：万元\n",
    # a campaign's official name carries its year before 行动: part of the name, no lost 年
    "扎实开展重大事故隐患专项排查整治2023行动，深入推进清朗2024行动。",
    # a year after a name's middle dot is part of the campaign's or event's name (护苗·2022), no lost 年
    "9月1日，“护苗·2022秋季行动”在全省启动。",
    # figures before a meeting's verb that no month and day fit, or a figure run on from an amount
    "编号20241399召开专题会议。", "资金3,2024816召开会议。", "资金3,2019121全面推行。",
    # ranges that run forwards, a range across two months written out, a figure before the dash, and a day after no range
    "12-15日召开培训会，1月30日-2月2日开展检查，3月17-8日，编号2023-15日，17日代表们分组走访选民。",
    "1月5-6日，街道工委组织代表开展视察。\n15日代表们分组走访选民。\n",
    # a school year is named by its first year and 学年 (2021学年度, 2022学年第一学期): no 年 lost
    "某镇中心学校2021学年度有完小7所，2022学年第一学期开展课后服务。",
    # a count of days after 截至 goes on with 内; a day alone after 截至; a year and a count before 上午 with a unit
    "截至120日内办结，截至12日，完成80%，2013年共71人上午参训。",
)
