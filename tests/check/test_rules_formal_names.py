"""T005 (a formal name without 国家 or its place's level word) and T006 (a capitals acronym in lower case)."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import l001_english_word as l001
from gen.check.rules import t005_body_name_head as t005
from gen.check.rules import t006_acronym_case as t006


def spans(mod, text):
    return [(text[f.start:f.end], f.suggestion) for f in mod.check(CheckContext(text))]


def test_t005_central_body_without_its_head():
    text = "资金名称 | 林业改革发展资金 |\n中央主管部门 | 林业和草原局 |\n地方主管部门 | 某市林业局 |\n"
    assert spans(t005, text) == [("林业和草原局", "国家林业和草原局")]
    assert spans(t005, "中央主管部门:体育总局\n") == [("体育总局", "国家体育总局")]
    assert spans(t005, "中央主管部门 | 卫生健康委 |\n") == [("卫生健康委", "国家卫生健康委")]


def test_t005_central_slot_passes_right_names_and_local_slots():
    assert not spans(t005, "中央主管部门 | 国家体育总局 |\n地方主管部门 | 体育局 |\n")
    assert not spans(t005, "中央主管部门 | 教育部 |\n")
    assert not spans(t005, "本县医疗保障局负责实施，上级主管部门为市医疗保障局。")


def test_t005_place_short_form_in_a_formal_name():
    assert spans(t005, "广东科学技术协会（以下简称“省科协”）负责组织实施。") == [
        ("广东科学技术协会", "广东省科学技术协会")]
    assert spans(t005, "经株洲发展和改革委员会批准立项。") == [("株洲发展和改革委员会", "株洲市发展和改革委员会")]
    assert spans(t005, "按照广西财政厅的要求开展自评。") == [("广西财政厅", "广西壮族自治区财政厅")]


def test_t005_place_short_form_passes_proper_names_short_names_and_later_mentions():
    assert not spans(t005, "广东省科学技术协会（以下简称“省科协”）负责组织实施。")
    assert not spans(t005, "与湖北大学、湖南日报社、湖北人民出版社合作，湖北残联派员指导。")
    assert not spans(t005, "株洲市发展和改革委员会批准后，株洲发展和改革委员会再次发文。")
    assert not spans(t005, "某县财政局、县人民政府办公室联合发文。")


def test_t005_county_level_word_dropped_where_the_text_writes_it():
    text = "资金拨付至个旧市财政局，由个旧财政局直接支付。\n个旧人民政府负责监管，个旧市人民政府验收。"
    assert spans(t005, text) == [("个旧财政局", "个旧市财政局"), ("个旧人民政府", "个旧市人民政府")]


def test_t005_county_level_word_passes_without_the_whole_form_or_for_cities():
    assert not spans(t005, "由个旧财政局直接支付，个旧市卫生健康局配合。"), "no whole form of this body in the text"
    assert not spans(t005, "淮安市财政局下达资金，淮安区财政局拨付，淮安财政局再次发文。"), "a city's short form is T005's first-mention case"
    assert not spans(t005, "个旧市财政局与个旧市财政局下属单位，个旧财政工作稳步推进。")


def test_t006_lower_case_acronym_beside_chinese():
    assert spans(t006, "项目采用bot模式，纳入ppp项目库。") == [("bot", "BOT"), ("ppp", "PPP")]
    assert spans(t006, "负责机关 it 运维工作。") == [("it", "IT")]


def test_t006_passes_capitals_addresses_file_names_and_english():
    assert not spans(t006, "项目采用BOT模式，纳入PPP项目库，手机App上线。")
    assert not spans(t006, "见 http://www.example.gov.cn/ppp/bot 与 epc@example.com ，附件ppp.docx。")
    assert not spans(t006, "The bot said it works.")
    assert not spans(t006, "他回答说 it is fine，会议继续。")


def test_t006_pollutant_symbols_in_lower_case():
    assert spans(t006, "控制细颗粒物（pm2.5）和臭氧（o3）浓度，so2排放下降。") == [
        ("pm2.5", "PM2.5"), ("o3", "O3"), ("so2", "SO2")]


def test_t006_passes_pollutant_symbols_in_capitals_and_codes_with_figures():
    assert not spans(t006, "控制细颗粒物（PM2.5）和可吸入颗粒物（PM10）浓度，二氧化氮（NO2）下降。")
    assert not spans(t006, "监测点a1、样本b2号和文件o3.xls已归档，车型x5采购1辆。")


def test_l001_leaves_lower_case_capitals_to_t006():
    assert not list(l001.check(CheckContext("项目采用bot模式，负责it运维。")))
    assert list(l001.check(CheckContext("项目采用robot模式。")))


def test_a_long_text_finds_the_places_before_formal_names_that_finditer_finds():
    """In a long text the pattern is tried only where a place's first characters stand (gen.core.text_heads)."""
    import random

    from gen.check import formal_names
    from gen.core import text_heads
    from gen.core.text_pairs import MIN_CHARS

    data = formal_names.formal()
    rnd = random.Random(3)
    places = sorted(data.places)
    pieces = ["卫生健康委员会", "财政厅", "发展和改革委员会", "的", "，", "\n", "局", "𠀀"]
    text = ""
    while len(text) < MIN_CHARS + 1000:
        text += "".join(rnd.choice(places) if rnd.random() < 0.3 else rnd.choice(pieces) for _ in range(500))
    found = [m.span() for m in text_heads.finditer(data.named, text, data.places)]
    assert found == [m.span() for m in data.named.finditer(text)] and len(found) > 100


def test_t005_a_cited_titles_issuer_by_a_short_name_or_without_renmin():
    text = "依据《某省财政厅、安徽省卫健委关于下达补助资金的通知》执行。"
    assert spans(t005, text) == [("安徽省卫健委", "安徽省卫生健康委员会")]
    text = "依据《中共重庆市委办公厅、重庆市政府办公厅关于印发〈某规定〉的通知》执行。"
    assert spans(t005, text) == [("重庆市政府办公厅", "重庆市人民政府办公厅")]
    assert spans(t005, "按照《国家卫健委关于做好某项工作的通知》执行。") == [("国家卫健委", "国家卫生健康委员会")]


def test_t005_passes_formal_issuers_usual_title_forms_and_short_names_outside_titles():
    assert not spans(t005, "依据《安徽省财政厅 安徽省卫生健康委员会关于下达资金的通知》执行。")
    assert not spans(t005, "依据《财政部 国家卫生健康委关于下达资金的通知》《省财政厅 省医保局关于下达资金的通知》执行。")
    assert not spans(t005, "依据《县委办公室 县政府办公室关于印发方案的通知》《市政府办公厅关于转发意见的通知》执行。")
    assert not spans(t005, "依据《重庆市人民政府办公厅关于印发规定的通知》执行，县卫健委、市发改委组织实施。")
    assert not spans(t005, "《重庆市政府投资项目管理办法》规定，报送《某市政府工作报告》。")  # no 关于: no issuer


def test_t006_passes_the_pages_title_bar():
    # The browser's title kept at a saved page's head joins the page's name and the site's words with "_".
    page = "某区财政信息公开_手机app下载专区\n当前位置：首页 > 部门决算\n某局2022年度部门决算说明\n"
    assert not spans(t006, page)


def test_t006_flags_an_acronym_past_the_title_bar_or_in_a_sentence():
    # The same words as the report's own text, far below the head, or a first line that is a sentence.
    below = "某局2022年度部门决算\n一、部门职责\n二、机构设置\n三、工作情况\n推广政务app平台_网上办理\n"
    assert spans(t006, below) == [("app", "APP")]
    assert spans(t006, "全年上线政务app平台_移动端，用户增长。\n") == [("app", "APP")]


def test_t006_passes_a_title_bar_run_into_the_trail():
    # A title bar not ending a sentence is joined to the navigation trail below it when breaks are read.
    page = "某县预算公开平台_手机app推荐\n您现在的位置：首页 > 部门预算 > 某局\n某局2021年度部门预算\n"
    assert not spans(t006, page)
    joined = "某县预算公开平台_手机app推荐您现在的位置：首页 > 部门预算 > 某局\n某局2021年度部门预算\n"
    assert not spans(t006, joined)
