"""S001's must-flag and must-pass examples, apart from its reading: the outlines real reports write
are many, and each class a round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # a plan's items under its own 一、 title, after a lead-in that says items follow: they take their title's level
    "一、2018年度工作计划\n为做好今年各项工作，结合实际，内容如下：\n一、做好图书馆基础工作。\n1、推进总分馆制建设。\n"
    "二、开展阅读推广活动。\n",
    # the first item of a run in a lower level's bracketed mark, its siblings in the right one: (1) should be (一)
    "1、环境质量\n(1)水环境质量：断面水质达标。\n(二)大气环境质量：优良天数增加。\n(三)环境安全：未发生事件。\n",
    # a 1. title in the slot of a lost 二、 (一、 … 1. … 三、): the skip to 三、 is told; the （一） items under the
    # 1. count afresh, no repeat of the （一） above nor a step back from its （二） (tests/check/test_s001_upper_slot.py)
    "一、部门情况\n（一）机构设置\n内设三个股室。\n（二）人员情况\n在职十人。\n1.收入预算说明\n（一）本年收入预算三百万元。\n"
    "（二）比上年增加二十万元。\n三、支出预算说明\n（一）基本支出二百万元。\n",
    # the first sub-heading lost its （一）: a short title line under the section's heading, shaped as its （二）
    "一、上半年工作情况\n稳就业，兜牢民生底线\n全年新增就业岗位120个。\n（二）促发展，壮大村集体经济\n新建冷库两座。\n",
    # the same as a run-in title, like the （二） after it
    "一、总体情况\n本年度我局扎实推进政务公开。\n主动公开情况。我局及时发布各类信息。\n（二）依申请公开情况。全年收到申请2件。\n",
    # a third level that opens at 2. with no first before it (a figure, not a year, opens the line above)
    "一、总体情况\n1.5万人次浏览了公开专栏。\n2.加强政务新媒体管理。严格落实主管责任。\n",
    # a skip with no note of a cut between: the author's own
    "二、工作亮点\n（一）抓好孕产妇管理，守住安全底线。\n全年无孕产妇死亡。\n（四）推进公共卫生项目\n全面完成筛查任务。\n",
    # after a flattened two-column table's closing total the report's own headings count again
    "项目\n预算数\n项目\n预算数\n一、财政拨款收入\n120.00\n一、一般公共服务支出\n二、事业收入\n二、教育支出\n"
    "本年收入合计\n120.00\n一、部门职责\n三、机构设置\n",
    # an amount before the next number is no missing one: 三、 to 五、 after 80.00万元 still skips 四、
    "一、部门职责\n负责全县教育工作。\n二、机构设置\n内设科室5个。\n三、收入情况\n本年收入合计80.00万元。\n五、支出情况\n",
    # the duties under a fourth-level title borrow its （1）: there is no standard fifth-level mark to name
    "一、主要职能\n（一）工作职责\n1.管理工作\n（1）基本职责\n（1）承担全县水利工作。\n（2）负责水资源管理。\n",
    # one item that lost its bracket and numeral holds one place, not two: （二） to （五） still skips
    "一、部门职责\n（一）贯彻落实上级决策部署。\n（二）负责本系统规划编制。\n)负责行业监督管理。\n"
    "（五）负责队伍建设和培训。\n",
    # the same list that truly leaves out a number between two doubled marks
    "二、部门预算报表\n1、收支总表\n2,、收入总表\n4,、财政拨款收支总表\n5、一般公共预算支出表\n",
    # a contents' list of tables that leaves out a number (九、 then 十一、): the entry between them was lost
    "目录\n第一部分 单位概况\n一、职能简介\n第二部分 附表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n"
    "四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n七、政府性基金预算财政拨款收入支出决算表\n"
    "第一部分 单位概况\n一、职能简介\n负责全县林场的经营管理。\n",
    # a list numbered with circled digits whose second item lost its ②
    "1.机构设置\n①机关内设科室5个\n办公室、财务科、业务科。\n下属事业单位2个\n③派出机构3个\n2.人员编制\n",
    # a lone mark holds only its own number: a lone （2） does not stand for the （1） before it
    "一、专项资金情况\n本局管理三项专项资金。\n（2）\n防汛物资储备经费年初安排四万元，全年执行四万元，保障了汛期物资供应。\n"
    "（3）山洪预警平台运维经费执行率百分之百。\n",
    # a contents entry that took its sibling's number, the list going on from the repeat (3. 3. 4.)
    "目录\n一、部门概况\n二、决算情况说明\n1.收入决算情况\n2.支出决算情况\n2.“三公”经费情况\n3.政府采购情况\n"
    "三、名词解释\n一、部门概况\n负责全县水利工作。\n二、决算情况说明\n1.收入决算情况\n收入120万元。\n",
    # a figure's 1.5 in the line above is no first item run in: the 1. is lost
    "一、项目概况\n项目建设示范村十个。\n二、绩效分析\n（一）资金投入情况\n资金较上年增长1.5倍。\n2.资金使用情况\n资金全部拨付。\n",
    # the same wrapped contents entry, then a body that really skips its 二、
    "目录\n一、概况\n（一）单位职责\n（二）“三公”经费支出决算情况\n说明\n（三）政府采购支出说明\n二、名词解释\n"
    "一、概况\n（一）单位职责\n承担全市妇女儿童保健服务。\n三、名词解释\n",
    # a list under （一） after a colon that numbers its items （一） （二） again: the heading's level reused
    "一、部门基本情况\n（一）职能职责\n本部门主要职责是：\n（一）贯彻实施科普法，普及科学知识。\n（二）组织开展科普活动。\n",
    "一、部门基本情况\n内容。\n三、部门整体支出绩效情况\n内容。",
    "一、部门基本情况\n内容。\n二、绩效情况\n内容。\n一、存在问题\n内容。",
    # a step back to a 一、 whose title is not the first 一、's: no contents before it, a misnumbered section
    "一、单位概况\n本单位负责科普工作。\n二、收支情况\n本年收入五十万元。\n一、绩效情况\n各项指标均已完成。\n",
    "一、基本情况\n（一）部门职能\n（二）收支情况\n（二）绩效目标\n",
    "一、基本情况\n（一）部门职能\n（三）收支情况\n",
    "第一部分 部门概况\n一、主要职能\n二、机构设置\n第二部分 决算情况说明\n一、收入决算情况\n三、支出决算情况\n",
    "一、基本情况\n内容。\n（二）项目概况\n内容。\n",
    # a list restarting at a "1." alone on its line under the heading "3." of the same level
    "（一）概况\n1.机构\n设两个科室。\n2.人员\n编制八人。\n3.职责\n  1.\n承担全镇农业管理工作。\n2.负责防汛工作。\n",
    # the third and fourth stages numbered as a deeper level, continuing （一）（二）
    "二、工作开展情况\n（一）准备阶段\n制定方案。\n（二）实施阶段\n开展自评。\n3.整改阶段\n逐项整改。\n"
    "4.总结阶段\n形成报告。\n三、绩效情况\n",
    "某镇人民政府2023年度部门整体支出绩效自评报告\n（一）职能职责\n一、单位主要职责\n负责全镇社会事务。\n",
    # the contents list the second （一） only: the first, added before it, is the one reported
    "目录\n一、部门概况\n（一）机构设置\n（二）主要职能\n二、绩效自评\n附件1 自评表\n某镇2023年度绩效自评报告\n"
    "一、部门概况\n（一）基本情况\n（一）机构设置\n内设三个办公室。\n（二）主要职能\n负责全镇社会事务。\n二、绩效自评\n",
    # a line that only mentions a part's title opens no division: the list goes on, and 1. is a step back
    "第一部分 预算公开相关报表\n1.收入预算表\n2.支出预算表\n3.基金预算表\n以下为预算公开相关报表的说明\n1.收入预算表\n",
    # after a colon's list the outline resumes with a title that skipped a number: no item of the list
    "一、单位概况\n（一）人员编制\n编制二十人。\n（二）工作职责\n本办的职责是：\n（一）筹备全委会议。\n"
    "（二）督办委员提案。\n（三）督办社情民意。\n（四）收支情况\n本年收入一百万元。\n",
    # levels upside down: (1) (2) hold the 1、 2、 lists (the order is 一、 （一） 1. （1）)
    "一、项目概况\n（二）资金投入情况\n(1)资金到位情况\n1、预算安排八十万元。\n2、到位率百分之百。\n"
    "(2)资金使用情况\n1、实际支出八十万元。\n2、使用率百分之百。\n（三）绩效目标\n",
    # run-in text, but no upper heading ran into it: the （二） is a step back after （三）
    "一、项目概况\n（一）基本情况。\n（二）绩效目标。\n（三）自评步骤。\n资金已全部到位。 另有结余两万元。\n（二）效益情况\n",
    # 二、 ran into a line, 三、 stands nowhere: 四、 still skips it
    "一、项目概况\n建成照料中心两处。 二、资金管理情况\n资金全部到位。\n四、评价结论\n",
    # 2. and 3. ran into a line, but the list's 1. is nowhere: 4. opens its level
    "一、项目概况\n（一）效益情况\n方便老人就近托养。 2.满意度达到九成。 3.费用控制在概算内。\n4.按期完工。\n",
    # the same contents and body numbering anew, whose body then steps back from 三、 to 二、
    "某县政协预算说明\n目录\n一、部门主要职能\n二、预算单位基本情况\n三、预算单位收入情况\n四、其他公开信息\n"
    "按照有关规定，本部门全部收支纳入预算管理。\n一、基本职能及主要工作\n负责全县政协日常工作。\n"
    "三、预算单位收入情况\n本年收入一百万元。\n二、预算单位基本情况\n本部门有一个预算单位。\n",
    # the second 1. follows a sentence, no label of its own: a step back
    "一、单位基本情况\n部门职能概述\n\n1. 收养社会孤弃儿童\n\n2. 收养社会“三无”人员\n\n今年完成了以下任务。\n\n"
    "1. 提升孤弃儿童养育水平;\n\n2. 增添医疗康复设备,确保全年安全无事故;\n",
    # the line before closes its sentence: the list really opens at （4）
    "项目绩效自评报告\n（一）项目基本情况\n根据市财政局年度预算，下达体育学校经常性项目经费。\n\n项目概述如下。\n\n"
    "(4)教练员培训1.00万元:提高教练员业务知识;\n\n(5)图书、资料1.00万元:购买学生图书。\n",
)

KEEP = (
    # a plan numbering its items through the whole section (1.–3. under （一）, 4. 5. under （二）): one run, no restart lost
    "一、听取专项工作报告\n（一）听取政府专项报告\n1.关于计划执行情况的报告\n2.关于预算执行情况的报告\n"
    "3.关于审计工作情况的报告\n（二）听取检察院专项报告\n4.关于公益诉讼工作情况的报告\n5.关于企业合规工作情况的报告\n"
    "二、专题询问\n1.组织开展专题询问。\n",
    # （1） under its （一）, the outline going on at （二）
    "一、环境质量\n（一）水环境\n（1）断面水质达标。\n（二）大气环境\n优良天数增加。\n",
    # a page saved from Word keeps each list item's field before its numbering: the （一） behind it still counts
    "一、工作开展情况\n<!--[if !supportLists]-->(一)<!--[endif]-->以县政务网为主要平台，多渠道公开信息。\n"
    "（二）突出重点，推进信息全面公开。\n",
    # a heading whose paragraph names a range of grades with a 顿号 (三、四级): no inline list, still a heading
    "一、低保工作。全年发放低保金八十万元。\n二、残疾人补贴。对一、二级残疾人每月补助八十元，对三、四级残疾人每季度补助"
    "一百元，全年发放补贴二十万元。\n三、医疗救助。全年救助五十人次。\n",
    # a 收支总表 of two column groups flattened one cell per line (项目, 预算数, 项目, 预算数): its row names
    # count 一、二、 down the 收入 and the 支出 columns in turn, an empty cell leaving no line
    "收  入\n支  出\n项目\n预算数\n项目\n预算数\n一、财政拨款收入\n120.00\n一、一般公共服务支出\n二、事业收入\n"
    "二、教育支出\n115.00\n三、其他收入\n5.00\n三、科学技术支出\n四、卫生健康支出\n本年收入合计\n125.00\n",
    # a list of tables some of whose numbers carry a doubled mark (P003's): the numbers run on unbroken
    "二、部门预算报表\n1、收支总表\n2,、收入总表\n3、支出总表\n4,、财政拨款收支总表\n5、一般公共预算支出表\n",
    "二、部门预算报表\n1、收支总表\n2,、收入总表3,、支出总表\n4、财政拨款收支总表\n",
    # a mirror doubled the marks (十,、) and the reading ran 十一,、 into the line above it: nothing is lost
    "八、运行经费说明\n九、政府采购说明\n十,、国有资产说明十一,、转移支付情况\n十二,、绩效管理情况\n十三、名词解释\n",
    # the body's first heading goes on past the contents' first entry with an aside in brackets
    "某福利院2021年度部门决算\n目录\n一、某福利院概况\n二、部门决算公开报表\n三、部门决算情况说明\n四、名词解释\n"
    "一、某福利院概况（参照“三定方案”）\n",
    # a contents' list of tables, cut to its last entry by the page, then the body from 一、
    "某局2021年度部门决算公开说明\n目 录\n九、《国有资本经营预算财政拨款收入支出决算表》\n一、贯彻落实国家有关法律。\n二、负责畜牧业监督管理。\n",
    # an evaluation report's 摘要 and 正文, each numbered from 一、 (a page number beside the word)
    "2017年某区全民健身经费项目绩效评价报告\n2 摘要\n一、项目概况\n全民健身经费共计500万元。\n二、评价结论\n"
    "项目评价得分92分。\n3 正文6\n一、项目基本情况\n项目由区体育局实施。\n二、绩效评价工作开展情况\n",
    # a contents titled 目录: (a colon after it), then the body numbered from 一、 again
    "某镇政府预算公开说明\n目录:\n一、单位主要职责\n二、机构设置情况\n三、预算收支及增减变化情况\n四、专业名词解释\n"
    "一、单位主要职责:\n镇政府主要职责是贯彻执行上级决定。\n二、机构设置情况\n内设五个办公室。\n",
    # parts that lost their 第 (二部分, S011's): each restarts the outline, and none is a title numbered 二 without 、
    "一部分  部门概况\n一、主要职能\n负责全区残疾人工作。\n二、部门基本情况\n内设三个科室。\n二部分  2023年度部门决算\n"
    "一、收入支出决算\n本年收入一百万元。\n二、收入决算\n全部为财政拨款。\n三部分  2023年度部门决算情况说明\n"
    "一、收入决算情况说明\n本年收入一百万元。\n",
    # a package's contents list each document with its page, and each document's headings count afresh under it
    "目 录\n第一部分 部门概况 1\n一、基本职能 1\n二、机构设置 1\n第二部分 附件 24\n某办2020年部门整体支出绩效评价报告 24\n"
    "一、部门概况 24\n二、资金收支情况 24\n三、绩效管理情况 24\n四、评价结论及建议 26\n以工代赈项目2020年绩效评价报告 27\n"
    "一、项目概况 27\n二、资金使用情况 29\n三、项目绩效情况 33\n四、评价结论及建议 42\n第一部分 部门概况\n一、基本职能\n"
    "负责全县以工代赈项目的组织实施。\n",
    # the body's first heading retitled with the body's name (目录 一、部门概况 … 四、…, then 一、某中心概况) right
    # after the contents' last entry: the contents end there, their (二) (五) gap is a line the page ran together
    "目录\n一、部门概况\n(一)主要职能\n(二)部门机构设置情况\n二、部门预算安排情况说明\n(一)收支预算总体说明\n"
    "(二)收入预算说明\n(三)支出预算说明(四)财政拨款收支预算说明\n(五)一般公共预算拨款说明\n三、名词解释\n"
    "四、部门预算表\n(一)部门收支预算总表\n(二)部门收入预算总表\n一、某县养老服务指导中心概况\n(一)主要职能\n"
    "1.按照国家有关政策，拟定老人福利事业单位工作的方针\n2.协助政府有关部门做好社会福利工作\n",
    # parts headed by the document's title and the part's after a dash (……——单位概况), a contents whose tables lost
    # their numbers (、一般公共预算基本支出表) before its next part: each part counts afresh, the contents end at the body
    "某福利院2021年部门预算\n目录\n第一部分 单位概况\n一、主要职能\n二、部门预算单位构成\n第二部分 2021年部门预算表\n"
    "一、财政拨款收支总表\n二、一般公共预算支出表\n、一般公共预算基本支出表\n、政府性基金预算支出表\n"
    "第三部分 2021年部门预算情况说明\n第四部分 名词解释\n某福利院2021年部门预算——单位概况\n一、主要职能\n"
    "负责为孤儿和弃婴提供养护、康复服务工作。\n二、部门预算单位构成\n本院为县民政局的下属事业单位。\n"
    "某福利院2021年部门预算——预算表\n一、财政拨款收支预算总表\n二、一般公共预算支出表\n",
    # a contents line the page ran two entries into ((三)…说明(四)…): the (四) stands there, no number left out
    "目录\n一、部门概况\n二、预算情况说明\n(一)收支预算总体说明\n(二)收入预算说明\n(三)支出预算说明(四)财政拨款收支说明\n"
    "(五)一般公共预算拨款说明\n三、名词解释\n一、部门概况\n负责全市民政工作。\n",
    # a contents whose list skips after only two entries: too short a run to tell a gap from a list of chosen tables
    "目录\n一、部门概况\n（一）主要职能\n（二）机构设置\n（四）人员情况\n二、名词解释\n一、部门概况\n负责全县统计工作。\n",
    # an attachment's label, then a title over two lines: the attachment's own numbering starts afresh
    "一、部门收支总表\n二、部门收入总表\n三、部门支出总表\n附件2\n某州林业和草原局2025年部门预算\n编制说明\n"
    "一、基本职能及主要工作\n二、机构设置\n",
    # a contents of tables, then the title whose 说明 a bracketed note closes: the document numbers afresh
    "第二部分 预算公开表\n一、财务收支预算总表\n二、部门收入预算表\n三、部门支出预算表\n某区教育体育局2026年\n"
    "部门预算编制说明(汇总)\n一、基本职能及主要工作\n（一）部门主要职责\n负责全区教育工作。\n",
    # a table's rows, their cells parted by blanks: the （二） of a row's label is no heading
    "一、收入支出情况对比 (一) 收入总计 58596771.09 117154424.7 58557653.59 99.93%\n1. 财政补助收入 6909800 55508400 48598600 703.33%\n"
    "(二) 支出总计 68040296.8 73952025.38 5911728.58 8.69%\n1. 医疗业务成本 47100683.28 50633220.8 3532537.52 7.50%\n",
    # contents that list a part's tables unnumbered between 二、 and 三、, then the body from 一、
    "目录\n一、概况\n（一）部门职责\n二、部门决算公开表\n2023年度收入支出决算总表\n2023年度收入决算表\n三、决算情况说明\n四、名词解释\n"
    "一、概况\n（一）部门职责\n负责全区法治工作。\n二、部门决算公开表\n详见附件。\n",
    # contents that open with an unnumbered entry and its page (摘要 1)
    "目 录\n摘要 1\n一、基本情况 1\n（一）项目概况 1\n二、绩效评价结论 17\n三、有关建议 30\n摘要\n一、基本情况\n根据某某文件开展评价。\n",
    # a contents line that kept only its leader and page (its entry lost): the contents go on past it
    "目 录\n一、部门概况..........3\n（一）部门职责..........3\n二、决算情况说明..........4\n（一）收入决算情况说明..........4\n"
    "................................ 7\n（三）预算绩效情况说明..........9\n三、名词解释..........11\n一、部门概况\n（一）部门职责\n负责全县工作。\n",
    # the ② run into the line before it, and a new list after the next heading starting again
    "1.机构设置\n①机关内设科室：办公室、财务科。②下属事业单位2个\n③派出机构3个\n2.人员编制\n③在编人员\n",
    # a contents without its 目录 line whose 七、 八、 were typed 1. 2.: S018 reports them; the 九、 after them
    # is where the first level would be, the skip from 六、 is theirs
    "第三部分 决算情况说明 4\n五、项目支出情况说明 6\n六、基本支出情况说明 7\n1. 政府性基金支出情况说明 8\n"
    "2. 国有资本经营支出情况说明 8\n九、“三公”经费支出情况说明 9\n十、绩效情况说明 10\n",
    # a web page puts each item's number in an element of its own: "（1）" alone on a line, its item (a
    # sentence too long for a title) on the next; the （1） is there, so neither （2） nor （3） skips it
    "一、专项资金情况\n本局管理三项专项资金。\n（1）\n防汛物资储备经费年初安排四万元，全年执行四万元，保障了汛期物资供应。\n"
    "（2）山洪预警平台运维经费执行率百分之百。\n（3）水文站点维护经费按期拨付。\n",
    "一、专项资金情况\n本局管理三项专项资金。\n（1）防汛物资储备经费全年执行四万元。\n（2）\n"
    "山洪预警平台运维经费年初安排六万元，全年执行六万元，平台全年稳定运行。\n（3）水文站点维护经费按期拨付。\n",
    # the same contents numbered in order, and a list of the contents that numbers two groups afresh
    "目录\n一、部门概况\n二、决算情况说明\n1.收入决算情况\n2.支出决算情况\n3.“三公”经费情况\n4.政府采购情况\n"
    "三、决算公开表\n（一）汇总\n1.收入支出决算总表\n2.收入决算表\n（二）本级\n1.收入支出决算总表\n2.收入决算表\n"
    "一、部门概况\n负责全县水利工作。\n二、决算情况说明\n1.收入决算情况\n收入120万元。\n",
    # a contents whose parts each number their entries from 一、 (一、 under 第一部分, then 一、 二、 under 第二部分)
    "目录\n第一部分 部门概况\n一、主要职责\n第二部分 部门预算表\n一、收支总表\n二、收入总表\n三、支出总表\n"
    "第一部分 部门概况\n一、主要职责\n负责全区消防工作。\n",
    # a 收支总表 flattened one cell per line, each cell keeping its pipe: two columns count 一、二、 in turn
    "收入 |\n支出 |\n一、一般公共预算拨款收入 |\n675.82 |\n一、一般公共服务支出 |\n516.39 |\n二、政府性基金预算拨款收入 |\n|\n二、外交支出 |\n|\n",
    # a page export ran two titles and the first item into one line (……分析(一)资金到位情况1.资金来源): 2. goes on
    "一、项目概况\n项目建设示范村十个。\n二、绩效分析(一)资金投入情况1.资金下达情况。\n资金于三月下达。\n"
    "2.资金使用情况\n资金全部拨付。\n",
    # a 2. title run in after a sentence's stop: its （1） starts afresh, no step back from （3）
    "一、绩效分析\n1.产出指标完成情况\n（1）数量指标\n全部完成。\n（2）质量指标\n验收合格。\n（3）时效指标\n"
    "按期完成。2.效益指标完成情况\n（1）社会效益\n群众受益。\n",
    # a list's points one a line (三是…, 四是…) are no level-one titles that restart the (一) count
    "一、项目概况\n（一）基本情况\n县里建设示范村十个。\n（二）主要内容\n一是编制村庄规划\n二是建设示范村\n"
    "三是奖励达标村庄\n四是组织验收\n（三）资金安排\n县级安排资金五百万元。\n",
    # a contents entry whose last word the page wrapped onto its own line (说明), then the body from 一、
    "目录\n一、概况\n（一）单位职责\n（二）机构设置\n二、决算情况说明\n（一）收入支出决算总体情况说明\n"
    "（二）“三公”经费支出决算情况\n说明\n（三）政府采购支出说明\n三、名词解释\n一、概况\n（一）单位职责\n"
    "承担全市妇女儿童保健服务。\n（二）机构设置\n内设六个科室。\n二、决算情况说明\n",
    "一、基本情况\n（一）部门职能\n1.拟订政策。\n2.组织实施。\n（二）收支情况\n1.收入。\n二、绩效分析\n（一）自评结论\n",
    "一、基本情况\n一部门职能职责\n（一）贯彻执行方针政策。\n（二）负责疾病防控。\n二机构设置情况\n（一）基本支出\n二、绩效情况\n",
    "第一部分 部门概况\n一、主要职能\n二、机构设置\n第二部分 决算情况说明\n一、收入支出决算总体情况\n二、收入决算情况\n",
    "目 录\n一、基本情况……1\n（一）部门职能……1\n二、绩效分析……3\n一、基本情况\n（一）部门职能\n设三个科室。\n二、绩效分析\n",
    "目录\n（二）存在的问题\n（五）改进措施\n一、基本情况\n（一）部门职能\n设三个科室。\n",
    # a list of duties a colon introduces, numbered afresh at the heading's level; the outline resumes after it
    "一、部门概况\n（一）机构设置\n内设三个股室。\n（二）主要职责\n本局的主要职责是：\n（一）负责全县统计调查工作。\n"
    "（二）负责统计数据的发布。\n（三）人员情况\n在职八人。\n二、绩效情况\n",
    # the colon's list goes on through an item with no full stop, numbered next in the list, not the outline
    "一、单位概况\n（一）人员编制\n编制二十人。\n（二）工作职责\n本办的职责是：\n（一）筹备全委会议。\n"
    "（二）督办委员提案。\n（三）联系界别委员。\n（四）承办上级交办的其他事项\n（三）收支情况\n本年收入一百万元。\n"
    "二、绩效情况\n",
    # items of any shape after a colon that says items follow (包括：), and a list of sentences after 如下：
    "一、部门概况\n1.部门主要职责\n主要职责如下：\n1、承担基本医疗服务。\n2、承担公共卫生服务。\n2.机构设置情况\n"
    "纳入决算编制范围的单位包括：\n1.某卫生院（本级）\n3.人员情况\n在职二十人。\n",
    # a contents whose 目录 line the page export lost: entries closed by page numbers, then the body
    "某县应急管理局2022年度部门决算\n一、概况........( 1 )\n（一）部门职责........( 1 )\n（二）机构设置........( 3 )\n"
    "二、决算公开表........( 4 )\n三、决算情况说明( 12 )\n一、概况\n（一）部门职责\n负责全县应急管理工作。\n",
    "附表\n八、政府采购情况表\n九、项目支出表\n机关运行经费情况表\n十一、国有资产占用情况表\n",
    "目录\n三、收入情况说明 4\n四、支出情况说明 5\n基金预算支出情况说明 6\n国有资本经营支出说明 7\n七、绩效情况说明 8\n",
    "（二）项目效益情况。\n群众满意度达到95%。\n五、评价结论及建议\n（一）评价结论。\n",
    "1.公共安全支出决算867.55万元。\n2.卫生健康支出决算35.61万元。\n六、基本支出决算情况说明\n内容。\n",
    "支出决算具体情况如下。\n1.教育支出决算数为80万元。\n2.卫生健康支出决算数为20万元。\n"
    "六、基本支出决算情况说明\n基本支出90万元。\n七、政府性基金支出情况说明\n本单位无此项支出。\n",
    "一、单位基本情况 （一）单位概况 1.职能职责\n负责全县文化工作。\n2.机构设置\n内设股室三个。\n"
    "（二）部门收支情况\n本年收入一百万元。\n",
    "一、收入决算情况\n本年收入一百万元。\n二、\n支出决算情况\n本年支出九十万元。\n三、结余情况\n年末结余十万元。\n",
    "第一部分 单位概况\n（一）职能职责\n负责全镇社会事务。\n（二）机构设置\n二、收支情况\n",
    "（一）项目概况\n项目由县财政安排。\n（二）绩效目标\n五、评价结论\n",
    "二、工作开展情况\n（一）准备阶段\n制定方案。\n（二）实施阶段\n1.开展自评\n逐项打分。\n2.整改\n逐项整改。\n"
    "（三）总结阶段\n形成报告。\n三、绩效情况\n",
    "第一部分 单位概况\n（一）职能职责\n一、单位主要职责\n负责全镇社会事务。\n",
    # a part whose title lost its 分 (第三部2023年度…, W020's) still opens a new count
    "第二部分 部门决算表\n一、收入决算表\n二、支出决算表\n第三部2023年度部门决算情况说明\n一、收入决算情况说明\n",
    # a package's contents under its parts, then the body repeating each part's title without 第X部分
    "2018年预算公开目录\n第一部分 预算公开相关报表\n1.收入预算表\n2.支出预算表\n第二部分 预算情况说明\n3.预算草案报告\n"
    "预算公开相关报表\n1.收入预算表\n2.支出预算表\n预算情况说明\n3.预算草案报告\n",
    # a form's options with check boxes are no headings
    "一、项目基本情况\n（一）项目类型与内容\n1.持续性项目 ☑ 2.新增性项目 □\n1.开展培训。\n2.购置设备。\n",
    # the first item runs on at the end of the sentence that introduces the list
    "一、单位职责\n本校的主要职责是：1. 实施义务教育。\n2. 指导辖区教学工作。\n3. 开展教育督导。\n二、机构设置\n",
    # a package: its contents numbered 一、二、, then the report itself under its own title, from 一、 again
    "2023年决算公开目录\n一、决算报告\n关于某县2023年财政决算的报告\n二、情况说明\n转移支付情况说明\n"
    "关于某县2023年财政决算的报告\n各位委员：\n一、2023年财政决算情况\n全县收入平稳增长。\n二、下一步工作\n",
    # a 自评表's two cells flattened to lines, each a list numbered 1、 2、 in one paragraph: not headings
    "一、年度总体目标\n1、保障机构正常运转; 2、完成年度审计计划二十个,其中综合审计五个; 3、完成交办的其他工作。\n"
    "1、本年保障机构正常运转,人员工资按时发放,公用经费支出一百万元。 2、完成年度审计计划二十三个。\n二、绩效指标\n",
    # an item that lost only its dot (3负责) keeps its place: 2. then 4. skips nothing
    "一、部门职责\n1.贯彻执行法律法规。\n2.负责渔业环境监测。\n3负责保护区的管理工作。\n4.承办交办的其他工作。\n二、机构设置\n",
    # a contents titled with what it lists (决算公开目录), then the body numbered from 一、 again
    "某局2019年决算公开报告\n决算公开目录\n一、基本情况\n（一）机构设置\n二、收支情况\n三、名词解释\n"
    "一、基本情况\n（一）机构设置\n内设股室八个。\n二、收支情况\n本年收入五百万元。\n",
    # a contents list whose page export ran two entries into one line
    "目录\n一、收入支出决算总表..........80\n二、收入决算表..........81\n三、支出决算表..........82四、财政拨款收入支出决算总表....82\n"
    "五、财政拨款支出决算明细表..........83\n",
    # an upper heading run into the line before it: the 1. under it restarts its level
    "一、绩效目标\n1.总体目标\n完成项目建设。\n2.年度目标\n带动集体经济增收。\n< >绩效目标完成情况分析(一)资金投入情况分析\n"
    "1.资金到位情况\n中央资金已全部到位。\n",
    # a page's chrome closed by a stray bar is no form: the heading after it is the report's
    "发布日期：2021-10-08 来源：某管理处 |\n一、概况\n（一）职责\n二、决算情况\n",
    # a form copied one cell per line (label |, then value): the value cell's 一、 is its own list
    "一、部门概况 |\n||||\n总体运行情况及取得的成绩 |\n一、群文活动出成效；1.完成汇演。2.完成歌咏比赛。 |\n||||\n二、绩效情况\n",
    # a 1. list right under its sibling heading 1、 (the other mark of the same number): a list of its own
    "一、部门情况\n（一）基本情况\n1、主要职能\n1.本馆是全市公共图书馆。\n2.开展阅读推广。\n2、机构设置\n内设5个部室。\n",
    # the standard nesting, 1. over (1), restarting under each 1.
    "（二）资金投入情况\n1.资金到位情况\n(1)预算安排八十万元。\n(2)到位率百分之百。\n2.资金使用情况\n"
    "(1)实际支出八十万元。\n(2)使用率百分之百。\n（三）绩效目标\n",
    # a 收入支出决算总表 kept as pipe-separated rows: each row's first cell counts 一、二、 down a column
    "二、公开表格\n收入 | 行次 | 金额 | 支出 | 行次 | 金额 |\n一、财政拨款收入 | 1 | 120.50 | 一、教育支出 | 28 | 130.00 |\n"
    "二、事业收入 | 3 | 9.50 | 二、其他支出 | 29 | |\n三、其他说明\n无。\n",
    # a 收入支出决算总表 flattened one cell per line: row labels of two columns, each with its 行次 and amount
    "收入支出决算总表\n一、财政拨款收入\n1\n350.20\n一、一般公共服务支出\n9\n410.00\n二、事业收入\n2\n0\n"
    "二、公共安全支出\n10\n0\n三、其他收入\n3\n59.80\n",
    # a short report whose page ran its later headings into the lines of text (gen.check.run_in_headings):
    # 二、 to 五、 and each level's first items stand inside lines, so nothing skips or steps back
    "一、项目概况\n（一）基本情况。\n（二）绩效目标。\n（三）自评步骤。\n申报资金五十万元，已批复。 二、资金管理情况 "
    "（一）资金到位情况。\n资金全部到位。 三、项目绩效情况 （一）完成情况。\n建成照料中心两处。\n（二）效益情况\n"
    "1.方便老人就近托养。 2.满意度达到九成。 3.费用控制在概算内。\n4.按期完工 四、评价结论\n评为良。 五、问题和建议 无\n"
    "六、其他事项 无\n",
    # a contents closed by a line of prose, then the body numbering anew from 一、 under other titles
    "某县政协预算说明\n目录\n一、部门主要职能\n1、部门主要职责\n2、机构设置情况\n二、预算单位基本情况\n三、预算单位收入情况\n"
    "四、其他公开信息\n按照有关规定，本部门全部收支纳入预算管理。\n一、基本职能及主要工作\n负责全县政协日常工作。\n"
    "二、预算单位基本情况\n本部门有一个预算单位。\n",
    # a page served in Traditional script: its 目錄 opens the contents as 目录 does, so the body's 一、 after
    # the last entry starts the body, not a step back (the script itself is L002's)
    "某市婦幼保健院2023年預算公開\n目 錄\n二、機構設置情況\n三、預算收支情況\n四、機關運行經費情況\n"
    "五、其他需要說明的情況\n一、部門主要職責\n負責全市婦幼保健業務指導工作。\n二、機構設置情況\n本院內設科室12個。\n",
    # a contents without its 目录 line and without page numbers: the body's 一、 repeats its first entry, number
    # and title, so the step back opens the body; a skip inside the contents is still the contents' own
    "一、单位概况\n二、收支情况\n三、绩效情况\n根据有关要求，现将情况说明如下。\n一、单位概况\n本单位负责科普工作。\n"
    "二、收支情况\n本年收入五十万元。\n三、绩效情况\n各项指标均已完成。\n",
    # an attachment's label (附件：…) opens a list of its own: its 1. counts afresh, no step back from the 4、 of
    # the notes' list before it
    "六、名词解释\n1、基本支出\n2、项目支出\n3、机关运行经费\n4、三公经费\n附件：2021年部门预算公开表\n"
    "1.部门收支总体情况表\n2.部门收入总体情况表\n3.部门支出总体情况表\n",
    # two items on one line ("2、" then "3、…。 4、…", then 5、): the line reads as a list, yet 3 and 4 are there
    "一、主要职能\n1、承办上级交办的信访事项。\n2、协调处理跨部门的重要信访事项，并提出处理意见和建议。\n"
    "3、分析研究信访工作形势，及时提供信访信息，并对重要问题提出工作意见和建议。 4、指导全区信访工作，组织交流工作经验。\n"
    "5、负责信访工作的宣传和信息发布。\n",
    # a second-level entry whose numeral the page lost ("()  …"): the 1. under it counts afresh, no step back
    "一、部门基本情况... 12\n()  部门基本职能... 12\n1.基本职能... 12\n2.机构及人员设置... 13\n"
    "()  部门整体支出执行情况分析... 14\n1.收入来源情况分析... 14\n2.基本支出执行情况分析... 15\n",
    # the first second-level heading garbled by a wrong decoding (。ㄒ唬 for （一）, L004's): （二） is no first
    "一、项目概况\n。ㄒ唬╉椖炕拘再|、用途和主要内容\n本项目为经常性支出项目。\n（二）项目绩效目标\n",
    # the same garbling with a replacement character before it, in the gap between （二） and （四）: all there
    "一、其他事项\n\ufffd。ㄒ唬\ufffd 運行經費\n(二)“三公”經費\n\ufffd。ㄈ┮话阈\n(四)政府采購情況\n",
    # the same garbling behind a question mark ("?。ㄒ唬" for （一）): the first is there, unreadable
    "一、工作概况\n全年运行平稳。\n?。ㄒ唬┲鲃庸_情況\n全年公开信息120条。\n(二)依申請公開情況\n全年受理申请5件。\n",
    # a first item whose title opens on a year reads as a decimal ("1.2022,……"): its number is there
    "一、总体情况\n1.2022,我局扎实推进政务公开,全年主动公开信息300条。\n2.加强政务新媒体管理。严格落实主管责任。\n",
    # items whose opening bracket (一)) or bracket and numeral ()负责) the extraction lost: their places are held
    "一、部门职责\n一)贯彻落实上级决策部署。\n(二)负责本系统规划编制。\n)负责行业监督管理。\n)承办交办事项。\n"
    "(五)负责队伍建设和培训。\n",
    # an attachment label carries the 1. on its own line; the 2. comes after a blank line, indented
    "根据有关通知下达补助资金。\n一、支持脱贫户发展特色产业。\n二、支持补齐基础设施短板。\n请各乡镇规范使用资金。\n"
    "附件:1. 2023年度补助资金分解表\n\n      2. 2023年度补助资金任务清单\n",
    # a flattened table: each list under a bare label of its own, numbered afresh
    "一、单位基本情况\n单位名称\n县儿童福利院\n部门职能概述\n\n1. 收养社会孤弃儿童\n\n2. 收养社会“三无”人员\n\n年度工作任务\n\n"
    "1. 提升孤弃儿童养育水平;\n\n2. 增添医疗康复设备,确保全年安全无事故;\n",
    # a page's excerpt: the line before breaks off at a comma, the list's first items cut with the text between
    "项目绩效自评报告\n（一）项目基本情况\n根据市财政局年度预算，下达体育学校经常性项目经费。\n\n"
    "项目概述如下:根据《少年儿童体育学校管理办法》的相关规定,\n\n(4)教练员培训1.00万元:提高教练员业务知识;\n\n"
    "(5)图书、资料1.00万元:购买学生图书。\n",
    # indents decoded as question marks: the lines holding 三、 to 七、 are there, garbled (L004 tells them)
    "第二部分 2020年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n????三、支出决算表\n????四、财政拨款收入支出决算总表\n"
    "????五、一般公共预算财政拨款支出决算表\n????六、一般公共预算财政拨款基本支出决算表\n????七、“三公”经费支出决算表\n"
    "八、政府性基金预算财政拨款收入支出决算表\n九、国有资本经营预算财政拨款支出决算表\n",
    # a budget form's two columns run into lines: the 四、 of the expenditure column follows an income row's amount
    "部门收支总表\n1一、一般公共预算拨款收入3120.50一、一般公共服务支出\n2二、政府性基金预算拨款收入\n二、外交支出\n"
    "3三、国有资本经营预算拨款收入\n三、国防支出\n4四、财政专户管理资金收入45.00四、公共安全支出\n5五、事业收入\n"
    "五、教育支出3165.50\n六、科学技术支出\n",
    # the site hid part of the page: the headings between went with it
    "二、工作亮点\n（一）抓好孕产妇管理，守住安全底线。\n---此处隐藏3120字，下载后查看---\n（四）推进公共卫生项目\n全面完成筛查任务。\n",
    # a rule's articles, each with its own items numbered from 一、
    "第一条 总则\n一、为规范预决算公开，制定本规程。\n二、公开应当全面、真实。\n三、公开及时，内容准确。\n"
    "第二条 公开时间\n一、预决算在批复后20日内公开。\n第三条 公开内容\n一、部门概况。\n二、收支情况。\n",
    # the disclosure table flattened one cell per line: its group row 三、 over （一） and figures is a cell, no heading
    "二、主动公开政府信息情况\n全年公开信息20条。\n三、收到和处理政府信息公开申请情况\n一、本年新收申请数量\n0\n0\n"
    "二、上年结转申请数量\n0\n0\n三、本年度办理结果\n（一）予以公开\n0\n0\n四、政府信息公开行政复议情况\n全年无复议。\n",
    # an item's number run into the year that opens its title (3.2023某区花卉大会): the item 3, no decimal
    "一、工作成效\n1.获得全国农产品质量安全示范区称号。\n2.打造美丽宜居乡村。\n3.2023某区花卉大会圆满举办。\n"
    "4.工作多次受到中央媒体关注报道。\n",
)
