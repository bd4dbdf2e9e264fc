"""S001: heading numbers that skip, repeat or run backwards.

Each level counts on its own and restarts under a new parent heading: 一、
（一）（二）… 二、（一）…. A number that jumps (一、 then 三、), repeats
(（三） twice) or goes back (（五） after （七）) means a section was lost,
duplicated or moved. Headings come from gen.check.headings; headings written
without a mark ("一部门职能职责") are reported by S002 and only restart the
levels below them here. Entries of a table of contents are not headings
(gen.check.headings), but they tell which of two headings with the same number
is the slip: when the contents list the second and not the first, the first was
added (or misnumbered) and is reported. A 第X部分 (章, 篇) division restarts every level:
决算 texts number 一、… afresh in each part. A gap left by an item that lost
its number (九、, "机关运行经费情况表", 十一、) is S011's, reported on that item,
and so is a gap left by section titles that lost theirs (（一）, "总体情况分析",
（四）). A level whose 1. was flattened onto its parent's line ("一、概况
（一）职能 1.职责", a PDF's layout) starts with 2. without a loss.

A list that restarts at 1 under a heading of its own level is reported on
its 1.; when that 1. stands alone on its line (its item on the next, a PDF's
layout), the step back is still there, not at the 2. that follows it.

A deeper level that opens with the number its parent level would take next
（（一）（二）, then 3. 4.) is the parent level's run written with the wrong
mark: each heading of that run is reported with the mark it should have
（（三）（四）), not only the first as a level that skipped its 1.

Levels written upside down — a （1） item with a 1、 list under it, then （2） with its own 1、 list
(the order is 一、 （一） 1. （1）) — are reported once, on the first （1）; the lists under each （n） then
count afresh, so their 1、 is no step back.

A skip between two siblings on adjacent lines (a list of 附表, a contents whose lines carry page
numbers) is reported across both lines: the entry that was left out belongs between them.

A level's first number above 1 is a gap only under a parent heading (一、
then （二）). With no parent in the text before it, it is where the text
starts: a 决算 extract that opens with the tail of section 五 (its 1. 2. 3.)
and goes on with 六、 has lost nothing of its own. But a （一） that opens the
text (or a 第X部分) and is followed at once by 一、 is no fragment: a fragment's
next higher heading goes on counting (六、), it does not start at 一、. The
（一） sits above its own parent: the levels are inverted. Under a 第X部分 the
same slip is S012's (a part that opens with （一）), reported there once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..finding import Finding
from ..heading_gaps import division_starts, explained as _explained, first_inline as _first_inline, restarts, \
    upper_inline as _upper_inline
from ..headings import LEVEL_NAMES, headings, listed_in_toc, lone_mark, numbering, standard_mark
from ..colon_lists import colon_list, introduced, list_goes_on, sentence_item
from ..heading_inversions import Inversions
from ..lost_numbers import lost_numbers
from ..registry import Rule
from ..run_in_headings import in_order as _run_in_order, missing_run_in as _missing_run_in, \
    restarted as _restarted_run_in

RULE = Rule(
    code="S001",
    name="heading-sequence",
    severity="error",
    summary="标题编号跳号、重号或顺序错误",
    doc=(
        "检查什么：各级标题（一、 （一） 1. （1））的编号是否连续：跳号（一、之后是三、）、重号、倒序。"
        "每级编号在上一级标题之下重新从1开始。\n"
        "为什么：编号不连续说明有章节丢失、重复或调换，评审人员会据此判断报告是否完整。\n"
        "不报的情形：目录各行（含页面导出时丢了“目录”二字、各行以页码结尾的目录）；表格各行（以制表符或竖线分栏）；表格逐格拆成一行一格时的行名（“一、财政拨款收入”下一行是行次、再下一行是金额）。\n"
        "示例：“一、部门基本情况”之后直接是“三、部门整体支出绩效情况”，缺少“二、”。"
    ),
    flag=(
        # a figure's 1.5 in the line above is no first item run in: the 1. is lost
        "一、项目概况\n项目建设示范村十个。\n二、绩效分析\n（一）资金投入情况\n资金较上年增长1.5倍。\n2.资金使用情况\n资金全部拨付。\n",
        # the same wrapped contents entry, then a body that really skips its 二、
        "目录\n一、概况\n（一）单位职责\n（二）“三公”经费支出决算情况\n说明\n（三）政府采购支出说明\n二、名词解释\n"
        "一、概况\n（一）单位职责\n承担全市妇女儿童保健服务。\n三、名词解释\n",
        # a list under （一） after a colon that numbers its items （一） （二） again: the heading's level reused
        "一、部门基本情况\n（一）职能职责\n本部门主要职责是：\n（一）贯彻实施科普法，普及科学知识。\n（二）组织开展科普活动。\n",
        "一、部门基本情况\n内容。\n三、部门整体支出绩效情况\n内容。",
        "一、部门基本情况\n内容。\n二、绩效情况\n内容。\n一、存在问题\n内容。",
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
    ),
    keep=(
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
    ),
)


def _parent_start(last_at: dict[int, int], h) -> int:
    """Where the heading above ``h`` starts (its level's items stand after it), else the text's start."""
    return max((at for level, at in last_at.items() if level < h.level), default=0)


def _lone_restart(ctx, h, before, previous):
    """The "1." standing alone on its line (its item on the next) right under ``before``, the heading of
    the same level just seen, when ``h`` is its "2.": the level restarted at that 1., which is where the
    step back is (as "3.职责" then "1.贯彻…" is reported on the 1.), not at the 2. that follows it."""
    if before is None or previous is not before or h.number != 2:
        return None
    between = [p for p in ctx.paragraphs if before.end <= p.start < h.start and p.text.strip()]
    if 1 <= len(between) <= 2 and lone_mark(between[0].text) == (h.level, 1):
        return between[0]
    return None


def _other_form(h, before) -> bool:
    """``h`` repeats its sibling's number in another form (1. 部门主要职责, then 主要职责如下： 1、承担……): a list
    of its own after a colon. The same form again ((一)职能职责, then 职责是： (一)贯彻……) reuses the heading's
    level for a list under it: the level is S001's to report."""
    return before is not None and h.number == before.number and h.mark.strip() != before.mark.strip()


def _list_under(h, before, previous) -> bool:
    """A 1. right under its sibling heading 1、 (1、主要职能, then 1.本馆是…… 2.……): the other mark of the
    same number opens a list of its own under that heading, no repeat of it; the outline counts on after
    the list (2、机构设置). The same mark again (1. then 1.) is a repeat, and stays S001's."""
    return (before is not None and previous is before and h.number == before.number == 1
            and h.mark.strip() != before.mark.strip() and h.mark.strip()[:-1] == before.mark.strip()[:-1])


def _restart_finding(lone, name: str, prev_mark: str) -> Finding:
    at = lone.start + len(lone.text) - len(lone.text.lstrip(" \t\u3000"))
    return Finding(at, lone.end, RULE.code, RULE.severity,
                   f"{name}编号“{lone.text.strip()}”顺序倒退：上一个同级标题是“{prev_mark}”。")


def _inverted(opener, h, prev) -> bool:
    """``h`` is a first 一、 right after a （一） that opened the text or its part: the levels are upside down."""
    return opener is not None and h.level == 1 and h.number == 1 and prev is None


MIN_CONTINUED = 3  # （一）（二） then 3.: a 2. after （一） is more often a level that lost its 1.


def _continued_level(ctx, h, last: dict[int, int], last_at: dict[int, int]) -> int:
    """The upper level whose next number ``h`` (opening its own level at 3 or more) takes: （二） then 3.;
    else 0. Not when items that lost their number stand between (the level's own 1. and 2.)."""
    if h.number < MIN_CONTINUED:
        return 0
    upper = next((u for u in sorted(last, reverse=True) if u < h.level and last[u] == h.number - 1), 0)
    if upper and any(last_at[upper] < x.start < h.start for x in lost_numbers(ctx)):
        return 0
    return upper


def _run_goes_on(h, continuing: dict[int, tuple[int, int]], last_at: dict[int, int]) -> bool:
    """``h`` follows a heading of its level that continued an upper level's numbers, under the same upper heading."""
    upper, at = continuing.get(h.level, (0, -1))
    return bool(upper) and last_at.get(upper) == at


def _continuing_message(h, upper: int, first: bool = True) -> str:
    what = f"{LEVEL_NAMES[upper]}“{standard_mark(upper, h.number - 1)}”" if first else f"上一级{LEVEL_NAMES[upper]}"
    return f"{LEVEL_NAMES[h.level]}“{h.mark}”接续{what}的编号，层级混乱，应为“{standard_mark(upper, h.number)}”。"


def _gap_start(ctx, before, h) -> int:
    """Where a skip is reported: at ``h``, or from ``before`` when the two siblings stand on adjacent lines
    (a list of 附表 or a contents with page numbers: "二、收入决算表 34" / "四、…"), the gap lying between them."""
    if before is None or before.end > h.start:
        return h.start
    between = ctx.text[before.end : h.start]
    return before.start if between.count("\n") <= 2 and not between.strip() else h.start


def _unlisted_before(ctx, h, before) -> bool:
    """``h`` repeats the number of ``before``, and the contents list ``h`` but not ``before``."""
    return before is not None and listed_in_toc(ctx, h) is True and listed_in_toc(ctx, before) is False


def _after_orphans(orphans, starts: list[int], since: int, until: int, last: dict[int, int]) -> None:
    """An item that lost its numeral (S011's "、绩效目标") still opens its section: the levels below
    it count afresh after it, as after the numbered item it should be. ``starts``: the orphans' offsets,
    in order (those between two headings are found by bisection, not a scan per heading)."""
    for x in orphans[bisect_right(starts, since):bisect_left(starts, until)]:
        got = numbering(x.expected + "标题")
        if got is not None:
            for level in [lv for lv in last if lv > got.level]:
                del last[level]


def _inversion_finding(first, nested: int) -> Finding:
    return Finding(first.start, first.mark_end, RULE.code, RULE.severity,
                   f"层级顺序颠倒：{LEVEL_NAMES[first.level]}“{first.mark}”之下又分{LEVEL_NAMES[nested]}"
                   f"（“{standard_mark(nested, 1)}”），标题层次应为一、（一）1.（1），请调整序号。")


def check(ctx):  # long: one pass over the outline, each level's state kept beside the others
    opener = None  # a （一） that opened the text or a part, while it is the last heading seen
    last: dict[int, int] = {}
    last_at: dict[int, int] = {}
    last_h: dict = {}  # level -> the last heading of that level
    continuing: dict[int, tuple[int, int]] = {}  # level -> (the upper level it continues, that level's heading offset)
    resumed: dict[int, int] = {}  # level -> its count before a colon's list numbered afresh at that level
    renumbered: set[int] = set()  # levels whose last heading was reported as a repeat that should take the next number
    seen_any = False
    inversions = Inversions()
    parts = division_starts(ctx)
    prev_start = -1
    previous = None  # the heading seen last, of any level
    orphans = sorted((x for x in lost_numbers(ctx) if x.kind in ("orphan", "section")), key=lambda x: x.start)
    orphan_starts = [x.start for x in orphans]
    for h in headings(ctx):
        if restarts(ctx, parts, prev_start, h, last, last_at):
            last.clear()
        _after_orphans(orphans, orphan_starts, prev_start, h.start, last)
        prev_start = h.start
        if h.form == "bare":
            for level in list(last):
                if level > 1:
                    del last[level]
            seen_any = True
            previous = h
            continue
        inversions.see(h, previous)
        prev = last.get(h.level)
        if h.level in resumed and not sentence_item(ctx, h) and not list_goes_on(ctx, h, last, resumed):
            prev = resumed.pop(h.level)  # the colon's list ended: the outline counts on from before it
        name = LEVEL_NAMES[h.level]
        message = None
        at = h.start
        if prev is None and (got := inversions.resolves(h)) is not None:
            first, nested = got
            if first.start not in inversions.reported:
                inversions.reported.add(first.start)
                yield _inversion_finding(first, nested)
            prev = h.number - 1
            for level in [lv for lv in last if lv < h.level and last_at[lv] > first.start]:
                del last[level]
        if _inverted(opener, h, prev):
            yield Finding(opener.start, opener.mark_end, RULE.code, RULE.severity,
                          f"层级颠倒：二级标题“{opener.mark}”出现在一级标题“{h.mark}”之前，应先列一级标题。")
        under_part = bool(parts) and parts[0] < h.start  # a part opening with （一） is S012's (parts are sorted)
        opener = h if (not last and not under_part and h.level == 2 and h.number == 1) else None
        if prev is None:
            opens_text = all(level > h.level for level in last)  # nothing above it yet: the text starts here
            upper = _continued_level(ctx, h, last, last_at)
            if h.number != 1 and seen_any and not opens_text and not _first_inline(ctx, h, last_at) \
                    and not _run_in_order(ctx, h.level, range(1, h.number), _parent_start(last_at, h), h.start):
                message = f"{name}“{h.mark}”应从“{standard_mark(h.level, 1)}”开始编号。"
                if upper:
                    continuing[h.level] = (upper, last_at[upper])
                    message = _continuing_message(h, upper)
        elif (h.number < prev or _other_form(h, last_h.get(h.level)) or introduced(ctx, h)) and colon_list(ctx, h) \
                or _list_under(h, last_h.get(h.level), previous):
            resumed.setdefault(h.level, prev)  # a list the line before introduces, numbered afresh (是：（一）…。)
        elif h.number == prev and _unlisted_before(ctx, h, last_h.get(h.level)):
            before = last_h[h.level]
            yield Finding(before.start, before.mark_end, RULE.code, RULE.severity,
                          f"{name}“{before.mark}{before.title.strip()}”与下一个同级标题“{h.mark}{h.title.strip()}”编号重复，"
                          "且目录中没有这一标题：多出的标题或编号有误，请核对。")
        elif h.number == prev and colon_list(ctx, h):
            # （一）职能职责, 职责是：, then （一）…（十）: the list reuses its heading's level, told once here; the
            # outline resumes after it, so the （二） that follows the list is no step back
            message = (f"{name}编号“{h.mark}”与上一个同级标题重复：冒号引出的列举沿用了所在标题的层级，"
                       "应改用下一级编号（1. 2. …）。")
            resumed.setdefault(h.level, prev)
        elif h.number == prev:
            message = f"{name}编号“{h.mark}”与上一个同级标题重复，应为“{standard_mark(h.level, prev + 1)}”。"
            renumbered.add(h.level)
        elif h.number < prev and (lone := _lone_restart(ctx, h, last_h.get(h.level), previous)) is not None:
            yield _restart_finding(lone, name, standard_mark(h.level, prev))
        elif h.number < prev and not (h.number == 1 and _upper_inline(ctx, h.level, last_at[h.level], h.start)) \
                and not _restarted_run_in(ctx, h.level, h.number, last_at[h.level], h.start):
            message = f"{name}编号“{h.mark}”顺序倒退：上一个同级标题是“{standard_mark(h.level, prev)}”。"
        elif h.number == prev + 1 and _run_goes_on(h, continuing, last_at):
            message = _continuing_message(h, continuing[h.level][0], first=False)
        elif h.number == prev + 2 and h.level in renumbered:
            pass  # 三、四、四、六、: the repeat was told to take 五、, after which 六、 is in order
        elif h.number > prev + 1 and not _explained(ctx, last_at.get(h.level, -1), h, prev) \
                and not _missing_run_in(ctx, h.level, range(prev + 1, h.number), last_at.get(h.level, 0), h.start):
            missing = standard_mark(h.level, prev + 1)
            message = f"{name}编号跳号：“{standard_mark(h.level, prev)}”之后是“{h.mark}”，缺少“{missing}”。"
            at = _gap_start(ctx, last_h.get(h.level), h)
        if message:
            yield Finding(at, h.mark_end, RULE.code, RULE.severity, message)
        if message is None or h.number != prev:
            renumbered.discard(h.level)
        inversions.note(h, prev)
        last[h.level] = h.number
        last_at[h.level] = h.start
        last_h[h.level] = h
        previous = h
        for level in list(last):
            if level > h.level:
                del last[level]
        for level in [lv for lv in resumed if lv > h.level]:
            del resumed[level]
        seen_any = True
