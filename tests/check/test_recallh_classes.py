"""Classes of defect shown by the second set of hand-annotated real reports (issue 12).

Every case is written for the project (no report text copied). Each class has
texts the rule must flag and near misses it must leave alone.
"""

from __future__ import annotations

from tests.check.findings import findings_of

from gen.check.config import Config
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run


def _findings(text: str, code: str, year: int | None = None) -> list:
    return findings_of(text, code, year)


# ---- S011: an item that lost its number ----

def test_orphan_item_after_numbered_list_gets_the_next_number():
    text = "附表目录\n八、项目支出表\n\n九、采购情况表\n\n    、资产情况表\n"
    found = _findings(text, "S011")
    assert [f.suggestion for f in found] == ["十、"]
    assert text[found[0].start] == "、"


def test_orphan_item_after_arabic_numbers():
    assert [f.suggestion for f in _findings("表格\n11、收入表\n、支出表\n", "S011")] == ["12、"]


def test_line_starting_with_dunhao_without_numbered_list_above_is_left_alone():
    assert not _findings("资金用于人员经费\n、公用经费和项目支出。\n", "S011")
    assert not _findings("附表目录\n九、采购情况表\n十、资产情况表\n", "S011")


# ---- P007: box-drawing characters standing for symbols ----

def test_single_double_line_in_a_form_cell_stands_for_equals():
    found = _findings("| 质量指标 | 验收合格率 | ═ | 100 | % | 100% | 10 | 10 |\n", "P007")
    assert [f.suggestion for f in found] == ["="]


def test_drawn_frames_and_runs_are_left_alone():
    assert not _findings("╔════╗\n║ 合计 ║\n╚════╝\n", "P007")
    assert not _findings("══════════\n二、支出情况\n", "P007")
    assert not _findings("| 质量指标 | 验收合格率 | = | 100 | % |\n", "P007")


# ---- P008: a coined term quoted in one place, bare in another ----

def test_bare_form_flagged_when_the_text_quotes_it_elsewhere():
    text = "一、“放管服”改革推进情况\n二、深化放管服改革的主要做法\n"
    found = _findings(text, "P008")
    assert [f.suggestion for f in found] == ["“放管服”改革"]
    assert found[0].severity == "info"


def test_bare_template_term_in_the_minority_is_a_warning():
    text = "本年三公经费支出12万元。\n九、财政拨款“三公”经费支出决算表\n"
    found = _findings(text, "P008")
    assert [(f.suggestion, f.severity) for f in found] == [("“三公”经费", "warning")]
    # the template's own title written bare beside a quoted one is the mix (P008), not T001's: one finding
    title = "七、财政拨款三公经费支出决算情况说明\n九、财政拨款“三公”经费支出决算表\n"
    assert [(f.suggestion, f.severity) for f in _findings(title, "P008")] == [("“三公”经费", "warning")]
    assert not _findings(title, "T001")
    # with no quoted form anywhere it is T001's (the template's title), and P008 has nothing to compare
    alone = "七、财政拨款三公经费支出决算情况说明\n"
    assert [f.suggestion for f in _findings(alone, "T001")] == ["“三公”经费"] and not _findings(alone, "P008")
    most_bare = "三公经费支出12万元，三公经费同比下降。\n九、财政拨款“三公”经费支出决算表\n"
    assert {f.severity for f in _findings(most_bare, "P008")} == {"info"}


def test_consistent_forms_and_book_titles_are_left_alone():
    assert not _findings("“放管服”改革持续推进，“放管服”改革成效明显。\n", "P008")
    assert not _findings("放管服改革持续推进，放管服改革成效明显。\n", "P008")
    assert not _findings("“放管服”改革持续推进，印发《关于深化放管服改革的意见》。\n", "P008")


# ---- W004: a year without 年 before a noun ----

def test_year_running_into_a_noun_is_flagged():
    found = _findings("二、2021部门决算情况说明\n", "W004")
    assert [f.suggestion for f in found] == ["2021年部门"]
    assert _findings("某中心2019绩效自评报告\n", "W004")


def test_years_with_nian_and_amounts_or_counts_like_years_are_left_alone():
    for text in ("二、2021年部门决算情况说明\n", "某中心2019年度绩效自评报告\n", "支出2021万元，接诊2022人次。\n",
                 "共有2020余户参保。\n", "依据某财〔2021〕8号文件执行。\n", "2019至2021年连续三年达标。\n"):
        assert not _findings(text, "W004"), text


# ---- D001: the pre-2002 form 有中国特色社会主义 ----

def test_old_form_of_socialism_with_chinese_characteristics_is_flagged():
    found = _findings("引导青年在建设有中国特色社会主义事业中建功立业。\n", "D001")
    assert [f.suggestion for f in found] == ["建设中国特色社会主义"]


def test_current_form_and_the_historical_theory_name_are_left_alone():
    assert not _findings("引导青年在建设中国特色社会主义事业中建功立业。\n", "D001")
    assert not _findings("回顾邓小平建设有中国特色社会主义理论的形成过程。\n", "D001")


# ---- T001: split 卫生、计生 before 发展规划 (dated name, judged by the report's year) ----

def test_split_health_family_planning_before_a_plan_is_flagged_after_the_reform():
    text = "2022年度某县卫生健康局部门决算\n一、主要职责\n制定乡村卫生、计生发展规划。\n"
    split = text.index("卫生、计生")

    def on_split(t):
        return [f for f in _findings(t, "T001") if f.start <= split < f.end]

    assert on_split(text)
    # in 2016 the split name was current; the title's 卫生健康局 is what a 2016 report could not have named
    # (T001's newer_name reading), a finding of its own on the title
    assert not on_split(text.replace("2022", "2016"))
    assert [text[f.start:f.end] for f in _findings(text.replace("2022", "2016"), "T001")] == ["卫生健康局"]


# ---- N020: changes and rates stated respectively (各/分别) ----

_RESPECTIVE = "2023年度收、支总计各是{a}万元。与2022年相比，收、支总计各减少{d}万元，各下降{r}。\n"


def test_truncated_rate_among_rounded_ones_is_a_warning_with_the_rounded_value():
    text = _RESPECTIVE.format(a="3000.00、6000.00", d="900.00、1300.00", r="23.08%、17.80%")
    found = _findings(text, "N020")
    # 900/3900 = 23.0769 is printed rounded (23.08); 1300/7300 = 17.8082 is printed truncated (17.80)
    assert [f.suggestion for f in found] == ["17.81%"]


def test_wrong_rate_is_an_error_and_right_rates_pass():
    wrong = _RESPECTIVE.format(a="3000.00、6000.00", d="900.00、1300.00", r="23.08%、25.00%")
    assert [(f.severity, f.suggestion) for f in _findings(wrong, "N020")] == [("error", "17.81%")]
    right = _RESPECTIVE.format(a="3000.00、6000.00", d="900.00、1300.00", r="23.08%、17.81%")
    assert not _findings(right, "N020")
    one = _RESPECTIVE.format(a="400.00", d="100.00", r="20.00%")
    assert not _findings(one, "N020")


def test_lists_of_different_length_or_previous_year_figures_are_left_alone():
    assert not _findings(_RESPECTIVE.format(a="3000.00、6000.00", d="900.00", r="23.08%、21.67%"), "N020")
    text = "上年收、支总计分别为3000.00万元、6000.00万元，本年分别增加900.00万元、1300.00万元，分别增长30.00%、21.67%。\n"
    assert not _findings(text, "N020")


# ---- B008: an indicator row that met its target but was docked points ----

def test_met_target_with_docked_score_is_flagged_at_the_score_cell():
    text = "| 产出指标 | 时效指标 | 补助发放及时率 | ≧ | 100 | % | 100% | 20 | 15 | |\n"
    found = _findings(text, "B008")
    assert [f.suggestion for f in found] == ["20"]
    assert text[found[0].start:found[0].end] == "15"
    assert _findings("成本指标\t每户补助\t≤\t800\t元\t760\t10\t6\n", "B008")


def test_missed_targets_full_marks_and_qualitative_rows_are_left_alone():
    for row in ("| 时效指标 | 补助发放及时率 | ≥ | 100 | % | 96% | 20 | 15 |",
                "| 时效指标 | 补助发放及时率 | ≥ | 100 | % | 100% | 20 | 20 |",
                "| 质量指标 | 验收合格率 | = | 100 | % | 99% | 20 | 18 |",
                "| 满意度指标 | 群众满意度 | ≥ | 90 | % | 满意 | 10 | 8 |",
                "| 成本指标 | 每户补助 | ≤ | 800 | 元 | 820 | 10 | 6 |"):
        assert not _findings(row + "\n", "B008"), row


# ---- W005: a budget compound that lost one character ----

def test_compound_missing_a_character_where_the_compound_fits():
    cases = {
        "本年项目支56.30万元，主要用于设备购置。\n": "项目支出",
        "县财政局关于印〈绩效管理办法〉的通知\n": "关于印发",
        "2024年央补助资金全部到位。\n": "中央补助",
        "二、机构设置及要工作\n（一）主要职能\n": "主要工作",
    }
    for text, word in cases.items():
        assert [f.suggestion for f in _findings(text, "W005")] == [word], text


def test_words_of_their_own_ellipses_and_full_compounds_are_left_alone():
    for text in ("本年项目支出56.30万元。\n", "完成重要工作，兼顾需要工作的人员。\n", "项目出现延误时及时调整。\n",
                 "财政拨款收、支总计均为300.00万元。\n", "（图2：收、支决算总计变动情况）\n",
                 "2024年预算安排已下达，县级补助资金到位。\n", "编制部门预决算并公开。\n"):
        assert not _findings(text, "W005"), text


def test_listed_typos_stay_with_w001():
    # 政拨款 is a listed typo (W001); W005 does not report it a second time
    found = run(source_from_text("四、政拨款收入支出决算总表\n", "t.txt"), select_rules(), None, Config()).findings
    assert "W005" not in {f.code for f in found}


# ---- W006: a body name cut before （本级） ----

def test_body_name_missing_its_last_character_before_own_level():
    text = "某县水利局2023年度部门决算\n预算单位包括：某县水利（本级）、某县水库管理所。\n"
    assert [f.suggestion for f in _findings(text, "W006")] == ["某县水利局"]


def test_whole_names_and_names_without_a_full_form_are_left_alone():
    assert not _findings("某县水利局2023年度部门决算\n预算单位包括：某县水利局（本级）。\n", "W006")
    assert not _findings("预算单位包括：某县水利（本级）。\n", "W006")


# ---- W007: the body repeats a run-in heading's words ----

def test_body_repeating_a_run_in_heading_is_flagged():
    text = "一、基本情况\n（二）机构设置。\n机构设置内设办公室、财务股两个股室。\n"
    found = _findings(text, "W007")
    assert [text[f.start:f.end] for f in found] == ["机构设置"]


def test_heading_noun_as_subject_or_label_is_left_alone():
    assert not _findings("一、基本情况\n（二）机构设置\n机构设置合理，内设两个股室。\n", "W007")
    assert not _findings("一、基本情况\n（二）机构设置。\n机构设置：内设两个股室。\n", "W007")


# ---- W008: a stray character between a figure and its unit ----

def test_stray_character_between_figure_and_unit_is_flagged():
    assert _findings("为0毛岁儿童建立健康档案。\n", "W008")
    assert _findings("知晓率达到90哈%。\n", "W008")


def test_ordinary_age_and_percent_forms_are_left_alone():
    assert not _findings("为0～6岁儿童、65周岁以上和70多岁老人、3至6岁幼儿服务，知晓率90%。\n", "W008")


# ---- W001 data: 依具 for 依据 ----

def test_yiju_homophone_is_flagged_but_not_yi_juti():
    assert _findings("目标设定依具充分。\n", "W001")
    assert not _findings("依具体情况处理。\n", "W001")


def test_comparator_in_the_target_cell_and_no_second_report_inside_a_recognised_form():
    assert _findings("| 质量指标 | 验收合格率 | ≥95% | 98% | 10 | 8 |\n", "B008")
    from gen.check.rules._form_examples import form

    text = form(training="≥500人 | 520人 | 50 | 45", total="100 | 94.5")
    assert _findings(text, "F001") and not _findings(text, "B008")


# ---- N021: shares stated respectively (分别占) ----

def test_respective_share_that_the_figures_contradict_is_an_error():
    text = "本年收入800.00万元，其中财政拨款收入、其他收入分别为600.00万元、200.00万元，分别占75.00%、20.00%。\n"
    assert [(f.severity, f.suggestion) for f in _findings(text, "N021")] == [("error", "25.00%")]


def test_respective_shares_that_close_or_lack_a_whole_are_left_alone():
    ok = "本年收入800.00万元，其中财政拨款收入、其他收入分别为600.00万元、200.00万元，分别占75.00%、25.00%。\n"
    assert not _findings(ok, "N021")
    assert not _findings("财政拨款收入、其他收入分别为600.00万元、200.00万元，分别占75.00%、20.00%。\n", "N021")


def test_a_character_written_in_place_of_the_last_is_not_called_missing():
    # 自平 for 自评 is a substitution (W001/W003's), not a lost character
    assert not _findings("我局开展绩效自平工作。\n", "W005")
