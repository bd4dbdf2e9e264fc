import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import nsmap, qn
from docx.shared import Mm, Pt, Twips
from lxml import etree

from gen.generate.document import Document, Heading, Paragraph, Table
from gen.generate.write import gbt9704_layout as layout
from gen.generate.write.docx_gbt9704 import to_docx_bytes, to_docx_bytes_objectapi

BOTH_PATHS = pytest.mark.parametrize("write", [to_docx_bytes, to_docx_bytes_objectapi], ids=["fast", "objectapi"])


def _open(data: bytes):
    return docx.Document(io.BytesIO(data))


def _east_asia(style) -> str:
    fonts = style.element.find(qn("w:rPr")).find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia"))


def _visible(d) -> list:
    """Paragraph styles and texts, then table cells: what a reader sees."""
    paras = [(p.style.name, p.text) for p in d.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
    return [paras, tables]


@BOTH_PATHS
def test_page_is_a4_with_gbt9704_margins(sample, write):
    section = _open(write(sample)).sections[0]
    for got, want in [
        (section.page_width, Mm(210)), (section.page_height, Mm(297)),
        (section.top_margin, Mm(37)), (section.bottom_margin, Mm(35)),
        (section.left_margin, Mm(28)), (section.right_margin, Mm(26)),
    ]:
        assert abs(got - want) <= Mm(0.1)


def test_line_pitch_is_computed_from_the_type_area():
    # 225 mm type area / 22 lines = 28.99 pt, rounded down so 22 lines fit.
    assert layout.TYPE_AREA_HEIGHT_MM == 225
    assert layout.LINE_PITCH_TWIPS == 579
    assert 22 * layout.LINE_PITCH_TWIPS <= 225 * 1440 / 25.4


@BOTH_PATHS
def test_title_style(sample, write):
    d = _open(write(sample))
    title = d.paragraphs[0]
    assert title.text == sample.title
    assert title.style.name == "Title"
    assert title.style.font.size == Pt(22)
    assert _east_asia(title.style) == "方正小标宋简体"
    assert title.style.paragraph_format.alignment == 1  # centre


@BOTH_PATHS
def test_body_paragraphs(sample, write):
    d = _open(write(sample))
    body = [p for p in d.paragraphs if p.text.startswith("我局负责")][0]
    style = body.style
    assert style.name == "Normal"
    assert style.font.size == Pt(16)
    assert _east_asia(style) == "仿宋_GB2312"
    fonts = style.element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "仿宋_GB2312"
    fmt = style.paragraph_format
    assert fmt.first_line_indent == Pt(32)
    assert style.element.find(qn("w:pPr")).find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert fmt.line_spacing == Twips(579)


@BOTH_PATHS
def test_heading_styles_and_outline_levels(sample, write):
    d = _open(write(sample))
    by_text = {p.text: p for p in d.paragraphs}
    h1, h2 = by_text["一、基本情况"], by_text["（一）部门职能"]
    h3, h4 = by_text["1.产出指标"], by_text["（1）数量指标"]
    assert (h1.style.name, h2.style.name, h3.style.name, h4.style.name) == ("Heading 1", "Heading 2", "Heading 3", "Heading 4")
    assert _east_asia(h1.style) == "黑体"
    assert _east_asia(h2.style) == "楷体_GB2312"
    assert _east_asia(h3.style) == _east_asia(h4.style) == "仿宋_GB2312"
    for level, p in enumerate((h1, h2, h3, h4)):
        assert p.style.font.size == Pt(16)
        outline = p.style.element.find(qn("w:pPr")).find(qn("w:outlineLvl"))
        assert outline.get(qn("w:val")) == str(level)
    assert h3.style.font.bold is True


@BOTH_PATHS
def test_footer_has_page_field_between_dashes(sample, write):
    data = write(sample)
    d = _open(data)
    section = d.sections[0]
    assert d.settings.odd_and_even_pages_header_footer is True
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        assert not footer.is_linked_to_previous
        p = footer.paragraphs[0]
        instr = "".join(p._p.xpath(".//w:instrText/text()"))
        assert instr.strip() == "PAGE"
        assert [f.get(qn("w:fldCharType")) for f in p._p.xpath(".//w:fldChar")] == ["begin", "separate", "end"]
        assert p.text == "— 1 —"
        assert p._p.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val")) == align
        assert p.style.name == "Footer"
        assert _east_asia(p.style) == "宋体"
        assert p.style.font.size == Pt(14)


@BOTH_PATHS
def test_table_borders_header_and_cells(sample, write):
    d = _open(write(sample))
    (table,) = d.tables
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None
    sides = {child.tag.split("}")[1]: child.get(qn("w:val")) for child in borders}
    assert sides == {s: "single" for s in ("top", "left", "bottom", "right", "insideH", "insideV")}
    assert [c.text for c in table.rows[0].cells] == ["项目", "金额（万元）", "占比"]
    assert [c.text for c in table.rows[2].cells] == ["项目支出", "2,000.00", "62.40%"]
    header = table.rows[0].cells[0].paragraphs[0]
    assert header.style.name == "Table Heading" and header.style.font.bold is True
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    cell = table.rows[1].cells[1].paragraphs[0]
    assert cell.style.name == "Table Text"
    assert cell.style.paragraph_format.first_line_indent == 0
    assert cell.style.font.size == Pt(12)
    assert _east_asia(cell.style) == "仿宋_GB2312"
    caption = [p for p in d.paragraphs if p.text == "表1 支出结构"][0]
    assert caption.style.name == "Caption"
    assert caption.style.paragraph_format.first_line_indent == 0


def test_fast_output_is_byte_identical(sample):
    first = to_docx_bytes(sample)
    to_docx_bytes(Document("另一份报告", [Paragraph("别的内容。")]))
    assert to_docx_bytes(sample) == first
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.namelist()[0] == "[Content_Types].xml"
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(zf.read(name))  # every part is well-formed


@BOTH_PATHS
def test_xml_special_characters_round_trip(write):
    text = 'A<B & C>"D" \'E\' ＆ 5%<10%'
    doc = Document('标题 "甲" & <乙>', [Heading(1, "一、", "<概况> & 说明"), Paragraph(text), Table(["a&b", "<c>"], [['"1"', "2 & 3"]], "表<1>")])
    d = _open(write(doc))
    texts = [p.text for p in d.paragraphs]
    assert texts == ['标题 "甲" & <乙>', "一、<概况> & 说明", text, "表<1>"]
    assert [[c.text for c in r.cells] for r in d.tables[0].rows] == [["a&b", "<c>"], ['"1"', "2 & 3"]]
    assert d.core_properties.title == '标题 "甲" & <乙>'


@BOTH_PATHS
def test_control_characters_are_dropped_and_breaks_kept(write):
    doc = Document("标题\x01", [Paragraph("甲\x00乙\x0b丙\r\n丁\t戊")])
    d = _open(write(doc))
    assert d.paragraphs[0].text == "标题"
    assert d.paragraphs[1].text == "甲乙丙\n丁\t戊"


def test_object_api_baseline_shows_the_same_text_and_layout(sample):
    fast, slow = to_docx_bytes(sample), to_docx_bytes_objectapi(sample)
    assert _visible(_open(fast)) == _visible(_open(slow))
    with zipfile.ZipFile(io.BytesIO(fast)) as zf, zipfile.ZipFile(io.BytesIO(slow)) as zs:
        for part in ("word/styles.xml", "word/footer1.xml", "word/footer2.xml", "word/settings.xml"):
            assert zf.read(part) == zs.read(part), part
        assert set(zf.namelist()) == set(zs.namelist())


@BOTH_PATHS
def test_ragged_table_is_padded(write):
    doc = Document("标题", [Table(["甲", "乙", "丙"], [["1"], ["1", "2", "3"]])])
    d = _open(write(doc))
    assert [[c.text for c in r.cells] for r in d.tables[0].rows] == [["甲", "乙", "丙"], ["1", "", ""], ["1", "2", "3"]]


def test_template_drops_parts_that_do_not_shape_the_layout(sample):
    with zipfile.ZipFile(io.BytesIO(to_docx_bytes(sample))) as zf:
        names = set(zf.namelist())
        styles = zf.read("word/styles.xml")
    assert not {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml"} & names
    assert len(styles) < 40_000
    style_ids = etree.fromstring(styles).xpath("//w:style/@w:styleId", namespaces={"w": nsmap["w"]})
    assert "LightShading" not in style_ids
    assert {"Normal", "Title", "Heading1", "Heading2", "Heading3", "Heading4", "TableText", "TableHeading"} <= set(style_ids)
