"""The bad-input corpus (tests/badinput/cases.py) through the real command line.

Every case: a Chinese message that names the file (and line, field, sheet or
row where that applies), exit code 2 — or, in a batch, exit code 1 with the
failure isolated to its bureau while the good bureau is still generated — no
traceback, and no partial output file left behind.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli
from tests.badinput.cases import CASES, GOOD_BUREAUS

_HAN = re.compile(r"[\u4e00-\u9fff]")


def test_corpus_has_at_least_forty_cases():
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)
    assert {c.command for c in CASES} == {"generate", "check", "batch"}


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case, tmp_path, monkeypatch):
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    monkeypatch.chdir(inputs)  # no jixiao.toml / pyproject.toml of the repository is picked up
    monkeypatch.setenv("JIXIAO_MAX_DATA_BYTES", "")  # the default limit, unless a case sets its own
    args = case.build(inputs)
    before = {p: p.stat().st_mtime_ns for p in _files(inputs)}
    if case.command == "generate":
        argv = ["generate", *args, "-o", str(out), "--format", "md,docx,json"]
    elif case.command == "check":
        argv = ["check", *args, "-o", str(out / "findings.txt")]
    else:
        argv = ["batch", *args, "-o", str(out), "--format", "md", "-j", "1", "--no-check"]
    result = CliRunner().invoke(cli, argv)
    output = result.output

    assert result.exit_code == case.exit_code, output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith(("错误：", "失败："))]
    assert errors and all(_HAN.search(line) for line in errors), output
    for word in case.expect:
        assert word in output, f"{word!r} not in: {output[:2000]}"

    produced = _files(out)
    assert not [p for p in produced if p.name.endswith(".tmp") or p.name.startswith(".")], produced
    if case.exit_code == 2:
        assert not [p for p in produced if not p.name.startswith("summary")], produced
    else:  # batch: the bad bureau fails alone; the good one is complete
        reports = [p for p in produced if p.suffix == ".md"]
        assert len(reports) == GOOD_BUREAUS, produced
        assert all(p.read_text(encoding="utf-8").startswith("# ") for p in reports)
        assert (out / "summary.json").is_file()
    # Inputs are never written to.
    assert {p: p.stat().st_mtime_ns for p in _files(inputs) if p in before} == before
