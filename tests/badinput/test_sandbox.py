"""User template folders render in the sandbox: escapes, file access, imports and
runaway sizes all fail with a clear Chinese message, exit code 2 and no effect."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "lw2022.yaml"

ATTACKS = {
    "class_mro": ("{{ ''.__class__.mro() }}", "沙箱"),
    "mro_attr": ("{{ ''.__class__.__mro__[1] }}", "沙箱"),
    "subclasses": ("{{ ().__class__.__base__.__subclasses__() }}", "沙箱"),
    "globals_of_method": ("{{ phrase.__func__.__globals__ }}", "沙箱"),
    "globals_of_builtin_global": ("{{ lipsum.__globals__['os'] }}", "沙箱"),
    "self_init": ("{{ self.__init__.__globals__ }}", "沙箱"),
    "self_private_context": ("{{ self._TemplateReference__context }}", "沙箱"),
    "bound_self": ("{{ phrase.__self__.facts }}", "沙箱"),
    "code_object": ("{{ phrase.__code__ }}", "沙箱"),
    "namespace_init": ("{{ namespace.__init__ }}", "沙箱"),
    "list_mutation": ("{% set x = [] %}{{ x.append(1) }}", "沙箱"),
    "open_builtin": ("{{ open('/etc/passwd').read() }}", "不存在的变量"),
    "import_builtin": ("{{ __import__('os').system('touch PWNED') }}", "不存在的变量"),
    "jinja_import": ("{% import 'os' as os %}{{ os.system('touch PWNED') }}", "没有的模板"),
    "jinja_from_import": ("{% from 'subprocess' import run %}", "没有的模板"),
    "include_absolute": ("{% include '/etc/passwd' %}", "没有的模板"),
    "include_parent": ("{% include '../../../../../../etc/passwd' %}", "没有的模板"),
    "extends_absolute": ("{% extends '/etc/hostname' %}", "没有的模板"),
    "huge_range": ("{% for i in range(10**9) %}x{% endfor %}", "过大"),
    "nested_ranges": ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}", "循环总次数"),
    "string_multiplication": ("{{ 'x' * 10**9 }}", "乘法"),
    "power_tower": ("{{ 2 ** 100000000 }}", "乘方"),
    "padding_filter": ("{{ 'x'|center(100000000) }}", "过大"),
    "format_attr": ("{{ '{0.__class__}'.format(1) }}", "沙箱"),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_template_attack_is_blocked(name, tmp_path, monkeypatch):
    body, expected = ATTACKS[name]
    templates = tmp_path / "tpl"
    section = templates / "dept_self_eval" / "sections"
    section.mkdir(parents=True)
    (section / "conclusion.md.j2").write_text(body + "\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(DATA), "--templates", str(templates), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.output.startswith("错误：模板"), result.output
    assert expected in result.output, result.output
    assert "root:" not in result.output  # no file content leaked
    assert not out.exists() or not list(out.iterdir())
    assert not list(work.iterdir())  # no effect: nothing created where the command ran


def test_ordinary_loops_and_arithmetic_still_work(tmp_path):
    templates = tmp_path / "tpl"
    section = templates / "dept_self_eval" / "sections"
    section.mkdir(parents=True)
    (section / "conclusion.md.j2").write_text(
        "结论：{% for i in range(3) %}第{{ i + 1 }}项；{% endfor %}合计{{ 2 ** 3 }}项，{{ '—' * 2 }}。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(DATA), "--templates", str(templates), "-o", "-", "--no-self-check"])
    assert result.exit_code == 0, result.output
    assert "结论：第1项；第2项；第3项；合计8项，——。" in result.output
