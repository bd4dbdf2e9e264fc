"""Wording classes shown by the round-10 dev sets, built in round 11 (issue 12).

Every case is written for the project (no report text copied). Each class has
texts the rule must flag and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def _w013(text):
    return [(text[f.start:f.end], f.suggestion) for f in findings_of(text, "W013", only=["W013"])]


# ---- W013: 约 with 余/多 after 万, and blanks from a PDF ----

@pytest.mark.parametrize(
    "text, span, fixed",
    [
        ("全镇常住人口约6万余人。", "约6万余", "约6万"),
        ("全镇常住人口约 6 万余人。", "约 6 万余", "约6万"),
        ("累计拨付资金约1.5万多元。", "约1.5万多", "约1.5万"),
        ("参与群众逾 2 万余人次。", "逾 2 万余", "逾2万"),
    ],
)
def test_about_with_more_than_after_wan(text, span, fixed):
    assert _w013(text) == [(span, fixed)]


def test_about_or_more_than_alone_passes():
    for text in ("全镇常住人口约6万人，另有流动人口1万余人。", "累计拨付资金1.5万多元，节约 3 万余元，签约 2 万余户。"):
        assert _w013(text) == [], text


# ---- W013: 余/多 after a figure that is not round ----

@pytest.mark.parametrize(
    "text, span",
    [
        ("全年发放宣传资料1286余份。", "1286余"),
        ("全年发放宣传资料 1286 余份。", "1286 余"),
        ("培训村级防灾员15多人次。", "15多"),
        ("争取上级资金23余万元。", "23余"),
    ],
)
def test_more_than_after_a_precise_figure(text, span):
    assert [s for s, _ in _w013(text)] == [span]
    assert _w013(text)[0][1] == span.replace(" ", "")[:-1]


@pytest.mark.parametrize(
    "text",
    [
        "全年发放宣传资料1200余份，培训10多人次，争取资金2.5万余元，惠及300多户。",
        "全年发放宣传资料 1200 余份，建成第1多功能厅，开展3项多元化服务。",
        "年末结余12.3万元，其余资金1,286.5万元已拨付，其余人员3人。",
    ],
)
def test_round_figures_with_more_than_pass(text):
    assert _w013(text) == []
