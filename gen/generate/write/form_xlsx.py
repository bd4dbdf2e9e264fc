"""The 自评表 as an Excel workbook in the national layout (``--format xlsx``).

One sheet per form, drawn from :mod:`form_grid` (the same cells as the Word
tables): the title in the first row, merged ranges where the published forms
merge, figures as numbers with number formats (amounts ``#,##0.00``, rates
``0.00%``) so the officer can keep working in Excel, and the header rows
repeated when printed. The package is re-zipped with fixed timestamps and
fixed document properties so the same data gives the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import io
from typing import Any

from ...core.errors import UserError
from .form_grid import FormGrid, form_grids

_FORMATS = {"amount": "#,##0.00", "percent": "0.00%", "score": "0.##"}
_WIDTHS = (12, 12, 14, 22, 14, 14, 8, 10, 24)
_FIXED_TIME = _dt.datetime(2000, 1, 1)


def _sheet(wb: Any, grid: FormGrid) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(grid.sheet)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(row=1, column=1, value=grid.title).font = Font(bold=True, size=14)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=grid.width)
    for i, w in enumerate(_WIDTHS[:grid.width], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for cell in grid.cells:
        row, col = cell.row + 2, cell.col + 1
        if cell.number is not None and cell.kind:
            value: Any = cell.number / 100 if cell.kind == "percent" else cell.number
        else:
            value = cell.text
        xc = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith("="):
            xc.data_type = "s"  # a target such as "=100%" is text, not a formula
        if cell.number is not None and cell.kind:
            xc.number_format = _FORMATS[cell.kind]
        xc.alignment = Alignment(horizontal="center" if cell.label else "left", vertical="center", wrap_text=True)
        if cell.label:
            xc.font = Font(bold=True)
        if cell.rowspan > 1 or cell.colspan > 1:
            ws.merge_cells(start_row=row, start_column=col, end_row=row + cell.rowspan - 1, end_column=col + cell.colspan - 1)
    for r in range(2, grid.rows + 2):
        for c in range(1, grid.width + 1):
            ws.cell(row=r, column=c).border = border
    if grid.header_rows:
        ws.print_title_rows = f"1:{grid.header_rows + 1}"


def to_xlsx_bytes(spec: Any) -> bytes:
    """Every form of ``spec`` as one workbook; a UserError when the data holds no form."""
    from openpyxl import Workbook

    grids = form_grids(spec)
    if not grids:
        raise UserError("数据中没有自评表内容（forms），无法输出 xlsx：请填写 forms（评分规则集、资金、项目自评表）")
    wb = Workbook()
    wb.remove(wb.active)
    for grid in grids:
        _sheet(wb, grid)
    wb.properties.creator = "jixiao"
    wb.properties.created = _FIXED_TIME
    wb.properties.modified = _FIXED_TIME
    wb.properties.title = grids[0].title
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_properties(buf.getvalue(), wb)


def _fixed_properties(data: bytes, wb: Any) -> bytes:
    """openpyxl stamps the save time into docProps/core.xml: write that part again with the fixed time."""
    import zipfile

    from openpyxl.xml.functions import tostring

    from ...core.package import zip_parts

    wb.properties.created = wb.properties.modified = _FIXED_TIME
    core = tostring(wb.properties.to_tree())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = [(n, core if n == "docProps/core.xml" else zf.read(n)) for n in zf.namelist()]
    return zip_parts(parts)
