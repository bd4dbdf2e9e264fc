"""Reading inputs: encodings, .docx in document order, PDF line joining, unreadable input."""

from __future__ import annotations

import codecs
import io
import os
import random

import docx
import pytest

from gen.check.read import (
    decode_bytes,
    docx_text,
    read_path,
    source_from_text,
)
from gen.check.read_lines import pdf_line_breaks
from gen.core.errors import UserError

TEXT = "一、基本情况\n我局2023年预算执行率为99.5%，完成了各项\n工作任务。\n（一）部门职能\n负责全区卫生健康工作。\n"


@pytest.mark.parametrize(
    "encoded, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be"],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoded, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(encoded)
    source = read_path(path)
    assert source.decoded == TEXT
    assert source.encoding == encoding
    assert source.kind == "txt"


def test_gb18030_only_characters():
    text = "䶮是扩展字符，报告正文。"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_crlf_is_normalised(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("第一行。\r\n第二行。\r\n".encode("gbk"))
    assert read_path(path).decoded == "第一行。\n第二行。\n"


def test_pdf_line_break_is_joined_and_mapped_back():
    source = source_from_text(TEXT)
    assert "完成了各项工作任务。" in source.analysis
    assert source.analysis.count("\n") == TEXT.count("\n") - 1
    i = source.analysis.index("各项工作")
    start, end = source.to_decoded(i, i + len("各项工作"))
    assert source.decoded[start:end] == "各项\n工作"
    for a, d in enumerate(source.offsets):
        assert source.analysis[a] == source.decoded[d]


@pytest.mark.parametrize(
    "text, joined",
    [
        ("负责辖区卫生健康的综合监督管理和执法工作，负责\n职责范围内的职业卫生。", True),
        ("本局完成了各项，\n工作任务。", True),  # ends mid-clause
        ("下一步改进措施\n针对上述存在的问题，拟采取以下措施。", False),  # short: an unnumbered heading
        ("南岳区卫生健康局\n2022年度部门整体支出绩效评价报告", False),  # title lines
        # a long title naming its kind of document, then the first sentence: never one sentence
        ("某县统计局2024年度部门整体支出绩效自评报告\n为全面实施预算绩效管理，我局开展了自评。", False),
        ("某市档案馆关于2023年度部门决算的情况说明\n本馆是市委直属事业单位。", False),
        # a line of running text ending in such a word has a clause mark inside: still joined
        ("根据财政局的通知，我局认真组织开展自评并形成了自评报告\n报送市财政局。", True),
        ("工作完成。\n下一句开始。", False),  # sentence end
        ("主要职责是：\n统筹规划。", False),  # colon introduces what follows
        ("一、基本情况\n本局负责全区工作。", False),  # heading line before
        ("本局负责全区\n一、基本情况", False),  # heading line after
        ("本局负责全区\n（一）部门职能", False),
        ("本局负责全区\n1.贯彻执行法规", False),
        ("本局负责全区\n\n工作。", False),  # blank line: a paragraph break
        ("本局负责全区\n\u3000\u3000工作。", False),  # indented: a new paragraph
        ("部门名称\t荔湾区\n基本支出\t55.66", False),  # table rows
        ("本局2023年全年一般公共预算财政拨款收入为\n12.5万元。", True),  # a number, not a list item
        ("用于 health\ncare 项目。", False),  # two English words stay apart
        # a table row flattened with single spaces ends in its bare figures (分值 得分): the next row stays apart
        ("年度资金总额 120 120 96.5 10 0.804 8\n其中：当年财政拨款 120 120 96.5", False),
        ("按期完成率 按期完成 按期完成 10 10\n资金拨付及时率 100% 100% 10 10", False),
        # one figure set apart in running text, its unit on the next line: still a sentence
        ("本局2023年全年一般公共预算财政拨款收入合计为 12.5\n万元。", True),
        # a budget's list of tables, one a line: the next table's label starts a line of its own
        ("表3-3. 一般公共预算“三公”经费支出预算表\n表4. 政府性基金支出预算表", False),
        ("第四部分 部门预算公开附表，包括收支总表和收入总表等\n附表4-1收支总表", False),
        # a sentence that goes on to cite a table still reads on
        ("本单位2024年一般公共预算支出的分项情况详见\n表2所示，其余支出无变化。", True),
        # a body's name alone on the next line is the signature under a title, not the rest of it
        ("——2022年12月20日在上杭县第十八届人民代表大会第二次会议上\n上杭县财政局", False),
    ],
)
def test_pdf_line_break_rules(text, joined):
    assert bool(pdf_line_breaks(text)) is joined


def test_markdown_structure_is_not_joined():
    text = "# 标题\n正文第一行没有结束\n- 列表项\n| 表 | 格 |\n| - | - |\n"
    source = source_from_text(text, kind="md")
    assert source.analysis == "# 标题\n正文第一行没有结束\n- 列表项\n| 表 | 格 |\n| - | - |\n"


def test_line_col_is_one_based_code_points():
    source = source_from_text("甲乙\n丙丁戊\n")
    assert source.line_col(0) == (1, 1)
    assert source.line_col(1) == (1, 2)
    assert source.line_col(3) == (2, 1)
    assert source.line_col(5) == (2, 3)


def build_docx(path=None) -> bytes:
    """A .docx with a paragraph, a table (two rows, one merged cell), a nested table and a closing paragraph."""
    d = docx.Document()
    d.add_paragraph("一、基本情况")
    d.add_paragraph("本年收入325,399.34万元。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "金额（万元）"
    table.cell(1, 0).text = "基本支出"
    cell = table.cell(1, 1)
    cell.text = "55,552.66"
    cell.add_paragraph("含人员经费。")
    d.add_paragraph("二、结论")
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


DOCX_TEXT = "一、基本情况\n本年收入325,399.34万元。\n项目\n金额（万元）\n基本支出\n55,552.66\n含人员经费。\n二、结论"


def test_docx_paragraphs_and_table_cells_in_document_order(tmp_path):
    path = tmp_path / "r.docx"
    build_docx(path)
    source = read_path(path)
    assert source.kind == "docx"
    assert source.decoded == DOCX_TEXT
    assert source.analysis == DOCX_TEXT  # Word paragraphs are real paragraphs: nothing joined


def test_docx_merged_cell_appears_once():
    d = docx.Document()
    t = d.add_table(rows=1, cols=3)
    merged = t.cell(0, 0).merge(t.cell(0, 1))
    merged.text = "合并单元格"
    t.cell(0, 2).text = "右侧"
    buf = io.BytesIO()
    d.save(buf)
    assert docx_text(buf.getvalue()) == "合并单元格\n右侧"


def test_docx_from_stdin_is_recognised():
    source = read_path("-", stdin=io.BytesIO(build_docx()))
    assert source.kind == "docx" and source.decoded == DOCX_TEXT and source.path == "-"


def test_stdin_text():
    source = read_path("-", stdin=io.BytesIO(TEXT.encode("gbk")))
    assert source.decoded == TEXT and source.path == "-"


def _message(exc_info) -> str:
    return "\n".join(exc_info.value.messages)


def test_missing_file(tmp_path):
    with pytest.raises(UserError) as exc:
        read_path(tmp_path / "无此文件.txt")
    assert "无此文件.txt" in _message(exc) and "找不到" in _message(exc)


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(UserError) as exc:
        read_path(tmp_path)
    assert "文件夹" in _message(exc)


def test_corrupt_docx(tmp_path):
    path = tmp_path / "坏.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    with pytest.raises(UserError) as exc:
        read_path(path)
    assert "坏.docx" in _message(exc) and "损坏" in _message(exc)


def test_zip_that_is_not_word(tmp_path):
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(UserError) as exc:
        read_path(path)
    assert "other.docx" in _message(exc)


def test_binary_junk(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4000)))
    with pytest.raises(UserError) as exc:
        read_path(path)
    assert "junk.txt" in _message(exc)


def test_replacement_marks_of_a_published_page_are_read(tmp_path):
    """A page whose earlier conversion left U+FFFD in it (2 % of its characters) is text: it is read and
    L004 reports the marks; a file of nothing but such marks is still refused."""
    from gen.check.registry import select_rules
    from gen.check.runner import run

    path = tmp_path / "page.txt"
    path.write_text("2025年部门预算说明\n" + "一、部门职责\ufffd。本部门负责全县气象工作，依法开展监测预报。\n" * 30,
                    encoding="utf-8")
    findings = run(read_path(path), select_rules(["L004"])).findings
    assert findings and all(f.code == "L004" for f in findings)
    (tmp_path / "marks.txt").write_text("\ufffd" * 200, encoding="utf-8")
    with pytest.raises(UserError) as exc:
        read_path(tmp_path / "marks.txt")
    assert "二进制" in _message(exc)


def test_png_is_rejected(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200))
    with pytest.raises(UserError) as exc:
        read_path(path)
    assert "二进制" in _message(exc)


@pytest.mark.parametrize("suffix, magic, word", [(".doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".docx"),
                                                 (".pdf", b"%PDF-1.7\n", "PDF")])
def test_unsupported_formats_say_what_to_do(tmp_path, suffix, magic, word):
    path = tmp_path / f"r{suffix}"
    path.write_bytes(magic + b"\x00" * 100)
    with pytest.raises(UserError) as exc:
        read_path(path)
    assert word in _message(exc)


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("字" * 100, encoding="utf-8")
    with pytest.raises(UserError) as exc:
        read_path(path, max_bytes=50)
    assert "big.txt" in _message(exc) and "max_bytes" in _message(exc)
    with pytest.raises(UserError):
        read_path("-", max_bytes=50, stdin=io.BytesIO(b"a" * 51))
    assert read_path(path, max_bytes=300).decoded == "字" * 100


def test_empty_file_is_readable(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    source = read_path(path)
    assert source.decoded == "" and source.analysis == ""
