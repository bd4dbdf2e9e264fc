"""One finding per error in a 自评表: the F rules judge a recognised form, the B rules leave it alone.

Both families read a form's figures (F by the rule set, B as generic table
arithmetic); without the hand-over every wrong cell gave two findings. These
tests use the published forms in examples/forms and a .docx form written by
``jixiao generate`` with errors typed into its cells.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import docx
import openpyxl
from click.testing import CliRunner

from gen.check import read_office
from gen.check.read import read_path, source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.cli import cli

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "examples" / "forms"
FIGURE_RULES = ("B001", "B003", "B004")


def _findings(source):
    return [(f.code, source.decoded[f.start:f.end], f.start) for f in check_source(source, select_rules(["B", "F"]))]


def test_published_forms_give_one_finding_per_error():
    for path in sorted(FORMS.glob("*_published.md")):
        src = read_path(path)
        found = _findings(src)
        assert not [f for f in found if f[0] in FIGURE_RULES], (path.name, found)
        per_cell = Counter(start for code, _, start in found if code != "F005")  # F005 names two blanks per row
        assert all(n == 1 for n in per_cell.values()), (path.name, found)
    tangxi = [code for code, *_ in _findings(read_path(FORMS / "tangxi2022_published.md"))]
    # the 0 total against its 90万元 source, once per column; the target ≥100百分比 with a word for its unit
    assert tangxi == ["F008", "F008", "F008", "B010"]


def test_b_rules_still_judge_tables_that_are_not_forms():
    text = ("| 项目 | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n|---|---|---|---|\n"
            "| 公共卫生服务 | 100.00 | 95.00 | 98.50% |\n")
    assert [f[0] for f in _findings(source_from_text(text, kind="md"))] == ["B003"]


def _generated_form(tmp_path: Path) -> Path:
    result = CliRunner().invoke(cli, ["generate", str(FORMS / "tangxi2022.yaml"), "--format", "docx",
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    return tmp_path / "out" / "tangxi2022.docx"


def _set(table, row: int, col: int, value: str) -> None:
    runs = table.rows[row].cells[col].paragraphs[0].runs
    runs[0].text = value
    for extra in runs[1:]:
        extra.text = ""


def _with_errors(tmp_path: Path) -> Path:
    """The generated form with three wrong cells typed in (see the test below)."""
    path = _generated_form(tmp_path)
    d = docx.Document(str(path))
    form = d.tables[0]
    assert form.rows[3].cells[1].text == "年度资金总额" and form.rows[3].cells[7].text == "100.00%"
    _set(form, 3, 7, "98.00%")  # 89.97 ÷ 89.97 is 100%: F003 (was also B003)
    _set(form, 3, 8, "9")  # budget score at 100% × 10 is 10: F001 (was also B004)
    _set(form, 4, 3, "95.00")  # 其中 source above its 90.00 total: F008 (was also B001)
    d.save(str(path))
    return path


def test_generated_docx_form_gives_one_finding_per_error(tmp_path):
    assert _findings(read_path(_generated_form(tmp_path))) == []  # as written: no finding from either family
    found = _findings(read_path(_with_errors(tmp_path)))
    by_cell = Counter(text_start for *_, text_start in found)
    assert all(n == 1 for n in by_cell.values()), found
    codes = {(code, text) for code, text, _ in found}
    assert ("F003", "98.00%") in codes and ("F001", "9") in codes and ("F008", "90.00") in codes, found
    assert not [f for f in found if f[0] in FIGURE_RULES], found


def test_form_in_an_old_word_file_is_recognised_from_the_readers_cells(tmp_path):
    """.doc is converted to .docx by the reader; the forms come from its cell grid, as for .docx."""
    docx_path = _with_errors(tmp_path)
    soffice = read_office.find_soffice()
    assert soffice, "LibreOffice (soffice) is missing; .ci/system-deps installs it"
    done = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                           "--convert-to", "doc", "--outdir", str(tmp_path / "doc"), str(docx_path)],
                          capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    found = {(code, text) for code, text, _ in _findings(read_path(tmp_path / "doc" / "tangxi2022.doc"))}
    assert {("F003", "98.00%"), ("F001", "9"), ("F008", "90.00")} <= found, found
    assert not [f for f in found if f[0] in FIGURE_RULES], found


def test_form_workbook_gives_one_finding_per_error(tmp_path):
    result = CliRunner().invoke(cli, ["generate", str(FORMS / "tangxi2022.yaml"), "--format", "xlsx",
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(tmp_path / "out" / "tangxi2022.xlsx")
    ws = wb.worksheets[0]
    row = next(c.row for line in ws.iter_rows() for c in line if c.value == "年度资金总额")
    ws.cell(row=row, column=ws.max_column, value=8)  # score at 100% × 10 is 10
    ws.cell(row=row, column=ws.max_column - 1, value=0.98)  # 89.97 ÷ 89.97 is 100%
    wb.save(tmp_path / "bad.xlsx")
    found = _findings(read_path(tmp_path / "bad.xlsx"))
    assert {(code, text) for code, text, _ in found} >= {("F001", "8"), ("F003", "98.00%")}, found
    assert all(n == 1 for n in Counter(start for *_, start in found).values()), found
    assert not [f for f in found if f[0] in FIGURE_RULES], found
