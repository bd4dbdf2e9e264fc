"""T rules: obsolete terms, self-references, other regions' names."""

from __future__ import annotations

from types import SimpleNamespace


from gen.check.context import CheckContext
from gen.check.gazetteer import gazetteer
from gen.check.identity import identity
from gen.check.rules import t001_obsolete_term as t001
from gen.check.rules import t002_self_reference as t002
from gen.check.rules import t003_other_region as t003


def run(mod, text, **kw):
    return list(mod.check(CheckContext(text, **kw)))



# --- identity and gazetteer


def test_identity_from_title_lines():
    ident = identity(CheckContext("2022 年度广州市荔湾区卫生健康局部门 整体支出绩效自评报告\n\n一、基本情况\n"))
    assert ident.name == "广州市荔湾区卫生健康局" and ident.year == 2022
    two_lines = identity(CheckContext("南岳区卫生健康局\n2022年度部门整体支出绩效评价报告\n一、基本情况\n"))
    assert two_lines.name == "南岳区卫生健康局" and two_lines.year == 2022
    table = identity(CheckContext("部门整体预算绩效目标申报表\n\n部门名称\t广州市花都区卫生健康局\t\t\n"))
    assert table.name == "广州市花都区卫生健康局" and table.year is None


def test_identity_prefers_data():
    data = SimpleNamespace(bureau=SimpleNamespace(name="高阳县卫生健康局", self_ref="我局", region=None), year=2021)
    ident = identity(CheckContext("某某报告\n一、情况\n", data=data))
    assert ident.name == "高阳县卫生健康局" and ident.year == 2021


def test_gazetteer_is_project_data_and_needs_no_cpca():
    import subprocess
    import sys

    # cpca (and the pandas it pulls in) made unimportable: the table is glossary/divisions.tsv.
    probe = (
        "import sys; sys.modules['cpca'] = None; sys.modules['pandas'] = None; "
        "from gen.check.gazetteer import gazetteer; g = gazetteer(); print(len(g.divisions), g.by_name['荔湾区'][0].code)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["3219", "440103000000"]
    g = gazetteer()
    assert len(g.divisions) > 3000
    assert max(g.own_places("广州市荔湾区卫生健康局"), key=lambda d: d.level).name == "荔湾区"
    assert [d.name for d in g.own_places("南岳区卫生健康局")] == ["南岳区"]
    tianhe = g.by_name["天河区"][0]
    assert not g.related(tianhe, g.own_places("广州市荔湾区卫生健康局"))
    assert g.related(g.by_name["广州市"][0], g.own_places("广州市荔湾区卫生健康局"))


def test_divisions_table_errors_name_file_and_line(tmp_path):
    import pytest

    from gen.check.gazetteer import read_divisions
    from gen.core.errors import UserError

    table = tmp_path / "divisions.tsv"
    table.write_text("# comment\n440103000000\t荔湾区\n44010\t天河区\n", encoding="utf-8")
    with pytest.raises(UserError, match="divisions.tsv 第3行"):
        list(read_divisions(table))


def test_gazetteer_disambiguates_by_city():
    own = gazetteer().own_places("北京市朝阳区卫生健康委员会")
    chaoyang = [d for d in own if d.name == "朝阳区"]
    assert len(chaoyang) == 1 and chaoyang[0].code.startswith("11")


# --- T001


def test_t001_obsolete_terms_in_a_2022_report():
    text = "2022年度南岳区卫生健康局部门整体支出绩效评价报告\n一、基本情况\n拟订全区卫生和计划生育事业发展政策，负责制定新型农村合作医疗发展规划。"
    found = run(t001, text)
    assert [f.suggestion for f in found] == ["卫生健康", "城乡居民基本医疗保险"]
    assert text[found[0].start : found[0].end] == "卫生和计划生育"


def test_t001_report_before_the_reform_is_left_alone():
    text = "2016年度某区卫生和计划生育局部门整体支出绩效报告\n一、基本情况\n新农合参合率98%。"
    assert not run(t001, text)


def test_t001_current_duty_and_historical_mentions_are_clean():
    text = (
        "2022年度某区卫生健康局报告\n一、基本情况\n负责计划生育管理和服务工作，落实计划生育奖励扶助制度。"
        "原区卫生计生局的职责划入我局。依据《国家卫生和计划生育委员会关于印发规范的通知》执行。"
        "开展卫生计生监督协管服务。"
    )
    assert not run(t001, text)


def test_t001_overlapping_entries_report_once():
    found = run(t001, "某区卫生健康局2022年度报告\n报市卫计委备案。")
    assert len(found) == 1 and found[0].suggestion == "卫健委"


def test_t001_budget_subject_without_yiban_and_the_renamed_loan():
    text = ("2021年度某县人社局部门决算\n一、基本情况\n其中：公共预算财政拨款收入80.5万元，"
            "政府性基金预算财政拨款收入2万元。负责小额担保贷款的审核工作。")
    found = run(t001, text)
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [("公共预算", "一般公共预算"), ("小额担保贷款", "创业担保贷款")]


def test_t001_full_subject_name_and_loan_history_are_clean():
    text = ("2021年度某县人社局部门决算\n一、基本情况\n其中：一般公共预算财政拨款收入80.5万元。"
            "原小额担保贷款已调整为创业担保贷款，全年发放创业担保贷款120万元。")
    assert not run(t001, text)


# --- T002


def test_t002_wrong_body_type_from_title():
    text = "南岳区卫生健康局\n2022年度部门整体支出绩效评价报告\n我局对部门整体支出进行了评价。基本支出系保障我厅机构正常运转。"
    found = run(t002, text)
    assert len(found) == 1 and text[found[0].start : found[0].end] == "我厅" and found[0].suggestion == "我局"


def test_t002_publisher_field_is_not_the_reporting_unit():
    # a site files a unit's report under its parent department (发布机构); the unit says 我中心 rightly
    head = "索引号 | 0001-2020-01 | 发布机构 | 某县民政局 |\n公开目录 | 自评报告 | 发布日期 | 2020-06-30 |\n"
    assert not run(t002, head + "一、项目基本情况\n某县殡葬服务中心争取资金20.00万元，我中心严格按制度使用。")
    # mixed self-references are still reported
    found = run(t002, head + "一、项目基本情况\n我中心严格使用资金，我中心完成公开，我局完成自评。")
    assert [f.suggestion for f in found] == ["我中心"]
    # a title line naming the body still decides
    found = run(t002, "某县民政局2020年度部门整体支出绩效自评报告\n一、基本情况\n我中心严格使用资金。")
    assert [f.suggestion for f in found] == ["我局"]


def test_t002_body_type_from_data():
    data = SimpleNamespace(bureau=SimpleNamespace(name="某市卫生健康委员会", self_ref="我委", region=None), year=2022)
    found = run(t002, "报告\n我局按要求完成了预算公开。", data=data)
    assert [f.suggestion for f in found] == ["我委"]


def test_t002_mixed_references_without_known_body():
    text = "绩效报告\n我委完成了公开。\n我委完成了评价。\n我局完成了采购。"
    found = run(t002, text)
    assert len(found) == 1 and text[found[0].start : found[0].end] == "我局"


def test_t002_words_containing_the_characters_are_not_self_references():
    text = "某市卫生健康委员会报告\n我委托第三方开展评价，克服自我局限，我委按要求完成了公开。"
    assert not run(t002, text)


# --- T003


LIWAN = "2022年度广州市荔湾区卫生健康局部门整体支出绩效自评报告\n一、基本情况\n"


def test_t003_slogan_of_a_sibling_district():
    found = run(t003, LIWAN + "推动实施健康天河、卫生强区战略。")
    assert len(found) == 1 and "健康天河" in found[0].message


def test_t003_other_bureau_as_subject():
    found = run(t003, LIWAN + "（一）部门职能\n广州市天河区卫生健康局是区政府工作部门。")
    assert len(found) == 1 and "天河区卫生健康局" in found[0].message


def test_t003_legitimate_mentions_of_other_places():
    text = (
        LIWAN
        + "推进健康荔湾、健康广州、健康广东、健康中国建设，保障老年人健康长寿。"
        + "配合天河区卫生健康局开展联合检查，组织党员赴湘潭韶山开展教育，送往南华附三医院治疗。"
    )
    assert not run(t003, text)


def test_t003_county_report_calling_itself_a_district():
    text = "高阳县卫生健康局绩效自评工作报告\n一、情况\n我县预算项目共87个，我区资金到位。"
    found = run(t003, text)
    assert len(found) == 1 and found[0].suggestion == "我县"


def test_t003_no_own_place_no_findings():
    assert not run(t003, "绩效自评报告\n一、情况\n推进健康天河建设，我区资金到位。")


def test_t001_renamed_bodies_and_terms_judged_by_report_year():
    """参合 (新农合 participation) and 物价部门 outlived their reforms in copied text."""
    later = "2021年度某县教育局部门整体支出绩效自评报告\n一、基本情况\n配合物价、卫生部门规范收费。全县参合人数逐年增加。"
    assert sorted(f.suggestion for f in run(t001, later)) == ["价格主管部门", "参保"]
    earlier = later.replace("2021年度", "2015年度")
    assert not run(t001, earlier)
    no_year = later.replace("2021年度", "")
    assert not run(t001, no_year)  # needs_year: unknown year, say nothing
    clean = "2021年度某县教育局报告\n一、基本情况\n物价总体平稳。原县物价局的职责已划入县发展和改革局。鼓励社会力量参合作办学。"
    assert not run(t001, clean)


def test_t001_more_reform_renamings_by_year():
    text = ("2023年度某县文化和旅游局部门整体支出绩效自评报告\n一、基本情况\n"
            "配合县公安消防大队检查景区，做好新冠肺炎疫情防控，协助县地税局、县旅游局和县卫生局工作。")
    got = sorted(f.suggestion for f in run(t001, text))
    assert got == sorted(["消防救援", "新冠病毒感染", "税务", "文化和旅游局", "卫生健康局"])
    assert not run(t001, text.replace("2023年度", "2016年度"))
    clean = ("2023年度某县文化和旅游局部门整体支出绩效自评报告\n一、基本情况\n"
             "配合县消防救援大队检查景区；2022年新冠肺炎疫情期间垫付的资金已结清；地税收入稳步增长；"
             "经国家税务总局某县税务局核定；原县旅游局的职责已划入县文化体育和旅游局。")
    assert not run(t001, clean)


# --- T004
def test_t004_lone_target_among_indicator_titles():
    from gen.check.rules import t004_indicator_category_name as t004

    text = "（一）产出指标\n1.数量指标：完成8公里。\n2.时效指标：按期完工。\n（二）效益指标\n3.可持续影响目标：长期受益。\n"
    assert [text[f.start:f.end] for f in run(t004, text)] == ["可持续影响目标"]
    assert not run(t004, "1.数量指标：完成8公里。\n2.可持续影响目标：长期受益。\n"), "one sibling is too few for a style"
    assert not run(t004, "1.数量指标：完成8公里。\n2.时效指标：按期完工。\n全面完成社会效益目标。\n")


# --- round 12: misnamed funds and bodies, and names a reform replaced (glossary/terms.yaml)


def _t001(text, year=None):
    from tests.check.findings import findings_of
    return [(f.severity, f.suggestion) for f in findings_of(text, "T001", year)]


def test_misnamed_fund_and_a_person_called_legal_person():
    assert _t001("表二：一般公开预算支出决算表\n") == [("warning", "一般公共预算")]
    assert _t001("中心是独立核算的事业单位，法人为张某同志。\n") == [("warning", "法定代表人")]
    assert _t001("表二：一般公共预算支出决算表。预算公开及时。\n") == []
    assert _t001("中心具有独立法人资格，法定代表人为张某同志。\n") == []


def test_names_a_reform_replaced_only_in_reports_after_it():
    old_fund = "本年收入中，一般预算内拨款300.00万元。\n"
    assert _t001(old_fund, 2023) == [("warning", "一般公共预算财政拨款")]
    assert _t001(old_fund, 2009) == [] and _t001(old_fund) == []
    assert _t001("争取中央预算内投资800万元。\n", 2023) == []
    exam = "负责国家司法考试的组织实施工作。\n"
    assert _t001(exam, 2021) == [("warning", "国家统一法律职业资格考试")]
    assert _t001(exam, 2017) == []
    assert _t001("两名干部通过国家司法考试。\n", 2021) == []
    insurance = "做好城乡居民合作医疗保险定点医疗机构工作。\n"
    assert _t001(insurance, 2022) == [("warning", "城乡居民基本医疗保险")]
    assert _t001(insurance, 2018) == []
    assert _t001("与省人民医院开展合作医疗项目。\n", 2022) == []
    assert _t001("承担省农业厅交办的其他工作任务。\n", 2021) == [("warning", "农业农村厅")]
    assert _t001("承担省农业厅交办的其他工作任务。\n", 2016) == []
    assert _t001("承担省农业农村厅交办的其他工作任务。\n", 2021) == []


def test_template_title_with_bare_three_public_expenses():
    assert _t001("七、一般公共预算财政拨款三公经费支出决算表\n") == [("warning", "“三公”经费")]
    assert _t001("七、一般公共预算财政拨款“三公”经费支出决算表\n") == []
    assert _t001("本年三公经费支出12.00万元，同比下降。\n") == []


def test_loose_statute_name_only_where_the_text_writes_the_standard_one():
    assert _t001("负责起草地方性法规草案；审查单行条例、地方法规草案。\n") == [("warning", "地方性法规")]
    assert _t001("审查单行条例、地方法规草案。\n") == []
