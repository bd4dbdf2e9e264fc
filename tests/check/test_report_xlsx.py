"""The review workbook: ``jixiao check DIR --format xlsx -o review.xlsx``.

Opened with openpyxl (sheets, filters, frozen headers, counts, positions) and
converted with LibreOffice headless, which proves that a reviewer's office
suite opens it.
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from gen.check.report_xlsx import FILES_SHEET, FINDINGS_HEADER, FINDINGS_SHEET
from gen.cli import cli

WRONG = ("一、部门整体支出情况\n"
         "2022年基本支出592.78万元。基本支出中人员经费550.11万元，占基本支出的92.80%；"
         "日常公用经费42.67万元，占基本支出的7.80%。\n"
         "| 项目 | 金额（万元） |\n|---|---|\n| 人员经费 | 550.11 |\n| 日常公用经费 | 42.67 |\n| 合计 | 593.78 |\n")
CLEAN = "一、部门概况\n本部门负责全区卫生健康工作。\n"


@pytest.fixture
def reports(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a_wrong.md").write_text(WRONG, encoding="utf-8")
    (folder / "b_clean.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "c_broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


def _run(*args):
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def test_workbook_sheets_counts_positions_filters(reports):
    result = _run(str(reports), "--format", "xlsx", "-o", "review.xlsx")
    assert result.exit_code == 2  # one input could not be read; the workbook is still written
    wb = load_workbook("review.xlsx")
    assert wb.sheetnames == [FILES_SHEET, FINDINGS_SHEET]
    files, findings = wb[FILES_SHEET], wb[FINDINGS_SHEET]
    for ws in (files, findings):
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    header = [c.value for c in files[1]]
    rows = {r[0]: dict(zip(header, r)) for r in files.iter_rows(min_row=2, values_only=True)}
    wrong = rows[str(reports / "a_wrong.md")]
    assert wrong["状态"] == "有错误" and wrong["错误"] >= 2
    assert wrong["数字（N）"] >= 1 and wrong["表格（B）"] == 1
    assert rows[str(reports / "b_clean.txt")]["状态"] == "未发现问题"
    assert rows[str(reports / "c_broken.docx")]["状态"] == "无法读取"
    assert [c.value for c in findings[1]] == FINDINGS_HEADER
    listed = [dict(zip(FINDINGS_HEADER, r)) for r in findings.iter_rows(min_row=2, values_only=True)]
    b001 = next(r for r in listed if r["代码"] == "B001")
    assert b001["原文"] == "593.78" and b001["行"] == 7 and b001["严重程度"] == "错误" and b001["建议"] == "592.78"
    n001 = next(r for r in listed if r["代码"] == "N001")
    assert n001["原文"] == "7.80%" and n001["类别"] == "数字" and n001["页"] is None
    assert wrong["问题总数"] == sum(1 for r in listed if r["文件"] == str(reports / "a_wrong.md"))


def test_workbook_is_deterministic_and_needs_output(reports, tmp_path):
    _run(str(reports / "a_wrong.md"), "--format", "xlsx", "-o", "one.xlsx")
    _run(str(reports / "a_wrong.md"), "--format", "xlsx", "-o", "two.xlsx")
    assert (tmp_path / "one.xlsx").read_bytes() == (tmp_path / "two.xlsx").read_bytes()
    result = CliRunner().invoke(cli, ["check", str(reports / "a_wrong.md"), "--format", "xlsx"])
    assert result.exit_code == 2 and "-o" in result.output
    result = CliRunner().invoke(cli, ["check", str(reports / "a_wrong.md"), "--format", "xlsx", "-o", "r.csv"])
    assert result.exit_code == 2 and ".xlsx" in result.output and not (tmp_path / "r.csv").exists()


def test_libreoffice_opens_the_workbook(reports, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is missing; .ci/system-deps installs it"
    _run(str(reports), "--format", "xlsx", "-o", "review.xlsx")
    profile = (tmp_path / "lo-profile").as_uri()
    # Sheet 2 (the findings) as CSV: the filter option's 6th token picks the sheet.
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
         "--outdir", str(tmp_path / "out"), str(tmp_path / "review.xlsx")],
        capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    out = sorted((tmp_path / "out").glob("*.csv"))
    assert out, done.stdout.decode(errors="replace")
    with out[0].open(encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    assert table[0] == FINDINGS_HEADER
    assert any(r[4] == "B001" and r[7] == "593.78" for r in table[1:])
