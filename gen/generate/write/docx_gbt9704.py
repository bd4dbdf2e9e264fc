"""Word (.docx) output in GB/T 9704 公文 layout, fast enough for batch runs.

A batch writes hundreds of reports per second, and python-docx's object API
(parse the default template, build every paragraph as lxml objects, serialise,
zip) costs tens of milliseconds per report. So :func:`to_docx_bytes` builds the
configured template package once per process, keeps its parts as bytes, and
for each report only writes ``word/document.xml`` (and the title in
``docProps/core.xml``) as text, zipping them with fixed timestamps so the same
report always gives the same bytes.

:func:`to_docx_bytes_objectapi` produces the same layout through python-docx's
object API. It is the in-project baseline the benchmark compares against and a
cross-check for the tests; both start from :func:`gbt9704_layout.configure`.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from ..document import Document, Heading, Paragraph, Table
from ...core import placeholders
from ...core.package import zip_parts
from . import gbt9704_layout as layout
from .xmltext import clean_text

_TITLE_PLACEHOLDER = "JIXIAO-TITLE-PLACEHOLDER"
_BREAKS = re.compile("([\t\n])")


@dataclass(frozen=True)
class TemplatePackage:
    """The configured package, as bytes, with the two slots a report fills."""

    parts: tuple[tuple[str, bytes], ...]  # in the order python-docx wrote them
    document_head: str  # word/document.xml up to and including <w:body>
    document_tail: str  # the section properties and the closing tags
    core_head: bytes  # docProps/core.xml around the title
    core_tail: bytes
    style_ids: dict  # style name -> styleId
    static_zip: bytes  # every other part, compressed once: each report appends its two parts to a copy


@lru_cache(maxsize=1)
def template_package() -> TemplatePackage:
    """The configured package, built once per process (batch workers call it at start-up)."""
    import docx  # deferred: only the .docx path pays for python-docx

    document = docx.Document()
    layout.configure(document)
    document.core_properties.title = _TITLE_PLACEHOLDER
    buf = io.BytesIO()
    document.save(buf)
    style_ids = {name: document.styles[name].style_id for name in layout.STYLE_SPECS}
    style_ids[layout.STYLE_TABLE] = document.styles[layout.STYLE_TABLE].style_id

    parts = []
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        for name in zf.namelist():
            parts.append((name, zf.read(name)))
    by_name = dict(parts)

    doc_xml = by_name["word/document.xml"].decode("utf-8")
    body_end = doc_xml.index("<w:body>") + len("<w:body>")
    sect_start = doc_xml.index("<w:sectPr", body_end)
    if doc_xml[body_end:sect_start].strip():
        raise RuntimeError("template body is expected to hold only the section properties")

    core = by_name["docProps/core.xml"]
    placeholder = _TITLE_PLACEHOLDER.encode("ascii")
    if core.count(placeholder) != 1:
        raise RuntimeError("template core.xml must hold the title placeholder once")
    core_head, core_tail = core.split(placeholder)
    static = [(name, data) for name, data in parts if name not in _PER_REPORT_PARTS]
    return TemplatePackage(
        parts=tuple(parts),
        document_head=doc_xml[:body_end],
        document_tail=doc_xml[sect_start:],
        core_head=core_head,
        core_tail=core_tail,
        style_ids=style_ids,
        static_zip=zip_parts(static),
    )


# -- document.xml as text -----------------------------------------------------


_HIGHLIGHT = '<w:rPr><w:highlight w:val="yellow"/></w:rPr>'


def _runs_xml(text: str) -> str:
    """Runs for ``text``; each placeholder (ours and the common forms) in its own highlighted run,
    so an officer sees at a glance what is still to fill."""
    out, pos = [], 0
    for m in sorted([*placeholders.OURS.finditer(text), *placeholders.common(text)], key=lambda m: m.start()):
        if m.start() < pos:
            continue
        out.append(_run_xml(text[pos:m.start()]))
        out.append(_run_xml(m.group(), _HIGHLIGHT))
        pos = m.end()
    out.append(_run_xml(text[pos:]))
    return "".join(out)


def _run_xml(text: str, rpr: str = "") -> str:
    text = clean_text(text)
    if not text:
        return ""
    pieces = []
    for piece in _BREAKS.split(text):
        if piece == "\n":
            pieces.append("<w:br/>")
        elif piece == "\t":
            pieces.append("<w:tab/>")
        elif piece:
            pieces.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def _paragraph_xml(text: str, style_id: str | None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
    return f"<w:p>{ppr}{_runs_xml(text)}</w:p>"


def _column_widths(n: int) -> list[int]:
    width = layout.TYPE_AREA_WIDTH_TWIPS // n
    return [width] * (n - 1) + [layout.TYPE_AREA_WIDTH_TWIPS - width * (n - 1)]


def table_cells(table: Table) -> list[list[str]]:
    """Header and rows padded to one width, so a ragged hand-built table still zips."""
    rows = [list(table.header)] + [list(r) for r in table.rows]
    width = max(1, max(len(r) for r in rows))
    return [r + [""] * (width - len(r)) for r in rows]


def table_properties_xml(style_id: str) -> str:
    return (
        f'<w:tblPr><w:tblStyle w:val="{style_id}"/><w:tblW w:w="5000" w:type="pct"/>'
        f'<w:jc w:val="center"/>{layout.TABLE_BORDERS_XML}'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
    )


def _table_xml(table: Table, ids: dict) -> str:
    cells = table_cells(table)
    widths = _column_widths(len(cells[0]))
    out = [table_properties_xml(ids[layout.STYLE_TABLE]), "<w:tblGrid>"]
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    for r, row in enumerate(cells):
        header = r == 0
        out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
        style_id = ids[layout.STYLE_TABLE_HEADING if header else layout.STYLE_TABLE_TEXT]
        for text, width in zip(row, widths):
            out.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                f"{_paragraph_xml(text, style_id)}</w:tc>"
            )
        out.append("</w:tr>")
    return "<w:tbl>" + "".join(out) + "</w:tbl>"


def heading_style(level: int) -> str:
    return layout.STYLE_HEADINGS[min(max(level, 1), 4)]


def document_xml(doc: Document, appendix: str = "") -> str:
    """The whole ``word/document.xml`` for ``doc``, as text; ``appendix`` is body XML added at the end (the 自评表)."""
    tpl = template_package()
    ids = tpl.style_ids
    body = [_paragraph_xml(doc.title, ids[layout.STYLE_TITLE])]
    for block in doc.blocks:
        if isinstance(block, Heading):
            body.append(_paragraph_xml(block.full, ids[heading_style(block.level)]))
        elif isinstance(block, Paragraph):
            body.append(_paragraph_xml(block.text, None))
        elif isinstance(block, Table):
            if block.caption:
                body.append(_paragraph_xml(block.caption, ids[layout.STYLE_CAPTION]))
            body.append(_table_xml(block, ids))
        else:
            raise TypeError(f"unknown block {type(block).__name__}")
    return tpl.document_head + "".join(body) + appendix + tpl.document_tail


_PER_REPORT_PARTS = ("word/document.xml", "docProps/core.xml")


def to_docx_bytes(doc: Document, appendix: str = "") -> bytes:
    """The report as a .docx package; byte-identical for the same document (and appendix)."""
    tpl = template_package()
    doc_xml = document_xml(doc, appendix).encode("utf-8")
    core = tpl.core_head + escape(clean_text(doc.title)).encode("utf-8") + tpl.core_tail
    return zip_parts((("word/document.xml", doc_xml), ("docProps/core.xml", core)), base=tpl.static_zip)


# -- reference path through python-docx's object API ---------------------------


def to_docx_bytes_objectapi(doc: Document) -> bytes:
    """Same layout through python-docx objects: slower, the benchmark's baseline.

    Not byte-deterministic (python-docx stamps zip entries with the current time).
    """
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Twips

    document = docx.Document()
    layout.configure(document)
    document.core_properties.title = clean_text(doc.title)
    document.add_paragraph(clean_text(doc.title), style=layout.STYLE_TITLE)
    for block in doc.blocks:
        if isinstance(block, Heading):
            document.add_paragraph(clean_text(block.full), style=heading_style(block.level))
        elif isinstance(block, Paragraph):
            document.add_paragraph(clean_text(block.text))
        elif isinstance(block, Table):
            if block.caption:
                document.add_paragraph(clean_text(block.caption), style=layout.STYLE_CAPTION)
            cells = table_cells(block)
            widths = _column_widths(len(cells[0]))
            table = document.add_table(rows=len(cells), cols=len(cells[0]))
            table.style = document.styles[layout.STYLE_TABLE]
            tbl = table._tbl
            old = tbl.tblPr
            new = parse_xml(
                table_properties_xml(table.style.style_id).replace("<w:tblPr>", f"<w:tblPr {nsdecls('w')}>", 1)
            )
            old.addprevious(new)
            tbl.remove(old)
            for col, width in zip(table.columns, widths):
                col.width = Twips(width)
            for r, (row, texts) in enumerate(zip(table.rows, cells)):
                if r == 0:
                    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
                style = layout.STYLE_TABLE_HEADING if r == 0 else layout.STYLE_TABLE_TEXT
                for cell, text, width in zip(row.cells, texts, widths):
                    cell.width = Twips(width)
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    cell.text = clean_text(text)
                    cell.paragraphs[0].style = document.styles[style]
        else:
            raise TypeError(f"unknown block {type(block).__name__}")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
