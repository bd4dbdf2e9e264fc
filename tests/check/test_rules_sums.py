"""Sums that must close (N009, N010), rounding (N011), counts (N012), allocations (N006).

The rules' flag/keep examples run in test_rule_examples.py; these add what the
examples do not show: figures pages apart, the glossary's self-proof, the
rounding configuration, tolerance at the printed precision.
"""

from __future__ import annotations

import pytest

from gen.check import sums
from gen.check.config import load_config
from gen.check.context import CheckContext
from gen.check.rules import (
    n006_conflicting_values,
    n009_sum_identity,
    n010_shares_total,
    n011_truncated_share,
    n012_count_vs_items,
    n014_breakdown_closes,
)
from gen.core.errors import UserError


def spans(module, text, config=None):
    ctx = CheckContext(text, config=config or {})
    return [text[f.start:f.end] for f in module.check(ctx)]


def test_identity_across_paragraphs_too_much_and_too_little():
    base = "（一）收支情况\n2022年基本支出592.78万元，项目支出126.30万元。\n（二）基本支出\n人员经费{}万元，日常公用经费42.67万元。\n"
    assert spans(n009_sum_identity, base.format("550.11")) == []
    assert spans(n009_sum_identity, base.format("560.11")) == ["592.78万元"]  # too much
    assert spans(n009_sum_identity, base.format("540.11")) == ["592.78万元"]  # too little


def test_identity_tolerance_and_units():
    # 0.5 万元 of slack for whole-万元 figures; 元 figures convert to 万元
    assert spans(n009_sum_identity, "基本支出593万元。人员经费550.11万元，日常公用经费42.67万元。") == []
    assert spans(n009_sum_identity, "基本支出5,927,800元。人员经费5,501,100元，日常公用经费426,700元。") == []
    assert spans(n009_sum_identity, "基本支出5,927,800元。人员经费5,501,100元，日常公用经费436,700元。") == ["5,927,800元"]


def test_identity_previous_year_not_mixed_with_this_year():
    text = "上年基本支出640.58万元。人员经费550.11万元，日常公用经费42.67万元。"
    assert spans(n009_sum_identity, text) == []


def test_shares_must_make_100_within_printed_precision():
    assert spans(n010_shares_total, "人员经费占基本支出的92.8%，日常公用经费占基本支出的7.2%。") == []
    assert spans(n010_shares_total, "人员经费占基本支出的92.80%，日常公用经费占基本支出的7.21%。") == ["92.80%"]
    assert spans(n010_shares_total, "人员经费占基本支出的93%，日常公用经费占基本支出的7%。") == []
    # N001 already reports a share its amounts contradict
    text = "基本支出592.78万元。人员经费550.11万元，占基本支出的92.80%；日常公用经费42.67万元，占基本支出的7.80%。"
    assert spans(n010_shares_total, text) == []


TRUNCATED_ONCE = ("本年支出1000.00万元，其中基本支出280.04万元，占本年支出的28.00%；"
                  "项目支出719.96万元，占本年支出的71.99%。")


def test_truncation_flagged_unless_configured():
    assert spans(n011_truncated_share, TRUNCATED_ONCE) == ["71.99%"]
    assert spans(n011_truncated_share, TRUNCATED_ONCE, {"rounding": "truncate"}) == []
    ctx = CheckContext(TRUNCATED_ONCE)
    (finding,) = n011_truncated_share.check(ctx)
    assert finding.suggestion == "72.00%"


def test_rounding_configuration_is_read_and_checked(tmp_path):
    (tmp_path / "jixiao.toml").write_text('rounding = "truncate"\n', encoding="utf-8")
    assert load_config(start=tmp_path).rounding == "truncate"
    (tmp_path / "jixiao.toml").write_text('rounding = "floor"\n', encoding="utf-8")
    with pytest.raises(UserError) as exc:
        load_config(start=tmp_path)
    assert "rounding" in exc.value.messages[0] and "truncate" in exc.value.messages[0]


def test_count_vs_numbered_lines_and_arabic_counts():
    text = "二、存在的问题\n主要存在3个方面问题：\n1.预算编制不够精细。\n2.绩效目标不够明确。\n三、改进措施\n1.加强管理。\n"
    assert spans(n012_count_vs_items, text) == ["3"]
    assert spans(n012_count_vs_items, text.replace("3个", "2个")) == []
    dun = "主要做了两项工作：\n1、加强预算管理。\n2、规范资金使用。\n3、强化绩效监控。\n"
    assert spans(n012_count_vs_items, dun) == ["两"]
    assert spans(n012_count_vs_items, dun.replace("两项", "三项")) == []
    # sub-items in another numbering style belong to their item
    nested = "具体有以下3点：\n1.加强管理。\n（1）完善制度。\n（2）落实责任。\n2.规范使用。\n3.强化监控。\n"
    assert spans(n012_count_vs_items, nested) == []
    assert spans(n012_count_vs_items, nested.replace("3.强化监控。\n", "")) == ["3"]
    # one list per paragraph: a later 三是 in another paragraph is not an item of this one
    apart = "目标主要有两个方面：一是提升服务能力；二是落实公共卫生项目。\n\n三是为了其他事项另行说明。"
    assert spans(n012_count_vs_items, apart) == []


def test_allocation_conflict_across_paragraphs_but_not_per_head_standards():
    text = "下达家庭医生签约服务经费300.00万元。\n二、绩效情况\n下达家庭医生签约服务经费320.00万元。"
    assert spans(n006_conflicting_values, text) == ["320.00万元"]
    assert spans(n006_conflicting_values, text.replace("320.00", "300.00")) == []
    assert spans(n006_conflicting_values, "人均补助标准经费89元。\n人均补助标准经费94元。") == []


def test_sums_glossary_proves_itself(tmp_path, monkeypatch):
    (tmp_path / "sums.yaml").write_text(
        "identities:\n  - name: 坏条目\n    whole: [基本支出]\n    parts: [[人员经费], [日常公用经费]]\n"
        "    flag: [基本支出592.78万元。人员经费550.11万元，日常公用经费42.67万元。]\n"
        "    keep: [基本支出592.78万元。]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sums, "data_dir", lambda name: tmp_path)
    sums.identities.cache_clear()
    try:
        with pytest.raises(ValueError, match="坏条目"):
            sums.identities()
    finally:
        sums.identities.cache_clear()


def test_malformed_sums_entry_names_the_field(tmp_path, monkeypatch):
    (tmp_path / "sums.yaml").write_text("identities:\n  - name: x\n    whole: 基本支出\n", encoding="utf-8")
    monkeypatch.setattr(sums, "data_dir", lambda name: tmp_path)
    sums.identities.cache_clear()
    try:
        with pytest.raises(ValueError, match="whole"):
            sums.identities()
    finally:
        sums.identities.cache_clear()


def test_sums_that_must_close_treat_the_summed_half_units_as_out_of_reach():
    """N004, N009 and N014 judge "closes" as `exceeds` and sum_agrees judge "over": four figures
    printed with one decimal differ from their true values by less than 0.05 each, so the three
    parts and the total cannot be 0.2 apart; 0.1 apart they can."""
    from gen.check.rules import n004_parts_exceed_total, n014_breakdown_closes

    listed = "共下达资金{}万元，分别用于设备购置1.1万元、人员培训1.1万元、健康宣传1.1万元。"
    assert spans(n004_parts_exceed_total, listed.format("3.5")) == ["3.5万元"]
    assert spans(n004_parts_exceed_total, listed.format("3.4")) == []
    # the counts close, so the amounts must: 0.2 apart over four one-decimal figures is out of reach
    graded = "共12个项目、资金{}万元，其中优的4个、1.1万元，良的4个、1.1万元，中的4个、1.1万元。"
    assert spans(n014_breakdown_closes, graded.format("3.5")) == ["3.5万元"]
    assert spans(n014_breakdown_closes, graded.format("3.4")) == []
    identity = "基本支出{}万元。人员经费1.1万元，日常公用经费1.1万元。"
    assert spans(n009_sum_identity, identity.format("2.3")) == []  # three figures: 0.1 < 0.15
    assert spans(n009_sum_identity, identity.format("2.4")) == ["2.4万元"]


def test_breakdown_over_its_total_names_the_total_not_the_change_before_it():
    """A change (较上年增加50万元) stated between the total and 其中 is never the whole the parts make."""
    text = "全年收入合计300.00万元，较上年增加50.00万元。其中：拨款收入200.00万元，其他收入120.00万元。"
    found = list(n014_breakdown_closes.check(CheckContext(text)))
    assert [text[f.start:f.end] for f in found] == ["200.00万元，其他收入120.00万元"], "reported on the parts"
    assert "超过总数300.00万元" in found[0].message
    # nor is the base of a share stated beside the whole
    base = "收入496.43万元，占年初预算318.21万元的156.01%。其中财政拨款收入496.43万元，上年结转结余4.5万元。"
    assert "超过总数496.43万元" in next(n014_breakdown_closes.check(CheckContext(base))).message
    kept = "全年收入合计90.00万元，较上年减少10.00万元。其中：拨款收入90.00万元，占100%，此外，使用结转资金5.00万元。"
    assert spans(n014_breakdown_closes, kept) == []


def test_identity_rounding_remainder_is_a_hint():
    """Parts that make their whole only within their own rounding (220.42 for 220.43) are right figures with a
    尾差 a published table adjusts: an info finding, never an error; none where they close to the fen."""
    text = "2022年基本支出154.94万元，项目支出65.48万元，本年支出{}万元。"
    found = list(n009_sum_identity.check(CheckContext(text.format("220.43"))))
    assert [(f.severity, text.format("220.43")[f.start:f.end]) for f in found] == [("info", "220.43万元")]
    assert "尾差" in found[0].message
    assert list(n009_sum_identity.check(CheckContext(text.format("220.42")))) == []
    # whole-万元 figures carry no remainder worth telling; three fen off is no rounding of two parts
    assert list(n009_sum_identity.check(CheckContext("基本支出593万元。人员经费550.11万元，日常公用经费42.67万元。"))) == []
    assert [f.severity for f in n009_sum_identity.check(CheckContext(text.format("220.45")))] == ["error"]


def test_parts_in_yi_yuan_are_summed_in_the_totals_unit():
    """A 加上 sentence adds to the amount the sentence before opens with, and the sum is told in 亿元 as written."""
    from gen.check.rules import n004_parts_exceed_total
    text = ("全县一般公共预算收入完成13.62亿元，下降3.8%。其中：税收收入8.53亿元；非税收入5.09亿元。"
            "加上上级补助收入39亿元、调入资金7.89亿元后，收入总计{}亿元。")
    assert spans(n004_parts_exceed_total, text.format("60.51")) == []
    found = list(n004_parts_exceed_total.check(CheckContext(text.format("70.51"))))
    assert len(found) == 1 and "13.62＋39＋7.89＝60.51亿元" in found[0].message
