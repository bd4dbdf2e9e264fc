"""`jixiao check` and `jixiao rules` end to end, with fake rules installed in the registry."""

from __future__ import annotations

import json

from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from gen.cli import cli

FORMS = Path(__file__).resolve().parents[2] / "examples" / "forms"
TEXT = "一、基本情况\n我局全年认真贯彻落实区委区政府的决策部署，完成了各项\n工作任务，执行率为99.5%。\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def rules(fake_registry, regex_rule):
    """W901 (error) flags 各项工作, P901 (warning) flags 99.5%, G901 needs data."""
    fake_registry(
        regex_rule("W901", "各项工作", "error", suggestion="各项任务"),
        regex_rule("P901", r"99\.5%", "warning"),
        regex_rule("G901", "执行率", "error", needs_data=True),
    )


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no configuration file above tmp_path is picked up by accident
    return tmp_path


def invoke(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_text_output_and_exit_1(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(runner, "check", "r.txt")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "r.txt:2:25: W901 错误 测试规则命中“各项工作” (→ 各项任务)"
    assert lines[1] == "r.txt:3:10: P901 警告 测试规则命中“99.5%”"
    assert lines[2] == "共检查 1 个文件，发现 2 个问题（错误 1，警告 1，提示 0）。"


def test_exit_0_when_only_warnings(runner, rules, workdir):
    (workdir / "r.txt").write_text("执行率为99.5%。\n", encoding="utf-8")
    assert invoke(runner, "check", "r.txt").exit_code == 0


def test_exit_zero_flag(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    assert invoke(runner, "check", "--exit-zero", "r.txt").exit_code == 0


def test_json_shape(runner, rules, workdir):
    (workdir / "r.txt").write_bytes(TEXT.encode("gbk"))
    result = invoke(runner, "check", "--format", "json", "r.txt")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert list(report) == ["version", "files", "summary"]
    (f,) = report["files"]
    assert f["path"] == "r.txt"
    first = f["findings"][0]
    assert list(first) == ["code", "severity", "message", "line", "column", "start", "end", "text", "suggestion"]
    assert first == {"code": "W901", "severity": "error", "message": "测试规则命中“各项工作”", "line": 2,
                     "column": 25, "start": 31, "end": 36, "text": "各项\n工作", "suggestion": "各项任务"}
    assert TEXT[first["start"]:first["end"]] == first["text"]
    assert f["findings"][1]["suggestion"] is None
    assert report["summary"] == {"files": 1, "findings": 2, "errors": 1, "warnings": 1, "infos": 0,
                                 "by_code": {"P901": 1, "W901": 1}}
    assert "各项" in result.stdout  # ensure_ascii=False


def test_select_and_ignore(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    only_p = json.loads(invoke(runner, "check", "--format", "json", "--select", "p", "r.txt").stdout)
    assert [x["code"] for x in only_p["files"][0]["findings"]] == ["P901"]
    no_w = invoke(runner, "check", "--ignore", "W901", "r.txt")
    assert no_w.exit_code == 0 and "W901" not in no_w.stdout and "P901" in no_w.stdout


def test_bad_select_is_usage_error(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(runner, "check", "--select", "X1", "r.txt")
    assert result.exit_code == 2 and "X1" in result.stderr


def test_selecting_nothing_is_usage_error(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(runner, "check", "--select", "N", "r.txt")
    assert result.exit_code == 2 and "没有选中任何规则" in result.stderr


def test_suppression_comment(runner, rules, workdir):
    (workdir / "r.md").write_text("<!-- jixiao: ignore W901 -->\n我局完成各项工作。\n", encoding="utf-8")
    result = invoke(runner, "check", "r.md")
    assert result.exit_code == 0 and "W901" not in result.stdout


def test_unreadable_file_exit_2_in_chinese(runner, rules, workdir):
    (workdir / "good.txt").write_text(TEXT, encoding="utf-8")
    (workdir / "bad.docx").write_bytes(b"PK\x03\x04 broken")
    result = invoke(runner, "check", "good.txt", "bad.docx")
    assert result.exit_code == 2
    assert "bad.docx" in result.stderr and "损坏" in result.stderr
    assert "Traceback" not in result.output
    assert "good.txt:2:25: W901" in result.stdout  # the readable file is still checked


def test_missing_file_exit_2(runner, rules, workdir):
    result = invoke(runner, "check", "nope.txt")
    assert result.exit_code == 2 and "nope.txt" in result.stderr and "找不到" in result.stderr
    assert result.stdout == ""  # no misleading "no problems found" summary


def test_stdin(runner, rules, workdir):
    result = invoke(runner, "check", "-", input=TEXT.encode("utf-16"))
    assert result.exit_code == 1
    assert result.stdout.startswith("-:2:25: W901")


def test_folder_recursive_sorted(runner, rules, workdir):
    (workdir / "reports" / "b").mkdir(parents=True)
    (workdir / "reports" / "a.txt").write_text(TEXT, encoding="utf-8")
    (workdir / "reports" / "b" / "c.md").write_text(TEXT, encoding="utf-8")
    (workdir / "reports" / "notes.csv").write_text("各项工作", encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("我局完成各项工作。")
    d.save(str(workdir / "reports" / "b" / "d.docx"))
    report = json.loads(invoke(runner, "check", "--format", "json", "reports").stdout)
    paths = [f["path"].replace("\\", "/") for f in report["files"]]
    assert paths == ["reports/a.txt", "reports/b/c.md", "reports/b/d.docx"]
    assert report["summary"]["files"] == 3


def test_folder_takes_only_workbooks_that_look_like_forms(runner, rules, workdir):
    """A reviewer's folder: a report, a filled 自评表 workbook, a budget sheet and last round's review
    workbook. Only the report and the form are checked; the others are named as skipped."""
    folder = workdir / "round2"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    made = invoke(runner, "generate", str(FORMS / "tangxi2022.yaml"), "--format", "xlsx", "--no-self-check",
                  "-o", str(workdir / "gen"))
    assert made.exit_code == 0, made.output
    (folder / "form.xlsx").write_bytes((workdir / "gen" / "tangxi2022.xlsx").read_bytes())
    sheet = openpyxl.Workbook()
    sheet.active.append(["科目", "预算数（万元）"])
    sheet.active.append(["人员经费", 550.11])
    sheet.save(str(folder / "budget.xlsx"))
    review = invoke(runner, "check", "round2/a.txt", "--format", "xlsx", "-o", "round2/review.xlsx", "--exit-zero")
    assert review.exit_code == 0, review.output
    result = invoke(runner, "check", "--format", "json", "round2")
    paths = [f["path"].replace("\\", "/") for f in json.loads(result.stdout)["files"]]
    assert paths == ["round2/a.txt", "round2/form.xlsx"]
    assert "round2/budget.xlsx" in result.stderr and "round2/review.xlsx" in result.stderr
    assert "已跳过" in result.stderr and result.exit_code == 1  # W901 in a.txt, not a bad-input exit
    # a workbook named on the command line is always checked
    assert json.loads(invoke(runner, "check", "--format", "json", "round2/budget.xlsx").stdout)["summary"]["files"] == 1
    # a folder of nothing but other workbooks is bad input
    (folder / "a.txt").unlink()
    (folder / "form.xlsx").unlink()
    only = invoke(runner, "check", "round2")
    assert only.exit_code == 2 and "不像自评表" in only.stderr


def test_empty_folder_exit_2(runner, rules, workdir):
    (workdir / "empty").mkdir()
    result = invoke(runner, "check", "empty")
    assert result.exit_code == 2 and "没有" in result.stderr


def test_output_file_is_written_and_input_protected(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(runner, "check", "--format", "json", "-o", "out/report.json", "r.txt")
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads((workdir / "out" / "report.json").read_text(encoding="utf-8"))["version"] == 1
    clobber = invoke(runner, "check", "-o", "r.txt", "r.txt")
    assert clobber.exit_code == 2 and "拒绝覆盖" in clobber.stderr
    assert (workdir / "r.txt").read_text(encoding="utf-8") == TEXT


def test_data_option_runs_grounding_rules(runner, rules, workdir, monkeypatch):
    from gen.core import load

    (workdir / "r.txt").write_text("执行率为99.5%。\n", encoding="utf-8")
    assert "G901" not in invoke(runner, "check", "r.txt").stdout
    loaded = []
    monkeypatch.setattr(load, "load_spec", lambda path: loaded.append(str(path)) or object())
    result = invoke(runner, "check", "--data", "d.yaml", "r.txt")
    assert loaded == ["d.yaml"]
    assert "G901" in result.stdout and result.exit_code == 1


def test_config_file_select_ignore_severity(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    (workdir / "pyproject.toml").write_text(
        '[tool.jixiao]\nignore = ["P"]\n\n[tool.jixiao.severity]\nW901 = "warning"\n', encoding="utf-8")
    sub = workdir / "sub"
    sub.mkdir()
    (sub / "r.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(runner, "check", "r.txt")
    assert result.exit_code == 0
    assert "W901 警告" in result.stdout and "P901" not in result.stdout


def test_jixiao_toml_and_explicit_config(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    (workdir / "strict.toml").write_text('select = ["P"]\n[severity]\nP = "error"\n', encoding="utf-8")
    result = invoke(runner, "check", "--config", "strict.toml", "r.txt")
    assert result.exit_code == 1 and "P901 错误" in result.stdout and "W901" not in result.stdout


def test_bad_config_names_file_and_key(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    (workdir / "jixiao.toml").write_text('selct = ["P"]\n[severity]\nW901 = "fatal"\n', encoding="utf-8")
    result = invoke(runner, "check", "r.txt")
    assert result.exit_code == 2
    assert "jixiao.toml" in result.stderr and "selct" in result.stderr and "severity.W901" in result.stderr


def test_broken_toml_is_reported(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    (workdir / "jixiao.toml").write_text('select = [\n', encoding="utf-8")
    result = invoke(runner, "check", "r.txt")
    assert result.exit_code == 2 and "jixiao.toml" in result.stderr and "TOML" in result.stderr


def test_size_limit_from_config(runner, rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    (workdir / "jixiao.toml").write_text("max_bytes = 10\n", encoding="utf-8")
    result = invoke(runner, "check", "r.txt")
    assert result.exit_code == 2 and "过大" in result.stderr


def test_crashing_rule_is_reported_and_others_continue(runner, fake_registry, regex_rule, workdir):
    from gen.check.registry import Rule

    def broken(ctx):
        raise ValueError("内部错误")

    fake_registry(Rule("W999", "broken", "error", "坏规则", "坏", check=broken), regex_rule("P901", r"99\.5%", "warning"))
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(runner, "check", "r.txt")
    assert result.exit_code == 0
    assert "规则 W999（broken）运行出错" in result.stderr and "P901" in result.stdout


def test_every_rule_crashing_is_exit_2(runner, fake_registry, workdir):
    from gen.check.registry import Rule

    def broken(ctx):
        raise ValueError("x")

    fake_registry(Rule("W999", "broken", "error", "坏规则", "坏", check=broken))
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    assert invoke(runner, "check", "r.txt").exit_code == 2


def test_rules_list_and_detail(runner, fake_registry, regex_rule):
    from dataclasses import replace

    w = replace(regex_rule("W901", "各项工作"), flag=("完成各项工作。",), keep=("完成各项任务。",),
                doc="固定搭配写错时报告。")
    fake_registry(w, regex_rule("P901", ",", "warning"))
    listing = invoke(runner, "rules")
    assert listing.exit_code == 0
    assert listing.stdout.splitlines() == ["P901  警告  测试规则 P901", "W901  错误  测试规则 W901"]
    detail = invoke(runner, "rules", "w901")
    assert detail.exit_code == 0
    for part in ("W901 test_w901", "默认严重程度：错误", "固定搭配写错时报告。", "✗ 完成各项工作。", "✓ 完成各项任务。"):
        assert part in detail.stdout
    family = invoke(runner, "rules", "P")
    assert family.stdout.splitlines() == ["P901  警告  测试规则 P901"]
    unknown = invoke(runner, "rules", "Z123")
    assert unknown.exit_code == 2 and "Z123" in unknown.stderr


def test_real_rules_listed():
    from gen.check.registry import all_rules

    result = CliRunner().invoke(cli, ["rules"], catch_exceptions=False)
    assert result.exit_code == 0
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == max(len(all_rules()), 1)


def test_help_is_chinese(runner):
    result = invoke(runner, "check", "--help")
    assert result.exit_code == 0 and "检查报告正文" in result.stdout
