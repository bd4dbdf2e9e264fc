"""Reading an Excel workbook (.xlsx) for the checker: a filled 自评表 is often submitted as one.

Each sheet becomes a line ``【工作表：名称】`` followed by one line per sheet row,
cells joined by tabs (every row, empty ones too), so a line's position within
its sheet block is the sheet's row number and a cell's tab index its column:
findings can name sheet, row and column, and the form rules (gen/check/forms_find.py)
rebuild the grid from the text alone. Formulas are read as their cached values; a zip bomb is refused from the
declared sizes (gen.core.forms.grid.check_package).
"""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from ..core.errors import UserError
from ..core.forms.grid import Grid, xlsx_grids

XLSX_SUFFIX = ".xlsx"
SHEET_MARK = "【工作表：{}】"
SHEET_LINE = regex_cache.compile(r"^【工作表：(?P<name>[^】\n]{1,100})】$")


def xlsx_text(data: bytes, name: str) -> str:
    """The workbook as text: a heading line per sheet, then its rows tab-joined."""
    grids = xlsx_grids(data, name)
    if not grids:
        raise UserError(f"{name}：Excel 文件中没有工作表")
    lines = []
    for grid in grids:
        lines.append(SHEET_MARK.format(grid.name))
        width = max((len(r) for r in grid.rows), default=0)
        for row in grid.rows:
            cells = [c.text.replace("\t", " ").replace("\n", " ") for c in row] + [""] * (width - len(row))
            lines.append("\t".join(cells))
    return "\n".join(lines)


def sheet_of(text: str, line_start: int) -> Optional[tuple[str, int]]:
    """The sheet a text line belongs to and the 1-based sheet row of the line starting at ``line_start``."""
    row = 0
    pos = line_start
    while pos > 0:
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        row += 1
        m = SHEET_LINE.match(line)
        if m:
            return m.group("name"), row
        pos = prev
    return None


def as_sheet(grid: Grid, text: str, line_start: int) -> Grid:
    """A text grid from xlsx text, relabelled with its sheet name and sheet row numbers."""
    found = sheet_of(text, line_start)
    if found is None:
        return grid
    name, first = found
    return Grid(name, "sheet", grid.rows, first, grid.title)


def looks_like_form_workbook(data: bytes, name: str) -> bool:
    """Whether a workbook holds a 自评表: a sheet the form parser recognises, or a title naming one.

    A folder handed to ``jixiao check`` often holds other workbooks too (budget
    sheets, the reviewer's own review workbook); only those that look like a form
    are checked. A workbook that cannot be read counts as a form, so that the
    reader reports it rather than it being silently passed over.
    """
    from ..core.forms.parse import parse_form

    try:
        grids = xlsx_grids(data, name)
    except UserError:
        return True
    for grid in grids:
        # a title (项目支出绩效自评表（2022年度）), not a column named after the F rules (自评表（F）)
        if any("绩效自评表" in c.text for row in grid.rows[:10] for c in row) or parse_form(grid) is not None:
            return True
    return False
