"""S017's must-flag and must-pass examples, apart from its reading: contents and bodies pair in many
ways, and each class a round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # a one-word entry the body titles with a word before it, in contents that copy the other titles whole
    "目录\n第一部分 某县档案馆概况\n一、职责\n二、机构设置情况\n第二部分 决算情况说明\n一、收入决算情况说明\n"
    "二、支出决算情况说明\n第一部分 某县档案馆概况\n一、部门职责\n负责全县档案工作。\n二、机构设置情况\n内设三个股室。\n"
    "第二部分 决算情况说明\n一、收入决算情况说明\n收入八十万元。\n二、支出决算情况说明\n支出八十万元。\n",
    "目录\n第一部分 单位概况\n第二部分 2023年度部门决算表\n第三部分 名词解释\n"
    "第一部分 部门概况\n一、部门职责\n负责全乡医疗卫生服务。\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
    "目 录\n第一部分 部门概况\n一、部门主要职责\n二、机构设置情况\n第二部分 名词解释\n"
    "第一部分 某县文化馆概况\n一、部门主要职能\n负责全县群众文化工作。\n二、机构设置情况\n内设股室三个。\n",
    "目录\n第一部分 单位概况\n一、主要职能\n二、决算单位构成\n第二部分 名词解释\n"
    "第一部分 单位概况\n一、主要职能\n负责全市路灯管理。\n二、单位决算单位构成\n纳入决算的单位共一个。\n",
    "目录\n一、摘要\n二、部门概况\n三、绩效目标\n四、存在的问题\n某县档案馆2023年度部门整体支出绩效自评报告\n摘要\n"
    "一、部门概况\n本馆内设三个科室。\n二、绩效目标\n完成档案接收工作。\n",
    # one short heading renamed in one place only: it keeps a word and changes the rest
    "目录\n一、部门职责\n二、机构设置\n某局2023年度报告\n一、主要职责\n负责全县档案工作。\n二、机构设置\n内设三个股室。\n",
    "目录\n一、基本职能\n二、机构设置\n某局2023年度报告\n一、职能简介\n负责全县档案工作。\n二、机构设置\n内设三个股室。\n",
    # (info) a heading (not a part) that adds a word to its entry, where nothing else explains it
    "目录\n第一部分 单位概况\n一、主要职能\n二、机构设置\n第二部分 名词解释\n第一部分 单位概况\n一、部门主要职能\n"
    "负责全县档案工作。\n二、机构设置\n内设三个股室。\n第二部分 名词解释\n",
    # the contents number the parts 一、 二、 三、, the body 第一部分 第二部分
    "目录\n一、部门概况\n（一）主要职能\n（二）机构设置\n二、2023年度部门决算表\n三、决算情况说明\n四、名词解释\n"
    "第一部分 某县档案馆概况\n一、主要职能\n负责全县档案工作。\n二、机构设置\n内设三个股室。\n"
    "第二部分 某县档案馆2023年度部门决算表\n第三部分 决算情况说明\n一、收入情况\n本年收入一百万元。\n",
    # the reverse: contents of parts, a body that numbers the first part 一、 and its sections （一）
    "目录\n第一部分 某县档案馆概况\n一、主要职能\n二、机构设置\n第二部分 2023年度部门决算表\n第三部分 名词解释\n"
    "一、某县档案馆概况\n（一）主要职能\n负责全县档案工作。\n（二）内设机构\n内设三个股室。\n",
    # (info) a part the body titles otherwise than the contents, the body's name dropped
    "目录\n第一部分 某区财政局概况\n第二部分 2022年度部门决算表\n第三部分 名词解释\n第一部分 部门概况\n一、主要职责\n"
    "负责全区财政工作。\n第二部分 2022年度部门决算表\n详见附表。\n第三部分 名词解释\n财政拨款收入：指本级财政拨付的资金。\n",
    # the contents number a part's sections 一、 二、, the body （一） （二） under the same part
    "目录\n第一部分 某市司法局概况\n一、部门职责\n二、机构设置\n第二部分 某市司法局2016年部门决算表\n"
    "第一部分 某市司法局概况\n（一）部门职责\n主管全市司法行政工作。\n（二）机构设置\n纳入编报范围的单位共1个。\n"
    "第二部分 某市司法局2016年部门决算表\n",
    # a part's number alone on its line (a PDF's layout), its title on the next line edited
    "目录\n第一部分 某县档案馆概况\n第二部分 2023年度部门决算表\n第三部分 名词解释\n第一部分\n某县档案馆单位概况\n"
    "一、主要职能\n负责全县档案工作。\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
)

KEEP = (
    # a part's number alone on its line over its first numbered heading: the part has no title to compare
    "目录\n第一部分 某县档案馆概况\n第二部分 2023年度部门决算表\n第三部分 名词解释\n第一部分\n一、某县档案馆主要职能\n"
    "负责全县档案工作。\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
    # a part's title on the line below its number, a sentence after a number, an entry cut by the contents' width
    "目录\n第一部分 某县档案馆概况\n一、主要职能\n二、机构设置\n第二部分 某县档案馆二〇二三年度部门决算表\n第一部分\n某县档案馆概况\n"
    "一、主要职能是档案收集、整理和利用。\n二、机构设置\n内设三个股室。\n第二部分 某县档案馆二〇二三年度部门决算表及附表\n",
    # the same pair where the contents shorten their titles throughout: a contents' style, not a slip
    "目录\n第一部分 概况\n一、职责\n二、机构\n第二部分 说明\n一、收入\n二、支出\n"
    "第一部分 某县档案馆概况\n一、部门职责\n负责全县档案工作。\n二、机构设置情况\n内设三个股室。\n"
    "第二部分 决算情况说明\n一、收入决算情况说明\n收入八十万元。\n二、支出决算情况说明\n支出八十万元。\n",
    "目录\n第一部分 单位概况 1\n第二部分 2023年度部门决算表 3\n第三部分 名词解释 9\n"
    "第一部分 单位概况\n一、部门职责\n负责全乡医疗卫生服务。\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
    # the contents cut a long title at its width; another names a different year
    "目录\n第一部分 某县某镇中心卫生院单位\n第二部分 2022年度部门决算表\n第三部分 名词解释\n"
    "第一部分 某县某镇中心卫生院单位概况\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
    # a contents that names the body's headings more fully, and one whose numbers carry page numbers
    "目 录\n第一部分 部门概况\n一、单位主要职能……1\n二、机构设置及决算单位构成……2\n第二部分 名词解释……5\n"
    "第一部分 部门概况\n一、主要职能\n负责全县群众文化工作。\n二、机构设置\n内设股室三个。\n",
    # contents and body both number the parts 第一部分 …
    "目录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n第二部分 2023年度部门决算表\n第三部分 决算情况说明\n"
    "第一部分 某县档案馆概况\n一、主要职能\n负责全县档案工作。\n二、机构设置\n内设三个股室。\n"
    "第二部分 某县档案馆2023年度部门决算表\n第三部分 决算情况说明\n一、收入情况\n本年收入一百万元。\n",
    # a body whose parts name none of the contents' entries: another document after the report
    "目录\n一、部门概况\n二、绩效目标\n三、存在问题\n一、部门概况\n本馆内设三个科室。\n二、绩效目标\n完成档案接收。\n"
    "三、存在问题\n资金拨付较晚。\n第一部分 附件材料清单\n第二部分 佐证照片\n",
    # after contents of parts, a body 一、 that names no part: another document (a notice, a letter)
    "目录\n第一部分 某县档案馆概况\n一、主要职能\n二、机构设置\n第二部分 2023年度部门决算表\n第三部分 名词解释\n"
    "一、基本情况\n（一）主要职能\n负责全县档案工作。\n",
    # two short titles that keep only words every outline shares are two sections, not one renamed
    "目录\n一、部门基本情况\n二、绩效分析\n某局2023年度报告\n一、部门机构设置\n本局内设三个科室。\n二、绩效分析\n内容。\n",
    # the contents' 单位概况 is the template's blank, filled with the body's name in the body
    "目录\n一、单位概况\n二、绩效分析\n某局2023年度报告\n一、某市气象局概况\n本局内设三个科室。\n二、绩效分析\n内容。\n",
    # the entry stands in the body under its number; a second 一、 after it (a quoted plan's own
    # numbering) is a number used twice (S001's), not the entry renamed
    "目录\n第一部分 部门概况\n一、部门职责\n二、机构设置\n第二部分 名词解释\n"
    "第一部分 部门概况\n一、部门职责\n依据某方案设立本局。\n一、主要职责\n承担全县档案工作。\n"
    "二、机构设置\n内设三个股室。\n",
    # every part titled with the body's name in the body, short in the contents: the contents' style
    "目录\n第一部分 单位概况\n第二部分 决算情况说明\n第三部分 名词解释\n第一部分 某区财政局单位概况\n一、主要职责\n"
    "负责全区财政工作。\n第二部分 某区财政局决算情况说明\n本年收入一百万元。\n第三部分 某区财政局名词解释\n"
    "财政拨款收入：指本级财政拨付的资金。\n",
    # a （一） under the body's own 一、 of the entry: a sub-heading in its place, not the entry moved down
    "目录\n第一部分 某市司法局概况\n一、部门职责\n二、机构设置\n第二部分 某市司法局2016年部门决算表\n"
    "第一部分 某市司法局概况\n一、部门职责\n（一）部门职责\n主管全市司法行政工作。\n二、机构设置\n（二）机构设置\n"
    "纳入编报范围的单位共1个。\n第二部分 某市司法局2016年部门决算表\n",
    # the contents give the body's short name (市水务局), the body its full one (赣州市水务局): one heading
    "目录\n第一部分 市水务局概况\n第二部分 2020年度部门决算表\n第三部分 2020年度部门决算情况说明\n"
    "第一部分 赣州市水务局概况\n一、部门职责\n第二部分 2020年度部门决算表\n第三部分 2020年度部门决算情况说明\n",
)
