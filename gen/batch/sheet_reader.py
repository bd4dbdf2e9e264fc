"""Streaming the cells of one worksheet: only the cells that exist, each part parsed under guard.

openpyxl's read-only ``iter_rows`` pads every row to the sheet's dimension
and yields an empty row for every missing row number, so one stray cell at
XFD1048576 turns a 35 KB workbook into 17 billion ``None`` values. Here the
sheet part is parsed with openpyxl's own cell parser, and only the ``<row>``
elements present are yielded, each padded no wider than its last cell (and
never beyond ``width``, the header's width). Work and memory are linear in the
cells present.

``data_only`` drops a formula's text and keeps its cached result; a formula
saved without one (written by a program, never opened in Excel) would read as
an empty cell and its figure would silently vanish. Such a cell comes back as
:class:`NoCachedValue`, which the converter reports by name.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from typing import Any, Callable, Iterator, Optional

from ..core.errors import UserError

MAX_XML_CHECK_BYTES = 64 * 1024 * 1024


class NoCachedValue:
    """A formula cell without a stored result (picklable: it travels through the row store)."""

    __slots__ = ("formula",)

    def __init__(self, formula: str = "") -> None:
        self.formula = formula

    def __reduce__(self) -> tuple:
        return (NoCachedValue, (self.formula,))

    def __repr__(self) -> str:
        return f"NoCachedValue({self.formula!r})"


@lru_cache(maxsize=1)
def _parser_class() -> Any:
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import FORMULA_TAG, INLINE_STRING, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    text_tag = f"{{{SHEET_MAIN_NS}}}t"

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict:
            if element.get("t") == "inlineStr":
                text = _plain_inline(element, INLINE_STRING, text_tag)
                if text is not None:
                    return self._inline_cell(element, text, coordinate_to_tuple)
            cell = super().parse_cell(element)
            if cell["value"] is None:
                formula = element.find(FORMULA_TAG)
                if formula is not None:
                    cell["value"] = NoCachedValue("=" + (formula.text or ""))
            return cell

        def _inline_cell(self, element: Any, text: str, to_tuple: Callable[[str], tuple[int, int]]) -> dict:
            """What ``WorkSheetParser.parse_cell`` gives for a plain inline string, without building a Text object
            (the workbooks ``jixiao init`` and openpyxl write hold every string inline; that object was a third
            of reading them)."""
            coordinate = element.get("r")
            style_id = element.get("s", 0)
            if style_id:
                style_id = int(style_id)
            if coordinate:
                row, column = to_tuple(coordinate)
                self.col_counter = column
            else:
                self.col_counter += 1
                row, column = self.row_counter, self.col_counter
            return {"row": row, "column": column, "value": text, "data_type": "s", "style_id": style_id}

    return Parser


def _plain_inline(element: Any, is_tag: str, text_tag: str) -> Optional[str]:
    """The text of ``<is><t>…</t></is>`` (one plain run, no attributes); None for anything else (rich runs,
    phonetic text, no ``<is>``), which openpyxl's own parser reads."""
    found = element.find(is_tag)
    if found is None or found.attrib or len(found) != 1:
        return None
    (run,) = found
    if run.tag != text_tag or len(run):
        return None
    return run.text if run.text is not None else ""


def part_name(ws: Any) -> str:
    return str(getattr(ws, "_worksheet_path", "") or f"工作表 {getattr(ws, 'title', '')}")


def iter_rows(ws: Any, source: str, width: Optional[int] = None) -> Iterator[tuple[int, tuple]]:
    """(row number, values) for each row present in read-only worksheet ``ws``; a corrupt part is a UserError."""
    parser_class = _parser_class()
    part = part_name(ws)
    try:
        with ws._get_source() as src:
            parser = parser_class(src, ws._shared_strings, data_only=True, epoch=ws.parent.epoch,
                                  date_formats=ws.parent._date_formats,
                                  timedelta_formats=ws.parent._timedelta_formats)
            for row_no, cells in parser.parse():
                if not cells:
                    continue
                last = max(c["column"] for c in cells)
                if width is not None:
                    last = min(last, width)
                values: list[Any] = [None] * last
                for c in cells:
                    if 1 <= c["column"] <= last:
                        values[c["column"] - 1] = c["value"]
                yield row_no, tuple(values)
    except UserError:
        raise
    except Exception as exc:  # lxml/expat, zlib, KeyError (missing part), ValueError (bad number)…
        raise UserError(f"{source}: 工作表“{ws.title}”的部件 {part} 已损坏，无法读取（{type(exc).__name__}），"
                        "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试") from None


def broken_part(path: Any) -> Optional[str]:
    """The first XML part of an .xlsx that is not well-formed (to name it when openpyxl fails to open the file)."""
    from xml.etree.ElementTree import XMLPullParser

    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.filename.endswith((".xml", ".rels")) or info.file_size > MAX_XML_CHECK_BYTES:
                    continue
                parser = XMLPullParser()
                try:
                    with zf.open(info) as fh:
                        for chunk in iter(lambda: fh.read(1 << 16), b""):
                            parser.feed(chunk)
                            for _ in parser.read_events():
                                pass
                    parser.close()
                except Exception:
                    return info.filename
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, io.UnsupportedOperation):
        return None
    return None
