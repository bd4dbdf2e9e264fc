"""Derived facts: rates, shares, changes, attainment, rating, conditions."""

from decimal import Decimal as D

import pytest

from gen.core.derive import DESCRIPTIONS, attainment, derive, rating_for
from gen.core.load import validate
from gen.core.targets import parse_target


def spec(**overrides):
    raw = {
        "year": 2023,
        "bureau": {"name": "示例市示例区卫生健康局", "region": {"province": "示例省", "city": "示例市", "county": "示例区"}},
    }
    raw.update(overrides)
    return validate(raw, "test.yaml")


@pytest.mark.parametrize(
    "score, rating",
    [(D("100"), "优"), (D("90"), "优"), (D("89.99"), "良"), (D("80"), "良"), (D("79.99"), "中"), (D("60"), "中"), (D("59.99"), "差"), (None, None)],
)
def test_rating_scale(score, rating):
    assert rating_for(score) == rating


def test_every_fact_is_described_and_present():
    facts = derive(spec())
    assert set(facts) == set(DESCRIPTIONS)


def test_shares_and_changes():
    f = derive(spec(finance={
        "basic_expenditure": 592.78, "personnel": 550.11, "public_costs": 42.67,
        "previous": {"basic_expenditure": 640.58},
    }))
    assert f["personnel_share"] == D("92.80")
    assert f["public_share"] == D("7.20")
    assert f["basic_expenditure_change"] == D("47.80")
    assert f["basic_expenditure_trend"] == "减少"
    assert f["basic_expenditure_trend_pct"] == "下降"
    assert f["basic_expenditure_change_pct"] == D("7.46")


def test_flat_change_and_zero_denominators():
    f = derive(spec(finance={"income": 0, "expenditure": 0, "previous": {"income": 0}}))
    assert f["spending_progress"] is None  # never 0.00%
    assert f["income_trend"] == "持平"
    assert f["income_change_pct"] is None
    assert f["main_rate"] is None


def test_missing_values_are_none_not_zero():
    f = derive(spec())
    for key in ("income", "spending_progress", "personnel_share", "score", "rating", "staff_vacancy"):
        assert f[key] is None


def test_rounding_half_up_once():
    # 1/8 = 12.5% exactly; 1/3 = 33.333..; 2/3 = 66.666.. -> 66.67
    f = derive(spec(finance={"income": 3, "expenditure": 2}))
    assert f["spending_progress"] == D("66.67")


@pytest.mark.parametrize(
    "target, actual, status",
    [
        ("≥95%", "96%", "exceeded"),
        ("≥95%", "95%", "met"),
        ("≥95%", "94.9%", "not_met"),
        ("100%", "100%", "met"),
        ("≥80%", "99%", "far_exceeded"),
        ("≤55/10万", "40/10万", "far_exceeded"),
        ("≤55/10万", "60/10万", "not_met"),
        ("不断提高", "有所提高", "qualitative"),
        ("≥95%", None, "no_actual"),
        ("≥95%", "30人", "unknown"),
        ("100%", "120%", "exceeded"),  # capped rates are never "far" exceeded
    ],
)
def test_attainment(target, actual, status):
    assert attainment(parse_target(target), parse_target(actual), D(20)).status == status


def test_conditions_from_thresholds():
    f = derive(spec(
        finance={"budget_adjusted": 1000, "expenditure": 800, "q3_progress": 50},
        evaluation={"score": 85},
        indicators=[
            {"level1": "产出指标", "level2": "数量指标", "name": "筛查人数", "target": "≥100人", "actual": "150人"},
            {"level1": "产出指标", "level2": "质量指标", "name": "规范管理率", "target": "≥90%", "actual": "85%"},
        ],
    ))
    assert f["execution_rate"] == D("80.00")
    assert f["cond_low_execution"] and f["cond_q3_low"] and f["cond_unmet_indicators"]
    assert f["cond_conservative_targets"]  # 1 of 2 far exceeded = 50%
    assert f["unmet_names"] == ["规范管理率"]
    assert f["praise_ok"] is False
    assert f["rating"] == "良"


def test_praise_requires_good_rating_and_no_gaps():
    good = derive(spec(evaluation={"score": 95}, finance={"income": 100, "expenditure": 99}))
    assert good["praise_ok"] is True
    mid = derive(spec(evaluation={"score": 75}, finance={"income": 100, "expenditure": 99}))
    assert mid["praise_ok"] is False
