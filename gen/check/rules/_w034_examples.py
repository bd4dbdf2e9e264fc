"""W034's must-flag and must-pass examples, apart from its reading: stray spaces fall in many places, and each class a
round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # a short copy with three figures spaced from their words, each in a sentence that glues another
    "2013年上半年，城镇新增就业4万人，完成全年目标的104%；转移就业5万人，完成目标的80%，培训12期。全市新增创业 3418人，累计带动就业"
    "11783人。缺工企业238家，缺工8566人，缺工率12%，比年初下降 6个百分点。外出务工总量从130万人降到 110万人。\n",
    # a figure spaced on both sides inside a sentence, in a text that writes few figures: a converter's blanks
    "今年异常天气多发，同期降雨量较 2020 年明显增多，防汛形势严峻。",
    "严格落实领导带班的 24 小时值班制度，时刻确保信息畅通。",
    # a blank inside the title of a heading run into its line: the body's first clause after it is too short for a sentence
    "全镇拥有茶园3.5万亩。 二、组织机 构建设，成立领导小组。",
    # a blank before an honour's long quoted name the sentence runs into
    "该社区党委被市委市政府授予 “某市抗击新冠肺炎疫情先进集体”荣誉称号。",
    # a blank inside a four-character set phrase the dictionary counts rarely
    "制定了一系列规章制度，做到有法可依，有 章可循，工作井然有序。",
    # a blank between two words inside a document's title
    "全年公开了《某市实施“强工兴城”战略推动工业 转型“百千万”工程实施方案》等规范性文件12件。",
    "综合协调应急预案衔接工作，组织协 调预案演练，推动应急避难设施建设。",
    "纳入本局2023年部门预算编制范围的单 位包括局机关和两个下属事业单位。",
    "负责全县安全 生产的综合监督管理，指导各乡镇开展检查。",
    # a half-width page: its clause marks are ASCII
    "根据《关于印发某县林业局职能配 置内设机构和人员编制规定的通知》(某编〔2010〕8号),林业局是县政府工作部门。",
    "组织林木良种的审核、申 报；协调、指导各地开展造林工作。",
    # a title's bracketed qualifier spaced inside
    "今年修订了《某县林业局信息公开管理办法（试 行）》，并重新编制了公开指南和目录。",
    # a blank after a clause mark in a text that glues every other one to its next word
    "2023年, 县林业局坚持以人民为中心,认真贯彻《条例》,完善制度,规范流程,公开信息,回应关切,强化监督,"
    "提升服务,增加收入,减少支出,主要原因是: 2023年度新增了造林项目资金,项目已完工。",
    # a run-in label glued to the sentence before it, spaced after its colon: inside the paragraph, no layout's line
    "某某委员:您提出的建议收悉,现答复如下:首先,感谢您的关心,我局认真研究,制定方案,落实责任,加强督查,推进整改,完善制度,"
    "强化宣传。处理情况: 执法人员现场责令整改,业主已完成整改。",
    # a heading's numeral spaced from its 顿号
    "一 、基本情况\n本局主要负责全县的统计工作。\n（一）主要职责\n",
    # a blank before a conjunction glued to its next word, in a title and in prose
    "某区综合行政执法局2023年工作总结 和2024年工作思路\n",
    "在省级工商联申报推荐、交叉审核 和全国工商联复核的基础上，评出先进单位。",
    # one heading's 顿号 spaced from its title among headings that glue it
    "  一、单位收支预算总体情况表\n  二、单位收入预算总体情况表\n  三、单位支出预算总体情况表\n  四、 一般公共预算支出情况表\n",
    # a month's figure spaced from its 月 where the text glues its other months
    "为重要会议提供预报服务。5 月10至11日，全省现场会在我市召开。7月14日降水偏少，我局预报了7月16日的降水。",
    # a clock time's minutes spaced from the colon in a range, the text gluing its other times
    "登记时间：6月7日8:30-11:30 14: 30-16: 30，逾期不予登记。",
    # a space inside a fixed connective the segmenter reads as two words
    "深入学习贯彻党的二十大精神，特别 是总书记重要讲话精神，推动各项工作落地见效。",
    "以新时代中国特色社会主义思想为指导，全面贯彻党 的二十大精神，落实新时代卫生与健康工作方针。",
    # a web copy's menu spaces its labels; they do not make the prose a laid-out copy
    "首页 财政资金 信息公开 点击量 打印 分享\n第一部分 部门概况 第二部分 收支 第三部分 名词解释 第四部分 附件 第五部分 附表\n"
    "工商联是以民营企业和民 营经济人士为主体，具有统战性、经济性的人民团体。",
    # a stray space after a quoted word inside the sentence
    "今年以来，推动基层组织“强”起来、青年队伍“活” 起来，成效明显。",
    "全县共有12名退役军人被评为“优秀士兵” 和立功受奖，全部落实奖励。",
    # a figure spaced from its word where every other figure is glued
    # a stray space after a short title in 书名号, before a quoted word the sentence runs into
    "按照《条例》第9条规定主动公开政府信息，并按照《条例》 第15条规定，通过政府网站公开。",
    "表彰会上，对荣获“先进集体”称号的12个科室，荣获 “优秀个人”称号的36人予以通报表彰。",
    # a blank before a quoted object that its clause mark closes; a blank after 的 inside a phrase
    "推行 “台账式管理、销号式推进”，确保整改到位。",
    "你们提出的“关于加强乡村学校师资的 建议”已收悉，现答复如下。",
    # a blank after a preposition before its object
    "会上，各村书记进行述职，参会人员对 各党组织书记工作情况进行了民主评议。",
    # a blank before a bracketed word inside a document's title
    "按照民政部《关于推进社会组织年检 （年报）系统地方应用的通知》要求，今年全面推广线上年检。",
    # the preposition 将 spaced from its object
    "请各社会组织将材料电子版发送至邮箱进行初审，初审通过后将 年检报告书一式三份报送登记机关。",
    # a blank before a closing bracket, the opening one glued to its words: in a sentence, and on a note's own line
    "如有疑问，请联系县民政局办公室（联系电话：0000—1234567；地址：某县人民路43号政府院内2号楼3楼 ）。",
    "某县民政局\n2023年3月10日\n(此件公开发布 )\n",
    # a date spaced from the preposition before it where every other figure is glued to its word
    "本报告所列数据的统计期限从 2023年1月1日起至2023年12月31日止，全年公开信息15条，其中政策文件3条，"
    "规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮。",
    # a figure spaced from its unit or 年 where every other figure is glued to it
    "根据《某市人民政府办公室关于做好2023 年政务公开工作的通知》要求，全年主动公开信息15条，"
    "其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，"
    "督办5件，通报2次。",
    # a month spaced from its 月 at a clause's start, and a whole date spaced from the word before it, where every
    # other figure is glued
    "全年公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场。"
    "5 月10日召开推进会，培训1期，检查3轮，督办5件。",
    "全年公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，"
    "成功预报了 7月16日的强降水，培训1期，检查3轮，督办5件。",
    # a stray space before a closing mark, full-width or a half-width page's colon
    "深化财政管理改革，提升预算透明度，助力财政改革发展 。\n（六）政务公开工作要点落实情况 :全年按照要求逐条梳理落实。",
    # a blank after a list's 顿号 (a converter's residue) between two items of the prose
    "负责全区教育、 卫生健康、民政等社会事业的统筹协调工作，指导各街道开展工作。",
    # a converter that kept the page's line ends as blanks: the first told with the count, the rest as hints
    "今年以来，县林业局在县委、县政府的正 确领导下，以推进林业现 代化建设为中心，积极稳妥推进各项工作，现总结如下：一是加强森林防火，组织巡 查队伍开展巡山护林，全年未发生森林火灾；二是推进国土绿化，完成造林面积1200亩，义务植树 3万株；三是强化资源管理，严厉打击 乱砍滥伐，查处案件5起；四是抓好林业有害生物防治，开展春季普 查和秋季普查，发生率控制在规定指标以内；五是推进林长制，设立县乡村三级林长，建立巡 林制度，落实管护责任；六是做好林业项目管理，规范资金使用，完成项目验收，提高资金使 用效益；七是加强队伍建设，开展业 务培训，提升履职能力；八是推进依法行政，规范行政执 法程序，强化执法监 督。",
    # a year spaced from its 年 where the text glues its other years; a heading's year spaced from 年度
    "会议指出，2023 年，县林业局在县委、县政府的领导下，全面完成2023年各项任务。",
    "一、2023 年度收入支出决算总体情况。\n2023年度收入总计120万元。",
    # a document number spaced before its 号; a quoted phrase spaced on both sides inside the sentence
    "根据《关于做好2023年政务公开工作的通知》（某政办〔2023〕15 号）要求，全年主动公开信息15条，其中政策文件3条，"
    "规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮。",
    "县林业局秉持 “让群众满意、让林农受益” 的工作理念，全力推进办理工作。",
    # a blank inside a long standard term of a table's title
    "表二：一般公共预算财政拨款 支出决算表",
    # a blank between two words of a list run with 、, or before the 和 that joins its last item
    "本馆主要职责是：开展书画作品创作、收集、日常 陈列和对外免费开放、组织艺术培训。",
    "对新出台的《某省知识产权示范县、示范企业 和示范基地认定办法》及时做好解读。",
    # a year spaced from both the word before it and its 年, where every other figure is glued
    "依据《某县人民政府办公室关于印发 2022 年全县政务公开工作要点的通知》要求，全年主动公开信息15条，"
    "其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
    # a measure spaced from its figure, or spaced on both sides, and a rate spaced from its %, where the text glues
    # its other figures; a date's month spaced from 年; a range's second year spaced from 年度; a figure after a
    # half-width comma spaced from it
    "全县落实早稻面积12.4 万亩，完成育秧点215个，出栏肉牛 2.6 万头，同比减少0.8 %。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
    "去冬以来至2023年 9月底，全县完成水利投资2.1亿元，2023年6月完成主体工程。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
    "本局荣获2022-2023 年度全省水利建设先进单位称号，2023年获评优秀，2024年继续保持，2021年起连续三年达标。",
    "年度征兵任务完成, 6名青年光荣入伍,优抚对象12人,慰问5次,走访8户,发放3批,培训2期,检查4轮,督办7件,通报1次,"
    "约谈9人,整改11项。",
    "全年共主动公开政府信息 180条，其中机构简介2条，规范性文件4条，预决算3条，财政资金7条，公益事业116条，"
    "监管信息5条，执法公示3条，人事任免9条，建议提案15条，组织保障2条，通知公告14条，政策解读7条，"
    "新闻发布6条，应急管理3条，重点项目5条，招标采购4条，环境保护2条，安全生产3条，教育信息1条，文化旅游2条。",
    # a list closed by 等 spaced from the noun it qualifies
    "负责园区内消防、燃气、电梯等 方面的安全监督管理，指导入园企业开展自查。",
    # a phone number spaced from the comma after it
    "如有疑问，请联系办公室（电话：0571-86001234 ，传真：86001235）。",
    # a figure spaced twice from its word; the only spaced figure of a text that glues eight others
    "全年公开信息40条，其中政策文件5条，占12%，规划计划8条，占20%，财政信息11条，占  27%，其他16条，占40%。",
    "全年减免税费3.2亿元，其中增值税1.1亿元，个人所得税0.4亿元，房产税0.3亿元，城镇土地使用税0.2亿元，"
    "印花税0.1亿元，契税0.6亿元，耕地占用税0.2亿元，企业所得税 1.1亿元。",
    # a blank inside 政府信息公开 in a cited title
    "根据《2023年全县政府 信息公开工作要点》的要求，全年主动公开信息15条，其中政策文件3条。",
    # the only spaced figures of a short text are its document numbers' serials, glued to their brackets
    "根据《某县农业农村局职能配置、内设机构和人员编制规定》（某委编〔2021〕7 号）文件，本局为县政府工作部门。",
    # blanks inside a reply letter's own title, after its 关于
    "某县农业农村局关于对某县第十八届 人民代表大会第四次会议代表第0012号 建议的答复函\n王某代表：\n",
    "某县民政局关于对县政协第五次会议第12号 提案的答复函浏览:120次 字体:【大 中 小】\n王某委员：\n",
    # a document number's issuer code spaced from its year's bracket
    "根据《关于进一步做好就业创业工作的实施意见》(某党发 〔2016〕2号)精神，结合我县实际制定本方案。",

    # rates set both ways by one writer, most glued to their %: the spaced ones are slips, however many
    "完成投资8.44亿元，增长11.1 %，其中住宅投资增长7.7 %，商业用房投资增长216.11%，销售面积下降36.07%。"
    "城镇消费品零售额占比84.8 %，财政收入增长6.12%，税收收入增长5.31%，非税收入增长9.08%，民生支出占比80.2%。"
)

KEEP = (
    # three figures spaced in sentences that glue none, in a short copy: its own way of setting them, not a slip
    "2013年上半年，城镇新增就业4万人，完成全年目标的104%；转移就业5万人，完成目标的80%；培训12期，缺工企业238家，缺工8566人，"
    "缺工率12%，带动就业11783人。全市新增创业 3418人。缺工率比年初下降 6个百分点。外出务工总量降到 110万人。\n",
    # a flattened page's headings run in before their bodies, each body opening on its year
    "2013年上半年，城镇新增就业4万人，完成全年目标的104%；转移就业5万人，完成目标的80%，培训12期，缺工企业238家。 一、基本情况 "
    "2022年接收办理建议5件，其中主办3件，会办2件，已全部答复。 二、主要做法 2023年开展调研6次，走访企业30家。 三、下步打算 "
    "2024年继续走访企业40家，开展调研8次。\n",
    # a document site's note under the title, its figure spaced before a file type: the site's words, no sentence
    "格式:docx 大小:14KB 页数:5页\n下载后只包含 1 个 DOCX 格式的文档，没有任何的图纸或源代码。",
    # a copy that spaces every figure from its words: its typesetting, not a slip
    "全年收到申请 3 件，办结 3 件，转办 2 件，其余 1 件，均按时答复。",
    # a heading run into its line after a sentence's end, a blank between its title and its body's first sentence
    "全镇拥有茶园3.5万亩。 二、组织机构建设 成立了以书记、镇长为组长的茶叶机采工作领导小组。",
    # a page's title with its date bracketed and spaced on both sides; a dateline's bracket spaced after the date
    "某市国防动员办公室2023年度法治政府建设情况报告 ( 2024年01月15日 )\n",
    "即将召开全县工作会议，部署全年工作（会期一天）。",
    # a file name's copy number in brackets, not a document's title; a bracket after a blank in prose
    "下载了《2021年统战工作总结 (2).docx》，共7页。会议听取了工作汇报 (书面)，研究了下一步工作。",
    # a blank between two words, no set phrase across it
    "制定了一系列规章制度，确保了工作 有序开展，做到有法可依。",
    # a typeset date spaces its year as well; a list's figure before 月份; months spaced more often than glued
    "2022 年 7 月，全市开展检查，7月14日完成。数量为1,5 月份完成。\n会议于5 月2日、6 月3日、7 月4日召开，8月1日结束。",
    # a title line's blank between joint issuers, before 关于; a menu line with more blanks than a title holds
    "中共某县委办公室 某县人民政府办公室关于印发2023年工作要点的通知\n首页 政务公开 关于 某局 工作报告\n",
    # a number whose issuer code was left out, or a label before it: no code parted from its bracket
    "按照(根据 〔2016〕2号)要求开展工作。\n文号 〔2016〕3号\n",
    # joint issuers parted by a blank in a title, as written; a blank outside the title between two words
    "根据《中共某县委办公室 某县人民政府办公室关于加强政务公开工作的通知》要求，全年公开信息80条。",
    "印发《某市人民政府 某军分区关于做好征兵工作的通知》，推动工作 落实见效。",
    # an article's headline parts its slogans with a blank; a place parted from its office
    "在市级媒体刊发《守正创新 奋力前行》《扎根基层 服务群众》等信息12篇。",
    "依据《某某县 办公室关于规范信息公开工作的通知》开展工作。",
    # 等 ending a heading's title run into its paragraph; a list before a spaced figure in a text that spaces
    # its figures (its habit)
    "（二）机构、人员等 本局内设机构3个，核定编制12名。",
    "全年公开信息 40 条，其中政策文件 5 条，规划计划 8 条，财政信息 11 条，其他 16 条。",
    # a time spaced from a comma in a page's metadata line (no prose)
    "发布时间：2024-03-05 10:20 ，来源：某县农业农村局",
    "综合协调应急预案衔接工作，组织协调预案演练，推动应急避难设施建设。",
    # a quote opening a line or after a clause mark; a 的 ending a line's label before its value
    "“台账式管理、销号式推进”，确保整改到位。\n完成的 \n主要工作：推行“清单式管理”，落实责任。",
    "目 录\n一、部门职责 负责全县的应急管理工作，指导各乡镇开展演练。",
    # a flattened page runs the contents on after the spaced 目 录
    "目 录财政支出项目绩效评价评分结果..........3项目基础信息..........5摘 要..........7一、项目存在的问题，二、建议",
    "名 称：某县应急管理局，地 址：某县人民路8号。",
    "第一部分 单位概况，第二部分 决算报表。",
    "主任：张 伟，副主任：李 强，委员：王 芳。",
    "本次会议由办公室主任（张 伟）主持，各科室负责人参加。",
    # a page's metadata spaces its colons; a text that spaces every mark writes so throughout
    # a page record's 文号 and 关键字 labels, their colons spaced by the layout
    "索  引  号: 116204000139113212/2023-129844 生成日期: 2022-10-03\n文       号: 关键字: 划定,生态,委员,黄河,自然资源\n"
    "关于对政协某次会议第016号提案的答复\n经研究,现答复如下:我局高度重视,认真研究,逐条落实,按时办结,"
    "及时反馈,确保办理质量,做到件件有着落,事事有回音,努力提升办理成效,推动工作落实,接受社会监督。\n",
    "发布日期: 2023-08-30 来源:某县林业局 浏览次数: 文章字号:\n2023年,县林业局坚持以人民为中心,认真贯彻《条例》,"
    "完善制度,规范流程,公开信息,回应关切,强化监督,提升服务,增加收入,减少支出,项目已完工。",
    "2023年, 县林业局坚持以人民为中心, 认真贯彻《条例》, 完善制度, 规范流程, 公开信息, 回应关切。",
    # a heading run into its paragraph: 实现/在 is how the words fall, 现在 is chance
    "一、年度主要目标全部实现 在巩固已有成果的基础上，全年完成各项任务。",
    "| 年度主要 工作内容 | 完成全年任务，群众满意。 |",
    "一般公共预算 财政拨款 合计 1,234.56 2,345.67 3,456.78 本年收入",
    "委员：王 芳、李 强、赵 敏，负责全县的应急管理工作。",
    # a report that spaces every heading's 顿号 so: its style
    "一 、基本情况\n二 、收入情况\n三 、支出情况\n四 、其他情况\n本局负责统计工作。",
    "一、 基本情况\n二、 收入情况\n三、 支出情况\n四、其他情况\n五、其他事项\n六、名词解释\n",
    # a ratio and a page's field spaced after the colon; a text whose times are all spaced so
    "师生比为1: 15，班额比1: 30。\n发布时间: 2020-06-01\n上午8: 30-11: 30办理，下午14: 30-17: 00办理。",
    # a space between two words beside a connective parts no phrase
    "深入学习贯彻党的二十大精神，特别是 总书记重要讲话精神，推动各项工作落地见效。",
    # a quote closing a heading or a long citation; a typesetting that spaces all its figures
    "“十四五”规划 编制工作，已于3月启动。\n根据“关于进一步加强和改进基层政务公开工作的实施意见” 要求，开展自查。",
    # a heading's numeral with its blank; a text that writes every 顿号 so (its habit, not a slip)
    "一、 基本情况\n（二）、 主要职责\n本局负责全区教育、卫生健康、民政等社会事业的统筹协调工作。",
    "负责全区教育、 卫生、 民政、 体育等社会事业的统筹协调工作，指导各街道、 社区开展工作。",
    "全年共主动公开政府信息 180 条，其中机构简介 2 条，规范性文件 4 条，预决算 3 条，财政资金 7 条。",
    # a typesetting that spaces its figures on both sides (its habit), its years spaced everywhere, a range's
    # date after a dash; a text that spaces every quote so
    "本报告统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止，全年共公开信息15条。",
    "2022 年，县林业局完成造林任务；2023 年，继续推进国土绿化。",
    "统计时间段：2023年1月1日-2023 年12月31日。",
    "坚持 “公开为常态、不公开为例外” 的原则，将其纳入 “政策解读” 栏目，方便群众查阅。",
    # a year opening a paragraph run on after a flattened heading
    "支出增长12.5 %，其中基本支出增长3.2 %。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条。",
    # rates spaced as often as glued, none set both ways in one line: how the text sets its rates
    "支出增长12.5 %，其中基本支出增长3.2 %。\n收入增长6.5%，其中税收增长2.1%。全年主动公开信息15条，其中政策文件3条，规划计划2条。",
    "（二）依申请公开情况 2023年，本局未收到依申请公开事项。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
    # two fields of a page's metadata; a contents entry's part and title
    "公开目录: 财政信息 公开责任部门: 财政局\n第二部分 部门决算报表",
    # a page's metadata after a list of subjects; a title before a name; a heading run into a paragraph with a list;
    # a slogan's own blank inside its quotes
    "主题分类: 财政、金融、审计 发布机构: 某县财政局，全年公开信息。\n市总工会党组书记、常务副主席 王某某，副主席李某。",
    "（三）职能、机构设置 本局负责全县教育、卫生、民政等工作。\n开展“惠民月、“乐购某城 幸福某城”促消费活动。",
    # two issuers of a joint document parted by a blank, the second's name running into the title's words
    "根据《中共某省委 某省人民政府关于加强政府信息公开工作的意见》，全年主动公开信息15条，其中政策文件3条。",
    # a regulation's article number and a newspaper's dateline set a blank after them; the sentence's own stays a slip
    "第一条 为规范“两依”状况评估工作，制定本办法。\n第三条 “两依”状况评估工作在市财政局领导下组织实施，评估结果纳入考核。\n",
    "本报讯 3月19日，某市供销合作社召开全市供销工作会议，回顾总结2014年的工作，安排部署2015年工作。\n"
    "全年新建配送中心9家，经营网点461个，培训农民12期，新增会员35户，建成基地6个，发展合作社18家，销售额增长8%，利润1200万元。\n",
    # a page flattened to one line: the addressee's colon, then the opening year of the first paragraph
    "某镇人民政府关于报送2024年度法治政府建设的报告 中共某市委、某市人民政府: 2024年,在市委市政府的坚强领导下,某镇扎实开展"
    "法治政府建设,深入贯彻习近平法治思想,将法治理念融入政府工作的每一个环节,持续夯实法治根基,严格落实改革要求,不断探索创新,"
    "使法治政府建设迈向新的高度。全镇上下以扎实的工作作风,全力推进法治政府建设,持续完善制度,规范执法行为,现将工作情况汇报如下: "
    "一、主要措施和成效\n",
    # a page flattened to one line: a notice's signature date, then the plan's first paragraph; a heading run in
    "某县人民政府关于印发某县应急管理“十四五”规划的通知 各乡镇人民政府,县政府直属各单位: 《某县应急管理“十四五”规划》已经县政府常务会议审"
    "议通过,现印发给你们,请结合实际认真贯彻执行。 某县人民政府 2021年12月28日 “十四五”时期,是全面建设社会主义现代化国家新征程的第"
    "一个五年,也是应急管理机构改革后的重要时期,为全面贯彻落实党中央决策部署,推进应急管理体系现代化,制定本规划。 一、发展基础 (一)“十三五"
    "”期间工作成效 “十三五”期间,县政府以防范化解重大安全风险为主线,全力推进各项工作,成效明显。\n\n",
    # a layout's blanks on both sides of a conjunction, a menu's cells
    "2023年工作总结 和 2024年工作思路\n首页 和美乡村 信息公开\n",
    # a page's metadata fields (分类: , 名称: ) and its font-size buttons (文字大小: 大 中 小), and a flattened page's
    # salutation (各位代表: 现在): the layout's blanks, not a slip in the report's prose
    "来源:某区政府办公室 文字大小: 大 中 小\n分类: 综合政务、公告\n名称: 2025年度政府工作报告\n全年,我局认真落实条例,健全制度,规范流程,加强审核,完善平台,强化监督,做好解读,回应关切,推进公开,工作有序开展。\n",
    "——在县第十八届人民代表大会第四次会议上 各位代表: 现在,我代表县人民政府向大会报告工作,请予审议。 全年,我局认真落实条例,健全制度,规范流程,加强审核,完善平台,强化监督,做好解读,回应关切,推进公开,工作有序开展。\n",
    # a letter's reply flattened to one line: its salutation, its lead (答复如下: ) and a run-in label after a sentence's end
    "某某委员: 您提出的建议收悉,现答复如下: 首先,感谢您的关心,我局认真研究,制定方案,落实责任,加强督查,推进整改,完善制度,"
    "强化宣传。 处理情况: 执法人员现场责令整改,业主已完成整改。\n",
)
