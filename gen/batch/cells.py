"""One bureau's cells: converting a cell to what the model wants, and a row into the bureau's dict.

A bad cell fails only its own bureau, with a message naming the sheet, row and
column ("收支情况 第5行 C列（本年收入）：应为数字").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator, Optional

from .layout import Column, Sheet, _cell_where, format_where
from .sheet_reader import NoCachedValue


class Where(Mapping):
    """Field location -> where its cell is ("收支情况 第5行 C列（本年收入）"), formatted on lookup.

    A bureau has a location for every cell it filled, but a message is needed
    for at most a few of them, so each location is kept as a small tuple
    (sheet, row, column index, header) or (sheet, row) and turned into the
    Chinese text only when :func:`gen.core.load.validate` reports an error there.
    """

    __slots__ = ("_locs",)

    def __init__(self, locs: Optional[dict] = None) -> None:
        self._locs: dict[tuple, tuple] = dict(locs or {})

    def __getitem__(self, loc: tuple) -> str:
        return format_where(self._locs[loc])

    def __contains__(self, loc: object) -> bool:
        return loc in self._locs

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._locs)

    def __len__(self) -> int:
        return len(self._locs)

    def put(self, loc: tuple, cell: tuple) -> None:
        self._locs[loc] = cell

    def __reduce__(self) -> tuple:
        return (Where, (self._locs,))


@dataclass
class BureauInput:
    """One bureau as read from the workbook: raw data, cell locations, and cell errors."""

    key: str
    name: str
    raw: dict = field(default_factory=dict)
    where: Mapping = field(default_factory=Where)  # field location tuple -> "收支情况 第5行 C列（本年收入）"
    errors: list = field(default_factory=list)
    path: Optional[str] = None  # folder input: the data file
    ids: dict = field(default_factory=dict, repr=False)  # (sheet, 任务序号) -> (item, location)


class CellError(ValueError):
    pass


_NUMBER_TEXT = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,30})(?:\.\d{1,20})?")


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise CellError("应为数字")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError("应为有限的数字")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace("，", ",")
    if not _NUMBER_TEXT.fullmatch(text):
        raise CellError("应为数字（不要带单位或文字）")
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise CellError("应为数字") from None


def convert(column: Column, value: Any) -> Any:
    """A cell's value as the model wants it; raises CellError with a Chinese message."""
    if isinstance(value, NoCachedValue):
        raise CellError(f"是公式（{value.formula[:40]}）但没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再试")
    kind = column.kind
    if kind in ("amount", "number"):
        return _to_decimal(value)
    if kind in ("int", "id", "parent"):
        d = _to_decimal(value)
        if d != d.to_integral_value():
            raise CellError("应为整数")
        return int(d)
    if kind == "date":
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
        text = str(value).strip().replace("/", "-").replace(".", "-")
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})日", text)
        if not m:
            raise CellError("应为日期（如 2023-03-09）")
        y, mo, d = [int(g) for g in m.groups() if g is not None]
        try:
            return _dt.date(y, mo, d)
        except ValueError:
            raise CellError("不是有效的日期") from None
    if kind == "yes_no":
        if isinstance(value, bool):
            return value
        text = str(value).strip()
        if text in ("是", "Y", "y", "yes", "true", "TRUE", "1"):
            return True
        if text in ("否", "N", "n", "no", "false", "FALSE", "0"):
            return False
        raise CellError("应为“是”或“否”")
    if kind == "indicator_value":
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return format(_to_decimal(value).normalize(), "f")
        return str(value).strip()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if kind in ("choice", "route") and column.choices and text not in column.choices and text not in column.display:
        raise CellError(f"应为以下之一：{'、'.join(column.choices)}")
    return text


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _key_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _set(target: dict, path: str, value: Any) -> tuple:
    parts = path.split(".")
    node = target
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return tuple(parts)


def _list_at(root: dict, path: str) -> tuple[list, tuple]:
    parts = path.split(".")
    node = root
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    return node.setdefault(parts[-1], []), tuple(parts)


def _read_row(sheet: Sheet, columns: dict[int, Column], row: tuple, row_no: int, bureau: BureauInput) -> None:
    """Put one row's converted cells into the bureau's raw dict; cell errors go to the bureau."""
    cells = _convert_row(sheet, columns, row, row_no, bureau)
    if not sheet.many:
        for fld, value in cells.values.items():
            bureau.where.put(_set(bureau.raw, fld, value), cells.located[fld])
        return
    place = _row_list(sheet, cells, row_no, bureau)
    if place is not None:
        _append_item(sheet, cells, row_no, bureau, *place)


@dataclass
class _RowCells:
    """One row's converted cells: field values with where each came from, and the row's link columns."""

    values: dict[str, Any] = field(default_factory=dict)
    located: dict[str, tuple] = field(default_factory=dict)  # field -> (sheet, row, col, header)
    item_id: Optional[int] = None
    parent_id: Optional[int] = None
    route: Optional[str] = None


def _convert_row(sheet: Sheet, columns: dict[int, Column], row: tuple, row_no: int, bureau: BureauInput) -> _RowCells:
    cells = _RowCells()
    for i, column in columns.items():
        value = row[i] if i < len(row) else None
        if _blank(value):
            if column.required:
                bureau.errors.append(f"{_cell_where(sheet.name, row_no, i, column.header)}：必填，不能为空")
            continue
        try:
            converted = convert(column, value)
        except CellError as exc:
            bureau.errors.append(f"{_cell_where(sheet.name, row_no, i, column.header)}：{exc}")
            continue
        if column.kind == "route":
            cells.route = converted
        elif column.kind == "id":
            cells.item_id = converted
        elif column.kind == "parent":
            cells.parent_id = converted
        else:
            cells.values[column.field] = converted
            cells.located[column.field] = (sheet.name, row_no, i, column.header)
    return cells


def _row_list(sheet: Sheet, cells: _RowCells, row_no: int, bureau: BureauInput) -> Optional[tuple[list, tuple]]:
    """The list a row of a many-row sheet joins, and its location; None when the row belongs nowhere."""
    if sheet.routes:
        if cells.route is None:
            return None
        target_path = sheet.routes[cells.route]
    else:
        target_path = sheet.target
    if not sheet.parent:
        return _list_at(bureau.raw, target_path)
    if cells.parent_id is None:
        return None
    found = bureau.ids.get((sheet.parent, cells.parent_id))
    if found is None:
        bureau.errors.append(f"{sheet.name} 第{row_no}行：任务序号“{cells.parent_id}”在“{sheet.parent}”表中找不到")
        return None
    parent_item, parent_loc = found
    return parent_item.setdefault(sheet.child_list, []), parent_loc + (sheet.child_list,)


def _append_item(sheet: Sheet, cells: _RowCells, row_no: int, bureau: BureauInput, lst: list, base: tuple) -> None:
    where = bureau.where
    loc = base + (len(lst),)
    if "" in cells.values:  # a plain list of texts
        lst.append(cells.values[""])
        where.put(loc, cells.located[""])
        return
    item: dict = {}
    for fld, value in cells.values.items():
        _set(item, fld, value)
        where.put(loc + tuple(fld.split(".")), cells.located[fld])
    lst.append(item)
    where.put(loc, (sheet.name, row_no))
    if cells.item_id is not None:
        if (sheet.name, cells.item_id) in bureau.ids:
            bureau.errors.append(f"{sheet.name} 第{row_no}行：任务序号“{cells.item_id}”在本单位中重复")
        else:
            bureau.ids[(sheet.name, cells.item_id)] = (item, loc)
