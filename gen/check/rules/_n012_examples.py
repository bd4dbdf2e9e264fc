"""N012's must-flag and must-pass examples, apart from its reading: counts and their lists are written in many
ways, and each class a round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # the same list closed by its full stop at the text's end: a fourth item is missing
    "我部承办的建议主要有四个特点：一是关注安全生产。代表提出建议。二是关注防灾减灾。代表提出建议。三是关注应急救援能力。\n",
    # four names before 分别, three figures after it (a masked copy's stars count as figures)
    "园区特优人才、领军人才、高级人才和基础人才总数分别达5人、12人、30人。",
    "新引进高级人才*人，特优人才、领军人才、高级人才和基础人才总数分别达*人、*人、**人。",
    # a disclosure report naming its six parts and skipping one between the first and the last
    "2023年政府信息公开工作年度报告\n本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
    "其他需要报告的事项等六部分组成。",
    # the parts in quotes, opened by 从 (a slip of 由), 主动公开 skipped
    "本报告重点从“总体情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
    "存在的主要问题及改进情况”“其他需要报告的事项”六个部分组成。",
    # the same count said with 包括……六个方面, a part between skipped (行政复议、行政诉讼)
    "本年度报告包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，存在的主要问题及改进情况，"
    "其他需要报告的事项等六个方面。",
    # all six parts named, counted as seven (the 、 inside 行政复议、行政诉讼情况 counted as a part)
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
    "存在的主要问题及改进情况、其他需要报告的事项7个部分组成。",
    # the members named in brackets right after their count
    "局机关设综合科室3个（办公室、财务科、法规科、执法大队），均按职责运行。",
    "项目覆盖五个村（甲村、乙村、丙村、丁村），受益群众3000人。",
    "主要做了三项工作：一是加强预算管理；二是规范资金使用；三是强化绩效监控；四是推进信息公开。",
    # a speaker's points counted as he gives them (提出N点意见), one more listed
    "会上，分管领导就办理工作提出三点意见：一是要高度重视；二是要明确责任；三是要按时办结；四是要加强督办。",
    "存在以下两个问题：\n（一）预算编制不够精细。\n（二）绩效目标不够明确。\n（三）监控不到位。\n二、下一步措施",
    "共实施4个项目：公共卫生服务、疫苗接种、健康教育。",
    "依照章程，协会履行职责共四项：\n一是开展会员服务；二是组织学术交流；三是承办上级交办的工作。\n",
    "由县文化馆、县图书馆、县博物馆4家下属单位具体实施。",
    "共完成水稻高产创建示范面积10100亩，涉及某镇的勐糯、海头、丛岗、大寨、田坡6个村委会40个村民小组。",
    "共设有3个内设机构：办公室、政治部（含组织科、宣传科）、立案庭、执行局。",
    "招商服务中心设9个内设机构，分别为：办公室、投资促进股、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股。",
    # a 和 may join the last two names, not five
    "街道设置内设机构5个：党政办公室、财政办公室和应急管理办公室。",
    # the list introduced by 包括 after the count's comma
    "我局设有6个股室，包括办公室、水利股、计财股、机电股、移民办、三防办、水政股。",
    # the count after its noun: 内设机构N个, then the offices
    "医院编制六十人。内设科室6个，有院办、门诊部、住院部、检验科、药房。",
    # the list introduced by 即 after the count's comma, one name written twice
    "本局内设 4个科室，即办公室、财务科、法规科、人事科、办公室",
    "核定事业编制37名，设 5个内设机构，即办公室、海事安全科、航道科、运政综合科、财务科、监督站。",
    "直属事业单位4个，即县国库集中支付中心、县财政信息中心、县会计服务中心。",
    # a numbered run counts as each of its offices: 1 + 3 + 4 + 1 = 9, not 8
    "内设机构共8个：办公室、第一至第三监督检查室、第四至第七审查调查室、案件审理室。",
    # the list ends its sentence before the text ends: nothing was cut off
    "本局内设科室12个，分别是：办公室、财务科、法规科、人事科。",
    # a list cut off by the text's end names at least its items: five are more than four
    "本局内设科室4个，分别是：办公室、财务科、法规科、人事科、统计",
    # counts of kinds, then the names: each name's ending tells its kind
    "建有1个服务中心、2个工作站，分别为县便民服务中心、城东工作站、城西工作站和城北工作站。",
    # long names, each ending with the counted noun (项目); a count after 下属
    "大队共开展4个项目，分别是中央和省级政法纪检监察转移支付项目、交通警察部门公安管理业务费项目、辅警待遇专项经费项目、"
    "交通事故预防项目、道路交通安全综合治理工作经费项目。",
    "下属7个二级预算单位，分别是某镇人民政府（本级）、某镇便民服务中心、某镇综合行政执法大队、某镇产业发展服务中心、"
    "某镇社会事务服务中心、某镇农业服务中心。",
    # projects counted, then listed with their amounts after 包括 later in the sentence
    "本单位共实施5个项目，总预算320.00万元，包括：设备购置经费120.00万元、人员培训经费80.00万元、"
    "信息化建设资金60.00万元、宣传资金60.00万元。",
    # the joined name's first words (生态环境) are no body: it is one name, not two
    "所属事业单位5个，分别为：城区综合服务中心、社会事务服务中心、文化服务中心、生态环境和农业服务中心。",
    # the count after 制定 (年初共制定6个绩效目标), the targets listed one per line below
    "项目年初共制定4个绩效目标，分别为：\n1、产出-数量目标-培训学员200人次；\n2、产出-质量目标-合格率95%；\n"
    "3、效益-社会效益目标-群众满意度90%。\n二、项目实施情况\n",
    # a project's places counted after 涉及/覆盖, the list ending at the clause that follows it
    "本项目涉及4个乡镇，分别为东镇、西镇、南乡，共改造供水管网86公里。",
    "项目覆盖3个村，分别是甲村、乙村。",
    # villages named in full after their townships, then counted: five named, ten said
    "目前已完成东山乡南林村、古木镇沙沟村、平坝镇平坝村、德厚镇大寨村、坝心乡坝心村10个村的安装工作。",
    "项目惠及4所学校，分别为一中、二中、实验小学，受益学生2100人。",
    # items numbered 一、二、 on the count's line: counted by their numerals, one short of the count
    "本报告共五个部分：一、总体情况；二、主动公开情况；三、依申请公开情况；四、存在的问题。",
    # the 一是 run in the count's own sentence, after a lead-in, one item short
    "本年度重点做了三项工作：围绕中心任务，一是完善制度；二是加强培训。（二）其他工作正常开展。",
    # the format before the 2019 条例, its parts set off by commas (a 、 inside one title): six named, five said
    "本报告包括概述，主动公开政府信息的情况，依申请公开政府信息的情况，政府信息公开的收费及减免情况，"
    "因政府信息公开申请行政复议、提起行政诉讼的情况，存在的主要问题及改进措施共5部分内容。",
    # six titles named one by one and counted five: 等 does not make six into five
    "本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，"
    "因政府信息公开申请行政复议的情况，存在的主要问题及改进措施等五部分组成。",
    # the old format at every 、: seven titles named, six said
    "全文包括概述、主动公开信息情况、依申请公开信息情况、咨询受理情况、复议诉讼及申诉情况、公开费用情况"
    "以及存在问题和改进措施等六部分。",
    # the old format, five named with 复议诉讼 skipped between 收费及减免 and 主要问题, six said
    "本报告由工作概述、主动公开信息情况、依申请公开信息情况、信息公开收费及减免情况、存在问题及改进措施等六部分组成。",
    # a list closed by 共 and its count: six titles (one split at its own 、) said seven; eight (the last with words
    # after its title) said seven
    "《年报》全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开收费及减免情况、"
    "因政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题和改进措施共七个部分。",
    "本报告由总体情况、主动公开政府信息情况、依申请公开政府信息情况、咨询和投诉情况、行政复议和行政诉讼情况、"
    "工作人员和费用支出情况、存在的主要问题及改进情况、其他需要报告的事项报告格式共七个部分组成。",
    # the report counts five parts and its body then numbers six (一、 to 六、): the count was not updated
    "本报告由概述、主动公开政府信息情况等五部分组成。\n一、概述\n全年公开信息120条。\n二、主动公开政府信息情况\n公开文件30件。\n"
    "三、依申请公开情况\n收到申请2件。\n四、复议诉讼情况\n无。\n五、存在问题\n公开不够及时。\n六、其他需要报告的事项\n无。\n",
)

KEEP = (
    # an excerpt that breaks off mid-sentence inside a 一是……三是…… list: the fourth item lies beyond the cut
    "我部承办的建议主要有四个特点：一是关注安全生产。代表提出建议。二是关注防灾减灾。代表提出建议。三是关注应急救援能力。代表委员围绕提升救援能力",
    "会上，分管领导就办理工作提出了三点要求：一是要高度重视；二是要明确责任；三是要按时办结。",
    # the fifth part worded 存在的主要问题及改进计划: six titles, six parts
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议或提起行政诉讼情况、"
    "存在的主要问题及改进计划、其他需要报告的事项共六部分组成。",
    # 共 and a count its titles make, one title split at its own 、 and the last with words after its title
    "本报告由概述,主动公开政府信息情况,政府信息依申请公开办理情况,因政府信息公开申请行政复议、提起行政诉讼的情况,"
    "政府信息公开工作存在的主要问题及改进措施,需要说明的其他事项与附表共六个部分组成。",
    # 及以下 bounds one name (中专及以下学历), it joins no second one: four names, four figures
    "党员中研究生、本科、专科、中专及以下学历的分别是1人、34人、26人、22人。",
    # as many figures as names; 和 inside a body's name; two figures for each name
    "特优人才、领军人才、高级人才和基础人才总数分别达5人、12人、30人、56人。",
    "教育局、文化和旅游局分别投入5万元、6万元。",
    "甲村、乙村分别有3个组500人、2个组400人，均已完成。",
    # the six parts and a part of the report's own (下一年工作打算): seven may be right, the 、 inside a title aside
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
    "存在的主要问题及改进情况、2024年工作打算、其他需要报告的事项等七个部分组成。",
    # items numbered 一、二、 on the count's line: each numeral's 、 is no separator of names
    "本报告共四个部分：一、概述；二、主动公开情况；三、依申请公开情况；四、附件：年度统计表。",
    # the list ends with its sentence: the report's next heading run on after it on one line is no item
    "本报告共两个部分：一、总体情况；二、统计表。三、存在的主要问题",
    "目前已完成东山乡南林村、古木镇沙沟村、平坝镇平坝村、德厚镇大寨村、坝心乡坝心村5个村的安装工作。",
    # five parts named and counted five (a report of its own shape): no format count to hold it to
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、"
    "其他需要报告的事项5个部分组成。",
    "2023年政府信息公开工作年度报告\n本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
    "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项等六部分组成。",
    "本报告包括：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
    "存在的主要问题及改进情况、其他需要报告的事项等六部分。",
    # all six in quotes, one by one
    "本报告从“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”“政府信息公开行政复议、行政诉讼情况”"
    "“存在的主要问题及改进情况”“其他需要报告的事项”六个部分组成。",
    # the format before the 2019 条例 (概述, 收费及减免): its six parts are other parts, not the current format's
    "2013年政府信息公开工作年度报告\n本报告包括概述、主动公开政府信息情况、依申请公开政府信息情况、"
    "政府信息公开的收费及减免情况、因政府信息公开申请复议及诉讼情况、存在的主要问题及改进措施等六个方面。",
    # the old format's six parts set off by commas and counted six
    "本报告包括概述，主动公开政府信息的情况，依申请公开政府信息的情况，政府信息公开的收费及减免情况，"
    "因政府信息公开申请行政复议、提起行政诉讼的情况，存在的主要问题及改进措施共6部分内容。",
    # the old format read at every 、: a title split at its own 、 (…行政复议、提起行政诉讼的情况) leaves the list unread
    "本报告由基本情况、主动公开政府信息情况、依申请公开政府信息办理情况、政府信息公开的收费及减免情况、"
    "因政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题及改进情况等五部分组成。",
    # fewer named than counted, but no part of the format skipped between the first and the last named: a selection
    "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况等六部分组成。",
    # a part worded its own way: still six items
    "2023年政府信息公开工作年度报告\n本报告由总体情况、主动公开情况、依申请政府信息公开情况、行政复议诉讼情况、"
    "工作存在的不足及下步措施、其他需要报告的事项六部分组成。",
    "局机关设综合科室4个（办公室、财务科、法规科、执法大队），均按职责运行。",
    # a breakdown or a selection in the brackets, not the members
    "下设二级单位3个（含办公室、财务科、法规科、执法大队等）。",
    "项目覆盖5个村（甲村、乙村等），受益群众3000人。",
    # kinds, not members
    "下辖12个镇（街道、农场、园区），均设立了城管中队。",
    # the items, one per line, run on to where the page's excerpt breaks off mid-sentence: at least three, maybe four
    "某纪念馆共4个内设机构：\n\n1.办公室。职责：负责文秘、档案等工作。\n\n2.宣传教育部。职责：负责宣传教育工作。\n\n"
    "3.文物保护部。职责：负责文物的保护、征集和建设手续",
    "大队共开展5个项目，分别是中央和省级政法纪检监察转移支付项目、交通警察部门公安管理业务费项目、辅警待遇专项经费项目、"
    "交通事故预防项目、道路交通安全综合治理工作经费项目。",
    # long pieces that do not each end with the counted noun: a clause parted by 、, not a list of names
    "共开展3项工作：组织全县各级医疗机构开展重点人群健康体检工作、落实家庭医生签约服务并开展随访、完成慢性病筛查。",
    "直属事业单位3个，即县国库集中支付中心、县财政信息中心、县会计服务中心。",
    "核定事业编制37名，设 6个内设机构，即办公室、海事安全科、航道科、运政综合科、财务科、监督站。",
    "本单位共实施4个项目，总预算320.00万元，包括：设备购置经费120.00万元、人员培训经费80.00万元、"
    "信息化建设资金60.00万元、宣传资金60.00万元。",
    "本单位项目共5个，包括：设备购置经费120.00万元、人员培训经费80.00万元等。",
    # a clause without an amount: not a list of priced items
    "本单位项目共5个，包括：设备购置经费120.00万元、人员培训经费80.00万元，均已完成验收。",
    "主要做了三项工作：一是加强预算管理；二是规范资金使用；三是强化绩效监控。",
    "存在以下两个问题：\n（一）预算编制不够精细。\n（二）绩效目标不够明确。\n二、下一步措施\n（一）加强管理。",
    "共实施4个项目：公共卫生服务、疫苗接种、健康教育等。",
    "纳入本局部门预算编制范围的单位共9个，包括：\n1.行政单位1个：本局机关。\n2.参公单位1个：执法监察支队。\n"
    "3.事业单位7个（包括4个非独立核算单位）：全部为全额拨款事业单位。\n",
    "医学检查共14项，包括9项实验室检查、4项病毒筛查和1项影像学检查。",
    "我局设有7个股室，包括办公室、水利股、计财股、机电股、移民办、三防办、水政股；完成5个项目，包括道路、桥梁等。",
    "医院编制六十人。内设科室5个，有院办、门诊部、住院部、检验科、药房。",
    "医院编制六十人。内设科室6个，有院办、门诊部、住院部等。",
    # a numbered run of offices counts as each of them: 2 + 3 + 4 + 1 = 10
    "内设机构共10个：办公室、组织部、第一至第三监督检查室、第四至第七审查调查室、案件审理室。",
    # the last two offices joined by 和: three named, two items between the 、
    "街道设置内设机构3个：党政办公室、财政办公室和应急管理办公室。",
    # the rest told in the next sentence; a comma typed for the first 、
    "我院内设职能部门5个，包括综合办公室、政治部、立案庭。另有两个派出法庭。",
    "院机关内设机构4个，包括：办公室，政治部、研究室、督查室。",
    "共实施3个项目：公共卫生服务、疫苗接种、健康教育。全年接种一是为了防控疫情。",
    "落实“两个确立”：坚决拥护。",
    "由县文化馆、县图书馆、县博物馆3家下属单位具体实施。",
    "共完成水稻高产创建示范面积10100亩，涉及某镇的勐糯、海头、丛岗、大寨、田坡5个村委会40个村民小组。",
    "项目覆盖城关、河口2个村，受益群众1200人。",
    "由县文化馆、县图书馆和县博物馆3家单位实施，在城区、乡镇开展5个项目。",
    "县文化馆、县图书馆等5家单位参与。",
    # the parts of one name, in brackets, are no items of the list
    "本院共设有4个内设机构：即办公室、政治部（含组织人事科、教育培训科）、立案庭、执行局（执行综合办公室）。",
    "建有1个服务中心、3个工作站，分别为县便民服务中心、城东工作站、城西工作站和城北工作站。",
    "本局内设2个中队，即文秘中队、通信中队。下设5个管理站，即：东站、西站、南站、北站、中站。",
    # the items run on in the paragraph below the count
    "依照章程，协会履行职责共三项：\n一是开展会员服务；二是组织学术交流；三是承办上级交办的工作。\n",
    # a name of no counted kind: the list is not read
    "建有1个服务中心、2个工作站，分别为县便民服务中心、城东工作站、城西工作站和党员活动室。",
    "建有1个服务中心、2个工作站，分别为县便民服务中心、城东工作站等。",
    # the text stops inside the list, with no full stop: a copy cut short, its last offices missing
    "本局内设科室12个，分别是：办公室、财务科、法规科、人事科、统计",
    # a list by kinds, each with its own count
    "我院共有6个内设机构，分别是：审判业务部门4个，包括立案庭、刑事审判庭、民事审判庭、执行局；综合行政部门2个，包括办公室、政治部。",
    # a joiner between two bodies' names may part them; one inside a name (文化和旅游办公室) does not
    "下设5个机构，分别为：党政办公室、经济发展办公室、财政所、应急管理办公室和城镇管理办公室。",
    "下设4个机构，分别为：党政办公室、经济发展办公室、财政所、文化和旅游办公室。",
    "所属事业单位4个，分别为：城区综合服务中心、社会事务服务中心、文化服务中心、生态环境和农业服务中心。",
    "项目年初共制定3个绩效目标，分别为：\n1、产出-数量目标-培训学员200人次；\n2、产出-质量目标-合格率95%；\n"
    "3、效益-社会效益目标-群众满意度90%。\n二、项目实施情况\n",
    # the count's list ends where the sentence turns to others (，另设……)
    "本院共设置5个职能部门，分别为：第一检察部、第二检察部、第三检察部、办公室、检务督察部，另设政治部、机关党委。",
    # the text stops inside the list, only a line break after it: a copy cut short
    "本校共设置9个内设机构，包括：校长办公室、副校长办公室、\n",
    "本项目涉及3个乡镇，分别为东镇、西镇、南乡，共改造供水管网86公里。",
    "项目覆盖3个村，分别是甲村、乙村、丙村，受益群众1.2万人。",
    "项目惠及3所学校，分别为一中、二中、实验小学，受益学生2100人。",
    # a count broken down by kinds in figures; a 一是 run of a later paragraph on the same (flattened) line
    "（一）主动公开情况 我中心在网站专栏公开信息共6条：其中通知公告3条，财务信息2条，年度报告1条。 "
    "（二）管理情况 一是规范发布流程；二是加强审核把关。",
    # a page cut short shows fewer parts than the count; an appendix after the last part is no part
    "本报告由概述、主动公开政府信息情况等五部分组成。\n一、概述\n全年公开信息120条。\n二、主动公开政府信息情况\n公开文件30件。\n",
    "本报告分为以下两个部分。\n一、工作情况\n完成了年度任务。\n二、存在问题\n公开不够及时。\n三、附件\n附表一份。\n",
)
