"""PDF and old Word/WPS/RTF input, on files built at test time.

A .docx is built with python-docx, then LibreOffice (installed by
.ci/system-deps) turns it into .pdf, .doc and .rtf in a temporary folder. The
absence of LibreOffice is simulated by emptying PATH; a hanging converter by a
script that sleeps.
"""

from __future__ import annotations

import io
import subprocess
import time
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from gen.check import read_office
from gen.check.read import read_path
from gen.check.read_pdf import close_gaps, is_table_row, page_lines
from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.cli import cli
from gen.core.errors import UserError

PROSE = ("2022年基本支出592.78万元。基本支出中人员经费550.11万元，占基本支出的92.80%；"
         "日常公用经费42.67万元，占基本支出的7.80%。")
TABLE = [["项目", "预算数（万元）", "执行数（万元）"], ["人员经费", "550.11", "550.11"],
         ["日常公用经费", "42.67", "42.67"], ["合计", "592.78", "595.78"]]


def _report_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("一、部门整体支出情况")
    d.add_paragraph(PROSE)
    d.add_paragraph("二、下一步工作")
    d.add_paragraph("继续加强预算管理。")
    d.add_page_break()
    d.add_paragraph("三、支出明细")
    tab = d.add_table(rows=len(TABLE), cols=3)
    for i, row in enumerate(TABLE):
        for j, value in enumerate(row):
            tab.cell(i, j).text = value
    d.add_paragraph("以上数据来源于部门决算。")  # Word files end with a paragraph, not a table
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _soffice() -> str:
    found = read_office.find_soffice()
    assert found, "LibreOffice (soffice) is missing; .ci/system-deps installs it"
    return found


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    """report.docx as .pdf, .doc and .rtf, converted once for the module."""
    folder = tmp_path_factory.mktemp("office")
    (folder / "report.docx").write_bytes(_report_docx())
    profile = (folder / "profile").as_uri()
    for fmt in ("pdf", "doc", "rtf"):
        done = subprocess.run([_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
                               "--outdir", str(folder / "out"), str(folder / "report.docx")],
                              capture_output=True, timeout=180)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
    return {fmt: folder / "out" / f"report.{fmt}" for fmt in ("pdf", "doc", "rtf")}


def _found(source):
    return {(f.code, source.decoded[f.start:f.end]) for f in check_source(source, select_rules(["N001", "B"]))}


def test_pdf_text_pages_and_table(converted):
    src = read_path(converted["pdf"])
    assert src.kind == "pdf" and len(src.page_starts) == 2
    assert PROSE in src.analysis  # prose gaps closed, the PDF's line break inside the sentence joined
    found = check_source(src, select_rules(["N001", "B"]))
    codes = {(f.code, src.decoded[f.start:f.end]) for f in found}
    assert codes == {("N001", "7.80%"), ("B001", "595.78")}
    b001 = next(f for f in found if f.code == "B001")
    page, line = src.page_line(b001.start)
    assert page == 2 and line == 5  # 三、支出明细, header, two rows, 合计
    n001 = next(f for f in found if f.code == "N001")
    assert src.page_line(n001.start)[0] == 1


@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_doc_and_rtf_through_libreoffice(converted, fmt):
    src = read_path(converted[fmt])
    assert src.kind == fmt and len(src.table_grid) == 1
    assert _found(src) == {("N001", "7.80%"), ("B001", "595.78")}


def test_pdf_page_and_line_in_reports(converted, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(converted["pdf"]), "--select", "B001"])
    assert result.exit_code == 1 and "第2页第5行" in result.output
    result = CliRunner().invoke(cli, ["check", str(converted["pdf"]), "--select", "B001", "--format", "json"])
    import json

    (finding,) = json.loads(result.output)["files"][0]["findings"]
    assert finding["page"] == 2 and finding["page_line"] == 5


def test_folder_check_finds_pdf_and_doc(converted, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(converted["pdf"].parent), "--select", "B001"])
    assert result.exit_code == 1
    for fmt in ("pdf", "doc", "rtf"):
        assert f"report.{fmt}:" in result.output


def test_without_libreoffice_the_message_says_how_to_install(tmp_path, monkeypatch):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("JIXIAO_SOFFICE", raising=False)
    monkeypatch.setattr(read_office, "_FALLBACK_PATHS", ())
    with pytest.raises(UserError) as exc:
        read_path(path)
    message = "\n".join(exc.value.messages)
    assert "old.doc" in message and "LibreOffice" in message and "apt-get install" in message and ".docx" in message
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2 and "LibreOffice" in result.output and "Traceback" not in result.output


def test_hanging_converter_is_stopped(tmp_path, monkeypatch):
    script = tmp_path / "fake-soffice"
    marker = tmp_path / "child.pid"
    script.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {marker}\nwait\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("JIXIAO_SOFFICE", str(script))
    began = time.monotonic()
    with pytest.raises(UserError) as exc:
        read_office.office_source("slow.doc", b"\xd0\xcf\x11\xe0", ".doc", 10_000, timeout=1)
    assert time.monotonic() - began < 10
    assert "超过 1 秒" in exc.value.messages[0]
    child = int(marker.read_text())
    assert _gone(child)  # the converter's own children are stopped too


def _gone(pid: int) -> bool:
    """Ended: no such process, or a zombie waiting for init to reap it."""
    for _ in range(50):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.1)
    return False


def test_damaged_and_textless_pdfs(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 64)
    with pytest.raises(UserError) as exc:
        read_path(broken)
    assert "PDF" in exc.value.messages[0] and "broken.pdf" in exc.value.messages[0]
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    scanned = tmp_path / "scanned.pdf"
    scanned.write_bytes(buf.getvalue())
    with pytest.raises(UserError) as exc:
        read_path(scanned)
    assert "扫描件" in exc.value.messages[0]


def test_layout_lines_prose_and_table_rows():
    assert is_table_row("人员经费               550.11             550.11")
    assert not is_table_row("2022年基本支出  592.78万元。基本支出中人员经费     550.11万元，占基本支出的")
    assert close_gaps("2022年基本支出  592.78万元，ICU  APP  床位") == "2022年基本支出592.78万元，ICU APP床位"
    assert page_lines("一、概况\n\n\n项目      金额\n\n合计      1\n") == ["一、概况", "项目      金额", "合计      1"]



def test_pdf_of_a_wrapped_word_form_is_not_misread(tmp_path):
    """Narrow PDF columns wrap cell text over lines: such a table is left alone, never misread."""
    from tests.check.test_rules_tables import _merged_self_eval

    _merged_self_eval(tmp_path / "form.docx")
    done = subprocess.run([_soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "form.docx")],
                          capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    src = read_path(tmp_path / "form.pdf")
    assert "预算执" in src.decoded  # the text is read …
    assert check_source(src, select_rules(["B"])) == []  # … and its wrapped table raises no false alarm


def test_workbook_gives_pdf_page_and_line(converted, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from gen.check.report_xlsx import FINDINGS_HEADER, FINDINGS_SHEET

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(converted["pdf"]), "--select", "B001", "--format", "xlsx",
                                      "-o", "review.xlsx"])
    assert result.exit_code == 1
    rows = list(load_workbook("review.xlsx")[FINDINGS_SHEET].iter_rows(min_row=2, values_only=True))
    (finding,) = [dict(zip(FINDINGS_HEADER, r)) for r in rows]
    assert (finding["页"], finding["行"], finding["代码"], finding["原文"]) == (2, 5, "B001", "595.78")
