"""N024: a 收入、支出 total printed as income plus spending of a balanced statement."""

from __future__ import annotations

from tests.check.findings import findings_of

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source


def _n024(text: str) -> list:
    return findings_of(text, "N024", only=["N024"])


def test_joint_total_twice_the_balanced_sides_is_reported_on_the_figure():
    text = "某中心2021年收支决算总额为3,051.40万元，较上年有所增加。\n收入决算总额1,525.70万元；支出决算总额1,525.70万元。"
    (f,) = _n024(text)
    assert text[f.start:f.end] == "3,051.40万元" and f.suggestion == "1,525.70万元"


def test_per_side_wording_or_unbalanced_sides_are_left_alone():
    assert _n024("收、支总计分别为1,525.70万元。\n收入总计1,525.70万元，支出总计1,525.70万元。") == []
    assert _n024("收支总计3,051.40万元。\n收入总计1,600.00万元，支出总计1,451.40万元。") == []
    assert _n024("收入、支出总计1,525.70万元。\n收入总计1,525.70万元，支出总计1,525.70万元。") == []


# ---- N006: an allocation cut or topped up in between is not a conflict ----

def _n006(text: str) -> list:
    return [f for f in check_source(source_from_text(text, kind="txt"), select_rules(["N006"])) if f.code == "N006"]


def test_amounts_before_and_after_a_stated_adjustment_do_not_conflict():
    before = "下达农村饮水安全维修养护补助资金96.40万元。\n"
    after = "下达农村饮水安全维修养护补助资金120.00万元，已全部拨付。\n"
    assert len(_n006(before + after)) == 1
    assert _n006(before + "其后追加23.60万元。\n" + after) == []
    assert len(_n006(before + after + "其后追加23.60万元。\n")) == 1  # stated after both: no explanation


def test_a_change_restated_in_yuan_is_the_slip_not_its_statement_in_wan_yuan():
    # one change told in 万元 and then in 元 (its 万 lost): the warning at 元, the first statement only shown
    text = ("2025年收入预算1778.37万元，比2024年增加170.77万元，主要是一般公共预算拨款增加170.77万元。\n"
            "2025年一般公共预算财政拨款收入1778.37万元，一般公共预算财政拨款支出1778.37万元，比2024年增加170.77元。\n")
    warned = [text[f.start:f.end] for f in _n006(text) if f.severity == "warning"]
    assert warned == ["170.77元"]


def test_a_reason_after_a_comparison_whose_year_lost_its_nian_is_read():
    # 较2024增加 (年 lost) still opens the comparison the reason's bare 增加了32.42万元 belongs to
    text = ("2025年收入预算1282.73万元，收入较2024增加39.39万元，主要是人员增加，一般公共预算拨款增加了32.42万元。\n"
            "2025年一般公共预算财政拨款收入1125.76万元，较2024年增加34.42万元。\n")
    assert {text[f.start:f.end] for f in _n006(text)} == {"32.42万元", "34.42万元"}
    assert _n006(text.replace("34.42", "32.42")) == []
