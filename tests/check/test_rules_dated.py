"""Dated wording: reform names (T001) and political formulations (D001, D002) judged by the report's year."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.check.context import CheckContext
from gen.check.identity import identity
from gen.check.rules import d001_formulation_form as d001
from gen.check.rules import d002_outdated_formulation as d002
from gen.check.rules import t001_obsolete_term as t001
from gen.cli import cli as main
from gen.core import glossary
from gen.core.errors import UserError
from gen.core.resources import data_dir


def run(mod, text, **kw):
    return list(mod.check(CheckContext(text, **kw)))


def test_year_from_body_when_title_has_none():
    text = "某县农业农村局报告\n现将2019年度部门整体支出绩效自评情况报告如下：\n一、基本情况\n"
    assert identity(CheckContext(text)).year == 2019


def test_year_option_wins_over_text():
    text = "2018年度某县报告\n一、基本情况\n"
    assert identity(CheckContext(text, config={"year": 2023})).year == 2023


def test_nineteenth_congress_is_current_only_before_2023():
    body = "一、基本情况\n全面贯彻落实党的十九大精神，扎实推进各项工作。\n"
    assert not run(d002, "2022年度某局报告\n" + body)
    found = run(d002, "2023年度某局报告\n" + body)
    assert [f.suggestion for f in found] == ["贯彻落实党的二十大精神"]
    assert not run(d002, "某局报告\n" + body), "unknown year: precision first, say nothing"


def test_reform_names_judged_by_year_and_spared_when_unknown():
    body = "一、职责\n负责全县国土资源行政执法，配合县安监局开展检查，由县农业局组织验收。\n"
    assert not run(t001, "2017年度某县报告\n" + body)
    found = run(t001, "2021年度某县报告\n" + body)
    assert [f.suggestion for f in found] == ["自然资源", "应急管理", "农业农村局"]
    assert not run(t001, "某县报告\n" + body)


def test_health_and_family_planning_spellings():
    body = "一、职责\n县卫计生局牵头，做好卫生计划生育工作，全镇卫生、计生工作有序开展，卫计局备案。\n"
    found = run(t001, "2021年度某县报告\n" + body)
    assert [f.suggestion for f in found] == ["卫生健康", "卫生健康", "卫生健康", "卫健"]


def test_formulation_forms():
    text = ("2024年度某局报告\n一、情况\n坚持以习近平新时代中国特色社会主义为指导，学习贯彻党的二十大报告精神和二十大三中全会精神，"
            "增强政治意识、大局意识、看齐意识、核心意识，全面贯彻落实党的二十大，扎实工作。\n")
    sugg = [f.suggestion for f in run(d001, text)]
    assert sugg == ["习近平新时代中国特色社会主义思想", "党的二十大精神", "二十届三中全会",
                    "四个意识（政治意识、大局意识、核心意识、看齐意识）", "贯彻落实党的二十大精神"]
    good = ("2024年度某局报告\n一、情况\n坚持以习近平新时代中国特色社会主义思想为指导，学习贯彻党的二十大和二十届三中全会精神，"
            "增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信，坚决做到“两个维护”。\n")
    assert not run(d001, good)


def test_cli_year_option(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("某局报告\n一、情况\n全面贯彻落实党的十九大精神，扎实推进各项工作。\n", encoding="utf-8")
    plain = CliRunner().invoke(main, ["check", str(report), "--select", "D"])
    dated = CliRunner().invoke(main, ["check", str(report), "--select", "D", "--year", "2023"])
    assert "D002" not in plain.output and "D002" in dated.output
    bad = CliRunner().invoke(main, ["check", str(report), "--year", "23"])
    assert bad.exit_code == 2


def test_dated_entries_name_their_source():
    g = glossary.load()
    for entry in g.formulations + g.outdated:
        assert entry.source, entry.id
    # an entry dated by the report's year never fires without one; an entry with no year of its own
    # (2023年是党的二十大召开之年: the year stands in the matched text) is dated by the text itself
    assert all(e.needs_year for e in g.outdated if e.from_year is not None or e.until_year is not None)
    undated = [e for e in g.outdated if e.from_year is None and e.until_year is None]
    assert all(not e.needs_year and e.source for e in undated)


def test_dated_file_without_source_fails_to_load(tmp_path):
    folder = tmp_path / "glossary"
    shutil.copytree(Path(data_dir("glossary")), folder)
    path = folder / "outdated.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    source: 党的二十次全国代表大会于2022年10月16日至22日召开\n", ""),
                    encoding="utf-8")
    glossary.load.cache_clear()
    try:
        with pytest.raises(UserError, match="source"):
            glossary.load(str(folder))
    finally:
        glossary.load.cache_clear()


def test_d002_last_five_year_plan_spoken_of_as_current():
    from gen.check.context import CheckContext
    from gen.check.rules import d002_outdated_formulation as d002

    def found(text):
        return [f.suggestion for f in d002.check(CheckContext(text))]

    head = "2023年度某县卫生健康局部门整体支出绩效自评报告\n一、基本情况\n"
    assert found(head + "扎实推进“十三五”规划实施。") == ["推进“十四五”规划"]
    assert found(head + "“十三五”期间累计投入资金。全面完成“十三五”规划目标任务。") == []
    assert found(head.replace("2023", "2019") + "扎实推进“十三五”规划实施。") == []


def test_d002_poverty_alleviation_listed_as_a_current_duty():
    head = "2022年度某镇人民政府部门整体支出绩效自评报告\n一、部门职责\n"
    duty = "社会事务办公室负责民政、扶贫开发和产业扶贫等职责。"
    assert [f.suggestion for f in run(d002, head + duty)] == ["巩固拓展脱贫攻坚成果", "产业振兴"]
    assert not run(d002, head.replace("2022", "2020") + duty), "before the transition the duty was current"
    assert not run(d002, head + "加强扶贫项目资产后续管理，原扶贫开发职责已划转。"), "not a duty, or named as former"


def test_t001_head_count_measured_in_ge():
    head = "2023年度某县人社局项目支出绩效自评表\n"
    found = run(t001, head + "数量指标 培训人数 =120个 120\n实有人数6人，编制人数7个。\n")
    assert [f.suggestion for f in found] == ["人数 =120人"]
    assert not run(t001, head + "参训人数覆盖9个乡镇，服务人数为3个月累计数。\n")


def test_t001_percent_written_as_the_word_for_it():
    head = "2023年度某县审计局项目支出绩效自评表\n"
    assert [f.suggestion for f in run(t001, head + "合格率 ≥98百分比 98\n")] == ["98%"]
    assert not run(t001, head + "合格率 ≥98% 98，较上年提高2个百分点。\n")


def test_d002_nineteenth_congress_report_and_poverty_work_as_current():
    head = "2024年度某县财政局部门整体支出绩效自评报告\n一、基本情况\n"
    text = "为贯彻落实党的十九大报告的部署，抓好驻村扶贫工作。"
    assert [f.suggestion for f in run(d002, head + text)] == ["贯彻落实党的二十大精神", "驻村帮扶"]
    assert not run(d002, head.replace("2024", "2020") + text), "both were current then"
    assert not run(d002, head + "党的十九大报告指出要全面实施绩效管理。脱贫攻坚期间，单位派出驻村扶贫工作队。")


def test_d001_two_upholds_with_the_core_cut_short():
    assert [f.suggestion for f in run(d001, "坚决维护习近平总书记的核心地位，坚决维护党中央权威。")] == [
        "习近平总书记党中央的核心、全党的核心地位"]
    assert not run(d001, "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威。")


def test_t001_fixed_names_written_short_or_with_a_head():
    head = "2023年度某县文化旅游局部门整体支出绩效自评报告\n"
    found = run(t001, head + "依据国家财政部的通知，安排非物质文化保护经费，基金收支平衡、略有节余。")
    assert [f.suggestion for f in found] == ["财政部", "非物质文化遗产", "略有结余"]
    assert not run(t001, head + "依据财政部的通知，国家财政部门、中央财政部分资金、物质文化和非物质文化遗产保护、"
                               "略有结余、节余资金均按规定处理。")


def test_t001_comprehensive_management_of_public_security_renamed_back():
    text = "调查研究社会管理综合治理重大问题。"
    assert [f.suggestion for f in run(t001, "2019年度某县委政法委部门整体支出绩效自评报告\n" + text)] == ["社会治安综合治理"]
    assert not run(t001, "2013年度某县委政法委部门整体支出绩效自评报告\n" + text)


# ---- D005: 全县 in a district's own report ----

def _d005(text):
    from gen.check.rules import d005_county_words_in_district as d005
    return [(f.message, f.suggestion) for f in d005.check(CheckContext(text))]


def test_district_report_speaking_of_the_county_is_flagged():
    # a district of the gazetteer's table, and one only glossary/renamed_places.yaml knows (渌口区, 2018)
    found = _d005("广州市荔湾区卫生健康局2022年度部门整体支出绩效自评报告\n一、部门职责\n负责本县卫生健康工作。\n")
    assert found and found[0][1] == "本区" and "荔湾区" in found[0][0]
    assert [s for _, s in _d005("渌口区水利局2019年度部门决算\n一、职责\n根据县委县政府部署开展工作。\n")] == ["区委区政府"]


def test_county_bodies_named_places_and_history_are_left_alone():
    assert not _d005("某县水利局2019年度部门决算\n一、职责\n负责全县水利工作。\n")
    # a county's development zone is no district of the gazetteer
    assert not _d005("桃江县经济开发区管理委员会2021年度部门决算\n一、职责\n服务全县招商引资。\n")
    assert not _d005("渌口区水利局2019年度部门决算\n一、沿革\n撤县设区前，本局负责全县水利工作。\n")
    assert not _d005("渌口区水利局2019年度部门决算\n一、依据\n根据株洲县县委、县政府的决定成立。\n")
    # no body in the title: nothing to judge by
    assert not _d005("部门决算说明\n一、职责\n负责全县水利工作。\n")


def test_municipality_without_counties_still_writing_districts_and_counties():
    found = _d005("北京市档案局2018年度部门决算\n一、职责\n负责监督指导区县档案局（馆）。\n")
    assert [s for _, s in found] == ["区"] and "2015" in found[0][0]
    assert _d005("上海市普陀区民防办公室2022年度部门决算\n一、职责\n指导区（县）民防工作。\n")
    # the year of the change or before, Chongqing (counties still), history, or no year: left alone
    assert not _d005("北京市档案局2015年度部门决算\n一、职责\n负责监督指导区县档案局（馆）。\n")
    assert not _d005("重庆市档案局2018年度部门决算\n一、职责\n负责监督指导区县档案局（馆）。\n")
    assert not _d005("北京市档案局2018年度部门决算\n一、沿革\n撤县设区以前，负责监督指导区县档案局。\n")
    assert not _d005("北京市档案局部门决算\n一、职责\n负责监督指导区县档案局（馆）。\n")
