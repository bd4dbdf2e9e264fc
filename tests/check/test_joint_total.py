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
