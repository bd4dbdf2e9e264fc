"""Headings extraction and the S rules."""

from __future__ import annotations


from gen.check.context import CheckContext
from gen.check.headings import cn_to_int, headings
from gen.core.chinese_numerals import chinese_ordinal as int_to_cn
from gen.check.rules import s001_heading_sequence as s001
from gen.check.rules import s002_heading_mark as s002
from gen.check.rules import s003_repeated_item as s003
from gen.check.rules import s004_repeated_paragraph as s004
from gen.check.rules import s005_indicator_category as s005


def run(mod, text):
    return list(mod.check(CheckContext(text)))



# --- headings


def test_numerals_round_trip():
    for n in range(1, 100):
        assert cn_to_int(int_to_cn(n)) == n
    assert cn_to_int("二十一") == 21 and cn_to_int("十") == 10 and cn_to_int("一二") is None


def test_heading_levels_and_forms():
    text = "一、基本情况\n(一) 部门职能\n1.拟订政策。\n（1）采购计划\n（二）、收支情况\n2、项目支出\n二.绩效分析\n"
    got = [(h.level, h.number, h.form, h.title) for h in headings(CheckContext(text))]
    assert got == [
        (1, 1, "standard", "基本情况"),
        (2, 1, "sloppy", "部门职能"),
        (3, 1, "standard", "拟订政策。"),
        (4, 1, "standard", "采购计划"),
        (2, 2, "sloppy", "收支情况"),
        (3, 2, "sloppy", "项目支出"),
        (1, 2, "sloppy", "绩效分析"),
    ]


def test_headings_are_shared_through_memo():
    ctx = CheckContext("一、基本情况\n")
    assert headings(ctx) is headings(ctx)


def test_table_cells_and_inline_enumerations_are_not_headings():
    text = (
        "一、基本情况\n"
        "卫生监督抽查\t完成监管任务\t2.11\t一、依法行政，推进执法效能。二、高效协调，做好推进工作。\n"
        "一、依法行政，推进执法效能。加强监管，加大处罚力度。二、高效协调，做好推进镇街综合执法工作。\n"
        "二、绩效分析\n"
    )
    assert [h.number for h in headings(CheckContext(text))] == [1, 2]


def test_bare_numerals_need_a_run_and_must_stand_alone():
    text = "一、基本情况\n一部门职能职责\n二机构设置情况\n一般公共预算支出情况\n三孩政策全面落实\n一是加强管理\n"
    bare = [h for h in headings(CheckContext(text)) if h.form == "bare"]
    assert [h.title for h in bare] == ["部门职能职责", "机构设置情况"]


# --- S001


def test_s001_level1_skip():
    text = "一、部门基本情况\n一部门职能职责\n（一）贯彻执行方针政策。\n二机构设置情况\n（一）基本支出情况\n（二）项目支出情况\n三、部门整体支出绩效情况\n四、存在的问题\n"
    found = run(s001, text)
    assert len(found) == 1 and "缺少“二、”" in found[0].message
    assert text[found[0].start : found[0].end] == "三、"


def test_s001_backwards_and_late_start():
    assert "倒退" in run(s001, "一、情况\n（一）甲事项\n（二）乙事项\n（三）丙事项\n（二）丁事项\n")[0].message
    assert "开始编号" in run(s001, "一、情况\n（二）甲事项\n")[0].message


def test_s001_correct_sequence_with_restarts():
    text = (
        "一、基本情况\n(一) 部门职能\n1.拟订政策。\n2.组织实施。\n3.负责监督。\n（二）部门整体收支情况\n"
        "（三）绩效目标\n1.优化资源。\n2.深化改革。\n二、综合评价分析\n（一）自评结论\n（二）完成情况\n1.扩容救治。\n"
        "三、存在的主要问题\n四、下一步改进措施\n(一)调整指标。\n(二)编制预算。\n"
    )
    assert not run(s001, text)


# --- S002


def test_s002_bare_heading_suggests_the_mark():
    found = run(s002, "一、基本情况\n一部门职能职责\n二机构设置情况\n")
    assert [f.suggestion for f in found] == ["一、", "二、"]


def test_s002_leaves_halfwidth_and_doubled_marks_to_p_rules():
    assert not run(s002, "一、基本情况\n(一) 部门职能\n（二）、收支情况\n")


# --- S003


def test_s003_duty_repeated_under_same_parent():
    text = (
        "一、职能职责\n（十八）负责职责范围内对卫生健康行业、领域的安全生产工作实施监督管理。负责医疗质量安全。\n"
        "（十九）负责职责范围内对卫生健康行业、领域的安全生产工作实施监督管理。\n（二十）负责完成改革任务。\n"
    )
    found = run(s003, text)
    assert len(found) == 1 and "（十九）" in found[0].message and "（十八）" in found[0].message


def test_s003_same_title_under_different_parents_is_fine():
    text = "一、重点任务\n1.完成民生实事2件，落实改善项目24个。\n二、完成情况\n1.完成民生实事2件，落实改善项目24个。\n"
    assert not run(s003, text)


def test_s003_contents_naming_one_entry_twice_in_a_row():
    contents = "目录\n第一部分 单位概况\n第二部分 决算表\n一、收入支出决算总表\n二、支出决算表\n三、支出决算表\n四、项目支出表\n"
    body = "第一部分 单位概况\n本馆设两个部。\n第二部分 决算表\n一、收入支出决算总表\n见附表。\n"
    found = run(s003, contents + body)
    assert len(found) == 1 and "“二、”“三、”" in found[0].message
    assert not run(s003, contents.replace("三、支出决算表", "三、财政拨款支出决算表") + body)


# --- S004


def test_s004_long_paragraph_repeated():
    para = "通过定期对项目实施和预算执行情况进行梳理，及时掌握项目进度，督促项目实施单位早启动、早实施、早验收。"
    found = run(s004, f"{para}\n二、措施\n{para}\n")
    assert len(found) == 1 and "第1行" in found[0].message


def test_s004_short_paragraphs_and_tables_are_ignored():
    text = "提高计划生育家庭发展能力。\n提高计划生育家庭发展能力。\n\t\t指标\t≥90%\t≥90%\n\t\t指标\t≥90%\t≥90%\n"
    assert not run(s004, text)


# --- S005


TABLE_HEAD = "\t一级指标\t二级指标\t三级指标\t实施周期指标值\t年度指标值\n"


def test_s005_rates_under_satisfaction():
    text = (
        TABLE_HEAD
        + "绩效指标\t产出指标\t数量指标\t3岁以下儿童系统管理率\t≥80%\t≥80%\n"
        + "\t\t质量指标\t补助资金按标准发放率\t100%\t100%\n"
        + "\t效益指标\t社会效益指标\t城市集中式供水单位普法率\t≥95%\t≥95%\n"
        + "\t满意度指标\t服务对象满意度指标\t学校普法率\t≥95%\t≥95%\n"
        + "\t\t\t结核病发病率\t全年55/10万以下\t全年55/10万以下\n"
        + "\t\t服务对象满意度指标\t临床用血满意度调查\t≥95%\t≥95%\n"
        + "\t\t\t120电话热线满意率(%)\t≥90%\t≥90%"
    )
    found = run(s005, text)
    assert [text[f.start : f.end] for f in found] == ["学校普法率", "结核病发病率"]


def test_s005_satisfaction_under_output():
    text = TABLE_HEAD + "绩效指标\t产出指标\t质量指标\t患者满意度\t≥90%\t≥90%\n"
    found = run(s005, text)
    assert len(found) == 1 and "满意度指标" in found[0].message


def test_s005_level2_under_wrong_level1_reported_once():
    text = TABLE_HEAD + "绩效指标\t产出指标\t社会效益指标\t居民健康素养水平\t提高\t提高\n\t\t\t健康知识知晓率\t≥80%\t≥80%\n"
    found = run(s005, text)
    assert len(found) == 1 and "社会效益指标" in found[0].message


def test_s005_one_cell_per_line_layout():
    text = "一级指标\n二级指标\n三级指标\n年度指标值\n满意度指标\n服务对象满意度指标\n学校普法率\n≥95%\n患者满意度\n≥90%\n二、其他\n"
    found = run(s005, text)
    assert [text[f.start : f.end] for f in found] == ["学校普法率"]


def test_s005_text_without_indicator_table():
    assert not run(s005, "满意度指标\n学校普法率达到95%。\n")


# --- S006-S009 (issue 12): edges beyond each rule's own examples


def _codes(module, text):
    from gen.check.context import CheckContext

    return [text[f.start:f.end] for f in module.check(CheckContext(text))]


def _warned(module, text):
    """The spans of the findings above info severity."""
    from gen.check.context import CheckContext

    return [text[f.start:f.end] for f in module.check(CheckContext(text)) if f.severity != "info"]


def test_self_reference_drift_ignores_words_that_only_start_like_a_reference():
    from gen.check.rules import s006_self_reference_drift as s006

    text = "部门整体支出绩效自评报告\n一、情况\n我部门开展自评。我部门执行预算。我部门公开信息。我所在区域完成任务。\n"
    assert _codes(s006, text) == []


def test_self_reference_drift_with_three_mentions_between_generic_ones():
    """Too few mentions for the ratio, but 我部门 … 我中心 … 我部门 is still a pasted 我中心."""
    from gen.check.rules import s006_self_reference_drift as s006

    head = "某市医疗保障部门2024年度部门决算\n"
    # The 我中心 in a body sentence among the first lines is a self-reference, not the body's name.
    bad = head + "我部门共有项目十个。\n资金统一计入我中心财政拨款收入。\n我部门将加强沟通。\n"
    assert _codes(s006, bad) == ["我中心"]
    opening = head + "我中心共有项目十个。\n资金统一计入我部门财政拨款收入。\n我部门将加强沟通。\n"
    assert _codes(s006, opening) == []
    mixed = head + "我部门共有项目十个。\n资金统一计入我中心财政拨款收入。\n我单位将加强沟通。\n"
    assert _codes(s006, mixed) == []
    centre = "某市医疗保障服务中心2024年度部门决算\n我部门共有项目十个。\n资金计入我中心收入。\n我部门将加强沟通。\n"
    assert _codes(s006, centre) == []


def test_inline_list_reads_past_decimals_and_restarts():
    from gen.check.rules import s007_inline_list_number as s007

    ok = "一、收支\n收入：1.财政拨款2.5万元；2.其他收入0.4万元。支出：1.基本支出；2.项目支出。\n"
    assert _codes(s007, ok) == []
    bad = "一、做法\n一是强化预算管理；二是规范采购；三是加强监督；三是推进公开。\n"
    assert _codes(s007, bad) == ["三"]


def test_roman_numerals_only_beside_chinese_headings():
    from gen.check.rules import s009_mixed_numbering as s009

    assert _codes(s009, "Ⅰ、基本情况\n内容。\nⅡ、绩效分析\n内容。\n") == []
    assert _codes(s009, "一、基本情况\n内容。\nⅡ、绩效分析\n内容。\nIII类设备采购完成。\n") == ["Ⅱ、"]


def test_s006_generic_and_specific_self_reference_in_one_sentence():
    from tests.check.findings import findings_of

    text = "某市文化和旅游局2023年度部门整体支出绩效自评报告\n按照要求，我部门认真组织自评，现将我局自评情况报告如下：\n"
    found = findings_of(text, "S006")
    assert [text[f.start:f.end] for f in found] == ["我部门"]
    apart = "某市文化和旅游局2023年度部门整体支出绩效自评报告\n我部门认真组织自评。\n现将我局自评情况报告如下：\n"
    assert findings_of(apart, "S006") == []


def test_s006_spoken_self_reference_beside_a_written_one():
    from gen.check.rules import s006_self_reference_drift as s006

    head = "某县交通运输局2023年度项目绩效自评报告\n我单位按要求开展自评。\n"
    assert _codes(s006, head + "道路完工后，我们单位组织了验收。\n") == ["我们单位"]
    assert _codes(s006, "某县交通运输局2023年度项目绩效自评报告\n道路完工后，我们局组织了验收。\n") == [], "no written form to drift from"
    assert _codes(s006, head + "村民说：“我们乡的路通了。”面对我们局面临的困难，我们所做的还不够。\n") == []


# --- round 9: levels upside down, lists in one cell, skips in a list of 附表, lone generic self-reference


def test_s001_levels_upside_down_reported_once_on_the_first_item():
    text = ("一、项目概况\n（一）项目内容\n内容。\n（二）资金投入情况\n(1)资金到位情况\n1、预算安排八十万元。\n2、到位率百分之百。\n"
            "(2)资金使用情况\n1、实际支出八十万元。\n2、使用率百分之百。\n（三）绩效目标\n内容。\n")
    found = run(s001, text)
    assert [text[f.start:f.end] for f in found] == ["(1)"] and "层级顺序颠倒" in found[0].message
    # one deeper item with its list and no second item: no evidence that the levels are swapped
    assert not run(s001, "一、项目概况\n（一）项目内容\n（二）资金投入情况\n(1)资金到位情况\n1、预算安排。\n2、到位率。\n（三）绩效目标\n")


def test_a_cell_holding_a_list_numbered_with_its_own_sloppy_mark_is_no_heading():
    cell = "1、保障机构正常运转; 2、完成年度审计计划二十个,其中综合审计五个; 3、完成交办的其他工作。\n"
    assert headings(CheckContext("一、目标\n" + cell)) == headings(CheckContext("一、目标\n" + cell))[:1]
    # a 2、 inside a count ("第2、3季度") is no next item
    one = "1、全年共开展检查工作十二次，其中第2、3季度各开展三次，发现问题全部整改到位。\n"
    assert [h.number for h in headings(CheckContext(one))] == [1]


def test_s001_skip_between_adjacent_entries_spans_both_lines():
    text = "第五部分附表 34\n一、收入支出决算总表 34\n二、收入决算表 34\n四、财政拨款收入支出决算总表 34\n五、财政拨款支出决算明细表 34\n"
    found = run(s001, text)
    # the error at the later entry; the earlier one, numbered right, gets a hint
    assert [(f.severity, text[f.start:f.end]) for f in found] == [("info", "二、"), ("error", "四、")]
    body = "一、收入\n本年收入一百万元。\n二、支出\n本年支出九十万元。\n四、结余\n年末结余十万元。\n"
    assert [body[f.start:f.end] for f in run(s001, body)] == ["四、"]


def test_s006_lone_generic_reference_in_a_bureau_report():
    from gen.check.rules import s006_self_reference_drift as s006

    head = "某市发展和改革局2021年度部门整体支出绩效自评报告\n"
    body = "我局严格执行预算。\n我局按要求公开。\n我局完成了全部任务。\n"
    assert _codes(s006, head + "我单位及时布置自评任务。\n" + body) == ["我单位"]
    assert _codes(s006, head + "我单位及时布置自评任务。\n我局严格执行预算。\n我局按要求公开。\n") == [], "two 我局 only"
    assert _codes(s006, head + "我单位及时布置自评任务。\n" + body + "我部门及时整改。\n") == [], "two generic ones"
    assert _codes(s006, "部门整体支出绩效自评报告\n我单位及时布置自评任务。\n" + body) == [], "body unknown"


def test_s015_empty_subsection_before_the_next_higher_heading():
    from gen.check.rules import s015_empty_section as s015

    text = ("一、基本情况\n（一）项目概况\n项目由县财政安排。\n（二）实施情况\n全县维修水池二十处。\n"
            "（三）上年评价整改情况\n二、自评工作开展情况\n按通知开展。\n")
    assert _codes(s015, text) == ["（三）上年评价整改情况"]
    # the same outline under a 目录 line is a contents, not the body
    toc = "目录\n一、基本情况\n（一）项目概况\n（二）实施情况\n二、自评工作开展情况\n" + text.replace("（三）上年评价整改情况\n", "")
    assert _codes(s015, toc) == []
    # a heading whose title ends in a page number is a contents entry
    assert _codes(s015, text.replace("（三）上年评价整改情况", "（三）上年评价整改情况 5")) == []


def test_s016_parts_numbered_by_two_conventions():
    from gen.check.rules import s016_part_numbering as s016

    toc = ("目 录\n第一部分 单位概况\n一、单位职责\n二、机构设置\n第二部分 预算情况说明\n三、收支总体情况\n"
           "四、政府采购情况\n第三部分 预算公开表\n一、收支总表\n二、收入总表\n前言\n按照预算法要求公开。\n"
           "一、单位职责\n负责全区疾病预防控制。\n")
    assert _codes(s016, toc) == ["三、"]
    # every part runs on: one convention, nothing to report
    assert _codes(s016, toc.replace("一、收支总表\n二、收入总表", "五、收支总表\n六、收入总表")) == []


def test_s017_part_titled_otherwise_in_the_contents():
    from gen.check.rules import s017_part_title_mismatch as s017

    text = ("目 录\n第一部分  单位概况\n第二部分  2023年度部门决算表\n第三部分  名词解释\n"
            "第一部分  部门概况\n一、部门职责\n负责全乡医疗卫生服务。\n第二部分  2023年度部门决算表\n第三部分  名词解释\n")
    assert _codes(s017, text) == ["第一部分  部门概况"]
    # a title on the next line (the body's part line holds only 第一部分, a PDF's layout): read as the part's title
    assert _codes(s017, text.replace("第一部分  部门概况\n", "第一部分\n部门概况\n")) == ["部门概况"]
    # ... but not a numbered heading on that line: the part has no title to compare
    assert _codes(s017, text.replace("第一部分  部门概况\n", "第一部分\n")) == []
    # the contents' 单位概况 filled with the body's name in the body: no slip, told as a difference only (info)
    from gen.check.context import CheckContext

    filled = text.replace("第一部分  部门概况", "第一部分  某乡卫生院单位概况")
    assert [f.severity for f in s017.check(CheckContext(filled))] == ["info"]
    # the body's part title drops only the year the contents name: a difference told as info, no slip
    dated = ("目录\n第一部分 2025年部门预算公开说明\n第二部分 2025年部门预算表\n第一部分 部门预算公开说明\n"
             "一、部门职责\n负责全县工作。\n第二部分 2025年部门预算表\n")
    assert [f.severity for f in s017.check(CheckContext(dated))] == ["info"]


def test_s017_heading_titled_otherwise_in_the_contents():
    from gen.check.rules import s017_part_title_mismatch as s017

    # the body fills the contents' 部门概况 with its name: told as info (a difference of the part's title), not here

    toc = "目 录\n第一部分 部门概况\n一、部门主要职责……1\n二、机构设置情况……2\n第二部分 名词解释……5\n"
    body = "第一部分 某县档案馆概况\n一、部门主要职责\n负责全县档案工作。\n二、机构设置情况\n内设三个科室。\n"
    assert _warned(s017, toc + body) == []
    assert _warned(s017, toc + body.replace("部门主要职责", "部门主要职能")) == ["一、部门主要职能"]
    # a word doubled, and one dropped at the front (the contents name the heading more fully)
    assert _warned(s017, toc + body.replace("二、机构设置情况", "二、机构机构设置情况")) == ["二、机构机构设置情况"]
    assert _warned(s017, toc + body.replace("二、机构设置情况", "二、设置情况")) == []
    # the same slip under another part is another heading: keys carry the part
    other = "第二部分 名词解释\n一、部门主要职能\n指部门的职能。\n"
    assert _warned(s017, toc + body + other) == []


def test_s017_slip_in_the_contents_is_reported_on_the_contents_entry():
    from gen.check.rules import s017_part_title_mismatch as s017

    # the contents add a character to the body's name, which the report's title and its body both write right
    text = ("某县行政审批局2021年度部门决算\n目 录\n第一部分 某县行政行审批局部门概况\n第二部分 部门决算表\n"
            "第一部分 某县行政审批局部门概况\n一、部门职责\n负责全县行政审批工作。\n第二部分 部门决算表\n")
    assert _codes(s017, text) == ["第一部分 某县行政行审批局部门概况"]
    # written once each way (no title, no sentence naming the body): nothing tells which is right, the body
    # heading is reported
    once = text.replace("某县行政审批局2021年度部门决算\n", "").replace("行政审批工作", "审批服务工作")
    assert _codes(s017, once) == ["第一部分 某县行政审批局部门概况"]


def test_s017_body_numbered_otherwise_than_the_contents():
    from gen.check.rules import s017_part_title_mismatch as s017

    toc = "目录\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n某局2023年度决算\n"
    body = "一、收入支出决算总表\n本年收入一百万元。\n二、收入决算表\n本年收入一百万元。\n三、支出决算表\n本年支出九十万元。\n"
    assert _codes(s017, toc + body) == []
    from gen.check.context import CheckContext

    found = s017.check(CheckContext(toc + body.replace("二、收入决算表\n本年收入一百万元。\n三、", "二、")))
    assert [f.message for f in found] == ["正文标题“二、支出决算表”在目录中编号为“三、”，正文与目录的编号不一致，请统一。"]
    # prose before the count restarts: no contents to compare with
    assert _codes(s017, toc.replace("某局2023年度决算", "本局共有三个科室，职工二十人。") + body.replace("三、支出", "二、支出")) == []


def test_s002_a_contents_entry_with_another_mark_than_its_siblings():
    from gen.check.rules import s002_heading_mark as s002

    toc = ("目录\n第一部分 单位概况\n一、单位职责\n二、机构设置\n第二部分 决算报表\n一、收入支出决算总表\n二、收入决算表\n"
           "三、支出决算表\n四、项目支出决算表\n")
    body = "第一部分 单位概况\n一、单位职责\n负责全县文物保护。\n二、机构设置\n内设三个股室。\n"
    assert _codes(s002, toc + body) == []
    assert _codes(s002, toc.replace("四、", "四:") + body) == ["四:"]
    # half the part's entries so marked: no habit to go by
    assert _codes(s002, toc.replace("三、支出", "三:支出").replace("四、", "四:") + body) == []


def test_s001_first_item_that_lost_its_mark_is_no_missing_one():
    """"1职能职责" then "2.机构和人员情况": the 1 is there without its dot; the level did not start at 2.
    A line opening with a count or a date (1个, 1月) is no such item."""
    text = "一、基本情况\n（一）部门基本情况\n1职能职责\n贯彻执行有关方针政策。\n2.机构和人员情况\n本单位为参公单位。\n"
    assert _codes(s001, text) == []
    lost = "一、基本情况\n（一）部门基本情况\n1个内设机构已撤并。\n2.机构和人员情况\n本单位为参公单位。\n"
    assert _codes(s001, lost) == ["2."]


def test_s018_list_numbers_that_fill_the_first_level_slots():
    from gen.check.rules import s018_list_number_in_heading_slot as s018

    text = ("目录\n五、基本支出决算情况说明 6\n六、项目支出决算情况说明 7\n1. 政府性基金支出决算情况说明 8\n"
            "2. 国有资本经营支出决算情况说明\n8\n九、“三公”经费支出决算情况说明 9\n")
    found = run(s018, text)
    assert [f.suggestion for f in found] == ["七、", "八、"]
    # the first level resumes at 七、 (a sub-list) or at 十、 (the gap is not the list's): not this rule's
    assert run(s018, text.replace("九、", "七、")) == []
    assert run(s018, text.replace("九、", "十、")) == []


def test_s019_a_second_short_name_for_a_body_given_one():
    from gen.check.rules import s019_short_name_drift as s019

    text = ("某州某县农业农村和水利局（以下简称农水局）主管全县农业和水利工作。\n"
            "县农业局、县水利局合并组建后，农村水利局负责全县水利设施建设。\n")
    # 农村水利局 is the body's own characters in order; 县农业局 follows a place word (another level's body)
    assert _codes(s019, text) == ["农村水利局"]
    assert _codes(s019, text.replace("农村水利局负责", "农水局负责")) == []
    # given as a short name elsewhere too: two names the text fixed itself
    assert _codes(s019, text + "（下文亦简称农村水利局）\n") == []


def test_s002_a_first_item_that_lost_its_dot_before_its_sibling_two():
    text = "二、绩效情况\n（一）资金情况\n1资金到位\n全年到位八十万元。\n2.资金使用\n全年支出七十万元。\n"
    found = run(s002, text)
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [("1", "1.")]
    # with its own 1. in place, the bare 1 is something else (a count, a line of text)
    assert run(s002, text.replace("（一）资金情况\n", "（一）资金情况\n1.概况\n")) == []


def test_s012_items_run_in_after_a_numbered_title_with_its_own_mark():
    from gen.check.rules import s012_missing_level as s012

    text = "（二）部门概况\n1.职责\n负责全镇工作。\n2.年度重点工作：1.完成道路硬化。2.开展技能培训。\n"
    found = list(s012.check(CheckContext(text)))
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [("1.", "（1）")]
    assert list(s012.check(CheckContext(text.replace("：1.完成", "：（1）完成")))) == []
    assert list(s012.check(CheckContext(text.replace("：1.完成道路硬化。2.", "：1.5公里道路硬化，")))) == []


def test_s002_an_item_between_its_siblings_that_lost_its_dot():
    text = ("一、主要职责\n（一）职责\n1.负责全镇农业工作。\n2.负责全镇水利工作。\n3负责全镇林业工作，做好森林防火。\n"
            "4.完成上级交办的其他任务。\n")
    assert [(text[f.start:f.end], f.suggestion) for f in run(s002, text)] == [("3", "3.")]
    assert run(s002, text.replace("3负责", "3.负责")) == []


def test_s012_a_contents_entry_numbered_one_level_down_from_its_body_heading():
    from gen.check.rules import s012_missing_level as s012
    body = ("第一部分 单位概况\n一、单位职责\n负责全镇农技推广。\n二、人员构成\n在编八人。\n"
            "第二部分 决算说明\n一、收入决算情况\n本年收入九十万元。\n")
    text = "目录\n第一部分 单位概况\n（一）单位职责\n（二）人员构成\n第二部分 决算说明\n一、收入决算情况\n" + body
    found = [(text[f.start:f.end], f.suggestion) for f in s012.check(CheckContext(text))]
    assert found == [("（一）", "一、"), ("（二）", "二、")]
    # The contents as the body writes them, or a body that numbers them （一） too, pass.
    assert list(s012.check(CheckContext(text.replace("（一）单位职责\n（二）人员构成", "一、单位职责\n二、人员构成")))) == []
    # A contents entry whose title differs from the body's is another heading: not paired.
    assert list(s012.check(CheckContext(text.replace("（一）单位职责", "（一）单位基本职能").replace("（二）人员构成", "（二）编制")))) == []


def test_s017_contents_of_parts_over_a_body_that_numbers_the_first_part_yi():
    from gen.check.rules import s017_part_title_mismatch as s017

    toc = ("目录\n第一部分 某县供水站概况\n一、单位职能\n二、决算单位构成\n第二部分 2022年度部门决算表\n"
           "第三部分 2022年度部门决算情况说明\n第四部分 名词解释\n")
    body = "一、某县供水站概况\n（一）某县供水站职能\n负责全县农村供水。\n（二）单位构成\n只有本级。\n"
    assert _codes(s017, toc + body) == ["一、某县供水站概况"]
    # the body written by parts as the contents, and a body whose sections name none of the entries
    assert _codes(s017, toc + "第一部分 某县供水站概况\n一、单位职能\n负责全县农村供水。\n") == []
    assert _codes(s017, toc + "一、某县供水站概况\n（一）本年工作\n完成管网改造。\n") == []


def test_s006_a_lone_ben_danwei_in_a_text_that_speaks_as_one_wo_x():
    from gen.check.rules import s006_self_reference_drift as s006

    text = "某县农技站2022年度决算\n我站负责农技推广。\n我站现有三人。\n本单位压减会议费。\n我站按时公开。\n"
    assert _codes(s006, text) == ["本单位"]
    # a second generic reference is the text's habit; fewer than three of 我站; 样本单位 names no one;
    # 本部门 names the budget 部门 (本部门整体支出) and may stand beside the body's own name
    assert _codes(s006, text.replace("我站按时公开", "本部门按时公开")) == []
    assert _codes(s006, text.replace("本单位压减会议费", "本部门整体支出自评得分90分")) == []
    assert _codes(s006, text.replace("我站现有三人", "现有三人")) == []
    assert _codes(s006, text.replace("本单位压减会议费", "抽取样本单位核查")) == []
    assert _codes(s006, text.replace("本单位压减会议费", "我站对本单位项目逐项自评")) == []  # a scope inside the clause


def test_s001_repeat_that_should_take_the_next_number_is_reported_once():
    # 三、四、四、六、: the second 四 should be 五; 六 then follows in order (one finding, on the repeat)
    text = ("三、政府性基金预算支出情况\n本单位无此项支出\n四 、国有资本经营预算支出情况\n本单位无此项支出\n"
            "四、社会保险基金预算支出情况\n本单位无此项支出\n六、部门整体支出绩效情况\n")
    found = run(s001, text)
    assert [(text[f.start:f.end], f.message[-7:]) for f in found] == [("四、", "应为“五、”。")]
    # a repeat followed by the next number (四、四、五、) is still a repeat, and a real gap after it is still one
    assert len(run(s001, "三、甲\n四、乙\n四、丙\n五、丁\n")) == 1
    gap = [f for f in run(s001, "三、甲\n四、乙\n四、丙\n七、丁\n") if f.severity != "info"]  # not the gap's hint
    assert len(gap) == 2 and "缺少" in gap[1].message


def test_heading_with_a_space_before_its_mark_is_a_standard_heading():
    # "四 、" (a PDF export's space) is 四、: read as a heading, no mark to correct
    hs = headings(CheckContext("三、甲情况\n内容。\n四 、乙情况\n内容。\n"))
    assert [(h.number, h.form) for h in hs] == [(3, "standard"), (4, "standard")]
    assert not run(s002, "一 、基本情况\n内容。\n二、绩效情况\n内容。\n")


def test_s017_heading_that_lost_its_first_character():
    from gen.check.rules import s017_part_title_mismatch as s017

    toc = "目 录\n一、基本职能及主要工作\n二、机构设置情况\n"
    body = "一、本职能及主要工作\n负责全县统计工作。\n二、机构设置情况\n内设三个股室。\n"
    assert _codes(s017, toc + body) == ["一、本职能及主要工作"]
    # a contents that drops a word of its own at the front (本单位 -> 单位) is a shorter title, not a slip
    assert _codes(s017, "目 录\n一、本单位基本情况\n二、机构设置情况\n一、单位基本情况\n负责全县统计工作。\n"
                        "二、机构设置情况\n内设三个股室。\n") == []


def test_s017_leaves_a_listed_slip_in_the_contents_to_w001():
    from gen.check.context import CheckContext
    from gen.check.rules import s017_part_title_mismatch as s017, w001_typo

    text = "目 录\n第一部分 部门概括\n第二部分 部门决算表\n第一部分 部门概况\n一、部门职责\n负责全县统计工作。\n第二部分 部门决算表\n"
    assert _codes(s017, text) == []
    assert [text[f.start:f.end] for f in w001_typo.check(CheckContext(text))] == ["部门概括"]


def test_list_number_run_into_a_year_is_an_item_not_a_decimal():
    text = "附表\n1. 2018年收支预算总表\n2. 2018年收入预算总表\n3. 2018年支出预算总表\n4.2018年财政拨款收支预算总表\n" \
           "5.2018年一般公共预算支出表\n6. 2018年“三公”经费预算表\n"
    assert [h.number for h in headings(CheckContext(text))] == [1, 2, 3, 4, 5, 6]
    assert run(s001, text) == []
    assert not headings(CheckContext("全年增长4.2018年以来持续推进。\n"))


def test_high_item_numbers_run_every_rule():
    """A list's 99th item asks for the 100th's mark (一百、, 100.): every rule runs on such numbering,
    none raises (it used to stop sixteen rules with ValueError: 100)."""
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import run as run_rules

    for text in ("99、某某工作\n", "一、概况\n九十九、某项工作\n一百、另一项工作\n99. 甲项工作\n100. 乙项工作\n",
                 "（九十九）某项工作，负责全县的有关事务和其他交办的事项，共计完成了若干件。（一百）另一项\n"):
        result = run_rules(source_from_text(text, "t.md", kind="md"), select_rules())
        assert result.failed_rules == ()


def test_a_reckoning_in_a_cell_is_no_heading():
    """A budget cell's lines of reckoning ("1.报刊1000种*15=15000元") are the cell's items, not the outline's 1.:
    after a 4. heading they do not step the numbering back."""
    from gen.check.context import CheckContext
    from gen.check.headings import headings
    text = ("4.项目预算\n图书购置\n60.00\n1.报刊1000种*15=15000元\n2.图书20000册*25=500000元\n5.实施计划\n")
    assert [h.mark for h in headings(CheckContext(text))] == ["4.", "5."]
