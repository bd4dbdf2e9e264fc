"""Writing an input workbook (``jixiao init``, the examples, tests): the layout, filled in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from .layout import KEY_HEADER, MAIN_SHEET, SHEETS, Column, column_letter


def _get(data: Any, path: str) -> Any:
    node = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def rows_for(key: str, data: dict) -> dict[str, list[list[Any]]]:
    """The rows (key first, then the sheet's columns in order) one bureau fills in each sheet."""
    out: dict[str, list[list[Any]]] = {s.name: [] for s in SHEETS}
    for sheet in SHEETS:
        if not sheet.many:
            values = [_display(c, _get(data, c.field)) for c in sheet.columns]
            if sheet.name == MAIN_SHEET or any(v is not None for v in values):
                out[sheet.name].append([key] + values)
            continue
        if sheet.parent:
            continue
        targets = sheet.routes.items() if sheet.routes else [(None, sheet.target)]
        for route, path in targets:
            for n, item in enumerate(_get(data, path) or [], start=1):
                row: list[Any] = [key]
                for c in sheet.columns:
                    if c.kind == "route":
                        row.append(route)
                    elif c.kind == "id":
                        row.append(n)
                    elif c.field == "":
                        row.append(item)
                    else:
                        row.append(_display(c, _get(item, c.field)))
                out[sheet.name].append(row)
                child = next((s for s in SHEETS if s.parent == sheet.name), None)
                if child is not None:
                    for m in item.get(child.child_list) or []:
                        out[child.name].append([key] + [
                            n if c.kind == "parent" else _display(c, _get(m, c.field)) for c in child.columns
                        ])
    return out


def _display(column: Column, value: Any) -> Any:
    if value is None or value == "" or value == []:
        return None
    if column.kind == "choice" and column.display:
        return column.display.get(value, value)
    if column.kind == "yes_no":  # an explicit false is written, so that it overrides (e.g. the outline's style)
        return "是" if value else ("否" if value is False else None)
    if column.kind in ("amount", "number") and isinstance(value, (Decimal, int, float)):
        return float(value) if isinstance(value, Decimal) and value != value.to_integral_value() else (
            int(value) if isinstance(value, Decimal) else value)
    return value


LISTS_SHEET = "下拉选项"  # hidden; the reader ignores sheets it does not know


class _DropDowns:
    """Each choice column's drop-down, its list read from a column of the hidden sheet: Excel caps a list typed
    into the rule at 255 characters (the sector list is longer), a range has no such cap. Equal lists share one."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        sheet.sheet_state = "hidden"
        self.sources: dict[tuple[str, ...], str] = {}

    def source(self, choices: tuple[str, ...]) -> str:
        if choices not in self.sources:
            col = column_letter(len(self.sources))
            for r, value in enumerate(choices, start=1):
                self.sheet[f"{col}{r}"] = value
            self.sources[choices] = f"'{LISTS_SHEET}'!${col}$1:${col}${len(choices)}"
        return self.sources[choices]

    def add(self, ws: Any, letter: str, column: Column) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        dv = DataValidation(type="list", formula1=self.source(column.choices), allow_blank=True,
                            showErrorMessage=True, errorTitle="取值不在列表中",
                            error=f"{column.header}应为：{'、'.join(column.choices)}")
        dv.add(f"{letter}2:{letter}5000")
        ws.add_data_validation(dv)


def write_workbook(path: str | Path, bureaus: Iterable[tuple[str, dict]]) -> None:
    """Write an input workbook (headers, notes, drop-down lists, an instructions sheet)."""
    import io

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from ..core.atomic import write_bytes

    wb = Workbook()
    guide = wb.active
    guide.title = "填写说明"
    guide.append(["工作表", "说明"])
    guide.append(["（全部）", f"每个单位用一个“{KEY_HEADER}”把各表的行对应起来；没有的数据留空。带 * 的列必填。"
                  "金额单位为万元，百分比填数字（如 72.5 表示 72.5%）。"])
    for s in SHEETS:
        guide.append([s.name, s.note])
    guide.column_dimensions["A"].width = 14
    guide.column_dimensions["B"].width = 100
    drop_downs = _DropDowns(wb.create_sheet(LISTS_SHEET))
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    sheets = {}
    for s in SHEETS:
        ws = wb.create_sheet(s.name)
        sheets[s.name] = ws
        headers = [KEY_HEADER] + [c.header for c in s.columns]
        ws.append(headers)
        ws.freeze_panes = "B2"
        ws.column_dimensions["A"].width = 10
        for i, c in enumerate([Column(KEY_HEADER, required=True, note="各表一致的单位编号，如 B001")] + list(s.columns)):
            cell = ws.cell(row=1, column=i + 1)
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True)
            note = ("必填。" if c.required else "") + c.note
            if note:
                cell.comment = Comment(note, "jixiao")
            if i:
                ws.column_dimensions[column_letter(i)].width = c.width
            if c.choices:
                drop_downs.add(ws, column_letter(i), c)
    for key, data in bureaus:
        for name, rows in rows_for(key, data).items():
            for row in rows:
                sheets[name].append(row)
    for s in SHEETS:
        ws = sheets[s.name]
        for i, c in enumerate(s.columns, start=2):
            if c.kind == "amount":
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.number_format = "#,##0.00"
    wb.move_sheet(drop_downs.sheet, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(LISTS_SHEET))
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes(Path(path), buf.getvalue())
