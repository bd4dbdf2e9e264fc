"""S010's must-flag and must-pass examples, apart from its reading: placeholders and masks come in many shapes, and
each class a round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
        # a count left as one X before its measure word: 份, 面, 起, 公里, 顶 as well as 个 and 人
        "发放科普宣传资料x份，设置展板x面。全年发生火灾X起，硬化道路X公里，储备帐篷x顶、折叠床x张。",
        "对附属单位补助支出0万元，占%。下达文物保护专项资金   万元。",
        # a list announced and never written
        "统筹设置5个事业单位：分别是。",
        "纳入某区中医院2018年度部门决算编制范围的二级预算单位包括：\n第二部分 2018年度部门决算情况说明\n",
        # a level's bracket the template left empty (县（区）)
        "依法对县 ()社会团体、民办非企业单位进行登记管理。",
        "XX市第一幼儿园隶属于XX市教育局，委托XX 咨询有限公司开展评价。",
        "班班通建设35套，XX学校16套；印发《XX縣全面實施預算績效管理的實施方案》。",
        # a PDF copy spaces the letters from the place they stand for
        "7月21日8时许，XX 市防汛应急响应等级提升至Ⅱ级；依据《XX 省实施〈中华人民共和国水法〉办法》开展工作。",
        "政府采购执行情况：【待补充：政府采购执行情况（计划金额、实际金额）】。",
        "本年收入XXX万元，本年支出×××万元。",
        # a reply letter's template that addresses one or many at once, left so
        "你(们)提出的《关于加强城区幼儿园建设的建议》收悉。感谢您（们）对教育工作的关心。",
        # a name masked by two or three stars inside a sentence, where no other form of mask is found
        "今年以来，**团区委以新时代青年工作为主线，在**高质量发展中贡献青春力量。",
        # a name left as XX between two words or after an opening mark, where no other form places it
        "为建设现代化美好XX提供精神动力，持续深化具有XX特色的保障体系，制定出台《XX生态园区域开发方案》。",
        # one X for a name, where the text leaves two or more
        "该大桥是建好X国际会议中心、推进X国家陶瓷文化传承创新的重要交通设施。",
        # a word the writer never put in, an underscore before the comma
        "一手抓发展，一手抓_，立足党政所需开展工作。",
        # one character of a guiding thought's name masked by a mirror's star, the only star of the text
        "以科*发展观统领教育全局，坚持以人为本。",
        # a body's name masked by the text's only star
        "在市*和政协的监督指导下，认真履职，开拓进取。",
        "于□□月□□日公开单位预算。",
        "主要原因是【 】。",
        "单位名称：{{ bureau_name }}。",
        "新建隔离舍（≥**平方米）1座。",
        "我局于2023年X月XX日公开预算。",
        "财政专项资金绩效自评报告201X/X/XX市环境保护局",
        "其中：行政编制 人，事业编制 人。",  # the figures of a head count left blank
        "绩效自评价平均得分 分。其中：单价 0 万元以上设备 台(套)。",
        # a figure left as XX or stars after the words it counts, a place left as a star, a number's year as 20xx
        "2020年度财政资金年度预算安排XX万元，此项目共需资金**万元，村新时代文明实践站*个。",
        "根据*县财政局《关于做好绩效评价工作的通知》（南财绩(20xx)5号）的要求。",
        "报送日期: 年 月 日",
        "纳入本部门决算汇编范围的独立核算单位共 个，具体情况如下：",  # a count after 共 never written in
        "联合 x 个区直单位，发放救助金 x 元，在 xx 镇开展宣传。截至x年底全部完成。",  # a lone x for a figure, a place, a year
        # a lone X straight after the words it counts, a month and day left as X, a date blank after a form's box
        "全县辖x个乡、X个镇，下达衔接资金X万元，截至X月X日支付率为X%。",
        "评价类型：联合评价组□ 年 月 日",
        "()  部门基本职能\n公共区域***.08平方米。",  # a heading's number left out; stars for a figure's whole part
        "目录\n  一、总体要求(1)\n  ()基本原则(2)\n",  # an indented contents entry's number left out
        # a form's field left blank: the next field's label follows it
        "单位名称：某镇人民政府\n主管部门：\n评估日期：2023.1.15\n",
        "主管部门  项目起止时间 2022.1—2022.12\n项目主管部门 | 实施单位 | 某市委党校 |\n项目名称: | 绿化养护经费 | 项目编号: |\n",
        # a report's number field that stops after its year
        "评价机构：某会计师事务所\n报告文号：某所绩字（2018）\n一、基本情况",
        # stars masking a year, a count, a body's name, a figure's decimals
        "顺利完成****年第五次全国经济普查，组成*个质量检查组。\n******人民政府对指标进行分解。预算安排3581.*，县级资金3001.*元。",
        "2020年度收入总计 ，其中财政拨款收入100万元。报告日期：2014年月。",  # a total's figure, a month left out
        "数据统计时段为第 月至第 月。统计第月至第月的数据，第季度完成。",  # months never written in
        # a date in running prose whose figures were all lost: after 自, at a clause's start, 至月 after a year word
        "东山隧道自年月开工建设，目前已掘进300米。\n年月，区农业农村局率先启动规划编制；今年至月，完成投资1.2亿元。",
        "项目编码:琼财预〔〕112号，依据某财预[ ]5号文件。",  # a 文号's year never written in
        # amounts left out with no blank where they stood, beside one that was written
        "共投入放映补贴资金万元。其中中央补贴万元，省级补贴689万元，市级配套万元。",
        "本年财政拨款支出为137.26万元，其中：\n1.一般公共服务支出万元：\n（1）行政运行支出137.26万元。",
        # a paragraph left with only its unit: the amount and its sentence lost
        "二、预算安排的总体情况\n1、收入说明\n万元。\n2、支出说明\n本年支出120万元。\n",
        # a share that names its base and leaves its figure out; an area with no figure before its unit
        "商品和服务支出预算75800元，占基本支出预算%，同比增加。现有各类残疾人3.2万人，占人口总数的%。",
        # the figure and its % both lost after the share's base
        "全镇现有各类残疾人1832人，占全镇总人口的。残联成立于1992年。全县残疾人3.6万人，占全县总人口的；",
        "现有用地面积2514平方米，建筑面积平方米，设9个教学班。",
        # a share or a change whose figure was never written before its %: a blank left, or nothing
        "公务接待费8万元，占 %，比上年减少2万元。支出总计500万元，较上年增加20万元、增长%，主要是人员增加。",
        # a template's question left where the amount goes
        "本项目预算安排多少万元，下达资金多少元。",
        # a place or a name left as XX between blanks, XX before a body's name, a sample's title on 某县
        "落实领导视察 XX 时的讲话，开展 XX 镇水源地整治，对象为 XX，按期完成。",
        "某区全面推进河长制工作情况汇报\nxx财政局2023年工作总结，依据《XX人社局关于…的通知》，公布xx”名单。",
        # a year, the Party's congress and session, a thought's or leader's name left as stars
        "*年上半年，贯彻党的*大及*届三中全会精神，践行“*”重要思想，结转*年500亩。",
        # a count with 多/余 and a province's name left as one star between Chinese words
        "成功立项*省教学改革实验项目，全区*多名教师竞聘上岗，增加学位*余个。",
        # a place's name left as one letter before its level
        "x区农业农村局2021年工作总结和2022年工作计划\n",
        # after a comma before a party committee's name, and before a party department's
        "中央统战工作会议召开后,X市委统战部及时召开部务会议，将会议精神与省委统战部提出的工作法、X统战部提出的工作思路结合。",
        # a lone star between words, in a text that masks its figures with stars elsewhere
        "全区*多名教师竞聘上岗，增加学位*余个，建强*教育品牌，推进*等合作办学项目。",
        # stars after a blank, run into the word after, in several places: a mirror's masks of names and figures
        "举办主题为“飞扬青春，活动 *”纪念晚会，组织端州、 *的团员青年参加，为建设绿色生态 *贡献力量。",
        "以***新时代中国特色社会主义思想为指导，落实***总书记重要指示。",
        # 中央 after 党 masked by a mirror's word filter
        "引导党员干部做到“两个维护”，切实落实党***各项决策部署。",
        # the congress and a place's name left as XX in a formulation
        "深入学习贯彻党的XX大精神，统筹推进平安XX、法治XX建设。",
        # a province, a count before 多, a list's item before 等 masked by one star; a district left as one x
        "成功立项*省重点实验项目，全区*多名教师参加，推进*等合作办学项目。\nx区农业农村局2021年工作总结\n",
        "实现**共享；\n五、政府性基**排情况\n",  # a word masked by two stars, no other pair on its line
        # a town's name masked on a line of two pairs that Markdown cannot pair: the second opens a title, and the
        # phrase between them would run across a sentence's end; a place masked at a title's opening mark
        "会议听取了**乡人大上半年工作情况,部署下半年工作。8 月 12 日,审议通过了《**人大代表选举工作方案》。",
        "会议听取了**乡人大工作汇报。会议审议通过了**乡代表选举方案。",
        "组织代表学习《**乡村振兴政策问答》,重点学习产业扶持政策。",
        # a street's name masked by ** on a line of three pairs, the first reaching across a semicolon (no bold)
        "全年投入20万元用于**街的改造;投入8万元开展绿化。对**小区及**广场周边管网进行疏通。",
        # a formulation's leading words masked by a long run of stars; a document number's serial masked
        "始终以**************思想为引领，推进各项工作。\n某县审计局审字[2024]**号\n",
        # a county's name masked by stars
        "**县是个农业大县，全县耕地50万亩。根据统计年报，**县农村公路里程800公里。",
        # a lone star masking a word's character, where the text masks names with runs of stars elsewhere
        "**县是个农业大县。根据统计年报，**县农村公路里程800公里。深入学*贯彻落实上级部署。",
        # a title that lost its place's name: the level alone before the year
        "关于县2023年度推进河长制工作情况的报告\n各位代表：",
        "镇2021年度林业工作总结\n今年以来，我镇……",
        # a place left as lowercase xx between words, a year's digits and a range's ends as stars, a city after 美丽
        "把xx纳入省会都市圈，修编《xx城市总体规划》。20**年，发病率控制在**-**之间，助推美丽*建设。",
        # a count left as one X after a blank, a place left as XX before a blank and its level
        "XX 区民政局工作总结\n共出动工作人员 X人，车辆 X辆。",
        # a place left as one star between blanks before its level; a range whose ends were both left as X
        "下面，我代表中共 * 市 * 镇第五届委员会向大会报告工作。出生人口性别比保持在X-X之间。",
        "指导……申报创建省级卫生镇，在县城建成区和……等创卫乡镇开展病媒生物防制。",  # names left as an ellipsis
        # figures' blanks typed as underscores, a figure's last digits left as XX, a body's name left as XX before 局
        "全镇共有卫生院_个，_个村卫生室，_名乡村医生（其中女医生__人）。\n0至6岁儿童1XX人。\n第一部分 某市XX局单位概况",
        # a figure with some of its digits left as X: before, among or after them, a decimal's
        "人均生产总值1XX32元，纯收入X112元，比增21.X%，封顶线提高到xx0元。",
        "维护国()境地区的治安秩序，通知各旗县市（）人民政府。",  # a character left out between empty brackets
        "根据《市2020年大气污染综合治理工作方案》要求。",  # a cited title's place left out
        # a figure or a year left as × before its unit, its % or 年; a count left as × after 对
        "在×年的基础上提高×%，全年发放补助资金×亿元，对×名对象复核。",
        # blanks typed as underscores between words, after 党的, before a list's 、
        "贯彻党的_大精神，作为__工业经济主平台，打造__湾小镇，呈现出_、_的态势。",
        # a list's item left as an underscore between 顿号; a word masked by one underscore where the text masks so elsewhere
        "承担信息采集、分析、_、上报、应急等工作。",
        "三是做好_、重点场所核酸检测工作。全面深化医疗_改革。",
        # a count and a share left as x, a plan's name left as xx inside quotes
        "覆盖5大行业、x个统计专业，占总量份额的x%左右，编制“xx”规划。",
        # a town's name as stars before its level, a city's after 美丽, a year's last digit as a star
        "**镇2021年工作总结\n建设美丽**、平安**，落实20*年计划，表头改为“***单位”名称。",
        "城关镇201*森林防火工作总结评估报告\n",  # a title's year masked by a star, no 年 after it
        # a town left as lowercase xx before a blank and its level, a home's name left as xx before its kind
        "2019 年,xx 镇党委、政府高度重视。\n——xx中心敬老院院长\n",
        # a school's and a county's name left as one underscore after a list's mark or a title's opening mark
        "建成_学校、_学校2所，印发《_县实施方案》。",
        "某某镇2022年工作总结和2023年工作计划今年以来，我镇……",  # a sample's title on 某某
        # a sample's communities and towns named by letters in order
        "在外来人口集中的A社区、B社区设立服务站，C镇成立行业协会，D村的自治工作受到表扬。",
        # a village, a community, a street or a school left as X or XX where its name goes
        "对XX村老鸦山水库开展排查，在XX社区设立物资点；x镇政府高度重视，我到X学校任职两年。",
        # a disease's name left as one lowercase letter in quotes
        "继续以“w”等重大疫病防制为重点。",
        # a template's blanks typed as lowercase x: a month, a name before 某, an ordinal, a count, a decimal
        "主动应对x月中旬突发疫情，xx某建筑公司与x某置业公司达成和解。第x次会议通过，xx名干警受表彰，同比上升xx.xx%。",
        # a place or a name left as XX opening a clause: the subject the sentence goes on about
        "全年谋划项目、争取项目，XX重点工程建设稳步推进。xx既是全省的交通枢纽，又是物流中心。",
        # a masked copy's stars kept in brackets where a county's or an estate's name stood
        "2024年，〔*〕县住建局以“安居”为主线推进工作。集中整治〔*〕、〔**〕社区的消防通道。",
        # a 范文's masked figures and name written as one ×: a count before its measure word, a word of a campaign
        "启用集中隔离点×个，隔离人员达×人，创建健康×行动示范样板。",
)

KEEP = (
        # an X that names a thing, not a figure: X光, X射线, X型
        "7个卫生院装备了X光机、B超，配备X射线机2台，采购X型支架3套、Y型接头5份。",
        # a × beside a measured quantity is a product's sign, however many of them
        "体积按长×宽×高计算，金额按数量×单价计，补助额为面积×系数。",
        # a star referred to as a mark, not standing for a word
        "带*号的为必填项，标*的指标为约束性指标。",
        # Markdown's bold: a line opens on two stars, and the bold words inside a sentence are no mask
        "**一、总体情况**\n我们要坚持以**人民为中心**，推进高质量发展。\n",
        # an underscore joining a web page's title to its site
        "党建工作总结_医院党建工作总结范文，一手抓发展，一手抓稳定。",
        # one X alone in the text: a letter's use, not a blank left twice
        "本项目由X公司承建，工期一年。",
        # the writer chose: one addressee or many
        "你们提出的建议收悉。感谢您对教育工作的关心。",
        # a lone star beside a name, in no name: a footnote's mark
        "坚持以科学发展观*为指导，深入学习毛泽东思想。",
        "下达专项资金 12 万元，占比12%，全年支出占预算的95%。",
        # a share with its figure; a clause of 占 naming no whole; a base that goes on to its noun
        "现有各类残疾人1832人，占全镇总人口的2.1%。对拒不改正占道经营行为的，依法处理。现有残疾人1832人，占总人口的比重较高。",
        # a model's XX opening a clause
        "采购防护服200套，XX系列设备3台；XX型号检测仪2台。",
        # a zone among lettered ones, after a 顿号; an X-ray, a letter's count
        "A区、B区、X区委托第三方管理，X射线检查设备2台，X光机1台。",
        # the figure written, spaced as a PDF copy spaces it; a column's name closing a table's header
        "公务接待费8万元，占 12 %，比上年增长 5.2 %，降幅 3%。\n| 项目 | 本年数 | 同比增长% |",
        # a table's column names: the % names the column's unit, no figure is due there
        "| 本年收入计划 | 累计完成数 | 占计划% | 同比增减% |\n检查和化验收入占医疗收入的比重%\n建筑面积平方米 | 1200 |\n占地面积2514平方米，建筑面积约1800平方米。",
        "纳入本部门2018年度部门决算编制范围的二级预算单位包括：\n1.某区中医院\n第二部分 2018年度部门决算情况说明\n",
        "采购XXL号防护服200套，XX系列设备3台。",
        # an underscore that opens a longer word, a model's digits and letters, a file's name
        "填写_个人信息表，报送_名单；采购2XX型设备，附件见report_1。",
        "  （一）基本原则(2)\n按规定 ()内填写。",
        "配备XX型设备，采购SUV、MPV车型各1辆，XXL、XL号服装。",
        # a Latin X that names a thing, and a date whose figures were written
        "采购X光机1台，开展X线检查200人次。填报日期：2023年 3 月 5 日。每年 3 月 5 日前报送。",
        "【政策依据】根据《中华人民共和国预算法》开展自评。",
        "配备XXXL号防护服，采购X光机1台。",
        "运行Discuz X3.2版本，配备2x4型货车3辆，尺寸3x3米，编号X112号楼。",  # a version, a model, a product, a code
        "我局于2023年2月10日公开单位预算。",
        "不论资金多少，均按规定使用；缺口多少万元尚待测算，需要多少元由财政确定。",
        "第十三个五年规划（×2）。",
        "附件6 XXXX部门20XX年项目预算明细表。",
        "**人员经费**较上年增加，**100万元**用于设备购置。",
        # a field's value on the next line, a checkbox list naming the kinds of organiser, a signature left to sign
        "主管部门：\n\n某市文物管理局\n组织方式：财政部门     主管部门     项目单位\n报告撰写人（签字）：\n评价时间：2023年",
        # the number field filled in; a citation wrapped after its year onto the next line
        "报告文号：某所绩字（2018）15号\n根据《财政支出绩效评价管理暂行办法》(财预〔2011〕\n285号)开展评价。",
        # Markdown's bold after a numbered item, a rule of stars on its own line, a footnote's star
        "1.**加强预算管理**，**3**个项目完成。\n****\n注*：单位为万元。",
        "报告日期：2019年3月15日，X光机2台。",
        "其中：行政编制 12 人，事业编制 3 人。",
        "独立核算单位共 3 个，共计 12 人，共有\n5个项目。",
        "采购 X 光机 1台，设立 x 轴坐标；2020年底完成。",
        # a star referred to by name, and a footnote's star glued to its word
        "带 * 号的为必填项，重点项目*单独列示。调试X-射线设备，A-X级评价。",
        # one star after a blank only: an aside's mark, not a text that masks
        "全年举办活动12场 *注：含线上活动。",
        "指导甲镇、乙镇……申报创建省级卫生镇，开展灭鼠、灭蚊……等活动。",  # a list cut short keeps its first items
        "第3月至第6月，第一季度完成，第二季度至第四季度推进。依据琼财预〔2020〕112号文件，数组a[]中存有3号元素。",
        "单位：万元。项目补助资金100万元，配套资金五十万元，补助万元以上的项目3个，支出万元以上的项目2个；支出（万元）：120。",
        # a table's unit cell on a line of its own, and a figure wrapped before its unit
        "| 项目 | 金额 |\n万元\n收入合计120\n万元。\n",
        "绩效自评价平均得分 92 分，设备 3 台（套）；得分\n分值",
        # a model's XX, Markdown's bold around a year or a phrase, a footnote's star, a legend's quoted star
        "采购 XX 系列设备3台，XX型号2台；**2023年**完成，**年度目标**达成，注*：单位万元，标注“*”的为重点项目。",
        "深入学习**新时代**思想。某县人民政府：\n某县财政局关于下达资金的通知已印发。",
        # a footnote's star, a zone named by its letter, a Latin word's x, a star after a figure
        "标注*的为省级项目，A区、X区域内绿化，Max市场占有率，共3*多种。",
        "加强**预算管理**工作，实现**数据共享**。",  # Markdown's bold, opened and closed on its line
        # Markdown's bold inside a title's marks and a quote's
        "深入学习《**预算管理办法**》，“**县委县政府**”高度重视。",
        # Markdown's bold sentences, a clause mark only before the closing stars; a document number written out
        "一是**加强资金管理。**二是**落实主体责任，**三是**强化监督**。印发《办法》（某财发〔2024〕12号）。",
        # Markdown's bold around a county's or a city's name
        "**县委县政府**高度重视，**市场监管**取得实效。",
        # a footnote's star after a word, before 省级 or a figure's 余
        "重点项目*省级资金100万元，注*：共300余个。",
        # lettered zones of a site, an X-ray unit
        "园区分为A区、B区、X区三个片区，X光机室设在一楼。",
        # a lone star between words, no other star placeholder: a footnote's mark
        "重点项目*详见附表，共300余个。",
        # a web page's title joining its parts with one underscore, no other underscore blank
        "2020党建工作总结_医院党建工作总结范文大全\n全面深化医药卫生体制改革。",
        # Markdown's bold closing after 党 (two stars)
        "坚持**全面从严治党**不动摇，推进**党的建设**取得新成效。",
        # 年月 as a noun, a date written in full, a month range written in
        "在那些艰苦的年月里坚守岗位，自2010年3月开工建设，今年1至10月完成投资，年月日期栏另附表。",
        "关于某县2023年度工作的报告\n全县2023年完成造林；县2023年度预算已批复。",
        # Markdown's bold around a year, a model's XX, an X-ray unit after a blank, a footnote's star after a word
        "**2020**年完成，采购XX系列设备、XX型设备，购置 X光机1台，建设美丽乡村*示范点。",
        # an X-ray unit before a village's clinic, a Latin word before a community (MAX社区 names an app), a 3X school
        "为村卫生室配置X光机，开通MAX社区服务号，建成3X学校。",
        # a quoted capital letter or a quoted Latin word names a class or a method (“A”类建议, “S”形路线, “eHR”平台)
        "已经落实的“A”类建议6件，走“S”形路线，建设“eHR”平台。",
        # a product's ×, a decade, a file's underscore, Markdown's bold around a town's name, a quoted bold phrase
        "占地长×宽为30×40米，资金按数量×单价核定，20世纪80年代建成，附件为plan_2023、“**重点**”，**镇政府**高度重视。",
        "采购X光机1台，共4个X射线设备，报送_个人信息表。",
        # a file's name in a title's marks, an underscore inside a Latin file name after a list's mark
        "下载《report_2023》附件、plan_v2文件。",
        # a site's lettered zones, a scenic area's grade, a village's 村民 after a code
        "园区分为A区、B区两个片区，创建3A级景区，AB镇村道，B超室设在一楼，完成3A乡村旅游点建设。",
        # Latin words, codes and file names holding an x
        "采用x86架构服务器，导出xlsx文件，3x3矩阵，沿x轴方向，Python 3.x版本，max年限，box1件。",
        # a footnote's bare star, a legend's (*) before 的
        "重点项目*详见附表，标注(*)的为省级项目。",
        "收入合计120万元，其中财政拨款100万元。填报日期：2014年月日。得分（）栏为空的不计分。**重点**县级项目 3 个，XXL号服装20件，安排资金12万元（南财绩〔2020〕5号），报送日期：2021年3月5日。",
)
