"""Wording classes shown by the ten round-9 dev sets, built in round 10 (issue 12).

Every case is written for the project (no report text copied). Each class has
texts the rule must flag and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


# ---- W013: 逾/超过 with 多/余 ----

@pytest.mark.parametrize("text", ["全年参与群众逾30多万人次。", "服务企业超过40余家。"])
def test_over_with_more_than_is_redundant(text):
    assert [f.code for f in findings_of(text, "W013")] == ["W013"]


def test_over_or_more_alone_passes():
    assert not findings_of("全年参与群众逾30万人次，服务企业40余家，逾期合同2份已清理。", "W013")


# ---- W013: 二 before a measure word ----

@pytest.mark.parametrize("text", ["中心下设二个科室。", "新聘二名医生，承担二项课题。"])
def test_er_before_a_measure_word(text):
    assert {f.suggestion for f in findings_of(text, "W013")} == {"两"}


@pytest.mark.parametrize("text", [
    "中心下设两个科室，第二个科室负责后勤。",
    "全县十二个乡镇、三十二个社区。",
    "初二年级、高二年级各两名学生，排名前二名。",
    "二项式定理；周二个别科室加班。",
])
def test_ordinals_and_longer_numbers_pass(text):
    assert not findings_of(text, "W013")


# ---- W013: 接收 where 接受 is meant ----

def test_receive_leadership_is_accept():
    text = "本院接收上级法院的指导，主动接收群众监督。"
    assert [text[f.start:f.end] for f in findings_of(text, "W013")] == ["接收", "接收"]


def test_receiving_people_and_things_passes():
    assert not findings_of("依法接收移交的档案，接收退役士兵12名，接收指导性文件3份，接收监督举报电话20次。", "W013")


# ---- W013: 包括含, 内设N个内设机构, 得分及等级 with no score ----

def test_doubled_synonyms_and_verb_noun_repeats():
    assert [f.code for f in findings_of("对包括含开发区在内的5个园区开展检查。", "W013")] == ["W013"]
    assert [f.code for f in findings_of("本局内设6个内设机构。", "W013")] == ["W013"]
    assert not findings_of("对包括开发区在内的5个园区开展检查，本局内设6个机构，产品包括含税价。", "W013")


def test_score_and_grade_with_only_the_grade():
    assert [f.code for f in findings_of("经综合评价，自评得分及等级为优。", "W013")] == ["W013"]
    assert not findings_of("经综合评价，自评得分及等级为93分、优。", "W013")


# ---- W001: 做出 before an abstract object ----

def test_make_a_plan_or_decision_is_zuo_chu():
    assert [f.suggestion for f in findings_of("县委对乡村振兴做出全面部署。", "W001")] == ["作出"]
    assert not findings_of("县委对乡村振兴作出全面部署；做出样品2件。", "W001")


# ---- W019: word limits and a blank serial left from the template ----

@pytest.mark.parametrize("text", ["说明项目实施取得的成效。（300字以内）\n", "某所审字〔2022〕第   号\n"])
def test_template_word_limit_and_blank_serial(text):
    assert [f.code for f in findings_of(text, "W019")] == ["W019"]


def test_a_report_s_own_word_counts_and_full_numbers_pass():
    assert not findings_of("摘要300字以内，全书约25万字（25万字）。某所审字〔2022〕第18号。\n", "W019")


# ---- W002: a doubled name in a sentence citing several document numbers ----

def test_doubling_beside_document_numbers_is_no_table_row():
    text = "按照某办发〔2019〕12号和《市委办公室市委办公室关于某工作的通知》（某办发〔2020〕7号）执行。"
    assert [text[f.start:f.end] for f in findings_of(text, "W002")] == ["市委办公室市委办公室"]


# ---- W025: a list of three items said again within one clause ----

def test_a_list_repeated_in_one_clause():
    text = "负责检查、验收、评估全县防汛工程的检查、验收、评估和备案。"
    assert [text[f.start:f.end] for f in findings_of(text, "W025")] == ["检查、验收、评估"]


@pytest.mark.parametrize("text", [
    "负责检查、验收、评估全县防汛工程；对乡镇工程进行检查、验收、评估。",
    "统筹经济建设、政治建设、文化建设，推进经济建设、政治建设、文化建设。",
    "负责检查、验收全县防汛工程的检查、验收和备案。",
])
def test_a_list_after_a_clause_mark_or_of_two_items_passes(text):
    assert not findings_of(text, "W025")


# ---- W014: a head count at a line's end ----

def test_a_head_count_without_its_measure_word_at_the_line_s_end():
    text = "核定行政编制12个，工勤编制3个，实有人员15\n（二）资产情况。\n"
    assert [f.suggestion for f in findings_of(text, "W014")] == ["实有人员15人"]
    assert not findings_of("实有人员15\n在职人员 15\n", "W014")


# ---- W013: 按照 with the funds where the rules should stand ----

def test_according_to_the_funds_lacks_its_rules():
    assert [f.code for f in findings_of("严格按照项目经费管理和使用，保证专款专用。", "W013")] == ["W013"]
    assert not findings_of("严格按照项目经费管理办法管理和使用，按照规定管理和使用，保证专款专用。", "W013")


# ---- W012: a word cut to its first character where a heading or a sentence stops ----

@pytest.mark.parametrize("text, word", [
    ("八、政府采购支出情况说\n九、国有资产占用情况说明\n", "说明"),
    ("全力推进乡村振兴和农业现代化建。\n二、绩效目标。", "建设"),
])
def test_a_heading_or_sentence_that_stops_in_mid_word(text, word):
    assert [f.suggestion for f in findings_of(text, "W012")] == [word]


@pytest.mark.parametrize("text", [
    "八、政府采购支出情况说\n明\n九、国有资产占用情况说明\n",
    "资金已全部执行完。\n正如前文所说。\n",
    "八、政府采购支出情况说\n",
])
def test_a_wrapped_line_a_word_s_own_end_and_the_last_line_pass(text):
    assert not findings_of(text, "W012")


# ---- W013: a word before and after 正在, a transposed unit label, 得分别为, 当……是 ----

@pytest.mark.parametrize("text, fixed", [
    ("除污水管网改造正在改造外，其余工程均已完工。", "正在改造"),
    ("附表2 项目支出明细（单位金额：万元）", "金额单位"),
    ("三个项目评价得分别为91分、88分和85分。", "得分分别"),
    ("当监控发现执行进度滞后是，及时督促整改。", "当监控发现执行进度滞后时"),
])
def test_slips_of_round_ten(text, fixed):
    assert [f.suggestion for f in findings_of(text, "W013")] == [fixed]


def test_their_correct_forms_pass():
    assert not findings_of("除污水管网正在改造外，平台建设正在推进；附表2（金额单位：万元）；三个项目评价得分分别为91分、88分，"
                           "两户所得分别为500元和300元；当监控发现进度滞后时，及时督促；当前最重要的是，加快进度。", "W013")
