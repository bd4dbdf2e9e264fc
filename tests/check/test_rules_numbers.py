"""Tests for the N (numbers) rule family and its shared text helpers.

Each rule is driven directly: build a CheckContext and call the module's check().
Fixtures are short texts written for the project in the seeds' wording.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from gen.check import rates
from gen.check.context import CheckContext
from gen.check.labels import names_match
from gen.check.numbers_text import items, normalise_label, single_valued_name
from gen.check.percent_claims import percent_claims
from gen.check.rates import find_rate, rate_glossary
from gen.check.rules import (
    n001_share_mismatch,
    n002_rate_mismatch,
    n003_overclaim,
    n004_parts_exceed_total,
    n005_change_mismatch,
    n006_conflicting_values,
    n007_score_rating,
    n008_rate_over_100,
)
from gen.core.numbers import percent_agrees, ratio_percent_exact
from gen.core.quantities import numeral_text

MODULES = (
    n001_share_mismatch,
    n002_rate_mismatch,
    n003_overclaim,
    n004_parts_exceed_total,
    n005_change_mismatch,
    n006_conflicting_values,
    n007_score_rating,
    n008_rate_over_100,
)


def run(module, text):
    ctx = CheckContext(text)
    return list(module.check(ctx))


def run_all(text):
    ctx = CheckContext(text)
    return sorted(f for m in MODULES for f in m.check(ctx))


def spans(module, text):
    return [text[f.start:f.end] for f in run(module, text)]


# --------------------------------------------------------------------------
# Every rule's own flag/keep examples (ruff-style fixtures in the RULE)
# --------------------------------------------------------------------------

FLAG_CASES = [(m, t) for m in MODULES for t in m.RULE.flag]
KEEP_CASES = [(m, t) for m in MODULES for t in m.RULE.keep]


@pytest.mark.parametrize("module,text", FLAG_CASES, ids=[f"{m.RULE.code}-{i}" for i, (m, _) in enumerate(FLAG_CASES)])
def test_rule_flags_its_own_examples(module, text):
    found = run(module, text)
    assert found, f"{module.RULE.code} should flag: {text}"
    assert any(f.severity == module.RULE.severity for f in found)
    for f in found:
        # a finding may point at the other place of a pair at info severity (N006's restated change)
        assert f.code == module.RULE.code and f.severity in (module.RULE.severity, "info")
        assert 0 <= f.start < f.end <= len(text)
        assert f.message


@pytest.mark.parametrize("module,text", KEEP_CASES, ids=[f"{m.RULE.code}-{i}" for i, (m, _) in enumerate(KEEP_CASES)])
def test_rule_keeps_its_own_examples(module, text):
    assert run(module, text) == []


def test_rule_metadata_is_complete_and_codes_unique():
    codes = [m.RULE.code for m in MODULES]
    assert codes == sorted(set(codes))
    for m in MODULES:
        r = m.RULE
        assert r.code.startswith("N") and len(r.code) == 4
        assert r.severity in ("error", "warning", "info")
        assert r.summary and r.doc and r.flag and r.keep


# --------------------------------------------------------------------------
# Shared number layer additions
# --------------------------------------------------------------------------


def test_ratio_percent_exact_and_agreement():
    assert ratio_percent_exact(1, 0) is None
    assert ratio_percent_exact("550.11", "592.78").quantize(Decimal("0.0001")) == Decimal("92.8017")
    assert percent_agrees(Decimal("92.80"), 2, Decimal("550.11"), Decimal("592.78"))
    assert not percent_agrees(Decimal("7.80"), 2, Decimal("42.67"), Decimal("592.78"))
    # 365/270 = 135.185…: truncation to 135.18 is accepted like statcheck does.
    assert percent_agrees(Decimal("135.18"), 2, 365, 270)
    # 89.45 neither rounds nor truncates to 90 at 0 decimals.
    assert not percent_agrees(Decimal("90"), 0, Decimal("27512.96"), Decimal("30758.63"))


def test_numeral_text_keeps_the_figure_as_written():
    assert numeral_text("达325,399.34 万元") == "325,399.34"
    assert numeral_text("7.80%") == "7.80"


# --------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,label",
    [
        ("基本支出中人员经费550.11万元", "人员经费"),
        ("本年收入 325,399.34 万元", "本年收入"),
        ("2023 年度我局政府采购计划金额为 694.13 万元", "我局政府采购计划金额"),
        ("其中一般公共预算财政拨款9341.41万元", "一般公共预算财政拨款"),
        ("今年立案查处违法行为16起", "今年立案查处违法行为"),
    ],
)
def test_label_of_a_quantity(text, label):
    found = items(CheckContext(text))
    assert found[-1].label == label


def test_label_year_is_kept_apart():
    assert normalise_label("2022年基本支出") == ("基本支出", "2022")
    assert normalise_label("上年基本支出") == ("基本支出", "上年")


def test_names_match_allows_only_neutral_prefixes():
    assert names_match("基本支出", "基本支出")
    assert names_match("本年支出", "支出总额")
    assert not names_match("基本支出", "支出")
    assert not names_match("人员经费", "基本支出")


def test_single_valued_name_accepts_the_bureau_as_prefix_only():
    assert single_valued_name("广州市荔湾区卫生健康局本年收入") == "本年收入"
    assert single_valued_name("疫苗接种项目支出") is None


def test_items_skip_years_and_dates():
    units = [it.q.unit for it in items(CheckContext("2022年3月1日起，全年接种166703剂次。"))]
    assert units == ["剂次"]


# --------------------------------------------------------------------------
# N001 share
# --------------------------------------------------------------------------

SHARE_TEXT = (
    "2022年基本支出 592.78万元，较上年减少47.80万元。基本支出中人员经费550.11万元，占基本支出的92.80%，"
    "与上年比占比增加；日常公用经费42.67万元，占基本支出的7.80%，较上年有较大降幅。"
)


def test_share_wrong_is_flagged_with_recomputation():
    found = run(n001_share_mismatch, SHARE_TEXT)
    assert len(found) == 1
    f = found[0]
    assert SHARE_TEXT[f.start:f.end] == "7.80%"
    assert f.message == "所述占比7.80%与文中数字不符：42.67÷592.78＝7.20%"
    assert f.suggestion == "7.20%"


def test_correct_share_passes():
    assert run(n001_share_mismatch, SHARE_TEXT.replace("7.80%", "7.20%")) == []


def test_share_without_the_whole_in_the_text_passes():
    assert run(n001_share_mismatch, "日常公用经费42.67万元，占基本支出的7.80%。") == []


def test_share_of_a_total_before_qizhong():
    text = "项目支出合计100万元，其中疫情防控经费30万元，占比35%。"
    assert spans(n001_share_mismatch, text) == ["35%"]
    assert run(n001_share_mismatch, text.replace("35%", "30%")) == []


def test_share_whole_from_another_year_is_not_used():
    text = "2021年基本支出640.58万元。2022年人员经费550.11万元，占基本支出的92.80%。"
    assert run(n001_share_mismatch, text) == []


def test_share_with_whole_in_yuan_is_converted():
    text = "基本支出5,927,800元，人员经费550.11万元，占基本支出的92.80%。"
    assert run(n001_share_mismatch, text) == []


# --------------------------------------------------------------------------
# N002 rate
# --------------------------------------------------------------------------


def test_rate_against_amounts_passes_when_right():
    ok = [
        "2023 年度我局政府采购计划金额为 694.13 万元，实际政府采购金额为 693.58 万元，政府采购执行率为 99.92%，政府采购执行情况良好。",
        "广州市荔湾区卫生健康局本年收入 325,399.34 万元，本年支出 322,145.23 万元，总体支出进度 99%。",
    ]
    for text in ok:
        assert run(n002_rate_mismatch, text) == []
        assert len(percent_claims(CheckContext(text))) == 1


def test_rate_mismatch_is_flagged():
    text = "本年收入 325,399.34 万元，本年支出 322,145.23 万元，总体支出进度 95%。"
    found = run(n002_rate_mismatch, text)
    assert [text[f.start:f.end] for f in found] == ["95%"]
    assert found[0].message == "所述支出进度95%与文中数字不符：322,145.23÷325,399.34＝99%"
    assert run(n002_rate_mismatch, "实际支出115万元，调整预算120万元，执行率99%。")[0].message.startswith("所述执行率99%")


def test_truncated_completion_rate_passes():
    assert run(n002_rate_mismatch, "全年任务数为270人，完成数为365人，完成比例135.18%。") == []


def test_rounded_completion_ratio_passes():
    assert run(n002_rate_mismatch, "全年任务数为270人，完成数为343人，完成比例127%。") == []


def test_rate_without_denominator_passes():
    assert run(n002_rate_mismatch, "完成2030人，完成率135.33%。") == []


def test_denominator_in_another_segment_is_not_used():
    text = "全年任务数分别为270人。截至目前，免费检查完成2030人，完成率135.33%。"
    assert run(n002_rate_mismatch, text) == []


def test_each_rate_in_a_list_uses_its_own_numerator():
    text = "全年任务数为270人，完成数为365人，完成比例135.18%；全年任务数为270人，完成数为343人，完成比例127%。"
    assert run(n002_rate_mismatch, text) == []


def test_ambiguous_label_is_not_a_numerator():
    # 预算支出 holds a numerator and a denominator keyword: not confident, no check.
    assert run(n002_rate_mismatch, "预算支出500万元，本年收入800万元，预算执行率20%。") == []


# --------------------------------------------------------------------------
# N003 overclaim
# --------------------------------------------------------------------------

OVERCLAIM = (
    "调整后预算资金30758.63万元，实际到位资金30758.63万元，实际支出27512.96万元，"
    "其中一般公共预算财政拨款9341.41万元，政府性基金预算财政拨款18171.55万元,资金使用率达90%，支付依据合规合法。"
)


def test_overclaim_is_flagged():
    found = run(n003_overclaim, OVERCLAIM)
    assert [OVERCLAIM[f.start:f.end] for f in found] == ["达90%"]
    assert "27512.96÷30758.63＝89.45%" in found[0].message
    assert found[0].suggestion == "89.45%"
    # A comparator claim is N003's, never also an N002 mismatch.
    assert run(n002_rate_mismatch, OVERCLAIM) == []


def test_claim_that_is_reached_passes():
    assert run(n003_overclaim, OVERCLAIM.replace("达90%", "达89%")) == []
    assert run(n003_overclaim, OVERCLAIM.replace("达90%", "超过85%")) == []


def test_overclaim_share():
    text = "基本支出592.78万元，人员经费500万元，占基本支出的比重达90%。"
    assert spans(n003_overclaim, text) == ["达90%"]


# --------------------------------------------------------------------------
# N004 parts vs total
# --------------------------------------------------------------------------


def test_qizhong_parts_exceeding_total_flag():
    text = "核定编制人数36人，其中：行政编制14人，全额事业编制26人。"
    found = run(n004_parts_exceed_total, text)
    assert [text[f.start:f.end] for f in found] == ["36人"]
    assert "14＋26＝40" in found[0].message


# N004's texts and the figures it must mark in each ([]: the parts may stand as written).
_N004 = [
    pytest.param("2022年末，核定编制人数36人，其中：行政编制4人，全额事业编制26人。2022年末实际在岗在编人数23人。", [],
                 id="qizhong-parts-less-than-total"),
    pytest.param("共收治患者375人，其中重症患者3754人。", ["3754人"], id="single-part-above-total"),
    pytest.param("全区重点监测人群433户1536人（其中含高血压患者914人，糖尿病患者640人）。", [],
                 id="overlapping-subgroups-not-summed"),
    pytest.param("本年收入800万元，其中财政拨款600万元，本年支出700万元，支出进度87.5%。", [],
                 id="parts-stop-at-a-new-statement"),
    pytest.param("人员经费550.11万元、日常公用经费42.67万元，合计593.78万元。", ["593.78万元"],
                 id="complete-enumeration-off"),
    pytest.param("人员经费550.11万元、日常公用经费42.67万元，合计592.78万元。", [], id="complete-enumeration-adds-up"),
    pytest.param("共有托育机构6家，分别为公办2家、民办3家。", ["6家"], id="fenbiewei-enumeration-off"),
    pytest.param("共有托育机构6家，分别为公办2家、民办4家。", [], id="fenbiewei-enumeration-adds-up"),
    pytest.param("全年任务数分别为270人。", [], id="fenbiewei-single-figure"),
    pytest.param("支出合计1万元，其中办公费6000元，印刷费4000元。", [], id="money-units-converted"),
    pytest.param("共接种166703剂次，其中第一剂接种65656人，第二剂接种163385人。", [], id="different-units-skipped"),
]


@pytest.mark.parametrize("text, marked", _N004)
def test_parts_against_total(text, marked):
    assert spans(n004_parts_exceed_total, text) == marked


# --------------------------------------------------------------------------
# N005 change
# --------------------------------------------------------------------------


def test_from_to_consistent_passes():
    text = "区属医院ICU床位从21张增加至157张，发热门诊(诊室)从21间增加至42间，接诊能力扩容至6110人次。"
    assert run(n005_change_mismatch, text) == []


def test_from_to_wrong_direction_flags():
    assert spans(n005_change_mismatch, "发热门诊从42间减少至51间。") == ["51间"]
    assert spans(n005_change_mismatch, "床位由157张增至21张。") == ["21张"]


def test_yoy_needs_both_years():
    assert run(n005_change_mismatch, "2022年基本支出592.78万元，较上年减少47.80万元。") == []


def test_yoy_direction_and_amount():
    base = "2021年基本支出640.58万元。2022年基本支出592.78万元，较上年{}。"
    assert run(n005_change_mismatch, base.format("减少47.80万元")) == []
    assert spans(n005_change_mismatch, base.format("增加47.80万元")) == ["47.80万元"]
    assert spans(n005_change_mismatch, base.format("减少48.80万元")) == ["48.80万元"]
    assert run(n005_change_mismatch, base.format("下降7.46%")) == []
    assert spans(n005_change_mismatch, base.format("下降9.46%")) == ["9.46%"]


# --------------------------------------------------------------------------
# N006 same figure twice
# --------------------------------------------------------------------------


def test_same_label_two_values_warns():
    text = "本年支出 322,145.23 万元，总体支出进度 99%。\n……\n本年支出322,415.23万元。"
    found = run(n006_conflicting_values, text)
    assert [text[f.start:f.end] for f in found] == ["322,415.23万元"]
    assert found[0].severity == "warning"
    assert "第1行" in found[0].message


def test_same_value_repeated_or_other_year_passes():
    assert run(n006_conflicting_values, "本年支出322,145.23万元。本年支出 322,145.23 万元。") == []
    assert run(n006_conflicting_values, "2021年基本支出640.58万元。2022年基本支出592.78万元。") == []
    assert run(n006_conflicting_values, "甲项目实际支出50万元。乙项目实际支出30万元。") == []


# --------------------------------------------------------------------------
# N007 score vs rating
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "score,rating,flagged",
    [
        ("90", "优", False), ("89.99", "优", True), ("89.99", "良", False), ("80", "良", False),
        ("79.9", "良", True), ("79.9", "中", False), ("60", "中", False), ("59", "中", True),
        ("59", "差", False), ("98.9", "良", True),
    ],
)
def test_score_rating_scale(score, rating, flagged):
    text = f"我部门整体支出绩效自评得分{score}分，评价为“{rating}”。"
    found = run(n007_score_rating, text)
    assert bool(found) is flagged
    if found:
        assert text[found[0].start:found[0].end] == rating


def test_rating_words_and_missing_rating():
    assert run(n007_score_rating, "项目自评得分85分，评价等级为良好。") == []
    assert run(n007_score_rating, "项目自评得分85分，评价等级为优秀。")[0].suggestion == "良"
    assert run(n007_score_rating, "我部门整体支出绩效自评得分98.9分。") == []
    # A rating far away or after another score is not paired with this score.
    assert run(n007_score_rating, "甲项目得分70分，乙项目得分95分，评价为“优”。") == []


# --------------------------------------------------------------------------
# N008 capped rates
# --------------------------------------------------------------------------


def test_capped_rates_over_100_flag_and_completion_may_exceed():
    assert spans(n008_rate_over_100, "服务对象满意度105%，免费孕前优生健康检查完成率101%。") == ["105%"]
    assert run(n008_rate_over_100, "免费孕前优生健康检查完成率101%，完成比例127%。") == []
    assert run(n008_rate_over_100, "满意度≤100%。") == []


# --------------------------------------------------------------------------
# glossary/rates.yaml: every entry carries examples that must work
# --------------------------------------------------------------------------

GLOSSARY = rate_glossary()


@pytest.mark.parametrize("spec", GLOSSARY.rates, ids=[s.name for s in GLOSSARY.rates])
def test_rate_entry_examples(spec):
    for text in spec.flag:
        found = run(n002_rate_mismatch, text) + run(n003_overclaim, text)
        assert found, f"{spec.name}: should flag {text}"
        claims = percent_claims(CheckContext(text))
        assert any(c.rate == spec.name for c in claims), f"{spec.name}: the entry itself must match {text}"
    for text in spec.keep:
        assert run(n002_rate_mismatch, text) + run(n003_overclaim, text) == [], f"{spec.name}: {text}"
    for n in spec.names:
        assert find_rate("某某" + n) is not None


@pytest.mark.parametrize("cap", GLOSSARY.caps, ids=[c.name for c in GLOSSARY.caps])
def test_cap_entry_examples(cap):
    for text in cap.flag:
        found = run(n008_rate_over_100, text)
        assert found and cap.name in found[0].message, f"{cap.name}: should flag {text}"
    for text in cap.keep:
        assert run(n008_rate_over_100, text) == [], f"{cap.name}: {text}"


def test_completion_rates_are_not_capped():
    names = {c.name for c in GLOSSARY.caps}
    assert not names & {"完成率", "完成比例"}


def test_malformed_glossary_entry_fails_to_load(tmp_path, monkeypatch):
    (tmp_path / "rates.yaml").write_text(
        "rates:\n  - name: 到位率\n    names: [到位率]\n    numerator: []\n    denominator: [预算]\n"
        "    flag: [x]\n    keep: [y]\ncaps:\n  - name: 覆盖率\n    flag: [a]\n    keep: [b]\nsingle_valued: [本年支出]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(rates, "data_dir", lambda name: tmp_path)
    rates.rate_glossary.cache_clear()
    try:
        with pytest.raises(ValueError, match="numerator"):
            rates.rate_glossary()
    finally:
        rates.rate_glossary.cache_clear()


# --------------------------------------------------------------------------
# Whole-text behaviour
# --------------------------------------------------------------------------

CORRECT_REPORT = """（二）部门整体收支情况
广州市荔湾区卫生健康局本年收入 325,399.34 万元，本年支出 322,145.23 万元，总体支出进度 99%。
2022年末，核定编制人数36人，其中：行政编制4人，全额事业编制26人。
2022年基本支出 592.78万元，较上年减少47.80万元。基本支出中人员经费550.11万元，占基本支出的92.80%；日常公用经费42.67万元，占基本支出的7.20%。
共接种166703剂次，其中第一剂接种65656人，第二剂接种63385人，加强剂接种37662人。
全年任务数分别为270人。截至目前，“孕产妇免费产前筛查”完成数为365人，完成比例135.18%；农村和城镇低保适龄妇女“两癌”免费检查2030人，完成率135.33%。
全区重点监测人群433户1536人（其中含高血压患者214人，糖尿病患者64人，严重精神病障碍患者62人，肺结核患者0人），确保建档率100%。
区属医院ICU床位从21张增加至157张。全人群签约率 43.6%，重点人群签约率 84%，计生特殊家庭签约率 100%。
办理区人大建议和政协提案12件，主办件9件，协办件3件，办结率、答复率、满意率100%。
本部门 2023 年整体支出绩效综合评分为 92.04 分，整体评价为“优”。
"""


def test_correct_report_raises_nothing():
    assert run_all(CORRECT_REPORT) == []


def test_findings_are_deterministic():
    text = SHARE_TEXT + "\n" + OVERCLAIM
    assert run_all(text) == run_all(text)
    assert [f.code for f in run_all(text)] == ["N001", "N003"]


def test_adversarial_long_input_scales_linearly():
    """No absolute time: four times the input must cost well under sixteen times (quadratic) the time.

    CPU time of this process, not wall time: other work on a shared machine
    then cannot make the larger input look slower than it is."""

    def text(k: int) -> str:
        return ("占" * 1250 + "1%" + "从1" * 750 + "，其中" * 750 + "9" * 1250 + "万元" + "得分" * 500 + "1分") * k

    def best(k: int) -> float:
        times = []
        for _ in range(3):
            start = time.process_time()
            run_all(text(k))
            times.append(time.process_time() - start)
        return min(times)

    small, big = best(2), best(8)
    assert big / small < 8, (small, big)


def test_from_to_followed_by_stated_change():
    assert run(n005_change_mismatch, "公用经费从120万元下降至100万元，下降16.67%。") == []
    assert spans(n005_change_mismatch, "公用经费从120万元下降至100万元，下降26.67%。") == ["26.67%"]
    assert run(n005_change_mismatch, "床位从21张增加至157张，增加136张。") == []
    assert spans(n005_change_mismatch, "床位从21张增加至157张，增加126张。") == ["126张"]


def test_tongbi_without_shang_nian():
    text = "2021年基本支出640.58万元。2022年基本支出592.78万元，同比{}。"
    assert run(n005_change_mismatch, text.format("下降7.46%")) == []
    assert spans(n005_change_mismatch, text.format("增长7.46%")) == ["7.46%"]


def test_a_share_is_judged_against_its_nearest_wholes_only():
    """Sections that each restate 支出合计 must not make every later share carry every earlier whole."""
    from gen.check.percent_claims import MAX_WHOLES

    section = "支出合计{t}万元。其中基本支出{b}万元，占支出合计的比重为{s}%。\n"
    text = "".join(section.format(t=1000 + i, b=500, s=format(500 / (1000 + i) * 100, ".2f")) for i in range(40))
    claims = [c for c in percent_claims(CheckContext(text)) if c.kind == "share"]
    assert len(claims) == 40
    assert max(len(c.pairs) for c in claims) <= MAX_WHOLES
    assert all(c.pairs[0][1].q.value == 1000 + i for i, c in enumerate(claims))  # its own section's total first
    assert not list(n001_share_mismatch.check(CheckContext(text)))


def test_n005_a_rate_read_against_the_total_its_own_clause_names_across_the_parts():
    # The change names its subject (本年收入合计较上年增加); the total stands earlier, its parts between.
    text = ("本年收入合计1200.00万元，其中：财政拨款收入1100.00万元，占91.67%；事业收入0万元，占0%；"
            "经营收入0万元，占0%；其他收入100.00万元，占8.33%。本年收入合计较上年增加200.00万元，增长{}。")
    assert run(n005_change_mismatch, text.format("20.0%")) == []  # 200 ÷ (1200 − 200)
    assert spans(n005_change_mismatch, text.format("45.0%")) == ["45.0%"]  # neither base gives it
    # Another subject in the change's clause (本年支出) is not read against the income total.
    assert run(n005_change_mismatch, text.format("45.0%").replace("本年收入合计较", "本年支出合计较")) == []
    # Another paragraph: no link.
    assert run(n005_change_mismatch, text.format("45.0%").replace("。本年收入合计较", "。\n本年收入合计较")) == []


def test_age_bands_open_at_the_top_are_one_kind_of_part():
    """80周岁以上 beside 70—79周岁: the open band's 以上 is its name, so N004 adds the bands up."""
    over = "全村60周岁以上老人520人，其中：80周岁以上40人，70—79周岁200人，60—69周岁290人。"
    assert spans(n004_parts_exceed_total, over) == ["520人"]
    made = "全村60周岁以上老人520人，其中：80周岁以上40人，70—79周岁200人，60—69周岁280人。"
    assert spans(n004_parts_exceed_total, made) == []


def test_n006_items_told_one_by_one_in_a_paragraph_are_different_figures():
    told = ("区直项目有：一是甲管理处，下达预算资金900万元，用于修缮。二是乙博物馆，下达预算资金500万元，用于展陈。\n"
            "三、绩效目标\n")
    assert run(n006_conflicting_values, told) == []
    # one subject told twice with two amounts is still one figure written two ways
    same = ("区直项目有：一是甲管理处，下达预算资金900万元，用于修缮。二是甲管理处，下达预算资金500万元。\n")
    assert len(run(n006_conflicting_values, same)) == 1


def test_n005_negative_growth_after_a_fall_is_a_hint_not_a_contradiction():
    # 减少200万元，增长-18%: the amount and the signed rate both tell a fall; only the wording is odd
    from gen.check.rules import n005_change_mismatch as n005
    found = run(n005, "项目支出预算900万元，比上年1100万元减少200万元，增长-18%，主要是压减一般性支出。")
    assert [f.severity for f in found] == ["info"] and "下降" in found[0].message
    # no minus: the words tell opposite changes
    found = run(n005, "项目支出预算900万元，比上年减少200万元，增长18%。")
    assert [f.severity for f in found] == [n005.RULE.severity]
