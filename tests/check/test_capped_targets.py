"""N008's hint on a capped rate's target of at least 100% (及时率≥100% can be met only at exactly 100%).

Told at info severity, so it lives here rather than among the rule's flag examples (which must flag at
the rule's own severity)."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import n008_rate_over_100 as n008


def _found(text):
    return list(n008.check(CheckContext(text)))


def test_a_capped_rate_targeted_at_least_100_is_a_hint():
    found = _found("时效指标 | 补助发放及时率 | ≥100% | 10")
    assert [(f.severity, f.suggestion) for f in found] == [("info", "=100%")]
    found = _found("质量指标：抽检合格率≥100%，满意度≥95%。")
    assert [f.severity for f in found] == ["info"]


def test_a_rate_that_may_pass_100_or_a_target_below_it_is_left_alone():
    assert not _found("数量指标 | 培训任务完成率 | ≥100% | 10")
    assert not _found("时效指标 | 补助发放及时率 | ≥95% | 10")
    assert not _found("时效指标 | 补助发放及时率 | 100% | 10")
