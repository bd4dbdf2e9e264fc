"""Number statements the text's own figures contradict (issue 12, fourth set of real reports).

Every case is written for the project (no report text copied): a comparison in
words that the sentence's figures contradict, and near misses each rule must
leave alone.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.check.findings import findings_of


def _spans(text: str, code: str) -> list[str]:
    return [text[f.start:f.end] for f in findings_of(text, code)]


# ---- N025: a comparison in words that the sentence's figures contradict ----

def test_variance_phrase_copied_to_a_line_whose_figures_are_equal():
    text = ("一、支出决算情况说明\n"
            "1.教育支出年初预算数为260.00万元，支出决算为281.35万元，完成年初预算的108.21%，决算数大于预算数的主要原因是追加资金。\n"
            "2.农林水支出年初预算数为73.90万元，支出决算为73.90万元，完成年初预算的100.00%，决算数大于预算数的主要原因是追加资金。\n")
    assert _spans(text, "N025") == ["决算数大于预算数"]
    assert "73.90" in findings_of(text, "N025")[0].message


def test_comparison_judged_on_a_rate_of_one_side_over_the_other():
    assert _spans("文化旅游体育与传媒支出支出决算为46.1万元，完成预算93.8%，决算数大于预算数。\n", "N025") == ["决算数大于预算数"]
    assert not _spans("文化旅游体育与传媒支出支出决算为46.1万元，完成预算93.8%，决算数小于预算数。\n", "N025")


def test_income_and_spending_compared_in_words():
    assert _spans("2023年本年收入合计1,204.5万元，本年支出合计1,180.2万元，支出大于收入。\n", "N025") == ["支出大于收入"]
    assert not _spans("2023年本年收入合计1,204.5万元，本年支出合计1,180.2万元，收入大于支出。\n", "N025")
    # amounts in 元 and 万元 compare in one unit
    assert _spans("本年收入1,250,000元，本年支出118.00万元，收入少于支出。\n", "N025") == ["收入少于支出"]


def test_comparisons_that_are_not_a_statement_of_the_sentences_figures_are_left_alone():
    # the figures are in the sentence before: the comparison may speak of another line
    assert not _spans("年初预算数为73.90万元，支出决算为73.90万元。决算数大于预算数的主要原因是追加资金。\n", "N025")
    # a bound, a plan or a condition
    assert not _spans("年初预算数为73.90万元，支出决算为80.10万元，支出决算未超过预算数。\n", "N025")
    assert not _spans("本年收入86.4万元，本年支出91.2万元，防止支出大于收入。\n", "N025")
    # 基本持平 is an approximation, not equality
    assert not _spans("年初预算数为80.00万元，支出决算为79.10万元，决算数与预算数基本持平。\n", "N025")
    # the two budgets of the sentence disagree: which one is compared is not known
    assert not _spans("年初预算数为80.00万元，调整后预算数为95.00万元，支出决算为92.50万元，决算数小于预算数。\n", "N025")


def test_comparisons_file_proves_its_examples(tmp_path, monkeypatch):
    from gen.check import comparisons as cmp
    from gen.core.datafile import DataFileError

    src = (cmp.data_dir("glossary") / "comparisons.yaml").read_text(encoding="utf-8")
    (tmp_path / "comparisons.yaml").write_text(src.replace("  less: [小于, 低于, 少于]", "  less: [低于, 少于]"),
                                               encoding="utf-8")
    monkeypatch.setattr(cmp, "data_dir", lambda name: tmp_path)
    cmp.comparison_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match="应被发现，却没有发现"):
            cmp.comparison_words()
    finally:
        cmp.comparison_words.cache_clear()


# ---- N014: shares that make 100% prove a list complete whose whole is in the sentence before ----

def test_shares_name_their_whole_among_the_amounts_of_the_sentence_before():
    text = ("2.收入情况。2023年度收入合计318.40万元，较上年减少21.06万元，主要原因是专项经费减少9.5万元。"
            "其中：财政拨款收入246.12万元，占77.3%；事业收入72.2万元，占22.7%。\n")
    assert _spans(text, "N014") == ["318.40万元"]
    closing = text.replace("72.2万元", "72.28万元")
    assert not _spans(closing, "N014")


def test_a_figure_printed_with_fewer_decimals_among_two_decimal_ones_is_read_with_its_zero_dropped():
    """78.3 among 113.68 and 192.01 is 78.30: the parts 113.68 + 78.30 are 0.03 short of 192.01,
    beyond the 0.015 three two-decimal figures allow; an approximate figure keeps its own slack."""
    from gen.check.context import CheckContext
    from gen.check.numbers_text import items, sum_slack

    figs = items(CheckContext("财政拨款收入113.68万元，事业收入78.3万元，收入合计192.01万元。"))
    assert sum_slack(figs) == Decimal("0.015")
    figs = items(CheckContext("财政拨款收入113.68万元，事业收入约78.3万元，收入合计192.01万元。"))
    assert sum_slack(figs) == Decimal("0.06")


# ---- N014: a list repeating, kind for kind, a list just before it that closed ----

def test_staff_in_post_listed_by_the_quota_kinds_that_closed_must_close_too():
    text = ("截至年末，本局编制总数22个，其中：行政编制9个、参公编制5个、工勤编制8个。"
            "在职人员总数21人，其中：行政编制人员9人、参公编制人员4人、工勤编制人员7人。\n")
    assert _spans(text, "N014") == ["21人"]
    assert not _spans(text.replace("工勤编制人员7人", "工勤编制人员8人"), "N014")


def test_money_spent_by_the_sources_it_was_allocated_from_must_close():
    text = ("下达资金120.00万元，其中中央资金70.00万元、省级资金50.00万元。"
            "已支出96.00万元，其中中央资金60.00万元、省级资金30.00万元。\n")
    assert _spans(text, "N014") == ["96.00万元"]


def test_lists_that_do_not_repeat_a_closed_list_are_left_alone():
    # other kinds (by sex), the first list short of its whole, or the rest named
    assert not _spans("编制总数22个，其中行政编制9个、事业编制13个。在职人员21人，其中男性9人、女性10人。\n", "N014")
    assert not _spans("编制总数22个，其中行政编制9个、事业编制10个。在职人员21人，其中行政编制人员9人、事业编制人员10人。\n",
                      "N014")
    assert not _spans("编制总数22个，其中行政编制9个、事业编制13个。在职人员21人，其中行政编制人员9人、事业编制人员10人，"
                      "其余为借调人员。\n", "N014")
    # another paragraph
    assert not _spans("编制总数22个，其中行政编制9个、事业编制13个。\n在职人员21人，其中行政编制人员9人、事业编制人员10人。\n",
                      "N014")


# ---- N012: projects counted, then listed with their amounts later in the sentence ----

def test_projects_counted_then_listed_with_amounts_after_baokuo():
    text = ("我单位2023年项目支出共6个，年初预算数812.40万元，支出数790.15万元，包括：村级公益设施维护资金300.00万元、"
            "乡村医生补助经费120.50万元、防汛物资储备经费80.00万元、农村饮水安全维修资金150.00万元，"
            "技术培训经费61.90万元。\n")
    assert _spans(text, "N012") == ["6"]
    assert "5个" in findings_of(text, "N012")[0].message
    assert not _spans(text.replace("共6个", "共5个"), "N012")
    # amounts in thousands with separators are one item each
    assert not _spans("实施项目共2个，包括：甲资金1,200.00万元、乙资金300.00万元。\n", "N012")
    # a count of something else before the list: not the projects listed
    assert not _spans("覆盖12个乡镇，下达资金450.00万元，包括：设备购置资金300.00万元、培训经费150.00万元。\n", "N012")


# ---- N006: parts in brackets after a whole are that whole's parts, not the report's one figure ----

def test_parts_in_brackets_after_two_budgets_are_not_one_figure_stated_twice():
    text = ("年初预算批复2,640万元（基本支出1,820万元、项目支出820万元），年中追加412.5万元，"
            "全年预算3,052.5万元（基本支出1,902.3万元、项目支出1,150.2万元）。\n")
    assert not _spans(text, "N006")
    # stated twice outside brackets, the conflict is still reported
    assert _spans("基本支出1,820万元。\n……\n基本支出1,902.3万元。\n", "N006") == ["1,902.3万元"]


# ---- N005: a change on a named base year or on last year's final accounts ----

def test_change_on_a_named_base_year_or_last_years_final_accounts():
    text = "2022年日常公用经费88.40万元。\n2023年日常公用经费76.15万元，较2022年度增加12.25万元。\n"
    assert _spans(text, "N005") == ["12.25万元"]
    assert not _spans(text.replace("增加", "减少"), "N005")
    text = "上年日常公用经费88.40万元。\n日常公用经费76.15万元，较上年决算数增加12.25万元。\n"
    assert _spans(text, "N005") == ["12.25万元"]


def test_a_figure_compared_with_the_standard_right_after_it():
    assert _spans("受益群众满意度为87.5%，高于年度指标值90%。\n", "N025") == ["高于年度指标值90%"]
    assert _spans("资金拨付率98%，低于95%的控制目标。\n", "N025") == ["低于95%"]
    # agreeing, a bound (不高于), a difference in points, a modifier of another noun
    assert not _spans("受益群众满意度为97.5%，高于年度指标值90%。\n", "N025")
    assert not _spans("受益群众满意度为87.5%，不高于年度指标值90%。\n", "N025")
    assert not _spans("受益群众满意度为87.5%，高于上年3个百分点。\n", "N025")
    assert not _spans("下达资金80万元，超过100万元的项目另行审批。\n", "N025")


def test_n012_names_the_body_listed_twice_when_that_is_the_whole_difference():
    from gen.check.context import CheckContext
    from gen.check.rules import n012_count_vs_items as n012

    found = list(n012.check(CheckContext("本局内设 4个科室，即办公室、财务科、法规科、人事科、办公室。")))
    assert [(f.message.endswith("其中“办公室”重复列出"), f.suggestion) for f in found] == [(True, None)]
    found = list(n012.check(CheckContext("本局内设 4个科室，即办公室、财务科、法规科、人事科、档案室。")))
    assert [f.suggestion for f in found] == ["5"]
