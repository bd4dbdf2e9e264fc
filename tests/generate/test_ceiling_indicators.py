"""An indicator whose target is a ceiling (≤ 3个工作日) is bettered by a figure below it.

Round gen33 read a 档案馆 draft: 查档申请办结时限 ≤3个工作日 done in 2 read 实际完成2个工作日，大幅超过目标值,
the summary said the exceeded indicators' 完成值高于目标值, and the problem was titled 目标值偏低 — all
untrue of a ceiling. Such indicators are now told 优于目标值 and their targets 偏保守."""

from __future__ import annotations

import pytest

from tests.generate.support import data_file, render_md

BASE = {
    "kind": "dept_self_eval", "year": 2024,
    "bureau": {"name": "吉安县档案馆", "region": {"province": "江西省", "city": "吉安市", "county": "吉安县"}},
    "finance": {"income": 500, "expenditure": 480},
    "evaluation": {"score": 90},
}
CEILINGS = [
    {"level1": "产出指标", "level2": "时效指标", "name": "查档申请办结时限", "target": "≤3个工作日", "actual": "2个工作日"},
    {"level1": "产出指标", "level2": "质量指标", "name": "档案损毁率", "target": "≤1%", "actual": "0.5%"},
]
UNTRUE = ("大幅超过", "远超", "高于目标值", "超过目标值", "目标值偏低", "目标值定得偏低", "目标值设定偏低", "大幅超出")


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("kind, profile", [("dept_self_eval", "national"), ("dept_self_eval", "shenzhen"),
                                           ("project_self_eval", "hebei")])
def test_a_ceiling_bettered_is_not_told_as_exceeded(tmp_path, seed, kind, profile):
    md = render_md(data_file(tmp_path, "d.yaml", {**BASE, "kind": kind, "profile": profile, "indicators": CEILINGS}),
                   seed=seed)
    assert "查档申请办结时限" in md and "优于" in md
    assert not [w for w in UNTRUE if w in md], md


def test_a_ceiling_met_with_room_among_others_is_not_said_to_be_higher(tmp_path):
    # one ceiling bettered a little (exceeded, not far) beside a count above its target: 高于目标值 is untrue of it
    inds = [{**CEILINGS[0], "actual": "2.8个工作日"},
            {"level1": "产出指标", "level2": "数量指标", "name": "接收进馆档案", "target": "≥1000卷", "actual": "1100卷"}]
    for seed in range(6):
        md = render_md(data_file(tmp_path, "d.yaml", {**BASE, "indicators": inds}), seed=seed)
        assert "高于目标值" not in md and "超过目标值" not in md, md


def test_a_target_to_reach_far_exceeded_keeps_its_words(tmp_path):
    inds = [{"level1": "产出指标", "level2": "数量指标", "name": "接收进馆档案", "target": "≥1000卷", "actual": "1500卷"}]
    md = render_md(data_file(tmp_path, "d.yaml", {**BASE, "indicators": inds}))
    assert "优于" not in md and ("大幅超过" in md or "远超" in md)
