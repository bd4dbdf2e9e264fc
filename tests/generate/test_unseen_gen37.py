"""Drafts of bureaus unlike the examples (round gen37): a 县档案馆, a 交警支队, a 乡 without a previous
year, a 检察院 with forms and others. Each test is one place where a draft printed what its data does
not hold, or kept silent about what it lacks."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from gen.cli import cli
from gen.core.load import load_spec
from gen.generate.write.form_grid import project_grid
from tests.generate.support import data_file, render_md

PARTIAL_FORM = {
    "kind": "project_self_eval", "profile": "hebei", "year": 2024,
    "bureau": {"name": "某县档案馆", "region": {"province": "河北省", "county": "某县"}},
    "projects": [{"name": "档案数字化", "goal": "完成馆藏档案数字化", "budget": 50, "spent": 50}],
    "forms": {"rule_set": "national", "projects": [{
        "name": "档案数字化",
        "funds": {"total": {"initial": 50, "full_year": 50, "executed": 50}, "points": 10},
        "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "name": "数字化页数", "target": "≥100万页",
             "actual": "90万页", "points": 50},
            {"level1": "效益指标", "level2": "社会效益指标", "name": "查档利用便利度", "target": "明显提升",
             "actual": "明显提升", "points": 30, "score": 30},
        ]}]},
}


def _total_row(tmp_path: Path, data: dict) -> dict[int, str]:
    spec = load_spec(data_file(tmp_path, "d.yaml", data))
    grid = project_grid(spec, spec.forms.projects[0], 1)
    row = next(c.row for c in grid.cells if c.text == "总分")
    return {c.col: c.text for c in grid.cells if c.row == row}


def test_partial_form_total_row_shows_the_points_its_total_is_out_of(tmp_path):
    """Rows worth 10 + 50 + 30 = 90 earn 85; the rules rescale the total to 100 (94.44). The 总分 row
    printed 分值 90 beside 94.44 with no word why, a score above its points; the row keeps the rows' sum
    (the checker's F009 wants it) and says the total is rescaled to 100."""
    cells = _total_row(tmp_path, PARTIAL_FORM)
    assert cells[7] == "94.44"
    assert cells[6] == "90"
    assert cells[8] == "表中各项分值之和为90分，总分按100分制折算；自评等级：优"


def test_complete_form_total_row_unchanged(tmp_path):
    data = {**PARTIAL_FORM}
    form = dict(PARTIAL_FORM["forms"]["projects"][0])
    form["indicators"] = [dict(form["indicators"][0], points=60), form["indicators"][1]]
    data["forms"] = {"rule_set": "national", "projects": [form]}
    cells = _total_row(tmp_path, data)
    assert cells[6] == "100" and cells[8] == "自评等级：优"


SHENZHEN_FUNDED = {
    "kind": "dept_self_eval", "profile": "shenzhen", "year": 2024,
    "bureau": {"name": "深圳市某区城市管理和综合执法局", "region": {"province": "广东省", "city": "深圳市", "county": "某区"}},
    "duties": ["负责辖区市容环境卫生管理。"],
    "tasks": [{"name": "生活垃圾分类", "funds": 320.5, "goal": "推进生活垃圾分类"},
              {"name": "道路清扫保洁", "metrics": [{"name": "机械化清扫率", "unit": "%", "target": 90, "actual": 93}]},
              {"name": "市容巡查", "goal": "巡查常态化"}],
    "evaluation": {"score": 92},
}


def test_shenzhen_funded_task_without_metrics_gets_its_completion_placeholder(tmp_path):
    """The shenzhen 履职绩效 listed only tasks with a result or metrics: a task given 320.5万元 and nothing
    else was left out silently, where the other outlines print its completion placeholder."""
    md = render_md(data_file(tmp_path, "d.yaml", SHENZHEN_FUNDED), section="performance")
    assert "1.生活垃圾分类。完成情况：【待补充：“生活垃圾分类”的完成情况】。" in md
    assert "2.道路清扫保洁。" in md
    assert "市容巡查" not in md  # a headline without funds or outcome stays in 重点工作任务 only


FORESTRY_PROJECTS = {
    "kind": "project_self_eval", "year": 2024,
    "bureau": {"name": "某县林业局", "region": {"province": "河北省", "county": "某县"}},
    "finance": {"project_count": 5},
    "projects": [{"name": "森林防火", "goal": "防火", "budget": 50, "spent": 45},
                 {"name": "造林", "goal": "造林", "budget": 30, "spent": 30}],
}


def _generate(tmp_path: Path, data: dict) -> tuple[str, str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = data_file(tmp_path, "d.yaml", data)
    result = CliRunner().invoke(cli, ["generate", str(path), "-o", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.output
    return result.output, (tmp_path / "out" / "d.md").read_text(encoding="utf-8")


def test_project_count_is_told_by_the_sentences_without_totals(tmp_path):
    """finance.project_count was warned as unused ("当前提纲没有相应位置") when the draft fell back to a
    funds sentence without totals; the outline has its place, and every sentence of the slot tells it."""
    cases = ({}, {"budget_adjusted": 100}, {"funds_spent": 75})
    for n, extra in enumerate(cases):
        data = {**FORESTRY_PROJECTS, "finance": {"project_count": 5, **extra}}
        out, md = _generate(tmp_path / str(n), data)
        assert "finance.project_count" not in out, (extra, out)
        assert "2024年度我局预算项目共5个" in md, (extra, md)


def _field_exists(model, dotted: str) -> bool:
    """Whether a dotted data path names a field of the model (through lists and optional blocks)."""
    import typing

    for part in dotted.split("."):
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            return False
        ann = fields[part].annotation
        while typing.get_args(ann):  # Optional[...], list[...]: the block inside
            inner = [a for a in typing.get_args(ann) if getattr(a, "model_fields", None)]
            ann = inner[0] if inner else typing.get_args(ann)[0]
            if not inner:
                break
        model = ann
    return True


def test_every_field_an_outline_needs_is_one_the_loader_accepts():
    """`jixiao outlines` told the hunan outline needs ``internal_units``; written so at the top of a data
    file it is refused (不认识的字段): the field is bureau.internal_units."""
    from gen.core.model import ReportSpec
    from gen.core.outlines import load_kinds

    wrong = [(k.name, o.id, need) for k in load_kinds() for o in k.outlines for need in o.needs
             if not _field_exists(ReportSpec, need)]
    assert not wrong


def test_evaluation_process_given_is_not_preceded_by_a_method_placeholder(tmp_path):
    """A 县妇联 gave management.evaluation_process but no evaluation.method: the draft asked for the method
    (本次自评的方式为【待补充…】) and told the process in the next sentence."""
    data = {"kind": "dept_self_eval", "year": 2024,
            "bureau": {"name": "某县妇女联合会", "region": {"province": "河南省", "county": "某县"}},
            "finance": {"income": 100, "expenditure": 90},
            "management": {"evaluation_process": "我会成立绩效自评工作小组，对照评分表逐项自评"},
            "evaluation": {"score": 88}}
    out, md = _generate(tmp_path, data)
    assert "我会成立绩效自评工作小组，对照评分表逐项自评。" in md
    assert "本次自评的方式为" not in md and "evaluation.method" not in out
