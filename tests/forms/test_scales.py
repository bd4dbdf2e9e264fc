"""Rating scales (gen/core/scales.py, glossary/scales/*.yaml): found by name, proven by their examples.

The non-national scale here is test data (its source says so); the shipped
scales are the files in glossary/scales/, each citing the public text its
floors come from.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli
from gen.core import scales, scoring
from gen.core.errors import UserError
from gen.core.numbers import rating_for

ROOT = Path(__file__).resolve().parents[2]

# A four-grade scale with other names and other floors, written for the tests.
DEMO_SCALE = """\
id: demo
name: 示例市等级标准
source: [{title: 测试用的示例等级标准（不是真实文件）, address: https://example.invalid/scale}]
places: 2
grades:
  - {floor: 95, name: 优秀, range: 95分（含）以上, tier: 优}
  - {floor: 85, name: 良好, range: 85分（含）至95分, tier: 良}
  - {floor: 60, name: 合格, range: 60分（含）至85分, tier: 中}
  - {floor: 0, name: 不合格, range: 60分以下, tier: 差}
examples: {"100": 优秀, "95": 优秀, "94.99": 良好, "85": 良好, "84.99": 合格, "60": 合格, "59.99": 不合格}
"""

# A rule set of the national rules that rates on the demo scale.
DEMO_RULES = """\
id: demo
name: 示例市（全国规则，示例市等级标准）
extends: national
grades: demo
source: [{title: 测试用的示例规则集（不是真实文件）, address: https://example.invalid/rules}]
examples:
  - name: 总分91.9分在示例市为良好（全国为优）
    budget: {full_year: 100, executed: 100}
    indicators:
      - {level1: 产出指标, name: 完成数量, target: "≥100个", actual: "91个", points: 90}
    expect: {budget: 10, indicators: [81.9], total: 91.9, rating: 良好}
"""


@pytest.fixture
def folder(monkeypatch, tmp_path):
    """A glossary with the shipped scales and rule sets, to which a test adds files."""
    glossary = tmp_path / "glossary"
    for sub in ("scales", "scoring"):
        (glossary / sub).mkdir(parents=True)
        for p in (ROOT / "glossary" / sub).glob("*.yaml"):
            (glossary / sub / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    for module in (scales, scoring):
        monkeypatch.setattr(module, "data_dir", lambda name: tmp_path / name)
    scales.scales.cache_clear()
    scoring.rule_sets.cache_clear()
    yield glossary
    scales.scales.cache_clear()
    scoring.rule_sets.cache_clear()


def test_the_national_scale_loads_with_its_source_and_rates_its_examples():
    national = scales.scale()
    assert national.id == "national" and national.names() == ("优", "良", "中", "差")
    assert all(s["title"] and s["address"] for s in national.sources)
    assert "财预〔2020〕10号" in national.sources[0]["title"]
    for score, rating in (("100", "优"), ("90", "优"), ("89.995", "良"), ("80", "良"), ("79.999", "中"),
                          ("60", "中"), ("59.99", "差"), ("0", "差")):
        assert rating_for(D(score)) == rating == rating_for(D(score), "national")
    assert national.canonical("优秀") == "优" and national.canonical("良好") == "良" and national.canonical("一等") is None
    assert [national.tier(n) for n in national.names()] == ["优", "良", "中", "差"]


def test_every_shipped_scale_cites_its_source_and_has_an_example_per_grade():
    for s in scales.scales().values():
        assert s.sources and all(src.get("title") and src.get("address") for src in s.sources), s.id
        assert s.grades[-1].floor == 0, s.id


def test_a_scale_is_one_file_found_by_name(folder):
    (folder / "scales" / "demo.yaml").write_text(DEMO_SCALE, encoding="utf-8")
    demo = scales.scale("demo")
    assert demo.names() == ("优秀", "良好", "合格", "不合格")
    assert rating_for(D("94.99"), "demo") == "良好" and rating_for(D("92"), "national") == "优"
    assert rating_for(D("84.99"), "demo") == "合格" and demo.tier("合格") == "中"
    assert "85分（含）至95分为良好" in demo.describe()


def test_an_unknown_scale_name_lists_the_choices():
    with pytest.raises(UserError, match="等级标准“nowhere”不存在，可选：national"):
        scales.scale("nowhere")


@pytest.mark.parametrize("old, new, field", [
    ("{floor: 85, name: 良好", "{floor: 八十五, name: 良好", "字段 grades[1].floor：应为数字，现为“八十五”"),
    ("tier: 中}", "tier: 合格}", "字段 grades[2].tier：应为优、良、中、差之一，现为“合格”"),
    ("{floor: 0, name: 不合格", "{floor: 10, name: 不合格", "字段 grades[3].floor：最低一档应为0"),
    ("{floor: 60, name: 合格", "{floor: 90, name: 合格", "字段 grades：应至少有两个等级，按 floor 从高到低排列"),
    ('"84.99": 合格', '"84.99": 良好', "字段 examples.84.99：84.99分应为“良好”，按所列等级得到“合格”"),
    ('"59.99": 不合格}', "}", "字段 examples：等级“不合格”没有算例"),
    ("source: [{title: 测试用的示例等级标准（不是真实文件）, address: https://example.invalid/scale}]\n", "",
     "字段 source：应写明来源"),
    ("id: demo", "id: other", "字段 id：应与文件名相同（demo），现为“other”"),
    ("{floor: 85, name: 良好, range: 85分（含）至95分, tier: 良}",
     "{floor: 85, name: 良好, range: 85分（含）至95分, tier: 良, words: [优秀]}", "“优秀”已用于等级“优秀”"),
])
def test_a_bad_scale_file_is_refused_naming_file_and_field(folder, old, new, field):
    assert old in DEMO_SCALE
    (folder / "scales" / "demo.yaml").write_text(DEMO_SCALE.replace(old, new), encoding="utf-8")
    with pytest.raises(UserError) as exc:
        scales.scales()
    message = exc.value.messages[0]
    assert message.startswith(str(folder / "scales" / "demo.yaml") + "：") and field in message, message


def test_a_scale_file_that_is_not_yaml_names_its_line(folder):
    (folder / "scales" / "demo.yaml").write_text("id: demo\ngrades: [\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"demo\.yaml：第\d+行不是有效的 YAML"):
        scales.scales()


def test_a_bad_scale_file_fails_the_cli_with_exit_2_and_no_traceback(folder, tmp_path):
    (folder / "scales" / "demo.yaml").write_text(DEMO_SCALE.replace('"84.99": 合格', '"84.99": 良好'), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(ROOT / "examples" / "lw2022.yaml"), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "demo.yaml：字段 examples.84.99" in result.output and "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())
    checked = CliRunner().invoke(cli, ["check", str(ROOT / "tests" / "golden")])
    assert checked.exit_code == 2 and "demo.yaml：字段 examples.84.99" in checked.output


def test_a_rule_set_names_its_scale_and_its_forms_are_rated_on_it(folder):
    (folder / "scales" / "demo.yaml").write_text(DEMO_SCALE, encoding="utf-8")
    (folder / "scoring" / "demo.yaml").write_text(DEMO_RULES, encoding="utf-8")
    rs = scoring.rule_set("demo")
    assert rs.grades == "demo" and rs.scale.name == "示例市等级标准"
    assert scoring.rule_set("national").grades == "national"

    class Row:
        level1, name, target, actual, points, score = "产出指标", "完成数量", "≥100个", "96个", D(90), None

    result = scoring.score_form(rs, [Row()], D(100), D(100))
    assert result.total == D("96.40") and result.rating == "优秀"
    assert scoring.score_form(scoring.rule_set("national"), [Row()], D(100), D(100)).rating == "优"


def test_a_rule_set_whose_example_rates_on_the_wrong_scale_is_refused(folder):
    (folder / "scales" / "demo.yaml").write_text(DEMO_SCALE, encoding="utf-8")
    (folder / "scoring" / "demo.yaml").write_text(DEMO_RULES.replace("rating: 良好", "rating: 优"), encoding="utf-8")
    with pytest.raises(UserError, match="算例“总分91.9分在示例市为良好（全国为优）”.*rating 良好"):
        scoring.rule_sets()


def _demo_bureau(folder, tmp_path):
    from tests.forms.support import DEPT

    (folder / "scales" / "demo.yaml").write_text(DEMO_SCALE, encoding="utf-8")
    (folder / "scoring" / "demo.yaml").write_text(DEMO_RULES, encoding="utf-8")
    data = tmp_path / "dept.yaml"
    data.write_text(DEPT.replace("forms:\n", "forms:\n  rule_set: demo\n"), encoding="utf-8")
    return data


def test_a_report_under_another_scale_prints_its_rating_states_the_scale_and_passes_the_self_check(folder, tmp_path):
    import json

    from openpyxl import load_workbook

    data = _demo_bureau(folder, tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(data), "-o", str(out), "--format", "md,json,xlsx"])
    assert result.exit_code == 0, result.output  # the self-check (N007 among all rules) found no error
    md = (out / "dept.md").read_text(encoding="utf-8")
    # 90 points: 优 on the national scale, 良好 on the bureau's (85 to 95)
    assert "自评得分90分" in md and "“良好”" in md and "“优”" not in md
    assert "示例市等级标准" in md and "85分（含）至95分为良好" in md
    facts = json.loads((out / "dept.json").read_text(encoding="utf-8"))
    assert "良好" in json.dumps(facts, ensure_ascii=False)
    cells = [c.value for ws in load_workbook(out / "dept.xlsx") for row in ws.iter_rows() for c in row]
    assert "自评等级：良好" in cells and "自评等级：优" not in cells
    # Read back without the data, the report carries its scale: N007 judges 良好 on it and stays quiet.
    checked = CliRunner().invoke(cli, ["check", str(out / "dept.md"), "--select", "N007"])
    assert checked.exit_code == 0, checked.output


def test_the_same_bureau_on_the_national_scale_says_nothing_of_its_scale(folder, tmp_path):
    from tests.forms.support import DEPT

    data = tmp_path / "dept.yaml"
    data.write_text(DEPT, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["generate", str(data), "-o", str(out), "--format", "md"]).exit_code == 0
    md = (out / "dept.md").read_text(encoding="utf-8")
    assert "自评得分90分" in md and "“优”" in md and "等级标准" not in md


def test_a_given_rating_is_a_grade_of_the_bureaus_scale(folder, tmp_path):
    data = _demo_bureau(folder, tmp_path)
    text = data.read_text(encoding="utf-8")
    cases = (("良好", None), ("优", "“优”不是示例市等级标准的等级，应为优秀、良好、合格、不合格之一"),
             ("优秀", "等级“优秀”与得分90.00分不符：按示例市等级标准（95分（含）以上为优秀"))
    for given, refused in cases:
        data.write_text(text + f"evaluation: {{rating: {given}}}\n", encoding="utf-8")
        result = CliRunner().invoke(cli, ["generate", str(data), "-o", str(tmp_path / given), "--format", "md"])
        assert result.exit_code == (0 if refused is None else 2), result.output
        if refused is not None:
            assert "字段 evaluation.rating（自评等级）" in result.output and refused in result.output, result.output


# -- the checker: N007 on the scale a text states -------------------------------------------------

def _n007(text: str, data=None) -> list:
    from gen.check.config import Config
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import run

    return [f for f in run(source_from_text(text, "t.txt"), select_rules(["N007"]), data, Config()).findings]


@pytest.mark.parametrize("stated", [
    "评价等级：95分（含）以上为优秀，85分（含）至95分为良好，60分（含）至85分为合格，60分以下为不合格。",
    "评价等级分为优秀（95分及以上）、良好（85-94分）、合格（60-84分）、不合格（60分以下）。",
    "按95-100分为“优秀”、85-95分为“良好”、60-85分为“合格”、0-60分为“不合格”评定。",
])
def test_n007_reads_the_scale_the_text_states_in_either_shape(stated):
    right = stated + "本项目自评得分92分，评价等级为“良好”。"
    wrong = stated + "本项目自评得分92分，评价等级为“优秀”。"  # 优 on the national scale, 良好 on the stated one
    assert _n007(right) == []
    (finding,) = _n007(wrong)
    assert finding.suggestion == "良好" and wrong[finding.start:finding.end] == "优秀"


def test_n007_a_scale_stated_after_the_score_counts_and_grades_it_does_not_name_are_left_alone():
    text = "本项目自评得分86分，评为二等（等级划分为一等（90-100分）、二等（80-89分）、三等（60-79分）、四等（0-59分））。"
    assert _n007(text) == []
    assert _n007(text.replace("评为二等", "评为一等"))[0].suggestion == "二等"
    # a rating word the stated scale does not have is not judged on another scale
    assert _n007("优秀（95分及以上）、良好（85-94分）、合格（60-84分）、不合格（60分以下）。得分92分，等级为“优”。") == []


@pytest.mark.parametrize("not_a_scale", [
    "95分以上为优秀，85-94分为良好。",  # two bands
    "95分以上为优秀，85-90分为良好，60-84分为合格，60分以下为不合格。",  # 85-90 does not meet 95
    "95分以上为优秀，85-94分为良好，60-84分为合格，50分以下为不合格。",  # the bottom band does not meet 60
    "满意度95以上为优秀，85-94为良好，60-84为合格，60以下为不合格。",  # no 分 anywhere: not a score scale
])
def test_n007_what_is_not_a_scale_beyond_doubt_falls_back_to_the_national_one(not_a_scale):
    assert _n007(not_a_scale + "项目自评得分92分，评价等级为“优”。") == []
    assert _n007(not_a_scale + "项目自评得分92分，评价等级为“良”。")[0].suggestion == "优"


def test_n007_uses_the_grounding_datas_scale(folder):
    from types import SimpleNamespace

    (folder / "scales" / "demo.yaml").write_text(DEMO_SCALE, encoding="utf-8")
    (folder / "scoring" / "demo.yaml").write_text(DEMO_RULES, encoding="utf-8")
    demo = SimpleNamespace(forms=SimpleNamespace(rule_set="demo"))
    text = "2023年度部门整体支出绩效自评得分90分，自评等级为“{}”。"
    assert _n007(text.format("良好"), demo) == []
    assert _n007(text.format("优秀"), demo)[0].suggestion == "良好"
    assert _n007(text.format("优秀")) == []  # without the data: 优秀 is 优 on the national scale
    # a word only one registered scale knows is judged on that scale
    assert _n007(text.format("不合格"))[0].suggestion == "良好"
