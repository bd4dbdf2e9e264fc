"""False alarms of round 31 (sets r31ja … r31jd), each written as a class in our own words.

Each case gives the reading the checker must leave alone and, beside it, the slip of the same shape it must
still report, so that a fix cannot hide a real defect."""

from __future__ import annotations

from tests.check.findings import findings_of


def _on(text: str, code: str, line: str) -> list:
    """The findings of ``code`` on the line of ``text`` that holds ``line``."""
    at = text.index(line)
    return [f for f in findings_of(text, code) if at <= f.start < at + len(line)]


# W001: a flattened table row (budget, executed, their ratio) holds two amounts with their units; the blank
# between the columns is read through, but the ratio after the second amount is no share that lost its 占.
def test_a_flattened_row_of_two_amounts_and_a_rate_lost_no_zhan():
    text = "项目资金(万元)\n年度资金总额:  150.60万元 150.60万元 100%\n其中:市级补助  150.60万元 148.20万元 98.41%\n"
    assert not findings_of(text, "W001")


def test_an_amount_run_into_its_share_still_lost_its_zhan():
    text = "一般公共服务支出502.10万元，占27.08%；社会保障和就业支出206.53万元11.14%。"
    assert [f.suggestion for f in findings_of(text, "W001")] == ["万元，占"]


# W001: a title that holds its own quotes (整治“三公”经费) is shown with them turned to single ones, and a long
# title that only lost its 的通知 is shown by its end: the suggestion no longer reads as the text told twice.
def test_a_cited_title_with_inner_quotes_is_shown_nested_and_by_its_end():
    text = "根据县政府办公室《关于印发某县整治“三公”经费开支过大、严禁超预算安排支出工作方案》的要求执行。"
    found = findings_of(text, "W001")
    assert len(found) == 1
    assert found[0].message.startswith("“……安排支出工作方案”应为“……安排支出工作方案的通知”。")
    assert found[0].suggestion.endswith("工作方案的通知") and "“三公”" in found[0].suggestion


def test_a_short_title_with_inner_quotes_is_shown_with_single_ones_inside():
    found = findings_of("根据《关于印发“三公”经费管理办法》执行。", "W001")
    assert len(found) == 1
    assert found[0].message.startswith("“‘三公’经费管理办法”应为“‘三公’经费管理办法的通知”。")


# W018: 市容 is a word of its own (the city's appearance): 市容监督管理 is a duty, not 市场监督管理 misspelt.
def test_a_known_word_in_a_names_place_is_another_duty():
    assert not findings_of("（二）承担城市市容监督管理责任，做好市容市貌整治。", "W018")


def test_a_character_that_makes_no_word_is_still_a_misspelt_name():
    assert findings_of("县市场监管督理局开展食品抽检。", "W018")


# S017: the contents give the body's short name (市水务局概况), the body its full one (赣州市水务局概况).
def test_a_part_title_with_the_place_before_its_city_is_the_same_heading():
    text = ("目录\n第一部分 市水务局概况\n第二部分 2020年度部门决算表\n第三部分 2020年度部门决算情况说明\n"
            "第一部分 赣州市水务局概况\n一、部门职责\n第二部分 2020年度部门决算表\n第三部分 2020年度部门决算情况说明\n")
    assert not findings_of(text, "S017")


def test_a_part_title_with_another_word_is_still_reported():
    text = ("目录\n第一部分 单位概况\n第二部分 2020年度部门决算表\n第三部分 2020年度部门决算情况说明\n"
            "第一部分 部门概况\n一、部门职责\n第二部分 2020年度部门决算表\n第三部分 2020年度部门决算情况说明\n")
    assert findings_of(text, "S017")


# W011: 由 before a common word (由医院承担) is a preposition, not a slip for 中医院.
def test_a_preposition_before_a_word_is_no_swapped_character():
    assert not findings_of("在编人员工资70%由财政拨付，30%由医院自身承担。", "W011")


# W012: 有人管 closes on a verb whose subject is a person (事事有人管), no 管理 cut short.
def test_a_verb_after_its_person_ends_the_clause_whole():
    assert not findings_of("做到人人有事做，事事有人管。\n二是强化内部管理。\n", "W012")


def test_a_word_cut_after_a_phrase_is_still_reported():
    assert findings_of("九、国有资产占用情况说\n十、政府采购情况说明\n", "W012")


# W023: 副主任 and 主任 are two posts, not a character added or lost.
def test_a_deputys_post_beside_the_heads_is_no_slip():
    text = "根据县监察委员会主任的提名，任免县监察委员会副主任、委员。县监察委员会主任列席会议。县监察委员会主任另有任用。"
    assert not findings_of(text, "W023")


# N004: the list's third item closes its own name with 共计: its amount, not the sum of the first two.
def test_an_items_own_total_is_no_sum_of_the_items_before():
    text = ("2019年本县体育彩票公益金共计80万元，其组成如下：一是体彩销售地方分成20万元，二是省级体彩公益金50万元，"
            "三是中央彩票公益金支持地方体育事业经费共计10万元。")
    assert not findings_of(text, "N004")


def test_a_total_after_its_list_that_does_not_add_up_is_still_reported():
    assert findings_of("一是体彩销售地方分成20万元，二是省级体彩公益金50万元，合计80万元。", "N004")


# B001: a parent row left at 0 over its 其中 row is the slip: reported on the parent's cell, not on the part.
def test_a_parent_row_left_at_zero_is_reported_on_the_parent():
    text = ("项目 | 预算数 | 财政拨款 |\n合计 | 25.50 | 25.50 |\n1.公务接待费 | 3.20 | 3.20 |\n2.公务用车费 | 0 | 0 |\n"
            "其中:(1)公务用车运行维护费 | 22.30 | 22.30 |\n(2)公务用车购置 | 0 | 0 |\n")
    assert not _on(text, "B001", "其中:(1)公务用车运行维护费 | 22.30 | 22.30 |")
    assert len(_on(text, "B001", "2.公务用车费 | 0 | 0 |")) == 2


def test_a_part_larger_than_its_filled_parent_is_still_reported_on_the_part():
    text = ("| 项目 | 金额（万元） |\n|---|---|\n| 基本支出 | 592.78 |\n| 其中：人员经费 | 650.11 |\n"
            "| 项目支出 | 100.00 |\n| 合计 | 692.78 |")
    assert _on(text, "B001", "| 其中：人员经费 | 650.11 |")
