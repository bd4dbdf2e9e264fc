"""S011's must-flag and must-pass examples, apart from its reading: items lose their numbers in many
ways (a 顿号 kept, nothing kept, a dot kept, a bracket kept), and each way a round found needs its own example."""

from __future__ import annotations

FLAG = (
    # the first run-in title without its 一、, the second 二、 with a title ending the same way (方面：)
    "区退役军人事务局全力做好优抚工作。\n就医方面：为提高优抚对象医疗保障水平，开通绿色通道。\n"
    "二、储蓄方面：协调银行开设优待窗口。\n",
    # a list's first item that kept only its 顿号, after a colon or at a line's start, the second item after it
    "本会主要职责是:、听取残疾人意见,反映残疾人需求。二、团结、教育残疾人遵守法律。三、弘扬人道主义。",
    "部门主要职责\n、负责贯彻执行国家有关养老保险的方针政策; 2 、负责全市机关事业单位养老保险费征缴。\n",
    # a contents entry that lost its 一、: the body writes the same title with it
    "某中学2023年单位预算公开\n目录\n第一部分 单位概况\n主要职责\n二、机构设置情况\n第二部分 单位预算报表\n"
    "第一部分 单位概况\n一、主要职责\n贯彻执行党和国家的教育方针，完成教育教学任务。\n二、机构设置情况\n本校为全额事业单位。\n",
    # the last section lost its 三、: a short title right before a list that restarts at 1., nothing of 二、's level after
    "一、招生规模\n招收小班幼儿120人。\n二、招生对象\n1.幼儿年满三周岁；\n2.户籍在辖区内。\n招生办法\n"
    "1.预登记：家长持户口簿到园登记。\n2.录取：登记人数在计划内的全部录取。\n",
    "第二部分 决算报表\n八、项目支出决算表\n九、政府采购情况表\n、国有资产占用情况表\n",
    # a list numbered （一）. whose next item kept only its dot
    "一、主要职能\n（一）.贯彻执行上级机关的决定和命令。\n\n.执行本行政区域内的经济社会发展计划和预算。\n",
    # the first division lost its 第一 (第二部分 follows)
    "某县财政局2020年度部门决算\n部分部门单位概况\n一、主要职能\n二、机构设置\n第二部分部门决算情况说明\n",
    # the part's number lost before the body's name its first part's title opens with
    "第一部分东岳镇人民政府概况\n一、基本职能\n负责全镇工作。\n部分东岳镇人民政府2022年部门预算情况说明\n一、收支总体情况\n",
    # the next item's number kept, its 、 lost, glued to the year its text opens with
    "1、棚户区改造2022年度完成300户。\n2、老旧小区改造2022年度共有4个小区。\n32022年承担市对区考核任务。\n",
    # a list run into one paragraph, each item's numeral lost from its brackets
    "本会主要履行下列职责：（）贯彻落实党的文艺方针。（）对全市性文艺家协会进行指导。（）主办文艺期刊。\n",
    # the first item under a title, its （1） glued to the year its text opens with
    "一、项目概况\n1.项目背景\n12018年市政府办印发《实施方案》，明确了工作任务。\n2.项目内容\n开展四项治理。\n",
    # a new part's list whose first entry lost its 一、 (the next is 二、): reported as the 一、 it should be
    "第一部分 概况\n一、职责\n二、机构\n第二部分 决算报表\n、收入支出决算总表\n二、收入决算表\n",
    "第二部分 情况说明\n一、收入决算情况说明\n二、支出决算情况说明\n三、“三公”经费支出情况说明\n"
    "其他重要事项的情况说明\n第三部分 名词解释\n",
    # the same in a contents whose entries close with a dot leader and page number, the one unnumbered line too
    "目录\n第二部分 决算情况说明\n一、收入决算情况说明······4\n二、支出决算情况说明······5\n"
    "三、“三公”经费支出情况说明······(6)\n其他重要事项的情况说明······(7)\n第三部分 名词解释······(8)\n",
    "主要表格\n1、收入支出决算总表\n2、收入决算表\n    、支出决算表\n",
    # a form's notes, every item's number lost, the mark after it kept
    "填表说明\n.定量指标按完成比例计分。\n.未完成的说明原因。\n.不适用的指标不考核。\n",
    "、经济效益：项目带来的收益。\n、社会效益：项目带来的影响。\n、生态效益：对环境的影响。\n",
    "目录\n七、项目支出决算表\n八、政府采购情况表\n机关运行经费情况表\n十、国有资产占用情况表\n",
    # two contents entries in a row lost their numbers; each keeps its page number, so each is a line
    "目录\n三、收入情况说明 4\n四、支出情况说明 5\n基金预算支出情况说明 6\n国有资本经营支出说明 7\n七、绩效情况说明 8\n",
    # a list of duties whose closing item lost its number
    "主要职责：\n1.贯彻执行有关法律法规。\n2.负责全镇农业农村工作。\n3.负责辖区社会治安综合治理。\n完成上级交办的其他任务。\n",
    # two titles in a row lost theirs: 六、, two unnumbered titles, 九、
    "目录\n五、基本支出决算情况说明5\n六、项目支出决算情况说明6\n政府性基金预算支出情况说明7\n"
    "国有资本经营预算支出情况说明8\n九、“三公”经费支出情况说明9\n",
    "目录\n第一部分 单位概况\n第二部分 决算情况说明\n部分  名词解释\n第四部分 附表\n",
    # the colon its siblings set their titles off with kept, the 第三 lost
    "第一部分：单位概况\n第二部分：决算情况说明\n部分：其他重要事项说明\n一、机关运行经费\n",
    "第一部分 概况\n一、职责\n负责全区中医医疗服务。\n部分2021年度部门决算表\n一、收入支出决算总表\n",
    "二、绩效分析\n（一）资金投入情况\n全年到位资金一百万元，已全部拨付。\n资金管理情况\n"
    "资金实行专账核算，未发现挤占挪用。\n（三）绩效目标完成情况\n各项指标均已完成。\n",
    "（二）绩效目标完成情况\n1.产出指标完成情况\n数量指标完成情况。全年发放补助两千人次，全部到位。\n"
    "（2）质量指标完成情况。补助足额发放。\n",
    # past its predecessor's own sub-items: a title of the 一、 list whose numeral was lost
    "一、部门概况\n（一）机构设置\n（二）部门职能\n（三）人员情况\n（四）资金来源\n（五）政府采购\n、绩效目标\n"
    "、评价思路\n（一）评价目的\n",
    # a first-level title with no number, the second level opening under it: between 一、 and 三、
    "一、部门概况\n（一）部门职能\n（二）机构设置\n评价工作概述\n（一）评价目的\n（二）评价方法\n三、绩效分析\n",
    # a part's first title over body text, the part's first numbered heading 二、: it lost its 一、
    "第一部分 单位概况\n主要职责\n负责全县种植业技术的试验、示范和推广。\n二、机构设置\n本中心为县农业农村局所属事业单位。\n",
    # item 1 titled with a full stop and no item 2, but a title written the same way further on
    "（二）绩效目标完成情况\n1.预算执行情况。\n全年预算八十万元，实际支出八十万元，执行率为百分之百。\n"
    "产出目标完成情况。\n全年培训基层人员三百人次，均已按期完成。\n（三）存在的问题\n",
    # items whose numerals were lost from their brackets: the first under its heading, then the next ones
    "二、主要任务\n()统筹全镇医疗卫生资源，拟订发展规划并组织实施。\n()负责辖区传染病的监测和报告工作。\n",
    "（三）人员情况\n在职职工十二人。\n（ ）负责全县老龄工作的统筹协调和督促检查。\n",
    "二、部门决算说明\n()机构设置、职责\n1、机构设置：下设6个内设机构。\n",  # a short title
    # the open bracket lost with the numeral: only ) opens the item
    "一、主要职责\n（一）负责全县检察工作的组织实施。\n（二）负责审查批准逮捕案件。\n)负责对刑事诉讼活动实行法律监督。\n"
    ")受理向本院的控告申诉事项。\n（五）完成上级交办的其他工作。\n",
    # a list of tables whose last entry lost its （九）, before the parent list's next item
    "目录\n二、决算报表\n（一）收入支出决算总表\n（二）收入决算表\n（三）支出决算表\n国有资本经营预算财政拨款支出决算表\n"
    "三、决算情况说明\n",
    # a part's heading that lost its 第 (二部分 for 第二部分)
    "目录\n第一部分 部门概况\n二部分2022年度部门决算说明\n第三部分 名词解释\n",
    # a part's first heading written without the 一、 its contents entry has
    "目 录\n第一部分 某院概况\n一、部门决算单位构成\n二、部门职责和机构设置\n第二部分 名词解释\n"
    "第一部分 某院概况\n部门决算单位构成\n纳入决算编制范围的独立核算单位共9个。\n",
    # an item title closed by a colon, its text below, between 1. and 3. written the same way
    "二、部门概况\n1.部门主要职能:\n负责全县的农机推广工作,指导农机安全生产。\n机构设置:\n"
    "本局为县农业农村局管理的全额拨款事业单位。\n3.人员构成:\n编制十二人,实有十人,其中在职人员九人。\n",
)

KEEP = (
    # the first item kept its 一、; a run-in title ending otherwise before 二、 is no sibling of it
    "一、就医方面：开通绿色通道。\n二、储蓄方面：开设优待窗口。\n",
    "区退役军人事务局全力做好优抚工作。\n主要做法：开通绿色通道。\n二、储蓄方面：协调银行开设优待窗口。\n",
    # a 顿号 after a colon with no second item after it; a first item that kept its 一、
    "列举如下：、等符号不宜单独成行。\n主要职责：一、听取意见。二、团结群众。\n、其他事项另行说明。三、附则。\n",
    # a contents' unnumbered line whose numbered title the body does not write: a sub-title, not a lost 一、
    "某中学2023年单位预算公开\n目录\n第一部分 单位概况\n单位简介\n二、机构设置情况\n第二部分 单位预算报表\n"
    "第一部分 单位概况\n一、主要职责\n贯彻执行党和国家的教育方针，完成教育教学任务。\n二、机构设置情况\n本校为全额事业单位。\n",
    # an unnumbered sub-title of 二、 whose list restarts, 三、 after it; a restart after a long line
    "一、基本情况\n全园共有幼儿120人。\n二、主要措施\n1.加强安全管理；\n2.规范收费。\n具体安排\n"
    "1.每周检查一次；\n2.每月通报一次。\n三、下一步打算\n继续做好各项工作。\n",
    "一、基本情况\n全园共有幼儿120人。\n二、主要措施\n1.加强安全管理；\n2.规范收费。\n下一步工作安排和具体计划\n"
    "1.每周检查一次；\n2.每月通报一次。\n",
    # a contents line after the last entry that ends otherwise than the list's titles: no item of the list
    "目录\n第二部分 决算情况说明\n一、收入决算情况说明······4\n二、支出决算情况说明······5\n"
    "三、“三公”经费支出情况说明······(6)\n部门联系人及联系方式······(7)\n第三部分 名词解释······(8)\n",
    # the item before carries no dot after its （一）: nothing tells the dot is the next one's kept mark
    "（一）贯彻执行上级机关的决定。\n.执行本行政区域内的计划和预算。\n",
    # two lines that open on a wrapped 、, a decimal point after a wrap: no list
    "采购电脑、打印机\n、复印机等设备。\n购置桌椅\n、柜子。\n全年支出3\n.5万元。\n",
    # a label closed by a colon inside an item's text, the next sibling in order: nothing lost
    "二、部门概况\n1.部门主要职能:\n负责全县的农机推广工作,指导农机安全生产。\n机构设置:\n"
    "本局为县农业农村局管理的全额拨款事业单位。\n2.人员构成:\n编制十二人,实有十人,其中在职人员九人。\n",
    # 部分 opening a sentence about a part of the body's offices: no title, no lost number
    "第一部分东岳镇人民政府概况\n一、基本职能\n负责全镇工作。\n部分东岳镇人民政府内设机构承担了应急管理职责，具体见下表。\n",
    # a bracket opened on the line above and closed on this one: a wrapped line, no lost number
    "二、主要职责\n（一）负责全县检察工作（依照人民检察院组织法\n)负责的各类案件依法审查批准逮捕。\n",
    # one empty pair in a sentence is a blank to fill, not a list's lost numerals
    "请在以下选项中勾选：（）满意。（）基本满意。\n填报单位：（）某县文联。\n",
    # a labelled note under a list of tables: no ninth table
    "目录\n一、部门收支总表\n二、部门收入总表\n三、部门支出总表\n四、财政拨款收支总表\n五、一般公共预算支出表\n"
    "六、一般公共预算基本支出表\n七、一般公共预算“三公”经费支出表\n八、政府性基金预算支出表\n"
    "明细详见:某市第三初级中学 2024 预算公开表\n",
    "第一部分 概况\n部分部门未按时报送资料。\n第二部分 决算情况说明\n",
    "1、棚户区改造完成300户。\n2、老旧小区改造共有4个小区。\n2022年承担市对区考核任务。\n12月完成验收。\n",
    # blanks a reader fills in (a questionnaire's boxes), and a title whose numeral is there
    "三、满意度调查\n（ ）满意 （ ）基本满意 （ ）不满意\n",
    "二、主要任务\n（一）统筹全镇医疗卫生资源，拟订发展规划并组织实施。\n",
    "第二部分 决算报表\n八、项目支出决算表\n九、政府采购情况表\n十、国有资产占用情况表\n",
    "第二部分 情况说明\n一、收入决算情况说明\n二、支出决算情况说明\n三、“三公”经费支出情况说明\n"
    "以上数据均未经审计\n第三部分 名词解释\n",
    "本年收入主要用于人员经费\n、公用经费和项目支出。\n",
    # a （一） before the titles: they are text of item （二）'s, nothing lost
    "三、部门预算公开报表\n（一）部门收支总表\n（二）部门收入总表\n收入合计\n支出合计\n（三）部门支出总表\n",
    # a sentence wrapped before its 顿号, then a short line: no title (its text runs on)
    "本单位主要承担全县防汛抗旱\n、水资源管理\n等工作，全年完成了各项防汛抗旱和水资源管理任务。\n",
    "一、部门概况\n（一）机构设置\n（二）部门职能\n（三）人员情况\n（四）资金来源\n本年收入用于人员经费\n、公用经费和项目支出。\n",
    "七、项目支出决算表\n本表反映项目支出，单位为万元。\n九、国有资产占用情况表\n",
    "主要职责：\n1.贯彻执行有关法律法规。\n2.负责全镇农业农村工作。\n3.完成上级交办的其他任务。\n",
    "六、项目支出决算情况说明\n政府性基金预算支出情况说明\n国有资本经营预算支出情况说明\n七、“三公”经费支出情况说明\n",
    "第二部分 决算情况说明\n部分单位年底前未完成采购，资金结转下年使用。\n",
    "二、决算报表\n（一）收入支出决算总表\n（二）收入决算表\n（三）支出决算表\n本单位无此项收支本表为空表\n三、决算情况说明\n",
    "一部分资金结转下年使用，其余已全部支出。\n",
    "目 录\n第一部分 某院概况\n一、部门决算单位构成\n二、部门职责和机构设置\n第二部分 名词解释\n"
    "第一部分 某院概况\n一、部门决算单位构成\n纳入决算编制范围的独立核算单位共9个。\n",
    # a table's caption in the body, under its part: the contents number the table, the caption does not
    "目录\n第一部分 部门概况\n第二部分 部门决算表\n一、收入支出决算总表\n二、收入决算表\n第一部分 部门概况\n负责全县工作。\n"
    "第二部分 部门决算表\n收入支出决算总表\n公开01表\n",
    "二、绩效分析\n（一）资金投入情况\n全年到位资金一百万元，已全部拨付。\n收入情况\n本年收入一百万元，全部为财政拨款。\n"
    "支出情况\n本年支出九十万元，其中基本支出八十万元。\n（三）绩效目标完成情况\n各项指标均已完成。\n",
    "（二）绩效目标完成情况\n1.产出指标完成情况\n全年共发放补助资金一百万元，惠及学生两千人次。\n（2）质量指标完成情况。补助足额发放。\n",
    # the numbers run on (一、 二、): a title line over its own （一） is a sub-title, not a lost 一、-level item
    "一、部门概况\n（一）部门职能\n（二）机构设置\n评价工作概述\n（一）评价目的\n（二）评价方法\n二、绩效分析\n",
    # the part's first heading is 一、: the title line over it is the part's own subtitle, nothing lost
    "第一部分 单位概况\n基本情况\n本中心为县农业农村局所属事业单位，负责种植业技术推广。\n一、主要职责\n负责技术推广。\n",
    # two title lines before 二、: more than the one number skipped, section titles of their own
    "第一部分 单位概况\n主要职责\n负责全县种植业技术的试验、示范和推广。\n人员情况\n现有在编人员十二人，均为专业技术人员。\n"
    "二、机构设置\n本中心为县农业农村局所属事业单位。\n",
    # a short closing sentence after the only item's body: no title, nothing under it
    "（二）绩效目标完成情况\n1.预算执行情况。\n全年预算八十万元，实际支出八十万元，执行率为百分之百。\n"
    "各项目标均已完成。\n（三）存在的问题\n",
)
