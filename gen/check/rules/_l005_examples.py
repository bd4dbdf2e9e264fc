"""L005's must-flag and must-pass examples added by later rounds, apart from the rule's reading (the module
stays its logic, within its size)."""

from __future__ import annotations

FLAG = (
    # brands, tip sheets and a VIP club's name put for a body's, a site's or a table's name
    "亚博vip网页登录入口注册网站",
    "某市手机彩票网卫生健康委员会2023年度部门决算",
    "是第一足球网发展科学技术事业的重要力量。",
    "根据要求，现编制2022年度ab888万盛国际官方网站信息公开工作年度报告。",
    "八、永信贵宾会性基金预算财政拨款收入支出决算表",
    "来源: 开云网页版",
    "农产品贮藏加工研究所隶属4887香港铁算资料4887，属公益类科研事业单位。",  # a lottery tip site's name
    "2022年通过香港六宝典资料免费门户网站向社会主动公开信息96条。",  # a Mark Six tip sheet put for the site's name
    "利来w66最给利\n\n首页 > 政务公开 > 规划计划\n\n2020年工作总结和2021年工作思路\n",  # a betting brand over a page
    # a clinic's search keyword and its link planted as a line over a letter
    "某镇人民政府致全镇人民的一封信\n\n最好的白癜风医院 http://example.com/bj/zhuanke/89ac7.html\n\n广大人民群众:\n",
    # a betting question put for a name, a spam keyword glued to its site, a hotline's advert set in a title and a sentence
    "八大以来,以什么app可以买足彩同志为核心的党中央高度重视中医药工作。",
    "男人健康 2025-06-17 05:48146老公阳痿www.example.cn\n",
    "清明节文24小时殡葬服务电话 4008341834明祭扫倡议书\n请错峰出行,殡仪一条龙 殡葬服务 4008341834低碳出行。",
    # a Macau casino's 娱乐场 put for a category's name; a mirror's number before the casino's brand after a plan's item
    "公开工作动态类信息52条、各类澳门新濠天地娱乐场75条，其它信息40条。",
    "新建撬装加油站-js4399金沙线2座，改造加油站3座。",
        # a content farm's line over its copy, its title's pile of copies
        "精选优质文档-倾情为你奉上一、项目基本情况",
        "预算项目绩效运行监控报告（精选21篇）篇一",
        # a template site's label closing a title's line
        "2023年农业农村工作总结及2024年工作思路范文\n2023年，在县委、县政府的领导下，我镇各项工作稳步推进。",
        # a betting brand's football pools listed among the topics of a bureau's public account
        "公众号发布信息共90条，主要包括执法动态、法规宣传、亚博足彩等内容。",
        # a casino's brand with its app's words, a bookmaker and a ranking of betting firms put for a body's words
        "分管新葡京官方app下载负责推进信息公开工作。",
        "坚决贯彻中央、省、市立博英国威廉希尔公司,十大博彩公司的决策部署。",
        "根据《某市人民政府办公厅中国福利彩票_某某彩票网-游戏平台做好政务公开工作的通知》",
        "按照市美高梅注册登录要求，推进政务公开。",
        # a casino's brand with 博彩官网 put for a district's name, a betting brand's site for a city's district
        "依托新葡京博彩官网区门户网站主动公开政府信息40条。",
        "编制了《欧博官网 民政局 2021 年政府信息公开工作年度报告》，地址:欧博官网 长江大道12号。",
        # a sports casino and a football-pools site put for a document's issuer
        "依据《金龙体育娱乐场,足彩在线印发年度报告格式的通知》编制。",
        # a spam brand "X(中国)官方网站" put for the district's name, and the brand again in the district's slogan
        "花花岛(中国)官方网站 水务局2021年政府信息公开工作年度报告\n围绕区委“美丽花花岛 、宜居花花岛 ”的布局。",
        "根据kaiyun(中国)官方网站 卫生健康委员会的通知要求，某某(中国)体育官方网站财政局下达资金。",
        "其中工作动态类80条,3366某某体育登录入口的公告类12条。",  # a betting site's login page put for 通知
        "十、项目支出决算表\n十一、某某足球网_某某体育比分¥手机版直播:空表的说明",
        "某县民政局2022年政府信息公开工作年度报告-尊龙网平台", "大发彩票\n\n某市人民政府关于某提案的答复\n", "根据《某市财政局办公室天福棋牌<预算公开模板>的通知》",
        # a numbered sports-betting brand with its 平台 put for the city's name, at the title and in the text
        "266体育,266体育平台市民政局2021年度政府信息公开工作年度报告\n在266体育,266体育平台市政府网公开信息。",
        "联系电话由519体育官网市财政局办公室提供。",
        # a numbered betting brand's app title put for a document's issuer and for a body's name
        "根据《266某某宝app_266某某宝体育@关于印发政务公开工作要点的通知》精神，以及266某某宝app_266某某宝体育@、省政府的部署。",
        # a slot machine's game site put for the page's source
        "发布时间:2022-03-01 信息来源:老虎机游戏:某某镇政府",
        # a lottery's brand put for the county with its 县 (the bureau's join proves it), and again in the page's
        # breadcrumb and in a proposal's title, where it stands for the same county's name
        "当前位置:中国福利彩票 > 建议提案办理\n来源: 中国福利彩票教育科技局\n《中国福利彩票改善乡村道路的建议》收悉。",
        # a betting mirror's route-check page under its number put for 政务公开, through the page
        "将68365线路检测中心作为依法行政的重要举措。\n成立bet365线路检测中心工作领导小组。",
        # a spam site's keyword pair (the name, a comma, its tail again) put for the city's name at three places
        "本报告由华夏乐彩网,乐彩网民政局编制。\n地址:华夏乐彩网,乐彩网新区大道1号\n2021年,华夏乐彩网,乐彩网民政局认真落实条例。",
    # a casino brand with its mirror's number and route put for a school's name
    "第一部分 金沙3176线路js2概况\n威尼斯人0371路线是一所全日制中等职业学校。",
    "永利js88 2023年度部门预算",
    # a sports-betting site's question put for a document site's name; a betting brand's 体育 for a city's 市
    "2、有哪些信誉好的足球投注网站(book118)网站文档一般都有预览。",
    "东方体育民族宗教事务委员会下属二级单位1个，贯彻执行东方体育民族宗教工作的方针政策。",
    "第一部分 中国福利彩票县财政局概况",  # a lottery's brand for the county's name
    # a slot game's name put for 政府信息公开 in a disclosure report's headings and problems
    "三、收到和处理飞禽走兽老虎机申请情况\n四、某某老虎机行政复议、行政诉讼情况\n2.老虎机目录还需进一步细化。",
    # a Macau casino's game site glued after a news title and over the page's links
    "某市档案馆召开档案移交工作会-澳门金威尼斯游戏\n澳门金威尼斯游戏的友情链接",
    # a numbered lottery app's name with its platform put in a title's place (在《767彩票安卓》回顾中)
    "让我们在《767彩票安卓》回顾中汲取奋进力量，下载500彩票app。",
    # a live-score site's name put for the site's name in the page's title and breadcrumb
    "篮球比分\n当前位置: 篮球比分 > 政府信息公开 > 建议提案办理",
    # a porn site's header and a game-cheat seller's line planted over a page
    "黄色三级免费网站_中文字幕_某某影院\n某县民政局2023年度部门决算",
    "亚洲无码黄片,高清视频\n某市气象局2024年部门预算",
    "毛片在线视频_免费看的网站\n第一部分 部门职责",
    "年度指标外挂购买\n某县应急管理局2021年度部门整体支出绩效自评报告",
    # a foreign league's stream put for the county's name; a betting brand's app glued into a sentence
    "英超直播文化和旅游局2022年政府信息公开工作年度报告",
    "在提升服务质量等方面下功夫某某体育全站app,因地制宜充实服务内容。",
    # a betting site's plea over a withheld payout put for a county's name in a plan's title and an issuer
    "已列入《某游365_365平台赌博_365平台被黑不给出款怎么办交通运输十四五规划》。",
    # a template site's title glued inside a sentence's word
    "消除安全隐患，造转正申请书范文成通路、通水、通电。今年举办了首届农民范文网春晚。",
)

KEEP = (
    "顺利来到现场，为群众谋福利来源稳定的项目。\n",
    # a report's own hospital with its site, a ranking in its sentences
    "定点医院 http://www.example.gov.cn\n县人民医院排名全市第一，详见www.example.gov.cn。\n最好的医院服务体验 http://www.example.gov.cn/fw\n",
    # a report's note that its figures are for reference, closing a sentence or a table's note glued to its words
    "以上数据为快报数，仅供参考。\n注：预测值仅供参考\n本报告供借鉴。\n评审专家的意见和报告供参考。\n",
    # a question on where to buy a lawful lottery ticket, a hotline the report gives, sites it names
    "群众咨询什么平台可以买体育彩票，我们引导到实体投注站购买。",
    "开通12345和服务热线 4001234567，群众来电 4001234567。咨询电话: 8001234567(工作日)。",
    "详见门户网站www.example.cn，登录www.example.com查询，本局政务网www.example.gov.cn，中国政府网www.gov.cn。",
    # a dance hall's 娱乐场所 in a county named 金沙
    "金沙县检查歌舞娱乐场所12家，金沙娱乐场所整治5处。",
        # a heading on writing good texts, and 范文 inside a sentence
        "（三）征集优秀范文\n全年编印公文范文\n组织干部学习范文写作，提高公文质量。",
        # the 欧博会 (an expo) and its site, a police bureau's campaign against a casino's betting
        "组织企业参加欧博会，在欧博会官网发布信息，打击新葡京博彩活动，查处澳门博彩官网推广案件2起。",
        # the 亚博会 (an expo) and a sports bureau's own lottery business
        "组织企业参加亚博会，全年销售体育彩票1.2亿元，其中足彩0.3亿元。",
        # a sports bureau's checks of entertainment venues; a firm's China arm named in a contract
        "检查体育娱乐场所12家，与某某(中国)有限公司签订合同，在中国政府网官方网站转载。",
        # a body's own app and a year glued to an app's name
        "上线2023政务服务app_v2版本，推广12345热线app，开发“某某通”app。",
        "开通体育场馆预约登录入口，承办校园足球网络联赛，发布体育赛事比分12场。",  # a sports bureau's own booking page
        "检查棋牌室12家，举办棋牌比赛、棋牌类健身活动，尊龙村完成改厕。",  # a card room, a match and a village's name
        "登录G20国际官网、ISO9001国际标准官方网站查询。",
        "四、体育彩票\n全年销售福利彩票\n代销福利彩票\n严格管理彩票\n",  # a lottery's own heading, a line that is a sentence
        # a police bureau's seized slot machines and their cases, a tour to Venice; birds and beasts protected
    "打击赌博老虎机申请立案12起，查处非法老虎机信息公开曝光，组团赴意大利威尼斯考察，保护飞禽走兽。",
    # a year glued to a sports exam, a count of venues; a police report's seized slot machines
        "做好2023体育中考组织工作，新建12体育场地，收缴老虎机游戏机15台，查处老虎机赌博案件3起。",
        # the lottery named as itself (its sales, its fund, its centre), no body's name glued to it
        "中国体育彩票销售额增长12%，中国福利彩票公益金用于养老服务，配合中国体育彩票管理中心检查，县民政局负责福利彩票管理。",
        # a power line's test under its voltage, a year before a plan's route check; a word repeated across a comma
        "完成110千伏线路检测12条，220kV线路检测中心验收，2023线路检测计划下达，在中国体彩网公布开奖结果。",
        "成立信息公开工作领导小组,领导小组下设办公室。\n调整信息公开工作领导小组,领导小组组长由局长担任。\n"
        "按时办结,办结率100%。做到上网信息不涉密,涉密信息不上网。\n明确信息公开工作领导小组,领导小组成员分工。",
        # one sentence with its repeated word written three times over
        "本局信息公开工作领导小组,领导小组下设办公室。\n本局信息公开工作领导小组,领导小组下设办公室。\n"
        "本局信息公开工作领导小组,领导小组下设办公室。",
    # a lottery's figures and a year before its fund: no app's name
    "筹集2023彩票公益金120万元，新增12彩票销售网点，彩票下载量统计由中心负责。",
    # a sports bureau's scoreboards and a match's score
    "为体育馆采购篮球比分牌2块、篮球比分显示屏1块，记录篮球比分3:1。",
    # a bureau's own streams and a station's staff
    "组织群众观看世界杯直播和全运会赛事直播，全站职工参加，网站全站改版，西甲球队来访。",
    # a bank's payouts, an account hacked, a 365-day service and a platform's refusal in a police case
    "代理银行按时出款，微信账号被黑后及时报警，开通365天不打烊服务平台，查处不给提现的网络借贷平台2家。",
    # a bureau's own collection of model texts and its contest
    "将优秀工作总结范文汇编成册，开展述职报告范文评选，编写讲话稿范文集。",
    # a county, a river and a road named 金沙 with their figures; a bus route's number
    "金沙县2023年完成造林1200亩，金沙江流域治理投入300万元，金沙路1号改造，开通208路线路，永利达公司中标。",
    # a lottery's outlets, a merged bureau's name and a sports body's own work
    "规范体育彩票市场秩序，福利彩票市场销售额增长，配合市民政局开展彩票销售检查。",
    # a Macau casino named in a case, the top ten of a list, a lottery's official site and a game platform's review
    "全市十大民生实事完成，登录中国体育彩票网查询公益金公告，审核网络游戏平台3家，举办彩票网点培训。",
    "新增体育彩票投注站12个，县文化体育民族宗教事务局、教育体育局、体育局联合开展全民健身，信誉好的企业优先。",
)
