"""`jixiao check` on 自评表: recognised in .xlsx, .docx and text; wrong cells flagged where they are."""

from __future__ import annotations

import json

import docx
import openpyxl
import pytest

from support import EXAMPLES, ROOT, run, write_dept


@pytest.fixture
def forms(tmp_path):
    data = write_dept(tmp_path)
    assert run("generate", data, "-o", tmp_path / "out", "--format", "docx,xlsx").exit_code == 0
    return tmp_path / "out"


def _findings(*paths, select="F"):
    result = run("check", *paths, "--select", select, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return {f["path"]: f["findings"] for f in json.loads(result.output)["files"]}


def test_generated_forms_check_clean(forms, tmp_path):
    for path in EXAMPLES:
        assert run("generate", path, "-o", tmp_path / "ex", "--format", "docx,xlsx").exit_code == 0
    found = _findings(forms / "dept.docx", forms / "dept.xlsx", *sorted((tmp_path / "ex").iterdir()))
    assert all(not f for f in found.values()), found


def test_wrong_score_and_rate_in_xlsx_are_flagged_at_their_cells(forms, tmp_path):
    wb = openpyxl.load_workbook(forms / "dept.xlsx")
    ws = wb["项目自评表1"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 4).value == "建档合格率")
    ws.cell(row, 8).value = 25  # 90 % of ≥95 % earns 23.68, not the full 25
    budget = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "年度资金总额")
    ws.cell(budget, 8).value = 0.99  # 290 / 300 is 96.67 %
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    findings = _findings(bad)[str(bad)]
    by_code = {f["code"]: f for f in findings}
    assert set(by_code) == {"F001", "F003", "F004"}  # the total no longer adds up either
    f001 = by_code["F001"]
    assert f001["message"].startswith(f"工作表“项目自评表1”第{row}行H列：“建档合格率”得分填写为25")
    assert "应为23.68分" in f001["message"] and f001["suggestion"] == "23.68" and f001["text"] == "25"
    f003 = by_code["F003"]
    assert f003["message"].startswith(f"工作表“项目自评表1”第{budget}行H列") and f003["suggestion"] == "96.67%"
    assert f003["text"] == "99.00%"


def test_wrong_score_in_docx_is_flagged_at_its_cell(forms, tmp_path):
    document = docx.Document(str(forms / "dept.docx"))
    table = document.tables[-1]
    for r, row in enumerate(table.rows):
        if row.cells[3].text == "慢病规范管理率":
            row.cells[7].paragraphs[0].runs[0].text = "35"
            target = r + 1
    bad = tmp_path / "bad.docx"
    document.save(str(bad))
    findings = _findings(bad)[str(bad)]
    codes = sorted(f["code"] for f in findings)
    assert codes == ["F002", "F004"]  # 35 exceeds the 30 points; the total does not add up
    f002 = next(f for f in findings if f["code"] == "F002")
    assert f002["text"] == "35" and f002["message"].startswith(f"表格{len(document.tables)}第{target}行第8列")
    # the span points at the cell: a Word comment on the copy is anchored on the written score
    import re
    import zipfile

    run("check", bad, "--select", "F", "--annotate", tmp_path / "reviewed.docx")
    with zipfile.ZipFile(tmp_path / "reviewed.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
        comments = z.read("word/comments.xml").decode("utf-8")
    assert "F002" in comments
    anchored = [re.sub("<[^>]+>", "", body[m.end():body.find("<w:commentRangeEnd", m.end())])
                for m in re.finditer("<w:commentRangeStart [^>]*/>", body)]
    assert "35" in anchored


def test_form_in_markdown_text_is_checked(tmp_path):
    from gen.check.rules._form_examples import form

    path = tmp_path / "form.md"
    path.write_text("# 自评表\n\n" + form(budget="100 | 100 | 95 | 10 | 90.00% | 9.5"), encoding="utf-8")
    findings = _findings(path)[str(path)]
    assert [f["code"] for f in findings] == ["F003"]
    assert findings[0]["line"] == 5 and findings[0]["text"] == "90.00%"


def test_the_published_tangxi_form_is_reported_for_its_zero_total():
    path = ROOT / "examples/forms/tangxi2022_published.md"
    findings = _findings(path)[str(path)]
    assert [f["code"] for f in findings] == ["F008"] * 3
    assert [f["suggestion"] for f in findings] == ["90.00", "89.974", "89.974"]
    assert all(f["line"] == 9 for f in findings)


def test_the_published_qingshen_form_is_reported_unscored():
    path = ROOT / "examples/forms/qingshen2023_published.md"
    findings = _findings(path)[str(path)]
    assert sorted({f["code"] for f in findings}) == ["F005"]
    assert len(findings) == 5 and all(f["severity"] == "warning" for f in findings)


def test_a_folder_includes_workbooks(forms):
    found = _findings(forms)
    assert {p.rsplit("/", 1)[-1] for p in found} == {"dept.docx", "dept.xlsx"}


def test_a_damaged_workbook_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    result = run("check", bad)
    assert result.exit_code == 2 and "Excel" in result.output and "Traceback" not in result.output


def _bomb(path, member):
    """A zip whose one part inflates to 120 MB of zeros (over the 100 MB a part may have)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open(member, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(120):
                fh.write(chunk)
    return path


@pytest.mark.parametrize("command", ["check", "generate"])
@pytest.mark.parametrize("name,member", [("bomb.xlsx", "xl/worksheets/sheet1.xml"), ("bomb.docx", "word/document.xml")])
def test_zip_bombs_and_junk_named_like_forms_are_refused(tmp_path, command, name, member):
    bomb = _bomb(tmp_path / name, member)
    result = run(command, bomb, "-o", tmp_path / "o") if command == "generate" else run(command, bomb)
    assert result.exit_code == 2 and "压缩炸弹" in result.output and "Traceback" not in result.output
    junk = tmp_path / ("junk" + name[-5:])
    junk.write_bytes(b"\x00\x01 binary junk")
    result = run(command, junk, "-o", tmp_path / "o") if command == "generate" else run(command, junk)
    assert result.exit_code == 2 and "Traceback" not in result.output and "损坏" in result.output
    assert not (tmp_path / "o").exists()


def test_rule_set_comes_from_the_form_itself():
    from gen.check.rules._form_examples import form, sichuan
    from gen.core.forms.grid import text_grids
    from gen.core.forms.parse import guess_rule_set, parse_form

    def guess(text):
        return guess_rule_set([f for f in (parse_form(g) for g in text_grids(text)) if f])

    assert guess(form()) == "national"
    assert guess(sichuan()) == "sichuan"  # 权重 columns
    assert guess(form(budget="100 | 100 | 100 | 20 | 100.00% | 20", total="110 | 110")) == "hubei"  # 20-point budget
    named = form() + "| 评分规则 | 湖北省（财政项目绩效自评表，预算执行20分） | | | | | | | |\n"
    assert guess(named) == "hubei"
