"""A data file holding only a bureau's name, a year, income and expenditure: the smallest a user starts from.

It was refused (bureau.region required) though the region only chooses the outline (the national one is the
default) and lets a few duty sentences name the region. Drafted now, every sentence holds of those four data
and everything else is a visible 【待补充】, never filler or a region it was not told."""

from __future__ import annotations

from gen.core.derive import derive
from gen.core.load import load_spec
from tests.generate.support import data_file, render_md

BARE = {"kind": "dept_self_eval", "year": 2024, "bureau": {"name": "某县民政局"},
        "finance": {"income": 2310.50, "expenditure": 2288.16}}


def test_bare_file_drafts_with_the_default_outline(tmp_path):
    spec = load_spec(data_file(tmp_path, "bare.yaml", BARE))
    assert spec.profile == "national"
    facts = derive(spec)
    assert (facts["region"], facts["region_level"], facts["province"]) == ("", "", None)


def test_bare_draft_states_its_figures_and_asks_for_the_rest(tmp_path):
    for seed in range(4):
        md = render_md(data_file(tmp_path, "bare.yaml", BARE), seed=seed)
        assert "某县民政局" in md and "2288.16万元" in md and "99.03%" in md, seed  # 2288.16 ÷ 2310.50
        assert md.count("【待补充") >= 8, seed
        # no region it was not told, no verdict the four data do not hold
        assert "全县" not in md and "人民政府" not in md and "优" not in md, seed


def test_agriculture_duties_without_region_skip_the_sentence_that_names_it(tmp_path):
    data = {**BARE, "bureau": {"name": "某县农业农村局"}, "duties": ["拟订农业农村发展规划"]}
    for seed in range(4):
        md = render_md(data_file(tmp_path, "agri.yaml", data), seed=seed)
        assert "拟订农业农村发展规划" in md and "是人民政府工作部门" not in md and "全农业" not in md, seed
