"""The scoring rules (gen/core/scoring.py, glossary/scoring/*.yaml): every rule, caps, rescaling, bands."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from gen.core import scoring
from gen.core.errors import UserError
from gen.core.scoring import ItemScore, rule_set, score_budget, score_form, score_indicator

NATIONAL = rule_set("national")


class Ind:
    def __init__(self, level1, target, actual, points=None, name="指标", score=None):
        self.level1, self.target, self.actual, self.points, self.name, self.score = level1, target, actual, points, name, score


def test_three_rule_sets_load_with_sources_and_examples():
    sets = scoring.rule_sets()
    assert {"national", "sichuan", "hubei"} <= set(sets)
    for rs in sets.values():
        assert rs.sources and all(s.get("title") and s.get("address") for s in rs.sources), rs.id
        assert len(rs.examples) >= 2, rs.id
    assert sets["sichuan"].province == "四川省" and sets["hubei"].province == "湖北省"
    assert sets["national"].province is None
    assert sets["hubei"].budget_points == 20 and sets["hubei"].indicator_points == 80
    assert sets["sichuan"].explain_below == 90 and sets["sichuan"].text_limits["deviation"] == 100


def test_budget_rate_times_points_and_capped_at_100_percent():
    assert score_budget(NATIONAL, D(100), D(85)).score == D("8.5")
    assert score_budget(NATIONAL, D(100), D(120)).score == D(10)  # over-execution earns no more than the points
    assert score_budget(rule_set("hubei"), D(200), D(150)).score == D(15)  # 20 × 75 %
    missing = score_budget(NATIONAL, None, D(5))
    assert not missing.applicable and missing.score is None


def test_higher_is_better_scores_by_completion_and_is_capped():
    assert score_indicator(NATIONAL, "≥200张", "150张", D(20)).score == D(15)
    assert score_indicator(NATIONAL, "≥200张", "260张", D(20)).score == D(20)  # capped at the points
    assert score_indicator(NATIONAL, "95%以上", "90%", D(19)).score == D(18)


def test_target_and_actual_in_different_magnitudes_are_compared_in_one_unit():
    assert score_indicator(NATIONAL, "≥1万人", "8000人", D(10)).score == D(8)
    assert score_indicator(NATIONAL, "≥5亿元", "40000万元", D(10)).score == D(8)
    unlike = score_indicator(NATIONAL, "≥10个", "10人", D(10))  # different things: no ratio, no band
    assert unlike.score is None


def test_lower_is_better_scores_target_over_actual():
    assert score_indicator(NATIONAL, "≤20分钟", "25分钟", D(25)).score == D(20)
    assert score_indicator(NATIONAL, "≤20分钟", "15分钟", D(25)).score == D(25)
    assert score_indicator(NATIONAL, "≤2起", "0起", D(10)).score == D(10)  # none at all: full points
    assert score_indicator(NATIONAL, "5%以下", "10%", D(10)).score == D(5)


def test_qualitative_bands_and_ranges():
    done = score_indicator(NATIONAL, "符合规定", "符合规定", D(10))
    assert done.score == D(10) and done.band.name == "达成年度指标"
    part = score_indicator(NATIONAL, "年底前完成", "部分完成", D(10))
    assert part.score == D(7) and part.band.low == 60 and part.band.high == 80
    failed = score_indicator(NATIONAL, "建立长效机制", "未完成", D(10))  # 未完成 is matched before 完成
    assert failed.score == D(3)
    # a score written on the form anywhere in the band is accepted; outside it is not
    assert part.accepts(D(6), 0) and part.accepts(D("7.9"), 1) and not part.accepts(D("8.5"), 1)
    assert not done.accepts(D(11), 0)  # never above the points
    unknown = score_indicator(NATIONAL, "逐步完善", "正在推进", D(10))
    assert unknown.applicable and unknown.score is None and "填写得分" in unknown.method


def test_not_applicable_rows_are_dropped_and_the_rest_rescaled_to_100():
    result = score_form(NATIONAL, [Ind("产出指标", "≥10台", "5台", D(50)), Ind("效益指标", "≥100万元", "不适用", D(30)),
                                   Ind("满意度指标", "≥90%", "90%", D(10))], D(100), D(100))
    assert [i.shown for i in result.indicators] == [D(25), None, D(10)]
    assert result.total == D("64.29")  # (10 + 25 + 10) / 70 × 100
    assert result.rating == "中"


def test_level1_points_shared_when_no_points_given_and_mixed_points_refused():
    result = score_form(NATIONAL, [Ind("产出指标", "≥1个", "1个"), Ind("产出指标", "≥1个", "1个"),
                                   Ind("效益指标", "≥1个", "1个"), Ind("满意度指标", "≥90%", "95%")], D(1), D(1))
    assert [i.points for i in result.indicators] == [D(25), D(25), D(30), D(10)]
    assert result.total == D(100)
    with pytest.raises(UserError, match="部分指标写了分值"):
        score_form(NATIONAL, [Ind("产出指标", "≥1个", "1个", D(50)), Ind("效益指标", "≥1个", "1个")], D(1), D(1))
    # a rule set without level-1 points shares the indicator points equally
    sichuan = score_form(rule_set("sichuan"), [Ind("产出指标", "≥1个", "1个"), Ind("效益指标", "≥1个", "1个")], D(1), D(1))
    assert [i.points for i in sichuan.indicators] == [D(45), D(45)]


def test_rating_comes_from_the_unrounded_total():
    # 0 + 90 × 19999 / 20000 = 89.9955 prints as 90.00 but is 良: the rating is taken before rounding
    result = score_form(NATIONAL, [Ind("产出指标", "≥20000人", "19999人", D(90))], D(100), D(0))
    assert result.total_exact < 90 and result.total == D("90.00") and result.rating == "良"


def test_undetermined_qualitative_row_uses_the_score_written_on_the_form():
    rows = [Ind("产出指标", "逐步完善", "正在推进", D(90), score=D(80))]
    assert score_form(NATIONAL, rows, D(1), D(1)).total == D(90)
    rows = [Ind("产出指标", "逐步完善", "正在推进", D(90))]
    assert score_form(NATIONAL, rows, D(1), D(1)).total is None


def _with_folder(monkeypatch, tmp_path: Path, files: dict[str, str]) -> None:
    glossary = tmp_path / "glossary"
    (glossary / "scoring").mkdir(parents=True)
    for name, text in files.items():
        (glossary / "scoring" / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(scoring, "data_dir", lambda name: tmp_path / name)
    scoring.rule_sets.cache_clear()


@pytest.fixture
def restore_cache():
    yield
    scoring.rule_sets.cache_clear()


def test_a_rule_set_whose_example_does_not_come_out_is_refused(monkeypatch, tmp_path, restore_cache):
    national = (Path(scoring.__file__).parents[2] / "glossary/scoring/national.yaml").read_text(encoding="utf-8")
    broken = national.replace("expect: {budget: 8.5, indicators: [18.75, 20, 30, 9], total: 86.25",
                              "expect: {budget: 8.5, indicators: [18.75, 20, 30, 9], total: 88")
    assert broken != national
    _with_folder(monkeypatch, tmp_path, {"national.yaml": broken})
    with pytest.raises(UserError, match="算例.*total 86.25"):
        scoring.rule_sets()


def test_a_province_is_one_file_that_extends_national(monkeypatch, tmp_path, restore_cache):
    national = (Path(scoring.__file__).parents[2] / "glossary/scoring/national.yaml").read_text(encoding="utf-8")
    province = (
        "id: demo\nname: 示例省\nextends: national\nprovince: 示例省\n"
        "source: [{title: 示例省项目支出绩效自评表, address: https://example.invalid/form}]\n"
        "budget: {points: 15}\nlevel1_points: null\ntotal_points: 100\n"
        "examples:\n  - name: 执行率60%得9分\n    budget: {full_year: 10, executed: 6}\n"
        "    indicators: [{level1: 产出指标, name: 数量, target: ≥10个, actual: 10个, points: 85}]\n"
        "    expect: {budget: 9, indicators: [85], total: 94, rating: 优}\n"
    )
    _with_folder(monkeypatch, tmp_path, {"national.yaml": national, "demo.yaml": province})
    demo = scoring.rule_set("demo")
    assert demo.budget_points == 15 and demo.bands == scoring.rule_set("national").bands
    with pytest.raises(UserError, match="可选"):
        scoring.rule_set("nowhere")


def test_a_rule_set_without_source_is_refused(monkeypatch, tmp_path, restore_cache):
    _with_folder(monkeypatch, tmp_path, {"bare.yaml": "id: bare\nname: 无来源\nexamples: []\n"})
    with pytest.raises(UserError, match="来源"):
        scoring.rule_sets()


def test_item_score_accepts_printed_precision():
    item = ItemScore("x", D(10), D("9.9667"), "m")
    assert item.accepts(D("9.97"), 2) and item.accepts(D("9.96"), 2) and item.accepts(D("10.0"), 1)
    assert not item.accepts(D("9.5"), 1) and not item.accepts(D("9.98"), 2)


def test_a_rule_set_naming_an_unknown_scale_is_refused_clearly(monkeypatch, tmp_path, restore_cache):
    national = (Path(scoring.__file__).parents[2] / "glossary/scoring/national.yaml").read_text(encoding="utf-8")
    _with_folder(monkeypatch, tmp_path, {"national.yaml": national.replace("grades: national", "grades: 一等至四等")})
    with pytest.raises(UserError) as exc:
        scoring.rule_sets()
    message = exc.value.messages[0]
    assert "national.yaml" in message and "字段 grades（等级标准）" in message
    assert "“一等至四等”不存在" in message and "可选：national" in message
