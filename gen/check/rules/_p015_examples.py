"""P015's must-flag and must-pass examples, apart from its reading: each habit of a list's ends a round found
needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # two entries of a long contents closed by 。 where nine others end bare: both stops are stray
    "目录\n一、2023 年度收入支出决算总体情况。\n二、2023 年度收入决算情况。\n三、2023 年度支出决算情况\n"
    "四、财政拨款收入支出决算情况\n五、一般公共预算财政拨款支出决算情况\n六、一般公共预算财政拨款基本支出决算情况\n"
    "七、“三公”经费支出决算情况\n八、政府性基金预算财政拨款收入支出决算情况\n九、国有资本经营预算财政拨款支出决算情况\n"
    "十、预算绩效情况说明\n十一、其他重要事项的情况说明\n",
    # a list of duties each closed by ；, whose last item, before the next heading, lost its 。
    "（一）主要职责\n1.负责全县体育事业的规划和指导工作;\n2.组织开展群众性体育健身活动;\n"
    "3.承担体育场馆的日常管理和维护工作;\n4.完成县委县政府交办的其他工作\n（二）机构设置\n内设三个股室。\n",
    "一、项目情况\n本项目由县财政安排资金五十万元。\n二、评价情况\n评价组按指标体系逐项打分。\n三、项目绩效。\n"
    "项目各项指标均已完成。\n四、存在问题\n部分资金拨付较晚。\n",
    "八、附件一：决算批准决议\n九、附件二：决算报表\n十、附件三：转移支付情况\n十一、附件四重点项目评价表\n"
    "十二、附件五：债务情况\n",
    "年度绩效目标：\n目标1：完成造林1.2万亩，\n目标2完成森林抚育16.3万亩，\n目标3：完成病虫害防治3.45万亩。\n",
    "第一部分：某县林业局概况\n第二部分2023年度部门决算表\n第三部分：2023年度部门决算情况说明\n第四部分：名词解释\n",
    "第一部分：某县林业局概况\n第二部分：2023年度部门决算表\n第三部分：2023年度部门决算情况说明\n第四部分、名词解释\n",
    "目录\n一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况。\n四、财政拨款支出决算情况\n"
    "五、“三公”经费支出决算情况。\n",
    # a duty sentence of a 1. list that lost its stop before the next item, where the others have one
    "1.负责拟订全县文化事业发展规划并组织实施。\n2.负责全县公共文化服务体系建设和管理工作\n"
    "3.负责指导全县文物保护和非物质文化遗产工作。\n4.负责全县文化市场的综合执法和监督检查。\n"
    "5.完成县委、县政府和上级主管部门交办的其他工作任务。\n",
    # short duties, one of them without its stop; the last duty before the next heading
    "（一）主要职责\n1.承担应急专项环境监测工作。\n2.承担污染源监测工作。\n3.管理运行环境监测网\n"
    "4.开展环境监测人员培训工作。\n5.开展环境监测技术交流活动。\n（二）单位构成\n",
    "（一）主要职责\n1.依法对刑事诉讼实行法律监督。\n2.依法提起民事和公益诉讼。\n3.依法对监管活动实行监督。\n"
    "4.依法受理公民关于诉讼活动的控告和申诉\n（二）重点工作完成情况\n",
    # the last entry, where the next line opens a part: the run ended whole there
    "第三部分 情况说明\n一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况。\n四、绩效管理工作开展情况\n"
    "第四部分 名词解释\n",
    # one contents entry closed by a stop none of the others has, in a run too short but a contents long enough
    "目录\n第一部分 单位概况\n一、主要职责\n二、机构设置\n第二部分 预算情况说明\n一、收支预算总体情况\n"
    "二、财政拨款收支情况\n三、“三公”经费情况\n第三部分 绩效情况\n一、整体绩效目标。\n二、项目绩效目标\n第四部分 名词解释\n",
    # one contents entry closed by a stop none of the others has
    "目录\n一、收入支出决算总体情况\n二、收入决算情况\n三、支出决算情况。\n四、财政拨款支出决算情况\n",
    "目录\n一、收入预算说明\n二、支出预算说明\n三、“三公”经费预算情况\n四、其他重要事项说明。\n第四部分 名词解释\n",
    "一、 部门收支总表\n\n二、 部门收入总表\n\n三、 部门支出总表。\n\n四、 财政拨款收支总表\n\n五、 一般公共预算支出表\n",
    # two duty sentences without their stop among six closed by one
    "1.负责全县审判工作的组织和管理。\n2.受理不服本院裁判的各类申诉案件\n3.依法行使执行权和决定权\n"
    "4.对法规草案提出修改意见。\n5.开展司法交流活动。\n6.管理法官和其他工作人员。\n7.领导人民法庭的工作。\n"
    "8.管理本院的经费和装备。\n（二）机构设置\n",
)

KEEP = (
    # two stops among five bare entries: not three bare for each stopped one, the list has no one habit
    "目录\n一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况\n四、财政拨款收入支出决算情况\n"
    "五、一般公共预算财政拨款支出决算情况\n六、其他重要事项的情况说明\n七、名词解释\n",
    # the contents ends where the body's 第一部分 comes again: the duty below it closes with its own 。
    "目录\n第一部分 单位概况\n一、主要职责\n二、机构设置\n第二部分 决算报表\n一、收入支出决算总表\n二、收入决算表\n"
    "第三部分 情况说明\n一、收入决算情况\n二、支出决算情况\n第一部分 单位概况\n一、主要职责\n"
    "（一）依法向县人民代表大会提出工作报告。\n（二）负责全县林业资源的保护和管理，组织开展造林绿化和森林防火工作。\n",
    "目录\n第一部分 单位概况\n一、主要职责\n二、机构设置\n第二部分 预算情况说明\n一、收支预算总体情况\n"
    "二、财政拨款收支情况\n三、“三公”经费情况\n第三部分 绩效情况\n一、整体绩效目标\n二、项目绩效目标\n第四部分 名词解释\n",
    # the same list closed by its 。, and one cut off by the page end (no heading after it)
    "（一）主要职责\n1.负责全县体育事业的规划和指导工作；\n2.组织开展群众性体育健身活动；\n"
    "3.承担体育场馆的日常管理和维护工作；\n4.完成县委县政府交办的其他工作。\n（二）机构设置\n内设三个股室。\n",
    "（一）主要职责\n1.负责全县体育事业的规划和指导工作；\n2.组织开展群众性体育健身活动；\n"
    "3.承担体育场馆的日常管理和维护工作；\n4.完成县委县政府交办的其他工作\n",
    "目录\n一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况。\n四、财政拨款支出决算情况。\n",
    # headings written run-in (title, stop, text) and a part of its own: no stray stop
    "一、项目情况\n本项目由县财政安排资金五十万元。\n二、评价情况。评价组按指标体系逐项打分。\n三、项目绩效。\n"
    "项目各项指标均已完成。\n",
    "第一部分 概况\n一、单位职责\n负责全县文物保护。\n二、机构设置\n内设三个股室。\n第二部分 情况说明\n"
    "一、收入决算情况。\n本年收入一百万元。\n二、支出决算情况。\n本年支出九十万元。\n",
    "一、收入支出决算总体情况。\n二、收入决算情况\n三、支出决算情况。\n四、财政拨款支出决算情况\n",
    "一、收入决算情况。\n本年收入一百万元。\n二、支出决算情况。\n本年支出九十万元。\n三、结余情况\n四、其他情况。\n",
    "一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况。\n四、财政拨款支出决算情况\n",
    "（1）负责统计调查。\n（2）负责数据发布。\n（3）负责普查组织\n（4）负责统计执法。\n",
    # the last duty, its sentence going on in the next line (no heading after it); labels, not sentences
    "1.依法对刑事诉讼实行法律监督。\n2.依法提起民事和公益诉讼。\n3.依法对监管活动实行监督。\n"
    "4.依法受理公民关于诉讼活动的控告\n和申诉。\n",
    "（一）内设机构\n1.办公室。\n2.财务科。\n3.业务科。\n4.后勤科\n5.信息科。\n（二）单位构成\n",
    # duty sentences that end variously (。 and ；) are one habit each, not one slip
    "1.负责拟订全县文化事业发展规划并组织实施；\n2.负责全县公共文化服务体系建设和管理工作\n"
    "3.负责指导全县文物保护和非物质文化遗产工作。\n4.负责全县文化市场的综合执法和监督检查；\n"
    "5.完成县委、县政府和上级主管部门交办的其他工作任务。\n",
    "八、附件一：决算批准决议\n九、附件二：决算报表\n十、附件三：转移支付情况\n十一、附件四：重点项目评价表\n",
    "年度绩效目标：\n目标1：完成造林1.2万亩，\n目标2：完成森林抚育16.3万亩，\n目标3：完成病虫害防治3.45万亩。\n",
    "年度绩效目标：\n目标1完成造林1.2万亩，\n目标2完成森林抚育16.3万亩，\n目标3：完成病虫害防治3.45万亩。\n",
    # parts written alike (no colon, or a space), or a part whose title stands on the next line
    "第一部分 某县林业局概况\n第二部分 2023年度部门决算表\n第三部分：情况说明\n第四部分 名词解释\n",
    # a duty list whose items end on ； and whose last closes on 。: the sentence's own end
    "（一）负责人才储备工作；\n（二）协助编制人才目录；\n（三）负责后勤保障工作；\n（四）完成交办的其他任务。\n",
    # two duty sentences without their stop among five: too few stopped ones to call it the list's habit
    "1.负责全县审判工作的组织和管理。\n2.受理不服本院裁判的各类申诉案件\n3.依法行使执行权和决定权\n"
    "4.对法规草案提出修改意见。\n5.开展司法交流活动。\n6.管理法官和其他工作人员。\n（二）机构设置\n",
    # two of four closed by a stop: no habit to hold the list to; a list of three
    "一、收入预算说明。\n二、支出预算说明\n三、“三公”经费预算情况。\n四、其他重要事项说明\n一、收入说明\n二、支出说明\n三、其他说明。\n",
    "第一部分：某县林业局概况\n第二部分\n2023年度部门决算表\n第三部分：情况说明\n第四部分：名词解释\n",
)
