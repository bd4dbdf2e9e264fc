"""The docxtpl baseline of benchmarks/batch.py, built to produce the same Word document as jixiao.

The template is made with python-docx from jixiao's own GB/T 9704 set-up
(``gbt9704_layout.configure``: styles, page size and margins, footers with page
numbers), so the baseline starts from the same styles and page layout. Its body
is a docxtpl loop over the report's blocks that gives each heading level its
own style (Heading 1-4), body paragraphs the body style, each table its caption
and every column (header row in the table heading style with a repeated-header
mark, rows in the table text style, the same table properties and borders).

:func:`outline` reads a .docx back into (style, text) paragraphs, tables cell by
cell, and page set-up, and the benchmark asserts that jixiao's file and the
baseline's file give the same outline before it times anything. What still
differs is stated, not hidden: docxtpl keeps the template cell's width in each
cell (Word lays the columns out from the grid, which both divide equally),
writes a line break inside a paragraph as a space, and re-parses its template
for every report — that is how docxtpl renders (render mutates the document),
so the baseline loads each template once per worker and lets docxtpl reload it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn


def build_template(path: Path) -> None:
    """A docxtpl template with jixiao's layout and one branch per block kind and heading level."""
    import docx

    from gen.generate.write import gbt9704_layout as layout
    from gen.generate.write.docx_gbt9704 import table_properties_xml

    d = docx.Document()
    layout.configure(d)
    d.core_properties.title = "{{ title }}"
    d.add_paragraph("{{ title }}", style=layout.STYLE_TITLE)
    d.add_paragraph("{%p for b in blocks %}")
    d.add_paragraph("{%p if b.kind == 'paragraph' %}")
    d.add_paragraph("{{ b.text }}")
    for level, style in sorted(layout.STYLE_HEADINGS.items()):
        d.add_paragraph(f"{{%p elif b.kind == 'heading' and b.level == {level} %}}")
        d.add_paragraph("{{ b.text }}", style=style)
    d.add_paragraph("{%p elif b.kind == 'table' %}")
    d.add_paragraph("{%p if b.caption %}")
    d.add_paragraph("{{ b.caption }}", style=layout.STYLE_CAPTION)
    d.add_paragraph("{%p endif %}")
    _table(d, layout, table_properties_xml)
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("{%p endfor %}")
    d.save(path)


def _table(d: Any, layout: Any, table_properties_xml: Any) -> None:
    """Header row and a row loop, each with a column loop (docxtpl: for | cell | endfor in three cells)."""
    table = d.add_table(rows=4, cols=3)
    table.style = d.styles[layout.STYLE_TABLE]
    tbl = table._tbl
    new = parse_xml(table_properties_xml(table.style.style_id).replace("<w:tblPr>", f"<w:tblPr {nsdecls('w')}>", 1))
    tbl.tblPr.addprevious(new)
    tbl.remove(tbl.tblPr)
    for col in tbl.tblGrid.findall(qn("w:gridCol")):  # docxtpl rescales the grid to the real column count
        col.set(qn("w:w"), str(layout.TYPE_AREA_WIDTH_TWIPS // 3))
    header, body = table.rows[0], table.rows[2]
    header._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for row, items, style in ((header, "b.header", layout.STYLE_TABLE_HEADING), (body, "r", layout.STYLE_TABLE_TEXT)):
        for cell, text in zip(row.cells, (f"{{%tc for c in {items} %}}", "{{ c }}", "{%tc endfor %}")):
            cell.text = text
            cell.paragraphs[0].style = d.styles[style]
            cell.vertical_alignment = 1  # WD_CELL_VERTICAL_ALIGNMENT.CENTER
    table.rows[1].cells[0].text = "{%tr for r in b.rows %}"
    table.rows[3].cells[0].text = "{%tr endfor %}"


def context(doc: Any) -> dict:
    """The template's context for one rendered jixiao Document (the blocks, unchanged)."""
    from gen.generate.document import Heading, Paragraph, Table
    from gen.generate.write.docx_gbt9704 import table_cells
    from gen.generate.write.xmltext import clean_text

    blocks = []
    for b in doc.blocks:
        if isinstance(b, Heading):
            blocks.append({"kind": "heading", "level": min(max(b.level, 1), 4), "text": clean_text(b.full)})
        elif isinstance(b, Paragraph):
            blocks.append({"kind": "paragraph", "text": clean_text(b.text)})
        elif isinstance(b, Table):
            cells = [[clean_text(c) for c in row] for row in table_cells(b)]
            blocks.append({"kind": "table", "caption": clean_text(b.caption), "header": cells[0], "rows": cells[1:]})
    return {"title": clean_text(doc.title), "blocks": blocks}


class Renderer:
    """One per worker: the template bytes are read once; docxtpl reloads them for each render."""

    def __init__(self, template: Path):
        from docxtpl import DocxTemplate

        self.tpl = DocxTemplate(io.BytesIO(template.read_bytes()))

    def render(self, doc: Any) -> bytes:
        self.tpl.render(context(doc), autoescape=True)
        buf = io.BytesIO()
        self.tpl.save(buf)
        return buf.getvalue()


def outline(data: bytes) -> dict:
    """What a reader sees: paragraphs (style, text), tables (style, header flag, cells), page set-up, title."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from gen.generate.write.gbt9704_layout import TYPE_AREA_WIDTH_TWIPS

    d = docx.Document(io.BytesIO(data))
    body = []
    for child in d.element.body.iterchildren():
        if child.tag == qn("w:p"):
            p = Paragraph(child, d)
            body.append(("p", p.style.name, p.text))
        elif child.tag == qn("w:tbl"):
            t = Table(child, d)
            rows = [[(c.paragraphs[0].style.name, c.text) for c in r.cells] for r in t.rows]
            header = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in t.rows]
            grid = [int(g.get(qn("w:w"))) for g in child.tblGrid.findall(qn("w:gridCol"))]
            body.append(("t", t.style.name, header, rows, len(grid), abs(sum(grid) - TYPE_AREA_WIDTH_TWIPS) <= len(grid)))
    s = d.sections[0]
    page = (s.page_width, s.page_height, s.top_margin, s.bottom_margin, s.left_margin, s.right_margin,
            s.odd_and_even_pages_header_footer if hasattr(s, "odd_and_even_pages_header_footer") else None,
            s.footer.paragraphs[0].text if s.footer.paragraphs else "")
    return {"title": d.core_properties.title, "page": page, "body": body}
