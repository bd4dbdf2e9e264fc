"""Classes of defect and of correct text found while scoring the checker on real reports.

Each case is written for the project (no text copied from a report): it pins
the behaviour that a real published report showed was missing or wrong, so
`make test` guards it. Alarms are error/warning findings, as in the measure.
"""

from __future__ import annotations

from gen.check.config import Config
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run


def _alarms(text: str, year: int | None = None) -> list:
    findings = run(source_from_text(text, "t.txt"), select_rules(), None, Config(year=year)).findings
    return [f for f in findings if f.severity in ("error", "warning")]


def _codes(text: str, year: int | None = None) -> set[str]:
    return {f.code for f in _alarms(text, year)}


def test_numbering_restarts_in_each_part():
    text = ("第一部分 单位概况\n一、主要职责\n二、机构设置\n第二部分 年度决算情况说明\n一、收入决算情况说明\n"
            "二、支出决算情况说明\n第五部分 附表\n一、收入支出决算总表\n二、收入决算表\n")
    assert "S001" not in _codes(text)


def test_numbering_skip_inside_a_part_still_flagged():
    text = "第一部分 单位概况\n一、主要职责\n三、机构设置\n"
    assert "S001" in _codes(text)


def test_list_item_mark_with_closing_bracket_is_not_halfwidth_punctuation():
    text = "协会的主要任务是：\n1)听取会员意见，反映会员诉求。\n2)承担联席会议的日常工作。\n"
    assert "P001" not in _codes(text)


def test_stray_halfwidth_bracket_inside_a_sentence_still_flagged():
    assert "P001" in _codes("本年新增诊室3间)，门诊量增加。\n")


def test_missing_character_in_budget_table_names():
    text = "第五部分 附表\n一、收入支出决算总表\n二、收入决算表\n三、出决算表\n四、政拨款收入支出决算总表\n五、般公共预算财政拨款支出决算表\n"
    hits = [f for f in _alarms(text) if f.code == "W001"]
    assert [f.suggestion for f in hits] == ["支出决算", "财政拨款", "一般公共预算"]


def test_full_budget_table_names_pass():
    text = "第五部分 附表\n一、收入支出决算总表\n三、支出决算表\n四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n"
    assert "W001" not in _codes(text)


def test_date_without_year_and_month_marks():
    hits = [f for f in _alarms("公开时间：2023815\n") if f.code == "W004"]
    assert hits and hits[0].suggestion == "2023年8月15日"
    assert "W004" not in _codes("公开时间：2023年8月15日\n发布日期：2023-08-15\n")
    # one reading: no second finding of the typo list on the same date
    assert "W001" not in _codes("公开时间：2023815\n")


def test_adverbial_de_before_verb():
    assert "W001" in _codes("我局有计划、有重点的推进各项改革。\n")
    assert "W001" not in _codes("我局有计划、有重点地推进各项改革，取得更好的效果。\n")


def test_general_budget_basic_expenditure_must_close():
    bad = "本年一般公共预算基本支出530.20万元，其中：人员经费480.10万元，公用经费30.10万元。\n"
    good = "本年一般公共预算基本支出510.20万元，其中：人员经费480.10万元，公用经费30.10万元。\n"
    assert "N009" in _codes(bad)
    assert "N009" not in _codes(good)


def test_procurement_total_must_close():
    bad = "本年政府采购支出总额45万元，其中：政府采购货物支出5万元、政府采购工程支出0万元、政府采购服务支出30万元。\n"
    good = "本年政府采购支出总额45万元，其中：政府采购货物支出15万元、政府采购工程支出0万元、政府采购服务支出30万元。\n"
    assert "N009" in _codes(bad)
    assert "N009" not in _codes(good)


def test_share_under_numbered_item_is_recomputed():
    text = "2. 项目支出预算300.00万元，其中：\n设备购置支出225.50万元，占项目支出预算75.17%；\n维护支出74.50万元，占项目支出预算24.84%。\n"
    hits = [f for f in _alarms(text) if f.code == "N001"]
    assert len(hits) == 1 and "24.84%" in hits[0].message


# --- numeric classes (issue 12, recall on real reports: sums, tables, scores) ---

def test_rate_filled_for_a_zero_budget_row_is_flagged_and_a_dash_is_not():
    head = "资金来源\t年初预算数\t全年预算数（A）\t全年执行数（B）\t执行率（B/A）\n年度资金总额\t80.00\t80.00\t76.00\t95.00%\n"
    assert "B007" in _codes(head + "其他资金\t0.00\t0.00\t0.00\t100.00%\n")
    assert "B007" not in _codes(head + "其他资金\t0.00\t0.00\t0.00\t—\n")
    assert "B007" not in _codes(head + "其他资金\t0.00\t0.00\t0.00\t0.00%\n")


def test_score_without_rate_column_follows_b_over_a_when_the_form_says_so():
    head = "资金来源\t年初预算数（A）\t全年执行数（B）\t分值\t得分\t评分标准\n年度资金总额\t300.00\t330.00\t10\t10\t执行率*分值\n"
    assert "B004" in _codes(head + "项目支出\t200.00\t180.00\t10\t10\n")
    assert "B004" not in _codes(head + "项目支出\t200.00\t180.00\t10\t9\n")


def test_counts_that_close_make_the_amounts_close_too():
    text = ("本年共评价项目30个、资金800.00万元。其中一档项目20个、资金600.00万元；二档项目8个、资金150.00万元；"
            "三档项目2个、资金20.00万元。")
    assert "N014" in _codes(text)  # 600 + 150 + 20 = 770 falls short of 800 while 20 + 8 + 2 = 30
    assert "N014" not in _codes(text.replace("20.00万元。", "50.00万元。"))


def test_counts_that_do_not_close_leave_the_amounts_alone():
    text = "本年共评价项目30个、资金800.00万元。其中一档项目20个、资金600.00万元；二档项目8个、资金150.00万元。"
    assert "N014" not in _codes(text)


def test_flattened_rate_one_cell_per_line():
    cells = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", "60.00", "60.00", "51.71", "10", "86.19%", "8.62"]
    assert "N015" in _codes("\n".join(cells) + "\n")  # 51.71 / 60 = 86.183…%
    assert "N015" not in _codes("\n".join(cells).replace("86.19%", "86.18%") + "\n")


def test_missing_unit_between_amounts():
    # an amount of money without its unit is a wording slip (W026); other quantities are N016's
    assert "W026" in _codes("差旅费支出合计：培训差旅2,300.00元，会议差旅1,250.50，调研差旅980.00元。")
    assert "W026" not in _codes("差旅费支出合计（元）：培训差旅2,300.00，会议差旅1,250.50，调研差旅980.00。")
    assert "N016" in _codes("全年培训乡村教师120人，乡村医生85，护理人员96人。")
    assert "N016" not in _codes("全年培训（人）：乡村教师120，乡村医生85，护理人员96。")


def test_full_execution_score_in_prose_must_follow_the_rate():
    text = "预算执行情况（分值10分）：全年预算数200.00万元，执行数187.30万元，预算执行率为93.65%，得10分。"
    assert "N017" in _codes(text)
    assert "N017" not in _codes(text.replace("得10分", "得9.37分"))


def test_dated_enrolment_and_price_bureau_terms():
    assert "T001" in _codes("2021年度某县医疗保障局项目支出绩效自评报告\n参合群众满意度达到90%。", 2021)
    assert "T001" not in _codes("2016年度某县卫生局项目支出绩效自评报告\n参合群众满意度达到90%。", 2016)
    assert "T001" in _codes("配合物价、市场监管部门开展收费检查。", 2022)
    assert "T001" not in _codes("物价总体平稳，市场供应充足。", 2022)


def test_share_of_a_breakdown_whole_across_semicolons():
    text = ("2023年一般公共预算支出2000.00万元，其中：教育支出1200.00万元，占比60.00%；卫生健康支出500.00万元，"
            "占比25.00%；其他支出300.00万元，占比25.00%。")
    # 300 / 2000 = 15%: a share claim of the total before 其中 (N001), which reads on past the ；
    assert {"N001", "N018"} & _codes(text)
    assert not {"N001", "N018"} & _codes(text.replace("占比25.00%。", "占比15.00%。"))


def test_flattened_score_follows_rate_times_weight():
    line = "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 120.00 120.00 111.48 10 92.90% {}"
    assert "N019" in _codes(line.format("10"))
    assert "N019" not in _codes(line.format("9.29"))

def test_part_opening_with_a_second_level_heading_lacks_a_level():
    # a second part opening at 一、 shows the text's outline (one part alone gives only a hint: test_s33_classes)
    bad = ("第一部分 单位概况\n（一）主要职责\n承担全区体育工作。\n（二）机构设置\n内设股室三个。\n"
           "第二部分 决算情况说明\n一、收入决算情况\n本年收入十万元。\n")
    assert "S012" in _codes(bad)
    good = bad.replace("（一）主要职责", "一、主要职责\n（一）职责").replace("（二）机构设置", "二、机构设置")
    assert "S012" not in _codes(good)


def test_items_under_a_one_dot_title_numbered_like_the_level_above_are_inverted():
    bad = "第二部分 情况说明\n一、单位概况\n1.主要职能\n（一）承担全区体育工作。\n（二）组织全民健身活动。\n"
    assert "S012" in _codes(bad)
    assert "S012" not in _codes(bad.replace("（一）承担", "（1）承担").replace("（二）组织", "（2）组织"))
    # no 一、 above the 1. in its part: the text's outline opens at 1.
    assert "S012" not in _codes(bad.replace("第二部分 情况说明\n一、单位概况\n", ""))
    # a 1. that is a sentence, not a title, is no heading over the list
    assert "S012" not in _codes(bad.replace("1.主要职能", "1.本单位职能如下，分述于后："))


def test_run_in_one_dot_title_over_items_numbered_like_the_level_above_is_inverted():
    bad = "一、单位基本情况\n1、内设机构：镇政府内设四个办公室。\n（一）党政综合办公室\n负责日常运转。\n（二）经济发展办公室\n负责招商。\n"
    assert "S012" in _codes(bad)
    assert "S012" not in _codes(bad.replace("（一）党政", "（1）党政").replace("（二）经济", "（2）经济"))
    # a colon after a sentence, not after a short title, opens no run-in title
    assert "S012" not in _codes(bad.replace("1、内设机构：", "1、镇政府根据编制部门批复，设置如下："))


def test_part_opening_with_a_list_of_definitions_is_not_an_outline():
    text = ("第一部分 单位概况\n一、主要职责\n承担全区体育工作。\n第三部分 名词解释\n"
            "1.一般公共预算财政拨款收入：指本级财政当年拨付的资金。\n2.其他收入：指除上述以外的收入。\n")
    assert "S012" not in _codes(text)
