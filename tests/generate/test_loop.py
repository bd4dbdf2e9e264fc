"""The generate -> check loop: generated reports pass their own checker and data.

Whatever the generator prints must survive every rule (all families) and the
grounding check against the very data it came from; and a single figure edited
in the Markdown must be caught by the grounding check, exactly there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gen.core.load import load_spec, validate
from gen.generate.render import render_document
from gen.generate.selfcheck import describe, self_check
from gen.generate.write.markdown import to_markdown

from tests.strategies import report_data

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
KINDS = ["dept_self_eval", "target_declaration", "project_self_eval"]
# At least 200 per document kind in CI; the slow profile (make test-slow) runs its own, larger number.
LOOP_EXAMPLES = max(200, settings().max_examples)


def _markdown(spec) -> str:
    return to_markdown(render_document(spec)[0])


def _grounding(findings):
    return [f for f in findings if f.code.startswith("G")]


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=LOOP_EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(draw=st.data())
def test_generated_report_passes_its_own_check(kind, draw):
    data = draw.draw(report_data(kind=kind), label="data")
    spec = validate(data, "random.yaml")
    md = _markdown(spec)
    findings = self_check(md, spec, "random.md")
    serious = [f for f in findings if f.severity in ("error", "warning")]
    assert not serious, describe(md, "random.md", serious)
    grounding = _grounding(findings)
    assert not grounding, describe(md, "random.md", grounding)


@pytest.fixture(scope="module")
def lw2022():
    spec = load_spec(EXAMPLES / "lw2022.yaml")
    return spec, _markdown(spec)


def test_edited_expenditure_is_flagged_exactly_there(lw2022):
    spec, md = lw2022
    assert md.count("322,145.23") == 1
    edited = md.replace("322,145.23", "322,415.23")
    start = edited.index("322,415.23")
    found = _grounding(self_check(edited, spec, "lw2022.md"))
    assert [(f.code, f.start, f.severity) for f in found] == [("G001", start, "error")]
    f = found[0]
    assert edited[f.start:f.end] == "322,415.23万元"
    assert "322,415.23" in f.message and "322,145.23" in f.message
    assert f.suggestion == "322,145.23万元"


def test_unedited_example_has_clean_grounding(lw2022):
    spec, md = lw2022
    assert _grounding(self_check(md, spec, "lw2022.md")) == []


_AMOUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d%])")


def _swap_digits(figure: str) -> str:
    """The figure with its first two different adjacent digits swapped (a typical typing slip)."""
    chars = list(figure)
    digits = [i for i, c in enumerate(chars) if c.isdigit()]
    for a, b in zip(digits, digits[1:]):
        if chars[a] != chars[b] and not (a == 0 and chars[b] == "0"):
            chars[a], chars[b] = chars[b], chars[a]
            return "".join(chars)
    return ""


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_edited_amount_is_flagged_exactly_there(name):
    """Each amount in each example, edited alone, gives one grounding finding at that figure."""
    spec = load_spec(EXAMPLES / name)
    md = _markdown(spec)
    assert _grounding(self_check(md, spec, name)) == []
    figures = [m for m in _AMOUNT.finditer(md) if _swap_digits(m.group())]
    for m in figures:
        wrong = _swap_digits(m.group())
        if wrong.replace(",", "") == m.group().replace(",", ""):
            continue
        edited = md[:m.start()] + wrong + md[m.end():]
        found = _grounding(self_check(edited, spec, name))
        assert len(found) == 1 and found[0].start == m.start(), (m.group(), wrong, describe(edited, name, found))


# -- jixiao generate checks what it wrote ----------------------------------------------


def _generate(*args):
    from click.testing import CliRunner

    from gen.cli import cli

    return CliRunner().invoke(cli, ["generate", *[str(a) for a in args]])


@pytest.fixture
def wrong_template(tmp_path):
    """A user template whose 收支 section prints 本年支出 off by one 万元: a generator fault."""
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    (folder / "finance_overview.md.j2").write_text(
        "{{ bureau_name }}本年收入{{ income|wan }}万元，本年支出{{ (expenditure + 1)|wan }}万元。\n", encoding="utf-8")
    return tmp_path / "tpl"


def test_generate_fails_a_report_its_self_check_finds_wrong(tmp_path, wrong_template):
    out = tmp_path / "out"
    result = _generate(EXAMPLES / "lw2022.yaml", "-o", out, "--format", "md", "--section", "finance_overview",
                       "--templates", wrong_template)
    assert result.exit_code == 2, result.output
    assert "生成结果未通过自检" in result.output
    assert "lw2022.finance_overview.md:3:" in result.output and "G001" in result.output
    assert "322,146.23" in result.output and "322,145.23" in result.output
    assert not (out / "lw2022.finance_overview.md").exists()


def test_no_self_check_writes_the_report_anyway(tmp_path, wrong_template):
    out = tmp_path / "out"
    result = _generate(EXAMPLES / "lw2022.yaml", "-o", out, "--format", "md", "--section", "finance_overview",
                       "--templates", wrong_template, "--no-self-check")
    assert result.exit_code == 0, result.output
    assert "322,146.23万元" in (out / "lw2022.finance_overview.md").read_text(encoding="utf-8")


def test_built_in_section_passes_its_self_check(tmp_path):
    result = _generate(EXAMPLES / "lw2022.yaml", "-o", tmp_path, "--format", "md", "--section", "finance_overview")
    assert result.exit_code == 0, result.output
    assert "自检" not in result.output
