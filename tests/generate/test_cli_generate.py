"""`jixiao generate` end to end: outputs, determinism, sections, user templates, sandbox."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_demo_examples_generate_all_formats(tmp_path):
    result = run("generate", *EXAMPLES, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    for example in EXAMPLES:
        for ext in ("md", "docx", "json"):
            assert (tmp_path / f"{example.stem}.{ext}").stat().st_size > 0


def test_liwan_carries_its_figures_in_its_outline(tmp_path):
    assert run("generate", ROOT / "examples/lw2022.yaml", "-o", tmp_path, "--format", "md").exit_code == 0
    md = (tmp_path / "lw2022.md").read_text(encoding="utf-8")
    for figure in ("325,399.34万元", "322,145.23万元", "99%", "98.9分"):
        assert figure in md
    outline = [line for line in md.splitlines() if line.startswith("## ")]
    assert [h[3:5] for h in outline] == ["一、", "二、", "三、", "四、"]
    assert "基本情况" in outline[0] and "综合评价分析" in outline[1]
    for absent in ("None", "nan", "{{", "}}"):
        assert absent not in md


def test_same_seed_byte_identical_and_seed_changes_wording(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for out, seed in ((a, 0), (b, 0), (c, 7)):
        assert run("generate", *EXAMPLES, "-o", out, "--seed", seed).exit_code == 0
    for example in EXAMPLES:
        for ext in ("md", "docx", "json"):
            assert (a / f"{example.stem}.{ext}").read_bytes() == (b / f"{example.stem}.{ext}").read_bytes()
    assert any((a / f"{e.stem}.md").read_bytes() != (c / f"{e.stem}.md").read_bytes() for e in EXAMPLES)


def test_section_alone_to_stdout():
    result = run("generate", ROOT / "examples/lw2022.yaml", "--section", "finance_overview", "-o", "-")
    assert result.exit_code == 0, result.output
    assert "325,399.34万元" in result.output
    assert "部门职能" not in result.output


def test_unknown_section_lists_choices():
    result = run("generate", ROOT / "examples/lw2022.yaml", "--section", "nosuch", "-o", "-")
    assert result.exit_code == 2
    assert "没有名为“nosuch”的章节" in result.output and "finance_overview" in result.output


def test_user_template_overrides_by_name(tmp_path):
    section = tmp_path / "dept_self_eval" / "sections"
    section.mkdir(parents=True)
    (section / "conclusion.md.j2").write_text("本报告自评结论由单位自行撰写，得分{{ score|score }}分。\n", encoding="utf-8")
    result = run("generate", ROOT / "examples/lw2022.yaml", "--templates", tmp_path, "-o", "-")
    assert result.exit_code == 0, result.output
    assert "本报告自评结论由单位自行撰写，得分98.9分。" in result.output
    assert "325,399.34万元" in result.output  # other sections still built-in


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ phrase.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{% include '/etc/passwd' %}",
        "{% import 'os' as os %}",
    ],
)
def test_sandbox_blocks_escapes(tmp_path, body):
    section = tmp_path / "dept_self_eval" / "sections"
    section.mkdir(parents=True)
    (section / "conclusion.md.j2").write_text(body + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("generate", ROOT / "examples/lw2022.yaml", "--templates", tmp_path, "-o", out)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "root:" not in result.output
    assert not out.exists() or not list(out.iterdir())


def test_never_writes_over_its_input(tmp_path):
    data = tmp_path / "lw2022.md"
    data.write_bytes((ROOT / "examples/lw2022.yaml").read_bytes())
    before = data.read_bytes()
    result = run("generate", data, "-o", tmp_path, "--format", "md")
    assert result.exit_code == 2
    assert "拒绝覆盖" in result.output
    assert data.read_bytes() == before
