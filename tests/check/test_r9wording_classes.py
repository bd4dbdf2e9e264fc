"""Wording classes shown by the round-9 dev sets of hand-annotated real reports (issue 12).

Every case is written for the project (no report text copied). Each class has
texts the rule must flag and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


# ---- W019: the template's guidance left in the text ----

@pytest.mark.parametrize("text", [
    "（五）其他需要说明的情况（如无需要说明的事项则无需阐述）\n",
    "五、其他事项(如没有此类事项，不必说明)\n",
    "三、绩效目标完成情况\n根据年度绩效目标和指标值逐项分析。\n（一）产出指标\n",
    "二、项目绩效\n对照年初设定的目标逐条说明完成情况。\n",
])
def test_guidance_to_the_filler_is_a_leftover(text):
    assert [f.code for f in findings_of(text, "W019")] == ["W019"]


@pytest.mark.parametrize("text", [
    "（如无特别说明，本表金额单位均为万元）\n",
    "三、绩效目标完成情况\n根据年度绩效目标和指标值逐项分析如下：\n",
    "根据年初目标逐项分析，12项指标全部完成。\n",
    "按照年初设定的目标，我局逐项分析了完成情况。\n",
])
def test_the_report_s_own_analysis_is_no_leftover(text):
    assert not findings_of(text, "W019")


def test_the_template_s_department_after_the_body_s_name():
    text = "某街道办事处部门2022年度部门决算\n"
    assert [text[f.start:f.end] for f in findings_of(text, "W019")] == ["部门"]
    assert not findings_of("某街道办事处2022年度部门决算\n全市教育部门2022年度部门决算汇总\n", "W019")


# ---- W001: a slip that is itself a word, in a fixed phrase ----

@pytest.mark.parametrize("text, fixed", [
    ("促进水资源的合理配制。", "资源的合理配置"),
    ("保护生物特种多样性。", "物种多样性"),
    ("全面梳理总计本年工作。", "梳理总结"),
])
def test_real_word_slip_in_a_fixed_phrase(text, fixed):
    assert [f.suggestion for f in findings_of(text, "W001")] == [fixed]


def test_the_right_phrase_and_the_other_word_s_own_uses_pass():
    assert not findings_of("促进水资源的合理配置，合理配制饲料；保护物种多样性，检验特种设备；总计支出10万元。", "W001")


def test_the_government_s_office_that_lost_min_zheng_fu():
    assert [f.suggestion for f in findings_of("转发某区人办公室通知。", "W001")] == ["人民政府"]
    assert not findings_of("转发某区人民政府办公室、某区人大办公室通知。", "W001")


def test_a_title_of_a_notice_that_lost_its_de():
    found = findings_of("根据《某县财政局关于开展预算绩效自评工作通知》要求开展自评。", "W001")
    assert [f.suggestion for f in found] == ["开展预算绩效自评工作的"]
    assert not findings_of("根据《某县财政局关于开展预算绩效自评工作的通知》要求开展自评。", "W001")


# ---- W004: a year that lost 年 before a noun opening with a measure word ----

def test_year_before_a_census_in_a_title():
    found = findings_of("2030人口普查经费项目绩效自评报告\n", "W004")
    assert [f.suggestion for f in found] == ["2030年人口普查"]


def test_counts_of_persons_and_items_stay_quiet():
    assert not findings_of("培训2020人，服务2021人民群众，完成2022项目标任务。\n", "W004")


# ---- W006: a county's name that lost its first character ----

def test_county_name_without_its_first_character_where_the_text_has_it_whole():
    text = "评价单位：某省徐闻县某镇人民政府\n一、概况。闻县某镇人民政府为一级预算单位。\n"
    assert [f.suggestion for f in findings_of(text, "W006")] == ["徐闻县"]


def test_words_and_counties_that_end_a_longer_name_stay_quiet():
    text = "杭州市西湖区\n湖区水质稳定。新城区、城区道路完工。按《合 肥市规划》执行，徐\n闻县参加。\n"
    assert not findings_of(text, "W006")


# ---- W013: a verb repeated around its object, 提高 with 建设 ----

def test_verb_repeated_in_the_head_of_its_object():
    found = findings_of("重点检查执行上级决策部署的执行情况。", "W013")
    assert [f.suggestion for f in found] == ["执行上级决策部署的情况"]
    assert not findings_of("执行率和各项目的执行情况均已说明，严格执行政策，预算的执行情况良好。", "W013")


def test_raise_with_construction():
    assert [f.suggestion for f in findings_of("有助于提高统计能力建设 ，服务决策。", "W013")] == ["加强"]
    assert not findings_of("有助于加强统计能力建设，提高队伍建设水平。", "W013")


# ---- classes seen again in the later dev sets ----

def test_mark_is_biaoming_not_biaoming_of_stating():
    assert [f.suggestion for f in findings_of("受助设施按规定表明宣传标识。", "W001")] == ["标明"]
    assert not findings_of("检查结果表明标识设置规范，受助设施按规定标明宣传标识。", "W001")


def test_prevent_spread_is_fangzhi_not_fangzhi_of_treatment():
    assert [f.suggestion for f in findings_of("有效防治病毒蔓延。", "W013")] == ["防止"]
    assert not findings_of("有效防止病毒蔓延，做好水土流失防治，防治传播媒介。", "W013")


def test_year_with_du_before_a_school_plan():
    assert [f.suggestion for f in findings_of("对照2031度本专科生资助计划发放。", "W004")] == ["2031年度"]
    assert not findings_of("全年用电2031度，本专科生资助按计划发放。", "W004")


# ---- W011 / W005: official compounds of performance reports in the domain word list ----

@pytest.mark.parametrize("text, code, word", [
    ("加强生物多样姓保护。", "W011", "生物多样性"),
    ("认真梳理总洁全年工作。", "W011", "梳理总结"),
    ("坚持因地宜，分类施策。", "W005", "因地制宜"),
])
def test_a_slip_in_an_official_compound(text, code, word):
    assert [f.suggestion for f in findings_of(text, code)] == [word]


def test_the_compounds_written_right_stay_quiet():
    text = "优化资源配置，保护生物多样性和物种多样性，梳理总结经验，坚持因地制宜、统筹兼顾，专款专用，提质增效。"
    assert not [f for f in findings_of(text) if f.code in ("W005", "W011")]


def test_a_notice_or_opinion_title_without_guanyu():
    found = findings_of("落实《数字乡村建设的指导意见》要求。", "W001")
    assert [f.suggestion for f in found] == ["《关于数字乡村建设的指导意见》"]
    assert not findings_of("落实《关于加强数字乡村建设的指导意见》，阅读《群众的意见》。", "W001")
