"""Classes read from round 27's held-out sets after their blind score was taken, written in our own words.

Each pairs the reading the checker must give with the slip of the same shape it must still report."""

from __future__ import annotations

from tests.check.findings import findings_of


# L005: a document-sharing site's line on a copied report says the page is a copy; nothing was replaced.
def test_a_document_sites_line_is_told_as_a_copy_not_a_planted_name():
    found = findings_of("某县水利局2023年部门决算.docx》由会员分享，可在线阅读，更多相关。\n", "L005")
    assert len(found) == 1 and "转载的副本" in found[0].message
    planted = findings_of("邵阳dafabet888官网内设机构包括办公室。\n", "L005")
    assert len(planted) == 1 and "替换了原来的单位" in planted[0].message


# W013: 不少于…以上 reads a comma as a thousands separator only before three digits.
def test_a_comma_before_the_next_items_figure_is_no_thousands_separator():
    assert findings_of("5亿元以上项目不少于5,10亿元以上项目不少于2个。", "W013") == []
    assert len(findings_of("资金超过1,000万元以上。", "W013")) == 1


# T007: 区委 is the short form of 区委员会 in one Party body's two names.
def test_a_party_bodys_short_and_full_names_are_one_name():
    text = ("中共某市某区委统一战线工作部2023年部门预算情况说明\n"
            "中共某市某区委员会统一战线工作部（以下简称区委统战部）为区委工作部门。\n")
    assert findings_of(text, "T007") == []


# W002: 全县县、乡、村道 is 全县 and a list of road levels, not a doubled 县.
def test_a_list_of_levels_after_its_own_level_is_no_doubled_character():
    assert findings_of("项目资金用于全县县、乡、村道公路日常养护。", "W002") == []
    assert len(findings_of("漷县镇镇水务所负责全镇供水。", "W002")) == 1  # a level typed twice before a body


# W004: a date that lost 年 and 月 after the page store's ASCII comma, and a seven-figure date on its own line.
def test_dates_that_lost_their_marks_after_a_comma_and_on_a_line_of_their_own():
    assert len(findings_of("提前下达1800万元,2019614日下达60万元。", "W004")) == 1
    assert findings_of("合计1,2021325日。", "W004") == []
    assert len(findings_of("某县公安局2019年度部门决算\n\n        2020817\n", "W004")) == 1


# D002: an entry readers differ on (刑释解教人员 after the 2013 repeal) is a hint; the others stay warnings.
def test_an_outdated_entry_marked_info_is_a_hint():
    from dataclasses import replace

    from gen.check.config import Config
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import run

    text = "负责刑释解教人员安置帮教工作，全面贯彻落实党的十九大精神。"
    found = [f for f in run(source_from_text(text), select_rules(), None, replace(Config(), year=2023)).findings
             if f.code == "D002"]
    assert sorted(f.severity for f in found) == ["info", "warning"]


# W004: a date whose 年 and 月 became blanks is one finding, in running text and on a date line of its own.
def test_a_spaced_date_is_reported_once():
    assert len(findings_of("本次专项检查于 2019 3 5日上午在县城开展。\n", "W004")) == 1
    assert len(findings_of("某县交通运输局2019年工作总结\n全年完成道路养护任务。\n某县交通运输局\n2019 7 8日\n", "W004")) == 1
