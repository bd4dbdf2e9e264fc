"""The outline registry: read from templates/, described in Chinese, chosen by region."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli
from gen.core.errors import UserError
from gen.core.load import load_spec
from gen.core.outlines import _kind, get_kind, load_kinds, resolve_outline
from gen.generate.document import Heading
from gen.generate.render import render_document

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"


def test_every_outline_template_is_registered_and_described():
    registered = {(o.kind, o.id) for k in load_kinds() for o in k.outlines}
    on_disk = {(p.parent.name, p.name.removesuffix(".md.j2")) for p in TEMPLATES.glob("*/*.md.j2")}
    assert registered == on_disk
    for k in load_kinds():
        assert k.default in k.outlines
        for o in k.outlines:
            assert re.search(r"[\u4e00-\u9fff]", o.name) and o.description and o.convention and o.sections


def test_no_outline_list_in_python():
    for path in (ROOT / "gen").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\(\s*\"guangdong\",\s*\"shenzhen\"", text), path


def test_national_is_the_default_for_regions_without_an_outline():
    assert get_kind("dept_self_eval").default.id == "national"
    for name in ("pl_cppcc2024", "bs_edu2017", "bs_agri2019", "zx_civil2024"):
        assert load_spec(ROOT / "examples" / f"{name}.yaml").profile == "national"


def test_national_outline_follows_the_reference_structure():
    doc, _ = render_document(load_spec(ROOT / "examples" / "pl_cppcc2024.yaml"))
    top = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == ["部门（单位）概况", "部门整体支出情况", "绩效目标实现情况", "存在的问题及原因分析", "下一步改进措施"]


@pytest.mark.parametrize("label,outline", [("深圳", "shenzhen"), ("湖南衡阳区县式（南岳）", "hunan"), ("guangdong", "guangdong"),
                                           ("财政部", "national")])
def test_outline_by_chinese_name_or_alias(label, outline):
    assert resolve_outline("dept_self_eval", label).id == outline


def test_a_broken_outline_description_fails_to_load(tmp_path):
    folder = tmp_path / "dept_self_eval"
    folder.mkdir()
    (folder / "kind.yaml").write_text("name: 部门整体支出绩效自评报告\n", encoding="utf-8")
    (folder / "x.md.j2").write_text("x", encoding="utf-8")
    (folder / "x.yaml").write_text("name: 某式\nsections: [一]\ndefault: true\n", encoding="utf-8")
    with pytest.raises(UserError, match="缺少 description"):
        _kind(folder)
    (folder / "x.yaml").write_text("name: 某式\ndescription: 说明\nconvention: 某地\nsections: [一]\n", encoding="utf-8")
    with pytest.raises(UserError, match="恰有一个默认提纲"):
        _kind(folder)


def test_outlines_command_explains_the_choice():
    result = CliRunner().invoke(cli, ["outlines", str(ROOT / "examples" / "zx_civil2024.yaml")])
    assert result.exit_code == 0, result.output
    assert "全国通用（财政部参考提纲）" in result.output and "← 本数据选用" in result.output
    assert "湖南衡阳区县式（南岳）" in result.output and "依据：" in result.output
    result = CliRunner().invoke(cli, ["outlines", "--kind", "项目支出绩效自评工作报告"])
    assert result.exit_code == 0 and "hebei" in result.output and "national" not in result.output
    result = CliRunner().invoke(cli, ["outlines", "--kind", "火星报告"])
    assert result.exit_code == 2 and "没有名为" in result.output
