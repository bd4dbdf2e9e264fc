"""Classes found on a sweep of 2024–2025 reports (p19a): false alarms narrowed, one missed defect added.

Every sentence is written for the project (no report text copied).
"""

from __future__ import annotations

from tests.check.findings import findings_of


def _spans(text: str, code: str) -> list[str]:
    return [text[f.start:f.end] for f in findings_of(text, code)]


# ---- N004: a run of head counts after the staff in post goes on to the retired ----

def test_staff_in_post_whose_leading_categories_close_it_ignores_the_retired_after_them():
    text = "年底在职人员总数120人，其中：行政人员15人，工勤人员5人，事业人员100人，其他人员8人，离退休人员64人。\n"
    assert not findings_of(text, "N004")


def test_staff_in_post_whose_categories_before_the_retired_exceed_it_is_still_reported():
    text = "年底在职人员总数120人，其中：行政人员15人，工勤人员5人，事业人员104人，离退休人员64人。\n"
    assert _spans(text, "N004") == ["120人"]


def test_a_list_of_posts_that_never_reaches_the_retired_is_judged_whole():
    text = "年底在职人员总数120人，其中：行政人员15人，工勤人员5人，事业人员100人，其他人员8人。\n"
    assert _spans(text, "N004") == ["120人"]


def test_people_on_the_books_include_the_retired():
    # 实有人数 counts the retired too: three on the books cannot hold three in post and three retired
    text = "本单位年末实有人数4人，其中在职人员4人，离休人员0人，退休人员4人。\n"
    assert _spans(text, "N004") == ["4人"]


# ---- W020: 国有资产“占用”使用情况 is a recognised heading, as “占有” is ----

def test_state_assets_heading_with_zhanyong_is_not_a_typo():
    assert not findings_of("（六）国有资产占用使用情况说明\n", "W020")
    assert _spans("（六）国有资产占有使用清况说明\n", "W020") == ["国有资产占有使用清况说明"]


# ---- N020: totals stated apart, then changed respectively ----

def test_respective_rates_of_totals_stated_apart_are_recomputed():
    text = ("全年收入总计860.00万元，支出总计700.00万元，与上年相比，收入、支出总计各增加60.00万元、100.00万元，"
            "增长6.52%、12.50%。\n")  # each change taken on this year's figure plus the change
    assert _spans(text, "N020") == ["6.52", "12.50"]


def test_respective_rates_of_totals_stated_apart_that_agree_are_left_alone():
    text = ("全年收入总计860.00万元，支出总计700.00万元，与上年相比，收入、支出总计各增加60.00万元、100.00万元，"
            "增长7.50%、16.67%。\n")
    assert not findings_of(text, "N020")


def test_names_not_stated_before_the_change_are_not_guessed():
    text = "全年收入860.00万元，与上年相比，收入、支出总计各增加60.00万元、100.00万元，增长6.98%、12.50%。\n"
    assert not findings_of(text, "N020")


# ---- a copy that breaks off: the last line cut, not misspelt (S001, P009) ----

def test_a_table_row_cut_before_its_first_bar_at_the_copys_end_is_no_heading():
    head = "第二部分 决算表\n一、收入支出决算总表\n项目 | 行次 | 金额 |\n栏次 | 1 | 2 |\n一、本年收入合计"
    assert not findings_of(head, "S001")
    # the same line closed by its break was written whole: a repeated number, reported
    assert _spans(head + "\n", "S001") == ["一、"]


def test_a_duty_cut_after_its_comma_at_the_copys_end_is_no_heading_ending_in_one():
    cut = "（三）负责起草有关规章草案。\n（四）承担规章的解释、"
    assert not findings_of(cut, "P009")
    assert _spans(cut + "\n", "P009") == ["、"]


# ---- N004: a budget subject's class followed by its own item with the same amount ----

def test_a_class_then_its_item_of_the_same_amount_is_one_part():
    text = ("本年预算支出200.00万元，其中：文化旅游体育与传媒支出150.00万元，图书馆支出150.00万元，"
            "社会保障和就业支出30.00万元，住房保障支出20.00万元。\n")
    assert not findings_of(text, "N004")


def test_a_class_then_its_item_still_reported_when_the_rest_misses_the_total():
    text = ("本年预算支出200.00万元，其中：文化旅游体育与传媒支出150.00万元，图书馆支出150.00万元，"
            "社会保障和就业支出40.00万元，住房保障支出20.00万元。\n")
    assert _spans(text, "N004") == ["200.00万元"]


def test_two_equal_parts_that_are_no_class_and_item_are_both_counted():
    assert _spans("核定编制30人，其中：行政编制10人，事业编制10人，工勤编制20人。\n", "N004") == ["30人"]
