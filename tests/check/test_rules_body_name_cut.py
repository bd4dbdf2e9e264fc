"""W006: a body's name that lost characters, its full form written in the same text."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import w006_body_name_cut as w006


def spans(text):
    return [(text[f.start:f.end], f.suggestion) for f in w006.check(CheckContext(text))]


def test_w006_a_word_lost_inside_a_name_the_text_writes_in_full():
    text = "某州交通运输综合行政执法支队编制本年预算。\n实施主体：某州交通运输综合执法支队东城大队，预算1万元。\n"
    assert spans(text) == [("某州交通运输综合执法支队", "某州交通运输综合行政执法支队")]
    text = "第一部分 某区招商中心概况\n一、机构设置：某市某区招商服务中心，机构级别正科级。\n"
    assert spans(text) == [("某区招商中心", "某区招商服务中心")]


def test_w006_passes_accepted_short_forms_other_bodies_and_renamings():
    assert not spans("某县交通运输局负责全县公路建设。\n某县交通局配合实施。\n某县应急管理局、某县应急局联合检查。\n")
    assert not spans("某县人民政府办公室、某县政府办公室联合发文。\n")
    assert not spans("项目支出主要用于我局业务工作。\n项目支出用于我局日常运转。\n")  # no body's name
    assert not spans("长沙市发展和改革委员会批复后，长沙发展和改革委员会再次发文。\n")  # a level word: T005's
    assert not spans("某县公安局负责治安管理。\n某县森林公安局负责林区治安。\n")  # another body after the level word
    assert not spans("根据安徽省财政厅通知，根据省财政厅要求，开展自评。\n")  # a place before its level word
    assert not spans("某市某区招商服务中心（以下简称区招商中心）成立于2010年。\n某区招商中心内设三个科室。\n")
    assert not spans("将某县科学技术和工业经贸信息化局的职责整合，组建某县科学技术和工业信息化局。\n")
    assert not spans("某市博物馆负责展览。\n某市博物馆馆藏文物1万件。\n某县公安局局长到会。\n")


def test_w006_leaves_two_names_standing_alone_to_t007():
    text = "某市中医医院2024年预算公开\n某市中医院2023年度部门决算\n某市中医医院是一所公立医院。\n"
    assert spans(text) == []


def test_w006_a_name_before_bumen_or_a_staff_count_that_lost_its_last_character():
    text = "某市市场监督管理（部门）决算公开\n来源：某市市场监督管理局\n"
    assert spans(text) == [("某市市场监督管理", "某市市场监督管理局")]
    text = "某县政协委员会内设5个机构。\n某县政协委员编制24人，其中行政编制17人。\n"
    assert spans(text) == [("某县政协委员", "某县政协委员会")]
    assert not spans("某市市场监督管理局（部门）决算公开\n某县政协委员会编制24人。\n")
    assert not spans("核定事业编制12人，实有人员10人。\n某县财政局编制5人。\n")


def test_w006_a_whole_name_cut_before_its_report_year_or_its_predicate():
    text = "第一部分 某市茶叶研究所概况\n第二部分 某市茶叶研究2022年度部门决算表\n"
    assert spans(text) == [("某市茶叶研究", "某市茶叶研究所")]
    text = "某市植保站负责病虫监测。\n全年，某市植保认真开展病虫测报。\n"
    assert spans(text) == [("某市植保", "某市植保站")]


def test_w006_a_year_or_predicate_after_a_phrase_a_place_or_a_scope_passes():
    # the run is more than the name's cut tail (全市植保), a place (某市), or a unit's scope (本级)
    assert not spans("某市植保站负责病虫监测。\n全年，全市植保认真开展病虫测报。\n")
    assert not spans("某市委宣传部牵头。\n某市积极推进文明创建。\n某市2022年度预算执行良好。\n")
    assert not spans("某学会本级部门负责。\n某学会本级2022年决算如下。\n")
    assert not spans("某市茶叶研究所2022年度部门决算\n某市茶叶研究所积极开展科研。\n")
