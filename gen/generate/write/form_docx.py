"""The 自评表 as Word tables, appended to the report's .docx.

Drawn from :mod:`form_grid` like the published forms: level-1 and level-2
indicator groups and section labels are merged cells (``w:vMerge``,
``w:gridSpan``), no row splits across a page (``w:cantSplit``), and the rows
naming the project repeat at the top of every page (``w:tblHeader``). Each
form starts on a new page under its title.
"""

from __future__ import annotations

from typing import Any

from . import gbt9704_layout as layout
from .docx_gbt9704 import _paragraph_xml, table_properties_xml, template_package
from .form_grid import Cell, FormGrid, form_grids

# Relative column widths: section label, level 1, level 2, name, target, actual, points, score, reason.
_WEIGHTS = (12, 11, 12, 18, 12, 12, 8, 8, 17)


def _widths(n: int) -> list[int]:
    weights = _WEIGHTS if n == len(_WEIGHTS) else (1,) * n
    total = layout.TYPE_AREA_WIDTH_TWIPS
    widths = [total * w // sum(weights) for w in weights]
    widths[-1] += total - sum(widths)
    return widths


def _cell_xml(cell: Cell, widths: list[int], ids: dict, merge: str) -> str:
    width = sum(widths[cell.col:cell.col + cell.colspan])
    span = f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""
    vmerge = {"": "", "restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}[merge]
    style = ids[layout.STYLE_TABLE_HEADING if cell.label else layout.STYLE_TABLE_TEXT]
    text = "" if merge == "continue" else cell.text
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}{vmerge}<w:vAlign w:val="center"/></w:tcPr>'
            f"{_paragraph_xml(text, style)}</w:tc>")


def grid_table_xml(grid: FormGrid, ids: dict) -> str:
    """One ``w:tbl`` for the grid, with merged cells, unsplittable rows and repeated header rows."""
    widths = _widths(grid.width)
    anchors = {(c.row, c.col): c for c in grid.cells}
    below: dict[tuple[int, int], Cell] = {}
    for c in grid.cells:
        for r in range(c.row + 1, c.row + c.rowspan):
            below[(r, c.col)] = c
    out = [table_properties_xml(ids[layout.STYLE_TABLE]), "<w:tblGrid>"]
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    for r in range(grid.rows):
        header = "<w:tblHeader/>" if r < grid.header_rows else ""
        out.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>")
        col = 0
        while col < grid.width:
            cell = anchors.get((r, col))
            if cell is not None:
                out.append(_cell_xml(cell, widths, ids, "restart" if cell.rowspan > 1 else ""))
            elif (r, col) in below:
                cell = below[(r, col)]
                out.append(_cell_xml(cell, widths, ids, "continue"))
            else:  # a gap in the grid: an empty cell keeps the columns aligned
                cell = Cell(r, col, "")
                out.append(_cell_xml(cell, widths, ids, ""))
            col += cell.colspan
        out.append("</w:tr>")
    return "<w:tbl>" + "".join(out) + "</w:tbl>"


def _title_xml(title: str, style_id: str) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/><w:pageBreakBefore/></w:pPr>'
            + _paragraph_xml(title, None)[len("<w:p>"):])


def forms_xml(spec: Any) -> str:
    """Every form of ``spec`` as body XML (title paragraph, table, empty paragraph); "" without forms."""
    grids = form_grids(spec)
    if not grids:
        return ""
    ids = template_package().style_ids
    parts = []
    for grid in grids:
        parts.append(_title_xml(grid.title, ids[layout.STYLE_CAPTION]))
        parts.append(grid_table_xml(grid, ids))
        parts.append("<w:p/>")
    return "".join(parts)
