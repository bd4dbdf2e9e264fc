"""Items that lost their number (S011) and the gap they leave, reported once (not also by S001)."""

from __future__ import annotations

from gen.check.config import Config
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run


def _codes(text: str) -> list[tuple[str, str | None]]:
    findings = run(source_from_text(text, "t.txt"), select_rules(), None, Config()).findings
    return [(f.code, f.suggestion) for f in findings if f.code.startswith("S")]


def test_unmarked_title_between_nine_and_eleven_is_reported_once_on_itself():
    text = "附表清单\n八、采购情况表\n\n九、资产情况表\n\n机关运行经费表\n\n十一、项目支出表\n"
    assert _codes(text) == [("S011", "十、")]


def test_orphans_after_a_lost_title_are_numbered_in_turn():
    text = "附表\n一、收入表\n二、支出表\n、采购表\n、资产表\n"
    assert _codes(text) == [("S011", "三、"), ("S011", "四、")]


def test_title_that_lost_its_whole_mark_before_orphans_takes_the_next_number():
    # the numerals of a run of lines were stripped: the first lost its 顿号 too, the gap to 七、 is theirs
    text = "附表\n一、收入表\n二、支出表\n采购明细表\n、资产配置表\n、项目绩效表\n六、其他表\n"
    assert _codes(text) == [("S011", "三、"), ("S011", "四、"), ("S011", "五、")]
    # a title under 二、 with no orphans after it is left to the other readings
    assert _codes("附表\n一、收入表\n二、支出表\n采购明细表\n三、资产表\n") == []


def test_unmarked_line_is_left_alone_when_it_reads_as_prose_or_numbers_run_on():
    assert _codes("附表\n一、收入表\n本表单位为万元，数据来自决算系统，已审核。\n三、支出表\n") != [("S011", "二、")]
    assert _codes("附表\n一、收入表\n说明\n二、支出表\n") == []


def test_division_that_lost_its_ordinal_and_restarts_levels_below():
    text = ("第一部分 单位概况\n一、职能\n二、机构\n第二部分 情况说明\n一、收入\n二、支出\n"
            "部分  名词解释\n一、财政拨款收入\n二、事业收入\n部分  附表\n")
    assert _codes(text) == [("S011", "第三部分"), ("S011", "第四部分")]
    found = [f for f in run(source_from_text(text, "t.txt"), select_rules(["S011"]), None, Config()).findings]
    assert [text[f.start:f.end] for f in found] == ["部分", "部分"]


def test_the_word_bufen_opening_prose_is_not_a_division():
    assert _codes("第一部分 概况\n部分单位未按时报送材料。\n部分 项目进度偏慢，已督促。\n") == []


# ---- S013: one item of an inline list with another mark ----

def _s013(text: str) -> list:
    findings = run(source_from_text(text, "t.txt"), select_rules(["S013"]), None, Config()).findings
    return [(text[f.start:f.end], f.suggestion) for f in findings]


def test_inline_list_item_with_a_different_mark():
    text = "全年工作：1.举办讲座8场。 2.更新馆藏图书。 3.开展阅读推广， 4、完成流动借阅40次。"
    assert _s013(text) == [("4、", "4.")]
    assert _s013("整改措施：1、建立台账；2、明确责任；3.限期整改。") == [("3.", "3、")]


def test_inline_list_marks_left_alone_when_consistent_short_or_split_evenly():
    assert _s013("全年工作：1.举办讲座8场。2.更新馆藏图书。3.开展阅读推广。") == []
    assert _s013("整改措施：1、建立台账；2.明确责任。") == []
    assert _s013("整改措施：1、建立台账；2、明确责任；3.限期整改；4.跟踪问效。") == []
    assert _s013("支出3.5万元，其中1.2万元用于培训，2、3季度完成。") == []


def test_inline_item_that_lost_its_mark_between_its_siblings():
    text = "主要职责：1. 负责档案接收。 2. 负责档案整理。 3 负责档案利用服务。 4. 负责档案安全。"
    assert _s013(text) == [("3", "3.")]
    assert _s013("主要职责：1、负责档案接收；2、负责档案整理；3负责档案利用；4、负责档案安全。") == [("3", "3、")]


def test_bare_number_that_is_a_count_or_stands_alone_is_no_lost_mark():
    assert _s013("主要工作：1. 开展培训。 2. 组织检查，3 名同志受表彰。 4. 完成验收。") == []
    assert _s013("主要工作：1.开展培训。2.组织检查，共3项。4.完成验收。") == []
    # the list must run on past the gap: two items are no list that skipped one
    assert _s013("主要工作：1.开展培训。 3 负责检查。") == []
    # two bare numbers between the siblings: which one is the item cannot be told
    assert _s013("主要工作：1. 开展培训。 2. 检查， 3 负责， 3 负责。 4. 验收。") == []


def test_unmarked_title_in_arabic_and_bracketed_lists():
    assert _codes("附件\n2.采购清单\n资产清单\n4.绩效自评表\n") == [("S011", "3.")]
    assert _codes("一、附表\n（一）收入表\n（二）采购清单\n资产清单\n（四）绩效自评表\n") == [("S011", "（三）")]


def test_items_numbered_as_the_outline_reads_them_spaced_brackets_and_markdown():
    # One parser (gen.check.headings.numbering) for the outline and for lost numbers: a form the
    # outline accepts ("（ 一 ）", "## 九、") is an item here too, so the gap is reported once, on the item.
    assert _codes("附表\n（ 一 ）收入表\n支出表\n（ 三 ）采购表\n") == [("S011", "（二）")]
    assert _codes("# 附表\n## 八、采购情况表\n## 九、资产情况表\n机关运行经费表\n## 十一、项目支出表\n") == [("S011", "十、")]


def test_section_titles_that_lost_their_number_between_siblings_are_reported_instead_of_the_gap():
    text = ("二、绩效分析\n（一）资金投入情况\n全年到位资金八十万元，已按进度拨付。\n资金管理情况\n"
            "资金实行专账核算，未发现挤占挪用。\n）项目实施情况\n项目按计划实施，全部按期完工。\n（四）绩效指标完成情况\n"
            "各项指标均已完成。\n")
    assert _codes(text) == [("S011", "（二）"), ("S011", "（三）")]


def test_a_gap_with_more_untitled_lines_than_missing_numbers_stays_s001s():
    text = ("二、绩效分析\n（一）资金投入情况\n全年到位资金八十万元，已按进度拨付。\n收入情况\n本年收入八十万元，全部为财政拨款。\n"
            "支出情况\n本年支出七十万元，其中基本支出六十万元。\n（三）绩效指标完成情况\n各项指标均已完成。\n")
    assert [c for c, _ in _codes(text)] == ["S001"]


def test_first_item_that_lost_its_one_after_the_parent_heading():
    text = ("二、绩效目标完成情况\n1.产出指标\n数量指标完成情况。全年发放补助两千人次，全部到位。\n"
            "（2）质量指标完成情况。补助足额发放。\n")
    codes = _codes(text)
    assert ("S011", "（1）") in codes
    lone = "二、绩效目标完成情况\n1.产出指标\n数量指标完成情况。全年发放补助两千人次，全部到位。\n（2）\n"
    assert _codes(lone) == [("S011", "（1）")]


def test_the_last_two_entries_of_a_contents_part_lost_their_numbers():
    text = ("第二部分 决算表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算总表\n"
            "五、一般公共预算财政拨款支出决算表\n政府性基金预算财政拨款收入支出决算表\n国有资本经营预算财政拨款支出决算表\n"
            "第三部分 决算情况说明\n一、收入支出决算总体情况说明\n")
    assert _codes(text) == [("S011", "六、"), ("S011", "七、")]
    # two lines that end unlike the list's entries are no lost entries
    other = text.replace("政府性基金预算财政拨款收入支出决算表\n国有资本经营预算财政拨款支出决算表", "编制说明\n填报单位声明")
    assert [c for c in _codes(other) if c[0] == "S011"] == []


def test_a_title_that_opens_the_next_level_between_gapped_siblings_lost_its_number():
    text = ("一、部门概况\n（一）部门职能\n（二）机构设置\n评价工作概述\n（一）评价目的\n（二）评价方法\n"
            "三、绩效分析\n（一）投入分析\n")
    # one defect, on the title: neither the gap (三、) nor the restarted （一） is S001's
    assert _codes(text) == [("S011", "二、")]
    unbroken = text.replace("三、绩效分析", "二、绩效分析")
    assert [c for c, _ in _codes(unbroken)] == ["S001"]  # no gap: the （一） after （二） is a step back


def test_an_item_titled_with_a_full_stop_after_a_lone_first_one_lost_its_two():
    body = "本年预算一百万元，已全部支出，执行率为百分之百。\n"
    text = ("（二）绩效目标完成情况\n1.资金执行情况。\n" + body + "产出目标完成情况。\n"
            "全年补助学生两千人次，各项指标均已完成。\n（三）存在的问题\n")
    assert _codes(text) == [("S011", "2.")]
    # between 1. and 3. of the same shape, the lost item is 2.
    gapped = text.replace("（三）存在的问题", "3.效益目标完成情况。\n" + body)
    assert _codes(gapped) == [("S011", "2.")]
    # a short sentence after the item's body, with nothing under it, is no title
    assert _codes(text.replace("\n全年补助学生两千人次，各项指标均已完成。", "")) == []
    # the item's title not closed by a full stop: its siblings would be written without one
    assert _codes(text.replace("资金执行情况。", "资金执行情况")) == []
    # two such lines: which one lost the number cannot be told
    assert _codes(text.replace("（三）", "满意度目标完成情况。\n学生满意度为百分之九十八，较上年提高。\n（三）")) == []


def test_inline_list_whose_first_item_has_a_dot_where_the_others_have_brackets():
    text = "完成情况：1.配备巡查员九十五名。 (2)调整防灾责任人。 (3)完善会商机制。"
    assert _s013(text) == [("1.", "（1）")]
    assert _s013("完成情况：(1)配备巡查员。 2、调整责任人。 (3)完善会商机制。") == [("2、", "（2）")]
    # a sub-list under 2. followed by its sibling 3., and a sub-list restarting at (1): one list each
    assert _s013("主要措施：1.加强学习。2.完善制度：(1)建立台账；(2)定期通报。3.强化监督。") == []
    assert _s013("主要措施：1.加强学习：(1)集中学习；(2)专题研讨；(3)个人自学。2.完善制度。") == []


def test_division_heading_after_a_run_of_orphans_is_no_item_of_it():
    # the numerals of two contents lists were stripped; 第三部分 between them heads the next list, it is no 十、
    text = ("目录\n第二部分 决算报表\n、收入表\n、支出表\n八、采购表\n九、资产表\n第三部分 决算说明\n"
            "、收入说明\n、支出说明\n")
    findings = [f for f in run(source_from_text(text, "t.txt"), select_rules(), None, Config()).findings
                if f.code.startswith("S")]
    division = text.index("第三部分")
    assert not [f for f in findings if f.start == division]
    # the orphans below it are still reported, as the items of a new list: 一、, 二、
    assert [f.suggestion for f in findings if f.code == "S011" and f.start > division] == ["一、", "二、"]
