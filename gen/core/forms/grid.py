"""A filled form as a grid of cells, from .xlsx, .docx or text, each cell locatable.

Every reader of a 自评表 (generate input, the checker) works on this one shape:
rows of :class:`GridCell` with their sheet/table position and, when the grid
comes from the checker's text, the cell's character span in that text. Merged
cells hold their text once, in the top-left cell; the others are empty, as
Excel stores them.
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..errors import UserError
from ..records import direct_init
from ..text_lines import lines_with
from ..zipguard import check_zip_sizes

MAX_ROWS = 2000  # a form has tens of rows; bounded so a huge sheet cannot stall a reader
MAX_COLS = 40


def check_package(data: bytes, name: str, what: str) -> None:
    """Refuse a zip package (.xlsx/.docx) that is not one, or whose parts would inflate beyond the limits."""
    check_zip_sizes(data, name, what, unreadable=f"{name}：无法打开{what}文件，文件可能已损坏或格式不对")


@direct_init  # made by the thousand per report, a cell of each text table's row (gen.core.records)
@dataclass(frozen=True)
class GridCell:
    text: str
    row: int  # 0-based within the grid
    col: int
    start: int = -1  # span in the checker's text, when known
    end: int = -1


@dataclass
class Grid:
    name: str  # sheet name, "表格2", or "文本表格"
    kind: str  # "sheet", "table" or "text"
    rows: list[list[GridCell]] = field(default_factory=list)
    first_row: int = 1  # the 1-based sheet row (or text line) of rows[0]
    title: str = ""  # the form's title when it stands outside the grid (a paragraph above a Word table)

    def where(self, cell: GridCell) -> str:
        """The cell's position in Chinese: sheet row and column letter, table row and column, or text line."""
        if self.kind == "sheet":
            return f"工作表“{self.name}”第{cell.row + self.first_row}行{column_letter(cell.col)}列"
        if self.kind == "table":
            return f"{self.name}第{cell.row + 1}行第{cell.col + 1}列"
        return f"第{cell.row + self.first_row}行第{cell.col + 1}栏"

    def cell(self, row: int, col: int) -> Optional[GridCell]:
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            return self.rows[row][col]
        return None


def column_letter(col: int) -> str:
    """Excel's column name of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    n = col + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _cell_text(cell: object) -> str:
    """A cell's value as the sheet shows it for rates: 0.95 formatted ``0.00%`` reads ``95.00%``."""
    value = getattr(cell, "value", None)
    fmt = getattr(cell, "number_format", "") or ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in fmt:
        places = len(fmt.split(".")[1].split("%")[0]) if "." in fmt else 0
        pct = Decimal(repr(value)) * 100
        return f"{pct.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)}%"
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    return _text(value)


def xlsx_grids(data: bytes, name: str) -> list[Grid]:
    """One grid per worksheet (cached formula results, not formulas)."""
    import openpyxl

    check_package(data, name, " Excel ")
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(f"{name}：无法打开 Excel 文件，文件可能已损坏或不是 .xlsx 格式（{type(exc).__name__}）") from None
    except Exception as exc:  # openpyxl raises many types for damaged parts
        raise UserError(f"{name}：无法读取 Excel 文件内容，文件可能已损坏（{type(exc).__name__}）") from None
    grids = []
    for ws in wb.worksheets:
        nrows, ncols = min(ws.max_row, MAX_ROWS), min(ws.max_column, MAX_COLS)
        rows = []
        for r, cells in enumerate(ws.iter_rows(min_row=1, max_row=nrows, max_col=ncols)):
            rows.append([GridCell(_cell_text(x), r, c) for c, x in enumerate(cells)])
        grids.append(Grid(ws.title, "sheet", rows))
    return grids


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_tables(body: object) -> Iterator[tuple[object, str]]:
    """The ``w:tbl`` elements of a document body (also inside content controls), each with the
    text of the last non-empty paragraph before it: the form's title."""
    last = ""
    for child in body.iterchildren():  # type: ignore[attr-defined]
        if child.tag == f"{_W}tbl":
            yield child, last
        elif child.tag == f"{_W}p":
            text = "".join(t.text or "" for t in child.iter(f"{_W}t")).strip()
            last = text or last
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent"):
            yield from docx_tables(child)


def table_grid(tbl: object, name: str, cell_text: "callable", spans: Optional[dict] = None) -> Grid:
    """A Word table as a grid: gridSpan cells occupy their columns, vMerge continuations are empty.

    ``cell_text(tc)`` gives a cell's text; ``spans`` maps a tc to its span in the checker's text.
    """
    rows: list[list[GridCell]] = []
    for r, tr in enumerate(tbl.iterchildren(f"{_W}tr")):  # type: ignore[attr-defined]
        row: list[GridCell] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span, cont = 1, False
            if tcpr is not None:
                gs = tcpr.find(f"{_W}gridSpan")
                if gs is not None and (gs.get(f"{_W}val") or "1").isdigit():
                    span = max(1, min(int(gs.get(f"{_W}val")), MAX_COLS))
                vm = tcpr.find(f"{_W}vMerge")
                cont = vm is not None and vm.get(f"{_W}val") in (None, "continue")
            text = "" if cont else cell_text(tc).strip()
            start, end = (spans or {}).get(tc, (-1, -1))
            row.append(GridCell(text, r, len(row), start, end))
            row.extend(GridCell("", r, len(row) + i) for i in range(span - 1))
            if len(row) >= MAX_COLS:
                break
        rows.append(row)
        if len(rows) >= MAX_ROWS:
            break
    return Grid(name, "table", rows)


def docx_grids(data: bytes, name: str) -> list[Grid]:
    """One grid per table of a .docx."""
    import docx

    check_package(data, name, " Word ")
    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception as exc:  # python-docx and lxml raise many types for damaged files
        raise UserError(f"{name}：无法打开 Word 文件，文件可能已损坏或不是 .docx 格式（{type(exc).__name__}）") from None
    grids = []
    for n, (tbl, title) in enumerate(docx_tables(body), 1):
        grid = table_grid(tbl, f"表格{n}", _tc_text)
        grid.title = title
        grids.append(grid)
    return grids


def _tc_text(tc: object) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iter(f"{_W}p"))  # type: ignore[attr-defined]


_SEPARATORS = re.compile(r"[|\t]")


def text_grids(text: str) -> list[Grid]:
    """Tables in plain text: runs of lines split by tabs or Markdown pipes, each cell with its span.

    Only the lines that hold a tab or a pipe are read (text_lines.lines_with): a line without either is
    never a row, and ends the run of rows before it like a line that is no row."""
    grids: list[Grid] = []
    rows: list[list[GridCell]] = []
    first = 0
    last = -2  # the index of the last line read as a row
    for n, pos, line in lines_with(text, _SEPARATORS):
        if rows and n != last + 1:  # lines without a separator came between
            grids.append(Grid("文本表格", "text", rows, first))
            rows = []
        cells = _split_line(line, pos, len(rows))
        if cells is not None:
            if not rows:
                first = n + 1
            rows.append(cells)
            last = n
        elif rows:
            grids.append(Grid("文本表格", "text", rows, first))
            rows = []
    if rows:
        grids.append(Grid("文本表格", "text", rows, first))
    return grids


def _split_line(line: str, pos: int, r: int) -> Optional[list[GridCell]]:
    if "|" not in line and "\t" not in line:
        return None  # no cell separator (most lines)
    if "\t" in line:
        parts, sep = line.split("\t"), "\t"
    elif line.strip().startswith("|") and line.count("|") >= 3:
        body = line.strip()
        if set(body) <= set("|-: "):
            return []  # Markdown separator row: an empty row keeps the table together
        lead = line.index("|") + 1
        parts, sep, pos = body[1:-1 if body.endswith("|") else None].split("|"), "|", pos + lead
    else:
        return None
    out, at = [], pos
    for c, part in enumerate(parts[:MAX_COLS]):
        stripped = part.strip()
        s = at + (len(part) - len(part.lstrip()))
        out.append(GridCell(stripped, r, c, s, s + len(stripped)))
        at += len(part) + len(sep)
    return out
