"""A user's template folder cannot leave itself, crash the run or eat the machine.

Each case: exit 2, a Chinese message naming the template (and the line where the
failure happened inside one), no traceback, nothing written, no file content
from outside the folder printed. Sizes are bounded by estimate before anything is
built; CPU time by a profiling timer (set low here, so the test measures work,
not wall-clock).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli
from gen.generate import jinja_env, jinja_limits

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "lw2022.yaml"
SECTION = "dept_self_eval/sections/conclusion.md.j2"

# name -> (template body, words the message must contain)
CASES: dict[str, tuple[str | bytes, tuple[str, ...]]] = {
    "macro_recursion": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n{{ f(0) }}", ("递归", "第1行")),
    "include_itself": ("{% include '" + SECTION + "' %}", ("递归",)),
    "mutual_macros": ("{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}{{ a() }}", ("递归",)),
    "zero_division": ("结论\n{{ 1 / 0 }}", ("除数为零", "第2行")),
    "floor_division_by_zero": ("{{ 7 // 0 }}", ("除数为零", "第1行")),
    "modulo_zero": ("\n\n{{ 7 % 0 }}", ("除数为零", "第3行")),
    "text_plus_number": ("{{ '结论' + 1 }}", ("类型不匹配", "第1行")),
    "number_plus_text": ("\n{{ 1 + '结论' }}", ("类型不匹配", "第2行")),
    "call_a_number": ("{{ (1)() }}", ("渲染失败",)),
    "index_out_of_range": ("{{ [1, 2][5] }}", ("不存在",)),
    "int_of_huge_text": ("{{ ('9' * 5000)|int }}", ()),
    "gbk_template": ("结论：完成全年目标。".encode("gbk"), ("UTF-8", "第1行")),
    "stray_byte_template": ("结论：".encode("utf-8") + b"\xff" + "完成。".encode("utf-8"), ("UTF-8", "第1行第4列")),
    "center_filter": ("{{ 'x'|center(100000000) }}", ("过滤器 center",)),
    "center_method": ("{{ 'x'.center(100000000) }}", ("方法 center",)),
    "ljust_method": ("{{ 'x'.ljust(100000000) }}", ("方法 ljust",)),
    "zfill_method": ("{{ '1'.zfill(100000000) }}", ("方法 zfill",)),
    "replace_filter": ("{% set s = 'x' * 100000 %}{{ s|replace('x', s) }}", ("过滤器 replace",)),
    "replace_method": ("{% set s = 'x' * 100000 %}{{ s.replace('x', s) }}", ("方法 replace",)),
    "replace_empty_old": ("{% set s = 'x' * 100000 %}{{ s|replace('', s) }}", ("过滤器 replace",)),
    "format_filter_width": ("{{ '%100000000s'|format(1) }}", ("过滤器 format",)),
    "format_method_width": ("{{ '{:>100000000}'.format(1) }}", ("方法 format",)),
    "format_big_args": ("{% set s = 'x' * 900000 %}{{ '%s%s%s%s%s%s'|format(s, s, s, s, s, s) }}", ("过滤器 format",)),
    "join_filter": ("{% set s = 'x' * 100000 %}{{ ([s] * 60)|join(s) }}", ("过滤器 join",)),
    "join_method": ("{% set s = 'x' * 100000 %}{{ s.join([s] * 60) }}", ("方法 join",)),
    "indent_filter": ("{% set s = '\n' * 100000 %}{{ s|indent(1000) }}", ("过滤器 indent",)),
    "tilde_doubling": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
                       ("“~”拼接",)),
    "plus_doubling": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
                      ("“+”拼接",)),
    "list_doubling": ("{% set ns = namespace(s=[1]) %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
                      ("“+”拼接",)),
    "expandtabs": ("{{ ('\t' * 100000).expandtabs(1000) }}", ("方法 expandtabs",)),
    "cpu_runaway": ("{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
                    ("CPU 时间", "第1行")),
}


def _run(templates: Path, monkeypatch, tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(DATA), "--templates", str(templates), "-o", str(out), "--format", "md"])
    return result, out, work


def _assert_refused(result, out: Path, work: Path, words: tuple[str, ...]) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.output.startswith("错误：模板"), result.output
    for word in words:
        assert word in result.output, result.output
    assert "root:" not in result.output
    assert not out.exists() or not list(out.iterdir())
    assert not list(work.iterdir())


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_template(name, tmp_path, monkeypatch):
    body, words = CASES[name]
    monkeypatch.setattr(jinja_limits, "MAX_RENDER_CPU_SECONDS", 1.0)
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    path = folder / "conclusion.md.j2"
    path.write_bytes(body if isinstance(body, bytes) else (body + "\n").encode("utf-8"))
    result, out, work = _run(tmp_path / "tpl", monkeypatch, tmp_path)
    if name == "int_of_huge_text":
        # Jinja's int filter falls back to 0 on a conversion error: not a crash, and nothing large built
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        return
    _assert_refused(result, out, work, words)
    if name not in ("gbk_template", "stray_byte_template"):
        assert "conclusion.md.j2" in result.output  # the template where it happened


def _outside_link(tmp_path: Path, target: Path) -> Path:
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    os.symlink(target, folder / "conclusion.md.j2")
    return tmp_path / "tpl"


@pytest.mark.parametrize("target", ["/etc/passwd", "/etc/hostname", "outside_file", "/dev/zero"])
def test_symlink_out_of_the_template_folder_is_refused(target, tmp_path, monkeypatch):
    if target == "outside_file":
        secret = tmp_path / "secret.md.j2"
        secret.write_text("机密：root:x:0:0\n", encoding="utf-8")
        target = str(secret)
    templates = _outside_link(tmp_path, Path(target))
    result, out, work = _run(templates, monkeypatch, tmp_path)
    _assert_refused(result, out, work, ("模板目录之外",))
    assert "机密" not in result.output


def test_symlinked_folder_out_of_the_template_folder_is_refused(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere" / "sections"
    elsewhere.mkdir(parents=True)
    (elsewhere / "conclusion.md.j2").write_text("机密内容\n", encoding="utf-8")
    (tmp_path / "tpl" / "dept_self_eval").mkdir(parents=True)
    os.symlink(elsewhere, tmp_path / "tpl" / "dept_self_eval" / "sections")
    result, out, work = _run(tmp_path / "tpl", monkeypatch, tmp_path)
    _assert_refused(result, out, work, ("模板目录之外",))
    assert "机密内容" not in result.output


def test_include_through_a_symlink_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    os.symlink("/etc/passwd", tmp_path / "tpl" / "leak.md.j2")
    (folder / "conclusion.md.j2").write_text("{% include 'leak.md.j2' %}\n", encoding="utf-8")
    result, out, work = _run(tmp_path / "tpl", monkeypatch, tmp_path)
    _assert_refused(result, out, work, ("leak.md.j2", "模板目录之外"))


def test_fifo_template_is_refused_without_hanging(tmp_path, monkeypatch):
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "conclusion.md.j2")
    result, out, work = _run(tmp_path / "tpl", monkeypatch, tmp_path)
    _assert_refused(result, out, work, ("命名管道",))


def test_symlink_inside_the_folder_is_allowed(tmp_path, monkeypatch):
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    (tmp_path / "tpl" / "shared.md.j2").write_text("结论：本年度完成了目标。\n", encoding="utf-8")
    os.symlink(tmp_path / "tpl" / "shared.md.j2", folder / "conclusion.md.j2")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["generate", str(DATA), "--templates", str(tmp_path / "tpl"), "-o", "-",
                                      "--no-self-check"])
    assert result.exit_code == 0, result.output
    assert "结论：本年度完成了目标。" in result.output


def test_ordinary_filters_still_work(tmp_path, monkeypatch):
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    body = ("结论：{{ '甲'|center(3) }}{{ ['一', '二']|join('、') }}{{ 'ab'|replace('b', 'c') }}"
            "{{ '%s项'|format(3) }}{{ '{}家'.format(2) }}{{ 'x' ~ 'y' }}{{ ('a' + 'b')|upper }}。\n")
    (folder / "conclusion.md.j2").write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["generate", str(DATA), "--templates", str(tmp_path / "tpl"), "-o", "-",
                                      "--no-self-check"])
    assert result.exit_code == 0, result.output
    assert "结论： 甲 一、二ac3项2家xyAB。" in result.output


def test_size_checks_run_before_the_value_is_built(monkeypatch):
    """Work bound: the refused center() never allocates its result (the estimate runs first)."""
    env = jinja_env.make_env(None)
    calls = []
    real = jinja_env.JINJA_FILTERS["center"]
    monkeypatch.setitem(jinja_env.JINJA_FILTERS, "center", lambda *a, **k: calls.append(a) or real(*a, **k))
    env2 = jinja_env.make_env.__wrapped__(None)
    with pytest.raises(jinja_limits.TemplateTooLarge):
        env2.from_string("{{ 'x'|center(10**8) }}").render()
    assert calls == []
    assert env.from_string("{{ 'x'|center(5) }}").render() == "  x  "


def test_batch_with_a_fifo_in_the_template_folder_does_not_hang(tmp_path, monkeypatch):
    """The batch fingerprints the template folder: a FIFO or /dev/zero link there must not be read."""
    folder = tmp_path / "tpl" / "dept_self_eval" / "sections"
    folder.mkdir(parents=True)
    os.mkfifo(tmp_path / "tpl" / "pipe.md.j2")
    os.symlink("/dev/zero", tmp_path / "tpl" / "zero.md.j2")
    src = tmp_path / "data"
    src.mkdir()
    (src / "a.yaml").write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["batch", str(src), "--templates", str(tmp_path / "tpl"), "-o", str(tmp_path / "out"),
                                      "--format", "md", "-j", "1", "--no-check"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "a.md").is_file()


@pytest.mark.parametrize("make,expected", [
    ("fifo", "命名管道"), ("dev_zero", "字符设备"), ("duplicate_key", "重复"), ("gbk", "UTF-8"),
])
def test_hostile_user_corpus_file(make, expected, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    path = corpus / "x.yaml"
    if make == "fifo":
        os.mkfifo(path)
    elif make == "dev_zero":
        os.symlink("/dev/zero", path)
    elif make == "duplicate_key":
        path.write_text("- id: a\n  id: b\n", encoding="utf-8")
    else:
        path.write_bytes("- id: 甲\n".encode("gbk"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["generate", str(DATA), "--corpus", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.output.startswith("错误：")
    assert "x.yaml" in result.output and expected in result.output, result.output
    assert not (tmp_path / "out").exists()
