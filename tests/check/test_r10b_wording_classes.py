"""Wording classes shown by the four round-10 dev sets (issue 12, round 10 second pass).

Every case is written for the project (no report text copied). Each class has
texts the rule must flag and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


# ---- W001: listed slips that are wrong wherever they stand ----

@pytest.mark.parametrize("text, fixed", [
    ("全区仍有56户家庭处于轮侯状态。", "轮候"),
    ("负责全市种稙业结构调整。", "种植"),
    ("坚持量入而出的原则。", "量入为出"),
    ("（2）实效指标\n完成时间符合要求。", "时效指标"),
    ("聘请某某会计师事务（特殊普通合伙）审计。", "会计师事务所"),
])
def test_listed_slips(text, fixed):
    assert [f.suggestion for f in findings_of(text, "W001")] == [fixed]


def test_right_forms_of_listed_slips_pass():
    text = ("全区仍有56户家庭处于轮候状态，负责全市种植业结构调整，坚持量入为出的原则。\n"
            "（2）时效指标\n注重工作实效，聘请某某会计师事务所审计。")
    assert not findings_of(text, "W001")


# ---- W005: long sector words that lost a middle character ----

@pytest.mark.parametrize("text, fixed", [
    ("负责住房积金的归集和使用。", "住房公积金"),
    ("组织高校毕生参加就业见习。", "高校毕业生"),
])
def test_sector_word_missing_middle_character(text, fixed):
    assert [f.suggestion for f in findings_of(text, "W005")] == [fixed]


def test_sector_words_written_whole_pass():
    assert not findings_of("负责住房公积金的归集，职业学校毕业生、高校毕业生就业服务，公积金贷款。", "W005")


# ---- W013: 市委、政府; 巩固……乡村振兴; 影响……率低 ----

@pytest.mark.parametrize("text, fixed", [
    ("经县委、政府研究，决定实施该项目。", "县委、县政府"),
    ("在州委、政府的领导下完成任务。", "州委、州政府"),
])
def test_second_body_lost_its_level(text, fixed):
    assert [f.suggestion for f in findings_of(text, "W013")] == [fixed]


def test_bodies_written_whole_or_party_committee_pass():
    assert not findings_of("经县委、县政府研究，乡镇党委、政府负责落实，社区委员会、政府部门配合。", "W013")


@pytest.mark.parametrize("text", ["进一步巩固脱贫攻坚成果与乡村振兴。", "着力巩固拓展脱贫攻坚成果和乡村振兴，"])
def test_consolidate_rural_revitalisation(text):
    assert [f.code for f in findings_of(text, "W013")] == ["W013"]


def test_consolidate_with_linkage_passes():
    text = "巩固拓展脱贫攻坚成果同乡村振兴有效衔接；巩固脱贫攻坚成果和乡村振兴专项资金；推进脱贫攻坚成果与乡村振兴衔接。"
    assert not findings_of(text, "W013")


@pytest.mark.parametrize("text", ["因此影响整体支出执行率低。", "拨付滞后，影响资金执行率较低。"])
def test_affect_with_low_rate(text):
    assert [f.code for f in findings_of(text, "W013")] == ["W013"]


@pytest.mark.parametrize("text", [
    "受天气影响项目执行率偏低。",
    "因招标流程影响执行率较低。",
    "拨付滞后，影响资金执行率，导致执行率较低。",
    "政策的影响使覆盖率偏低。",
])
def test_affect_as_a_noun_or_without_low_passes(text):
    assert not findings_of(text, "W013")


# ---- W014: a count of bodies between its verb and its noun ----

@pytest.mark.parametrize("text", ["局机关下设6业务科室。", "中心内设3职能部门和2个站所。"])
def test_body_count_after_verb_without_measure(text):
    assert [f.code for f in findings_of(text, "W014")] == ["W014"]


def test_body_count_with_measure_or_short_form_passes():
    assert not findings_of("局机关下设6个业务科室，内设3科1室，下设2处，设有2家中心。", "W014")


# ---- W019: the template's instruction to the filler, an imperative line of its own ----

def test_template_guidance_line_with_should():
    text = "1.项目绩效总体目标\n应结合发展规划等对项目预期实现的产出、效果等内容进行描述。\n为全县居民提供服务。\n"
    assert [f.code for f in findings_of(text, "W019")] == ["W019"]


@pytest.mark.parametrize("text", [
    "1.项目绩效总体目标\n应根据规划，按期完成全部建设任务。\n",
    "各单位应根据实施方案对资金使用情况进行说明。\n",
    "2.年度绩效目标\n须按照合同约定完成验收并进行说明，本年已完成。\n",
])
def test_report_sentences_with_should_pass(text):
    assert not findings_of(text, "W019")


# ---- W001: 作出 before more abstract objects; 权利 written 权力 ----

@pytest.mark.parametrize("text", ["及时对灾情做出评估。", "对整改情况做出了判断。"])
def test_abstract_object_takes_zuochu(text):
    assert [f.suggestion for f in findings_of(text, "W001")] == ["作出"]


def test_concrete_or_distant_object_passes():
    assert not findings_of("做出样品后送检，做出的成绩得到好评价，及时对灾情作出评估。", "W001")


@pytest.mark.parametrize("text", ["保障老人的基本生活权力。", "儿童权力受到侵犯时依法救助。", "保障适龄儿童受教育权力。"])
def test_rights_written_as_power(text):
    assert [f.suggestion for f in findings_of(text, "W001")] == ["权利"]


def test_power_in_its_own_sense_passes():
    assert not findings_of("依法行使权力，规范权力运行，教育权力下放，保障生活权利。", "W001")


# ---- W001: 要求 that lost 要 after a cited title ----

def test_yaoqiu_lost_yao_after_title():
    assert [f.suggestion for f in findings_of("按照《关于做好自评工作的通知》求，我局开展自评。", "W001")] == ["要求"]


def test_yaoqiu_whole_or_qiuzheng_passes():
    assert not findings_of("按照《关于做好自评工作的通知》要求，我局开展自评；对《年报》求证后更正。", "W001")


# ---- W013: 隶属……的 + grade; 实行 a system; 资金……到位资金 ----

def test_grade_after_parent_body_needs_de():
    found = findings_of("中心是隶属于某市卫生健康局副科级事业单位。", "W013")
    assert [f.suggestion for f in found] == ["隶属于某市卫生健康局的副科级"]


def test_grade_with_de_or_comma_passes():
    assert not findings_of("中心是隶属于某市卫生健康局的副科级事业单位；站隶属某县水利局，股级。", "W013")


@pytest.mark.parametrize("text", ["单位施行垂直管理体制。", "全面施行林长机制。"])
def test_system_is_shixing(text):
    assert [f.suggestion for f in findings_of(text, "W013")] == ["实行"]


def test_law_taking_effect_passes():
    assert not findings_of("《条例》自公布之日起施行；办法施行后建立协调机制，实行双重管理体制。", "W013")


def test_funds_said_twice_around_in_place():
    assert [f.suggestion for f in findings_of("配套资金累计到位资金120万元。", "W013")] == ["资金累计到位"]


def test_funds_in_place_once_passes():
    assert not findings_of("配套资金累计到位120万元，到位资金全部拨付；资金到位率100%。", "W013")


# ---- W002: a place's level typed twice before a body's name ----

@pytest.mark.parametrize("text", ["由某州区区民政局负责。", "某某县县财政局拨付资金。"])
def test_level_doubled_before_body(text):
    assert [f.code for f in findings_of(text, "W002")] == ["W002"]


def test_trifling_or_level_word_passes():
    text = "区区几万元资金。某州区区长主持会议，某县县委编办批复，某区区属国企参加。"
    assert not findings_of(text, "W002")
