"""The web app's downloads come from the one output-format registry, and the check page reads every
input the checker reads (.pdf, .doc through LibreOffice, .xlsx forms) and offers the review workbook."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest

from gen.check import read_office
from gen.core.load import load_spec
from gen.generate.formats import render
from gen.generate.render import render_document

from .support import EXAMPLES, FLAGGED_TEXT, csrf_of, docx_with

DOWNLOAD_RE = re.compile(r'href="(/download/[0-9a-f]{32}/(\w+))"')
TANGXI = EXAMPLES / "forms" / "tangxi2022.yaml"


def _downloads(html: str) -> dict[str, str]:
    return {key: url for url, key in DOWNLOAD_RE.findall(html)}


def _generate(client, path: Path):
    data = {"csrf_token": csrf_of(client.get("/generate").text), "source": "file", "seed": "0"}
    return client.post("/generate", data=data, files={"data_file": (path.name, path.read_bytes())})


def _check(client, name: str, content: bytes):
    token = csrf_of(client.get("/check").text)
    return client.post("/check", data={"csrf_token": token}, files={"report_file": (name, content)})


def test_report_with_forms_offers_the_form_workbook_written_by_the_registry(client):
    r = _generate(client, TANGXI)
    assert r.status_code == 200, r.text
    links = _downloads(r.text)
    assert list(links) == ["docx", "md", "json", "xlsx"]
    assert "自评表 Excel（.xlsx）" in r.text
    spec = load_spec(TANGXI)
    doc, facts = render_document(spec)
    assert client.get(links["xlsx"]).content == render("xlsx", doc, facts, spec)  # jixiao generate --format xlsx
    word = docx.Document(io.BytesIO(client.get(links["docx"]).content))
    cells = {c.text for t in word.tables for row in t.rows for c in row.cells}
    assert "年度资金总额" in cells and "三级指标" in cells  # the .docx carries its 自评表, as the CLI's does


def test_report_without_forms_offers_no_workbook(client):
    links = _downloads(_generate(client, EXAMPLES / "lw2022.yaml").text)
    assert set(links) == {"docx", "md", "json"}


def test_check_offers_the_reviewers_workbook(client):
    r = _check(client, "报告.txt", FLAGGED_TEXT.encode("utf-8"))
    workbook = client.get(_downloads(r.text)["xlsx"])
    assert workbook.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    wb = openpyxl.load_workbook(io.BytesIO(workbook.content))
    files, findings = wb.worksheets[0], wb.worksheets[1]
    assert files.cell(row=2, column=1).value == "报告.txt"
    assert findings.max_row - 1 == r.text.count('<mark id="f-')  # one row per finding on the page


def test_check_reads_a_form_workbook(client, tmp_path):
    spec = load_spec(TANGXI)
    doc, facts = render_document(spec)
    wb = openpyxl.load_workbook(io.BytesIO(render("xlsx", doc, facts, spec)))
    ws = wb.worksheets[0]
    score = next(c for row in ws.iter_rows() for c in row if c.value == "年度资金总额")
    ws.cell(row=score.row, column=ws.max_column, value=8)  # budget score at 100% × 10 is 10
    buf = io.BytesIO()
    wb.save(buf)
    r = _check(client, "自评表.xlsx", buf.getvalue())
    assert r.status_code == 200, r.text
    assert 'data-code="F001"' in r.text


@pytest.fixture(scope="module")
def office_files(tmp_path_factory) -> dict[str, bytes]:
    """A flagged report as .pdf and .doc, converted by LibreOffice once."""
    soffice = read_office.find_soffice()
    assert soffice, "LibreOffice (soffice) is missing; .ci/system-deps installs it"
    folder = tmp_path_factory.mktemp("weboffice")
    (folder / "report.docx").write_bytes(docx_with(FLAGGED_TEXT))
    out = {}
    for fmt in ("pdf", "doc"):
        done = subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                               "--convert-to", fmt, "--outdir", str(folder / "out"), str(folder / "report.docx")],
                              capture_output=True, timeout=180)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        out[fmt] = (folder / "out" / f"report.{fmt}").read_bytes()
    return out


def test_check_page_accepts_every_checkable_type(client):
    accept = re.search(r'id="report_file"[^>]*accept="([^"]+)"', client.get("/check").text).group(1).split(",")
    assert {".pdf", ".doc", ".wps", ".rtf", ".xlsx", ".docx", ".txt", ".md"} <= set(accept)


@pytest.mark.parametrize("fmt", ["pdf", "doc"])
def test_check_reads_pdf_and_doc_uploads(client, office_files, fmt):
    r = _check(client, f"报告.{fmt}", office_files[fmt])
    assert r.status_code == 200, r.text
    assert 'data-code="T001"' in r.text and 'data-code="W002"' in r.text
    assert "xlsx" in _downloads(r.text)
