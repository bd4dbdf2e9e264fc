"""Nothing lost: outputs appear whole or not at all, inputs are never opened for
writing, and an interrupted batch leaves complete files and a summary saying what was done."""

from __future__ import annotations

import builtins
import io
import json
import os
import signal
from pathlib import Path

import pytest

from tests.badinput.interrupt import stop_batch_midway, synthetic_workbook
from tests.badinput.midwrite import break_writes_after
from click.testing import CliRunner

from gen.core import atomic
from gen.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "lw2022.yaml"


# ------------------------------------------------------------------ atomic writes


class Interrupted(BaseException):
    """Stands in for a kill or Ctrl-C arriving in the middle of a write."""


def test_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    break_writes_after(monkeypatch, lambda data: data[: len(data) // 2], Interrupted)
    with pytest.raises(Interrupted):
        atomic.write_text(target, "一、总体情况\n" * 1000)
    assert list(tmp_path.iterdir()) == []  # neither the target nor the half-written temporary file


def test_interrupted_write_keeps_the_previous_version(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("上一版完整报告\n", encoding="utf-8")

    def killed_before_rename(src, dst):
        raise Interrupted()

    monkeypatch.setattr(atomic.os, "replace", killed_before_rename)
    with pytest.raises(Interrupted):
        atomic.write_text(target, "新版报告\n")
    assert target.read_text(encoding="utf-8") == "上一版完整报告\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_generate_failing_in_one_writer_leaves_only_complete_files(tmp_path, monkeypatch):
    """The .docx writer dies midway: the Markdown written before it is complete, no .docx exists."""
    from gen.generate.write import docx_gbt9704

    class WriterCrash(RuntimeError):
        pass

    def broken(doc):
        raise WriterCrash()

    monkeypatch.setattr(docx_gbt9704, "to_docx_bytes", broken)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(EXAMPLE), "-o", str(out), "--format", "md,docx,json",
                                      "--no-self-check"])
    assert isinstance(result.exception, WriterCrash)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["lw2022.md"]
    reference = CliRunner().invoke(cli, ["generate", str(EXAMPLE), "-o", "-", "--no-self-check"])
    assert (out / "lw2022.md").read_text(encoding="utf-8") == reference.stdout


# ------------------------------------------------------------------ inputs are read-only to us


@pytest.fixture
def write_guard(monkeypatch):
    """Record every attempt to open one of ``guarded`` for writing (builtins.open, io.open, os.open)."""
    guarded: set[Path] = set()
    attempts: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def is_guarded(file) -> bool:
        try:
            return isinstance(file, (str, bytes, os.PathLike)) and Path(os.fsdecode(file)).resolve() in guarded
        except (OSError, ValueError):
            return False

    def checked_open(file, mode="r", *args, **kwargs):
        if is_guarded(file) and any(c in mode for c in "wax+"):
            attempts.append(f"open({file}, {mode})")
        return real_open(file, mode, *args, **kwargs)

    def checked_os_open(path, flags, *args, **kwargs):
        if is_guarded(path) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND):
            attempts.append(f"os.open({path}, {flags})")
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", checked_open)
    monkeypatch.setattr(io, "open", checked_open)
    monkeypatch.setattr(os, "open", checked_os_open)
    return guarded, attempts


def _snapshot(paths):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}


def test_generate_never_opens_its_input_for_writing(tmp_path, write_guard):
    guarded, attempts = write_guard
    data = tmp_path / "lw2022.yaml"
    data.write_bytes(EXAMPLE.read_bytes())
    data.chmod(0o444)
    guarded.add(data.resolve())
    before = _snapshot([data])
    result = CliRunner().invoke(cli, ["generate", str(data), "-o", str(tmp_path), "--format", "md,docx,json"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "lw2022.md").is_file()
    assert attempts == []
    assert _snapshot([data]) == before


def test_check_never_opens_its_inputs_for_writing(tmp_path, write_guard):
    guarded, attempts = write_guard
    import docx

    report = tmp_path / "report.docx"
    document = docx.Document()
    document.add_paragraph("我局2022年收入100万元，支出90万元，执行率为95%。")
    document.save(report)
    text = tmp_path / "report.txt"
    text.write_text("我局2022年收入100万元，支出90万元，执行率为95%。\n", encoding="gbk")
    data = tmp_path / "data.yaml"
    data.write_bytes(EXAMPLE.read_bytes())
    for p in (report, text, data):
        p.chmod(0o444)
        guarded.add(p.resolve())
    before = _snapshot([report, text, data])
    result = CliRunner().invoke(cli, ["check", str(report), str(text), "--format", "json",
                                      "-o", str(tmp_path / "findings.json")])
    assert result.exit_code in (0, 1), result.output
    result = CliRunner().invoke(cli, ["check", str(report), "--annotate", str(tmp_path / "reviewed.docx")])
    assert result.exit_code in (0, 1), result.output
    result = CliRunner().invoke(cli, ["check", str(text), "--data", str(data)])
    assert result.exit_code in (0, 1), result.output
    assert (tmp_path / "findings.json").is_file() and (tmp_path / "reviewed.docx").is_file()
    assert attempts == []
    assert _snapshot([report, text, data]) == before


def test_guard_sees_a_write_attempt(tmp_path, write_guard):
    """The guard itself works: opening a guarded file for writing is recorded."""
    guarded, attempts = write_guard
    p = tmp_path / "x.txt"
    p.write_text("a", encoding="utf-8")
    guarded.add(p.resolve())
    with open(p, "a", encoding="utf-8"):
        pass
    assert attempts


# ------------------------------------------------------------------ an interrupted batch


def test_sigint_mid_batch_leaves_complete_files_and_a_summary(tmp_path):
    source = tmp_path / "bureaus.xlsx"
    bureaus = 240  # enough that the run is still going when the first reports appear, on a fast machine too
    synthetic_workbook(source, bureaus)
    before = source.read_bytes()
    out = tmp_path / "out"
    code, err = stop_batch_midway(source, out, "md,docx", signal.SIGINT, after_reports=6)
    assert code == 130, err
    assert "Traceback" not in err and "已中断" in err

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["interrupted"] is True
    rows = summary["bureaus"] if "bureaus" in summary else summary["rows"]
    assert len(rows) == bureaus
    statuses = {r["status"] for r in rows}
    assert "interrupted" in statuses and statuses <= {"ok", "failed", "interrupted"}
    done = [r for r in rows if r["status"] == "ok"]
    assert len(done) < bureaus
    assert (out / "summary.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    import docx

    written = {p for p in out.iterdir() if p.suffix in (".md", ".docx")}
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".")]
    def listed_of(some_rows):
        return {Path(v) if Path(v).is_absolute() else out / Path(v).name for r in some_rows for v in r["outputs"].values()}

    assert listed_of(done) <= written  # every bureau the summary reports as done has its files
    # A worker may finish writing a report after the interrupt, before its result reaches the
    # main process: the summary still lists such (complete) files under the interrupted row.
    assert written == listed_of(rows)
    for p in written:
        if p.suffix == ".md":
            text = p.read_text(encoding="utf-8")
            assert text.startswith("# ") and text.endswith("\n")
        else:
            assert docx.Document(str(p)).paragraphs  # a complete, readable Word file
    assert source.read_bytes() == before
