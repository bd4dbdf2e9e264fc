"""Classes met on two sets of real reports measured blind (issue 12, r5dev): false alarms the checker
raised on correct text, and slips it missed. Each is written here in our own words, once as the form
the checker must leave alone and, where a rule was extended, once as the slip it must still report."""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


# W002: a flattened indicator table repeats words across cells; that is not a typing slip.
@pytest.mark.parametrize("text", [
    "二级指标三级指标 社会效益指标指标1受益群众满意度90%\n",  # category cell, then the numbered label 指标1
    "成本指标 是否超出预算 否否8\n",  # a yes/no indicator's target and actual, then its score
    "全年繁育马铃薯原原种30万粒，原种合格率达到98%。",  # a seed grade, not a doubled character
])
def test_table_cells_and_seed_grades_are_not_doubled_words(text):
    assert findings_of(text, "W002") == []


def test_doubled_word_in_prose_is_still_flagged():
    assert findings_of("我们要加强加强项目管理。", "W002")


# N008: the score glued to the target percentage in an indicator row run together.
def test_score_glued_to_target_percentage_is_not_a_rate_over_100():
    assert findings_of("质量指标工程验收合格率15100%100%15", "N008") == []


def test_capped_rate_over_100_in_prose_is_flagged():
    assert findings_of("全年工程验收合格率为103%。", "N008")


# N014: the parts close their whole before the ；, the next clause opens another total.
def test_closed_breakdown_does_not_take_the_next_total_as_a_part():
    text = "年末专项资金余额900万元，其中：中央资金600万元，省级资金300万元；全年下达资金950万元，其中中央资金620万元。"
    assert findings_of(text, "N014") == []


def test_breakdown_running_past_its_whole_is_still_flagged():
    assert findings_of("共下达资金100.00万元，包括设备购置60.00万元、人员培训50.00万元。", "N014")


# W013: a heading label that ends in the noun 依据, run into its text that starts with 根据.
def test_label_ending_in_yiju_before_genju_is_not_a_doubled_preposition():
    assert findings_of("（三）政策依据根据县委常委会会议精神安排本项目资金。", "W013") == []


def test_doubled_preposition_is_still_flagged():
    assert findings_of("我局依照按照市里的部署开展自评。", "W013")


# S011/S001: two titles in a row lost their numbers: reported on each, the gap not again.
def test_two_titles_that_lost_their_numbers_are_each_reported():
    text = ("目录\n四、收入决算情况说明4\n五、支出决算情况说明5\n政府采购支出情况说明6\n"
            "国有资产占用情况说明7\n八、名词解释8\n")
    assert [f.suggestion for f in findings_of(text, "S011")] == ["六、", "七、"]
    assert findings_of(text, "S001") == []


# S001: a package of documents: the report that follows its contents numbers from 一、 again.
def test_report_after_its_package_contents_restarts_numbering():
    text = ("某区2023年决算公开材料目录\n一、决算报告\n二、情况说明\n三、公开表格\n"
            "关于某区2023年区级决算的报告\n一、2023年区级决算情况\n收支平衡。\n二、存在的问题\n")
    assert findings_of(text, "S001") == []


def test_numbering_going_back_within_one_report_is_still_flagged():
    assert findings_of("一、基本情况\n内容。\n二、绩效分析\n内容。\n一、问题与建议\n内容。\n", "S001")


# P002: a document number with 第 before its serial still has its year in 〔〕.
def test_document_number_with_di_and_square_brackets_is_flagged():
    assert [f.suggestion for f in findings_of("依据某财预【2023】第42号文件执行。", "P002")] == ["〔2023〕"]


@pytest.mark.parametrize("text", ["依据某财预〔2023〕第42号文件执行。", "见某所审字（2023）第0042号审计报告。"])
def test_document_number_with_di_in_its_own_brackets_is_kept(text):
    assert findings_of(text, "P002") == []


# W004: a date whose year lost a digit.
def test_three_digit_year_in_a_date_is_flagged():
    assert findings_of("第二批资金已于202年11月拨付。", "W004")


def test_four_digit_year_and_serials_are_kept():
    assert findings_of("第二批资金已于2023年11月拨付，见第202年11月号档案。", "W004") == []


# S006: a township's report that speaks as the other kind of township.
@pytest.mark.parametrize("text", [
    "2023年度白沙镇人民政府部门决算\n一、部门职责\n负责本乡农业生产和社会事务。\n",
    "某县白沙乡人民政府部门整体支出绩效自评报告\n一、基本情况\n推动全镇产业发展，健全镇村两级服务网络。\n",
])
def test_township_speaking_as_the_other_kind_is_flagged(text):
    assert findings_of(text, "S006")


@pytest.mark.parametrize("text", [
    "2023年度白沙镇人民政府部门决算\n一、部门职责\n负责本镇农业生产，指导全镇村级组织建设。\n",
    "某县财政局部门整体支出绩效自评报告\n一、基本情况\n指导各乡镇财政所工作，本乡镇财政资金由县级统筹。\n",
])
def test_township_speaking_as_itself_is_kept(text):
    assert findings_of(text, "S006") == []


# T001: names of the four budgets and of the 决算 subjects, mixed up.
@pytest.mark.parametrize("text, suggestion", [
    ("全年一般公共决算拨款支出45万元。", "一般公共预算"),
    ("区级政府性经营预算收入为零。", "政府性基金预算"),
    ("附属部门上缴收入为零。", "附属单位"),
])
def test_budget_and_subject_names_mixed_up_are_flagged(text, suggestion):
    assert [f.suggestion for f in findings_of(text, "T001")] == [suggestion]


@pytest.mark.parametrize("text", [
    "全年一般公共预算拨款支出45万元，一般公共服务支出30万元。",
    "区级政府性基金预算收入为零，国有资本经营预算收入为零。",
    "附属单位上缴收入为零，局属附属部门两个。",
])
def test_budget_and_subject_names_written_right_are_kept(text):
    assert findings_of(text, "T001") == []


# W001: 疏理 for 梳理 before what is sorted out; 疏理 of a channel is right.
def test_shuli_before_problems_is_flagged():
    assert [f.suggestion for f in findings_of("组织各科室疏理问题清单。", "W001")] == ["梳理"]


def test_shuli_of_a_channel_is_kept():
    assert findings_of("全年疏理沟渠12公里，梳理问题5个。", "W001") == []


# W013: two sentence patterns blended, and 先锋模范作用 given to the party instead of its members.
@pytest.mark.parametrize("text", [
    "根据服务群众、规范管理为原则，制定工作方案。",
    "发挥村党支部战斗堡垒作用和共产党先锋模范作用。",
])
def test_blended_patterns_are_flagged(text):
    assert findings_of(text, "W013")


@pytest.mark.parametrize("text", [
    "以服务群众、规范管理为原则，制定工作方案。",
    "根据县委部署，以服务群众为原则制定工作方案。",
    "发挥村党支部战斗堡垒作用和共产党员先锋模范作用。",
])
def test_right_patterns_are_kept(text):
    assert findings_of(text, "W013") == []


# T001: the quotation marks of “三公”经费 hold only 三公.
def test_sangong_quoted_whole_is_flagged():
    found = findings_of("2023年“三公经费”支出情况说明\n", "T001")
    assert [f.suggestion for f in found] == ["“三公”经费"]


def test_sangong_quoted_right_is_kept():
    assert findings_of("2023年“三公”经费支出情况说明\n", "T001") == []


# S014: a contents page number that runs backwards; the entry out of line is the one reported.
def _contents(pages):
    titles = ["一、概况", "（一）职能", "二、预算执行", "（一）编制", "（二）执行", "三、绩效分析", "四、结论"]
    return "目  录\n" + "".join(f"{t}……{p}\n" for t, p in zip(titles, pages)) + "一、概况\n本单位是县政府工作部门。\n"


def test_contents_page_that_dips_is_reported_on_its_entry():
    found = findings_of(_contents([1, 2, 3, 4, 5, 3, 7]), "S014")
    assert len(found) == 1 and "此条为第3页" in found[0].message and found[0].start == _contents([1, 2, 3, 4, 5, 3, 7]).index("三、绩效分析")


def test_contents_pages_in_order_are_kept():
    assert findings_of(_contents([1, 2, 3, 3, 5, 8, 10]), "S014") == []


def test_contents_pages_in_brackets_are_read():
    bracketed = _contents(["（ 1 ）", "(2)", "（3）", "（ 4 ）", "（5）", "（ 3 ）", "（7）"])
    found = findings_of(bracketed, "S014")
    assert len(found) == 1 and found[0].start == bracketed.index("三、绩效分析")
    assert findings_of(_contents(["（1）", "（2）", "(3)", "（3）", "（5）", "（8）", "（10）"]), "S014") == []


# S011: the closing item of a list of duties, after 1. to N., without its number.
def test_closing_duty_without_its_number_is_flagged():
    text = "二、主要职能\n1.宣传贯彻党的方针政策。\n2.统筹全乡经济发展。\n3.做好社会事务管理。\n承办县委县政府交办的其他事项。\n"
    assert [f.suggestion for f in findings_of(text, "S011")] == ["4."]


def test_closing_duty_numbered_or_in_prose_is_kept():
    numbered = "二、主要职能\n1.宣传贯彻党的方针政策。\n2.统筹全乡经济发展。\n3.承办县委县政府交办的其他事项。\n"
    prose = "二、主要职能\n负责全乡经济发展。\n承办县委县政府交办的其他事项。\n"
    assert findings_of(numbered, "S011") == [] and findings_of(prose, "S011") == []


def test_closing_duty_under_a_heading_is_kept():
    text = "二、机构设置\n内设三个股室。\n三、主要职责\n完成上级交办的其他任务。\n"
    assert findings_of(text, "S011") == []


# N028: a year-end carry-over said to be used in the same year.
def test_carryover_used_in_its_own_year_is_flagged():
    text = "2023年度本局收到专项资金300万元，年末结转资金18万元，在2023年度继续安排使用。"
    assert [f.suggestion for f in findings_of(text, "N028")] == ["2024年"]


@pytest.mark.parametrize("text", [
    "2023年度本局收到专项资金300万元，年末结转资金18万元，在2024年度继续安排使用。",
    "2024年预算安排300万元，以前年度结转资金18万元，在2024年度继续使用。",
])
def test_carryover_used_in_a_later_year_or_carried_in_is_kept(text):
    assert findings_of(text, "N028") == []


# P015: one line of a numbered run without the full stop every other line ends with.
def test_one_contents_line_without_its_full_stop_is_flagged():
    text = "目录\n一、单位概况。\n二、收入情况。\n三、支出情况\n四、结余情况。\n五、名词解释。\n"
    found = findings_of(text, "P015")
    assert len(found) == 1 and text[found[0].start] == "况" and text[found[0].end] == "\n"


@pytest.mark.parametrize("text", [
    "目录\n一、单位概况\n二、收入情况\n三、支出情况\n四、结余情况\n五、名词解释\n",
    "目录\n一、单位概况。\n二、收入情况。\n三、支出情况\n四、结余情况\n五、名词解释。\n",
])
def test_contents_lines_written_alike_or_mixed_evenly_are_kept(text):
    assert findings_of(text, "P015") == []


def test_attachment_label_without_the_colon_the_others_have_is_flagged():
    text = "五、附件一：审计意见\n六、附件二：收支决算表\n七、附件三专项资金情况表\n八、附件四：绩效评价表\n"
    assert [f.suggestion for f in findings_of(text, "P015")] == ["附件三："]


def test_attachment_labels_alike_are_kept():
    text = "五、附件一：审计意见\n六、附件二：收支决算表\n七、附件三：专项资金情况表\n八、附件四：绩效评价表\n"
    assert findings_of(text, "P015") == []


# W002: a year written in Chinese numerals doubles its digits (二〇二二, 一九九九年); the year is no slip.
@pytest.mark.parametrize("text", ["某市财政局\n二〇二二年六月\n", "编制日期：二〇一一年", "该馆建于一九九九年。", "二〇二〇"])
def test_year_in_chinese_numerals_is_not_a_doubled_word(text):
    assert findings_of(text, "W002") == []


def test_doubled_character_next_to_a_year_is_still_flagged():
    assert findings_of("二〇二二年的的工作总结。", "W002")


# T001: a renamed body's history (前身是…, 机构改革前…, 由…整合组建而成) names the old body on purpose.
@pytest.mark.parametrize("text", [
    "2022年度部门整体支出绩效自评报告\n县应急管理局于2019年挂牌，其前身为县安全生产监督管理局。\n",
    "2022年度部门整体支出绩效自评报告\n机构改革前，区卫计局承担该项职责。\n",
    "2022年度部门整体支出绩效自评报告\n本局由原县物价局等单位的职责整合组建而成。\n",
])
def test_history_of_a_renamed_body_is_not_an_obsolete_term(text):
    assert findings_of(text, "T001") == []


def test_old_body_name_outside_a_history_is_still_flagged():
    assert findings_of("2022年度部门整体支出绩效自评报告\n由县安监局牵头组建检查组。\n", "T001")


# S001/S011: two contents entries that lost their numbers stay two lines (each ends in its page number),
# so the gap they leave is S011's on each entry, not S001's on the next numbered one.
def test_contents_entries_that_lost_their_numbers_are_each_reported():
    text = "目录\n二、收入情况说明 3\n三、支出情况说明 4\n基金预算支出情况说明 5\n国有资本经营支出说明 6\n六、绩效情况说明 7\n"
    assert findings_of(text, "S001") == []
    assert [f.suggestion for f in findings_of(text, "S011")] == ["四、", "五、"]


def test_prose_wrapped_after_a_figure_is_still_joined():
    from gen.check.read_lines import pdf_line_breaks
    assert pdf_line_breaks("本年度全县按照计划共建成高标准农田示范基地 2\n个，带动农户增收，群众满意度较高。") != []
    assert pdf_line_breaks("基金预算支出情况说明 5\n国有资本经营支出说明 6") == []


# S001: a list restarting at a "1." that stands alone on its line (its item on the next) right under the
# heading "3." of the same level: the step back is at that 1., not at the "2." after it.
def test_restart_at_a_lone_mark_is_reported_on_the_mark_not_on_the_next_item():
    text = "（一）概况\n1.机构\n设两个科室。\n2.人员\n编制八人。\n3.职责\n  1.\n承担全镇农业管理工作。\n2.负责防汛工作。\n"
    found = findings_of(text, "S001")
    assert [text[f.start:f.end] for f in found] == ["1."]
    assert "“1.”顺序倒退" in found[0].message


def test_restart_written_on_one_line_is_still_reported_there():
    text = "（一）概况\n1.机构\n设两个科室。\n2.人员\n编制八人。\n3.职责\n1.承担全镇农业管理工作。\n2.负责防汛工作。\n"
    assert [text[f.start:f.end] for f in findings_of(text, "S001")] == ["1."]


def test_one_first_level_heading_closed_by_a_stop_among_plain_ones_is_flagged():
    text = ("一、项目概况\n本项目安排资金三十万元。\n二、评价过程\n评价组查阅资料并实地核查。\n三、绩效分析。\n"
            "产出指标均已完成。\n四、问题建议\n部分资金拨付较晚。\n")
    found = findings_of(text, "P015")
    assert [text[f.start:f.end] for f in found] == ["。"] and text[found[0].start - 4:found[0].start] == "绩效分析"
    # every heading closed alike, two of each, or only one plain sibling: nothing to go by
    assert findings_of(text.replace("三、绩效分析。", "三、绩效分析"), "P015") == []
    assert findings_of(text.replace("四、问题建议", "四、问题建议。"), "P015") == []
    assert findings_of(text.replace("四、问题建议\n部分资金拨付较晚。\n", "").replace("一、项目概况\n本项目安排资金三十万元。\n", ""),
                       "P015") == []
