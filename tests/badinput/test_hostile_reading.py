"""Reading is bounded by what is read; Word input is read as Word shows it; rules stay linear.

Bounds are asserted on work done (bytes read, cells visited, names compared,
findings and peak memory as ratios between two sizes), never on wall-clock time.
"""

from __future__ import annotations

import io
import os
import re
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli
from gen.core import readfile
from gen.core.errors import UserError
from tests.badinput.cases import _docx_bytes, _rezip, good_data

# ------------------------------------------------------------------ bounded reads


@pytest.fixture
def counted_reads(monkeypatch):
    """Bytes the reader actually asked the OS for."""
    total = [0]
    real = os.read

    def read(fd, n):
        data = real(fd, n)
        total[0] += len(data)
        return data

    monkeypatch.setattr(readfile.os, "read", read)
    return total


def test_growing_file_is_cut_at_limit_plus_one(tmp_path, counted_reads):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 10_000)
    with pytest.raises(UserError) as info:
        readfile.read_limited(path, 1000)
    assert counted_reads[0] == 1001  # never more than the limit plus one byte
    assert "过大" in info.value.messages[0] and str(path) in info.value.messages[0]


@pytest.mark.parametrize("make", ["symlink_dev_zero", "fifo", "dev_zero"])
def test_special_files_are_refused_before_any_byte_is_read(make, tmp_path, counted_reads):
    if make == "symlink_dev_zero":
        os.symlink("/dev/zero", tmp_path / "z.txt")
        path = tmp_path / "z.txt"
    elif make == "fifo":
        os.mkfifo(tmp_path / "p.txt")
        path = tmp_path / "p.txt"
    else:
        path = Path("/dev/zero")
    with pytest.raises(UserError) as info:
        readfile.read_limited(path, 1000)
    assert counted_reads[0] == 0
    assert "不是普通文件" in info.value.messages[0]


def test_regular_file_read_whole(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc")
    assert readfile.read_limited(tmp_path / "a.txt", 3) == b"abc"


def test_check_folder_reads_only_regular_files(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text("我局2022年收入100万元。\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "zero.md")
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert result.exit_code == 2, result.output  # some inputs could not be read
    assert "good.txt" not in "".join(line for line in result.output.splitlines() if line.startswith("错误："))
    assert "pipe.txt：不是普通文件" in result.output and "zero.md：不是普通文件" in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------------------ workbooks: cells that exist


def _stray_cell_workbook(tmp_path: Path) -> Path:
    from gen.batch.workbook_write import write_workbook

    path = tmp_path / "stray.xlsx"
    write_workbook(path, [("G1", good_data())])
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        part = sorted(names)[2]
        xml = zf.read(part).decode("utf-8")
    xml = xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
    path.write_bytes(_rezip(path.read_bytes(), {part: xml.encode("utf-8")}))
    return path


def test_stray_far_cell_costs_nothing(tmp_path, monkeypatch):
    from gen.batch import sheet_reader

    visited = [0]
    real = sheet_reader.iter_rows

    def counting(*args, **kwargs):
        for row_no, values in real(*args, **kwargs):
            visited[0] += len(values)
            yield row_no, values

    import gen.batch.workbook as workbook

    monkeypatch.setattr(workbook, "iter_rows", counting)
    path = _stray_cell_workbook(tmp_path)
    result = CliRunner().invoke(cli, ["batch", str(path), "-o", str(tmp_path / "out"), "--format", "md", "-j", "1", "--no-check"])
    assert result.exit_code == 0, result.output
    assert visited[0] < 2_000  # not 17 billion padded cells: each row no wider than its header


def test_workbook_rows_are_only_those_present(tmp_path):
    from openpyxl import load_workbook

    from gen.batch.sheet_reader import iter_rows

    path = _stray_cell_workbook(tmp_path)
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = [list(iter_rows(wb[name], "stray.xlsx", width=20)) for name in wb.sheetnames]
    finally:
        wb.close()
    stray = [rows for rows in sheets if rows and rows[-1][0] == 1048576]
    assert len(stray) == 1 and len(stray[0]) <= 4  # header, a bureau or two, the stray row: no padding rows
    assert all(len(values) <= 20 for rows in sheets for _, values in rows)


# ------------------------------------------------------------------ Word input as Word shows it

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def _docx_with_body(body: str) -> bytes:
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'
    return _rezip(_docx_bytes(), {"word/document.xml": xml.encode("utf-8")})


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


TEXT_BOX = (
    "<w:p><w:r><w:t>正文开头。</w:t></w:r><w:r><mc:AlternateContent>"
    "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
    + _p("文本框里的话。") +
    "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    + _p("文本框里的话。") +
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r><w:r><w:t>正文结尾。</w:t></w:r></w:p>"
)


def test_text_box_is_read_once_as_its_own_paragraph():
    from gen.check.read import docx_text

    text = docx_text(_docx_with_body(TEXT_BOX))
    assert text.count("文本框里的话。") == 1
    assert text.split("\n") == ["正文开头。正文结尾。", "文本框里的话。"]


def test_alternate_content_without_choice_reads_the_fallback():
    from gen.check.read import docx_text

    body = ("<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>只有备选。</w:t></mc:Fallback>"
            "</mc:AlternateContent></w:r></w:p>")
    assert docx_text(_docx_with_body(body)) == "只有备选。"


@pytest.mark.parametrize("wrapper,kept", [
    ("w:del", False), ("w:moveFrom", False), ("w:ins", True), ("w:moveTo", True),
])
def test_tracked_changes(wrapper, kept):
    from gen.check.read import docx_text

    tag = "w:delText" if wrapper == "w:del" else "w:t"
    body = (f"<w:p><w:r><w:t>甲</w:t></w:r><{wrapper} w:id=\"1\" w:author=\"x\"><w:r><{tag}>变动的字</{tag}></w:r>"
            f"</{wrapper}><w:r><w:t>乙</w:t></w:r></w:p>")
    assert docx_text(_docx_with_body(body)) == ("甲变动的字乙" if kept else "甲乙")


def test_footnotes_are_read_once_after_the_body():
    from gen.check.read import docx_text
    from tests.badinput.cases_hostile import _with_notes

    notes = (f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="1">{_p("脚注：数据来源于决算报表。")}</w:footnote></w:footnotes>')
    text = docx_text(_with_notes(notes.encode("utf-8")))
    assert text.count("脚注：数据来源于决算报表。") == 1
    assert text.endswith("\n脚注：数据来源于决算报表。")


def test_a_finding_in_a_footnote_is_commented_on_the_note_mark_in_the_body():
    from gen.check.annotate_docx import annotate
    from gen.check.finding import Finding
    from gen.check.read import docx_text
    from tests.badinput.cases_hostile import _with_notes

    body = (_p("第一段。") + '<w:p><w:r><w:t>资金来源见注</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>'
            '<w:r><w:t>。</w:t></w:r></w:p>' + _p("最后一段。"))
    notes = (f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="2">{_p("数据来源于决算报表（不配对。")}</w:footnote></w:footnotes>')
    data = _with_notes(notes.encode("utf-8"), _docx_with_body(body))
    text = docx_text(data)
    at = text.index("（不配对")
    out = annotate(data, [Finding(at, at + 1, "P004", "warning", "括号不配对。")], text, "n.docx")
    with zipfile.ZipFile(io.BytesIO(out)) as zf:
        document = zf.read("word/document.xml").decode("utf-8")
        comments = zf.read("word/comments.xml").decode("utf-8")
    assert "（脚注1中）P004" in comments
    start, end = document.index("commentRangeStart"), document.index("commentRangeEnd")
    assert document.index("footnoteReference") in range(start, end)
    assert document.index("最后一段") > end


def _comments(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if "word/comments.xml" not in zf.namelist():
            return 0
        return zf.read("word/comments.xml").decode("utf-8").count("<w:comment ")


def test_one_comment_per_finding_with_a_text_box(tmp_path):
    source = tmp_path / "box.docx"
    body = TEXT_BOX.replace("文本框里的话。", "文本框里的话（不配对。")
    source.write_bytes(_docx_with_body(body))
    out = tmp_path / "annotated.docx"
    result = CliRunner().invoke(cli, ["check", str(source), "--select", "P004", "--annotate", str(out), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    import json

    findings = json.loads(result.output)["files"][0]["findings"] if "files" in json.loads(result.output) else None
    assert findings is not None and len(findings) == 1, result.output
    assert _comments(out.read_bytes()) == 1


# ------------------------------------------------------------------ numbers as a reader sees them


@pytest.mark.parametrize("text", [
    "本年收入１００万元，其中财政拨款６０万元，占收入的５０％。",
    "本年收入100万元，其中财政拨款60万元，占收入的50％。",
    "本年收入1\u200b00万元，其中财政拨款6\u200e0万元，占收入的5\u200b0%。",
    "本年收入\u2066100\u2069万元，其中财政拨款60\ufeff万元，占收入的50%。",
    "本年收入１００．００万元，其中财政拨款６０．００万元，占收入的５０．００％。",
])
def test_numbers_with_wide_digits_or_invisible_marks_are_checked(text):
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import check_source

    findings = check_source(source_from_text(text), select_rules(["N001"], []))
    assert [f.code for f in findings] == ["N001"], findings
    f = findings[0]
    assert "60%" in f.message
    assert text[f.start:f.end].replace("\u200b", "").startswith(("5", "５"))


def test_correct_numbers_with_marks_pass():
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import check_source

    text = "本年收入１００万元，其中财政拨款６０万元，占收入的６０％。"
    assert check_source(source_from_text(text), select_rules(["N001"], [])) == []


def test_normalise_numerals_keeps_offsets():
    from gen.core.quantities import extract_quantities_normalised

    text = "收入１\u200b２０万元"
    (q,) = list(extract_quantities_normalised(text))
    assert (q.value, q.unit, text[q.start:q.end]) == (120, "万元", "１\u200b２０万元")


def test_traditional_units_read_as_their_simplified_forms():
    """萬元 and 億元 are the units 万元 and 亿元: a Traditional-script report's sums are read like any other."""
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import check_source
    from decimal import Decimal

    from gen.core.quantities import extract_quantities_normalised

    text = "發放慰問金22.68萬元，慰問品價值4.61萬元，合计27.22萬元，項目總投資1.5億元。"
    found = [(q.value, q.unit, text[q.start:q.end]) for q in extract_quantities_normalised(text)]
    assert found[2] == (Decimal("27.22"), "万元", "27.22萬元") and found[3][1] == "亿元"
    (f,) = check_source(source_from_text(text), select_rules(["N004"], []))
    assert text[f.start:f.end].startswith("27.22")
    # with an invisible mark too, the offsets still map back
    marked = "合计２​７.22萬元"
    (q,) = list(extract_quantities_normalised(marked))
    assert (q.unit, marked[q.start:q.end]) == ("万元", "２​７.22萬元")


def test_traditional_counting_units_read_as_their_simplified_forms():
    """14項 is 14项 and 3處 is 3处: the shares of a Traditional page's counted list are read like any other."""
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import check_source
    from gen.core.quantities import extract_quantities_normalised

    text = "共發布信息50項，其中：政策文件7項，占14%；工作動態43項，占88%。"
    assert [q.unit for q in extract_quantities_normalised(text)] == ["项", "项", "%", "项", "%"]
    (f,) = check_source(source_from_text(text), select_rules(["N001"], []))
    assert text[f.start:f.end] == "88%"
    assert not check_source(source_from_text(text.replace("88%", "86%")), select_rules(["N001"], []))


# ------------------------------------------------------------------ rules stay linear (work counted)


def _names_compared(monkeypatch, n: int) -> int:
    import gen.check.rules.n005_change_mismatch as n005
    from gen.check.context import CheckContext

    calls = [0]
    real = n005.names_match

    def counting(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(n005, "names_match", counting)
    text = "上年支出10万元。" + "".join(f"支出{i + 11}万元，较上年增加{i + 1}万元，" for i in range(n)) + "。"
    list(n005.check(CheckContext(text)))
    return calls[0]


def test_n005_previous_year_lookup_is_linear(monkeypatch):
    small, big = _names_compared(monkeypatch, 300), _names_compared(monkeypatch, 1200)
    assert big <= 5 * max(small, 1), (small, big)  # quadratic would be 16x


def _pairs_work(monkeypatch, n: int) -> int:
    import gen.check.rules.n005_change_mismatch as n005
    from gen.check.context import CheckContext

    calls = [0]
    real = n005._stated_change

    def counting(*a):
        calls[0] += 1
        return real(*a)

    monkeypatch.setattr(n005, "_stated_change", counting)
    text = "支出" + "".join(f"从{i + 1}万元增加至{i + 2}万元，" for i in range(n)) + "。"
    list(n005.check(CheckContext(text)))
    return calls[0]


def test_n005_from_to_pairs_visit_each_pair_once(monkeypatch):
    assert _pairs_work(monkeypatch, 200) <= 200 and _pairs_work(monkeypatch, 800) <= 800


def _p004_peak(n: int) -> tuple[int, int]:
    import gen.check.rules.p004_unbalanced_pair as p004
    from gen.check.context import CheckContext

    ctx = CheckContext("“" * n)
    ctx.paragraphs  # noqa: B018 - built outside the measurement
    tracemalloc.start()
    findings = list(p004.check(ctx))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return len(findings), peak


def test_p004_findings_and_memory_stay_bounded():
    count_small, peak_small = _p004_peak(50_000)
    count_big, peak_big = _p004_peak(200_000)
    assert count_small == count_big == 21  # 20 listed, one that counts the rest
    assert peak_big <= 6 * peak_small  # linear in the marks held, not in findings built


def test_finding_in_a_footnote_without_a_mark_in_the_body_gets_one_comment_at_the_end(tmp_path):
    from tests.badinput.cases_hostile import _with_notes

    notes = (f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="1">{_p("脚注（不配对。")}</w:footnote></w:footnotes>')
    source = tmp_path / "fn.docx"
    source.write_bytes(_with_notes(notes.encode("utf-8")))
    out = tmp_path / "annotated.docx"
    result = CliRunner().invoke(cli, ["check", str(source), "--select", "P004", "--annotate", str(out)])
    assert result.exit_code == 0, result.output  # P004 is a warning
    assert "Traceback" not in result.output
    assert _comments(out.read_bytes()) == 1
    with zipfile.ZipFile(out) as zf:
        assert "（脚注中）P004" in zf.read("word/comments.xml").decode("utf-8")
