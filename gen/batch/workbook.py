"""The input workbook: its layout as data, and reading/writing it.

A provincial office fills one workbook for hundreds of bureaus. The layout is a
table of sheets and columns (Chinese header -> field path of the report spec),
so reading, writing (``jixiao init``, the examples) and the error messages all
follow one description and cannot drift apart. Every bureau is keyed by its
单位编号 on every sheet; rows are grouped by that key into the dict that
:func:`gen.core.load.validate` accepts. A bad cell fails only its own bureau, with a
message naming the sheet, row and column ("收支情况 第5行 C列（本年收入）：应为数字").

Reading streams: :class:`WorkbookIndex` reads each sheet once into a temporary
SQLite file keyed by 单位编号, and a bureau is built from its own rows only
when it is needed, so memory does not grow with the number of bureaus.
"""
from __future__ import annotations

import json
import pickle
import sqlite3
import stat
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, Iterator, Optional

from ..core.errors import UserError
from ..core.readfile import kind_of
from .cells import BureauInput, _blank, _key_text, _read_row
from .layout import KEY_HEADER, MAIN_SHEET, SHEETS, SHEETS_BY_NAME, Column, Sheet, column_letter
from .sheet_reader import broken_part, iter_rows

MAX_WORKBOOK_BYTES = 200 * 1024 * 1024


def _header_map(sheet: Sheet, header_row: tuple, source: str) -> tuple[dict[int, Column], int]:
    """(column index -> Column, index of the key column); unknown or missing required headers are workbook errors."""
    by_header = {c.header: c for c in sheet.columns}
    found: dict[int, Column] = {}
    problems = []
    key_col = None
    seen: dict[str, int] = {}
    for i, cell in enumerate(header_row):
        if _blank(cell):
            continue
        text = str(cell).strip()
        if text in seen:
            problems.append(f"{source}: {sheet.name} 第1行 {column_letter(i)}列：表头“{text}”与 "
                            f"{column_letter(seen[text])}列重复，请删除或改名其中一列")
            continue
        seen[text] = i
        if text == KEY_HEADER:
            key_col = i
        elif text in by_header:
            found[i] = by_header[text]
        else:
            problems.append(f"{source}: {sheet.name} 第1行 {column_letter(i)}列：不认识的表头“{text}”")
    if key_col is None:
        problems.append(f"{source}: {sheet.name} 缺少“{KEY_HEADER}”列")
    present = {c.header for c in found.values()}
    for c in sheet.columns:
        if c.required and c.header not in present:
            problems.append(f"{source}: {sheet.name} 缺少必填列“{c.header}”")
    if problems:
        raise UserError(problems)
    return dict(sorted(found.items())), key_col  # type: ignore[return-value]


# ---------------------------------------------------------------- reading

# Sheets whose absence would silently drop a bureau's figures.
REQUIRED_SHEETS = ("单位信息", "收支情况")


def check_sheet_names(names: list[str], source: str) -> None:
    """A required sheet missing, or a known sheet under a near name ("收支情况 ", full-width), is an error."""
    problems = []
    for name in names:
        near = unicodedata.normalize("NFKC", name).strip().replace(" ", "")
        if name not in SHEETS_BY_NAME and near in SHEETS_BY_NAME:
            problems.append(f"{source}: 工作表“{name}”的名称与“{near}”不完全一致（多了空格或用了全角字符），"
                            f"请改名为“{near}”")
    for required in REQUIRED_SHEETS:
        if required not in names and not any(m.endswith(f"“{required}”") for m in problems):
            problems.append(f"{source}: 缺少工作表“{required}”（jixiao init 可生成带全部工作表的模板）")
    if problems:
        raise UserError(problems)


def _open_workbook(p: Path) -> Any:
    """openpyxl's read-only workbook; any failure (corrupt workbook.xml, styles, relations) names the part."""
    from openpyxl import load_workbook

    try:
        return load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, lxml/expat, KeyError, ValueError, TypeError…: a damaged package
        part = broken_part(p)
        where = f"部件 {part} 已损坏" if part else "文件已损坏或不是 .xlsx 格式"
        raise UserError(f"{p}: 无法读取 Excel 工作簿：{where}（{type(exc).__name__}），"
                        "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试") from None


def read_workbook(path: str | Path) -> tuple[list[BureauInput], list[str]]:
    """Every bureau in the workbook, in the order of the 单位信息 sheet, and orphan-row errors.

    Holds every bureau at once: for tests and small inputs. A batch uses
    :class:`WorkbookIndex`, which builds one bureau at a time.
    Raises UserError only when the workbook as a whole cannot be used
    (unreadable, 单位信息 missing, unknown or missing headers).
    """
    with WorkbookIndex(path) as index:
        return list(index.bureaus()), list(index.orphans)


_SCHEMA = """
CREATE TABLE sheets (sheet INTEGER PRIMARY KEY, key_col INTEGER NOT NULL, columns TEXT NOT NULL);
CREATE TABLE rows (key TEXT NOT NULL, sheet INTEGER NOT NULL, row_no INTEGER NOT NULL, cells BLOB NOT NULL);
CREATE TABLE bureaus (ord INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
"""
_INSERT_EVERY = 1000  # rows per executemany: bounded memory, few calls


class WorkbookIndex:
    """The workbook's rows in a temporary SQLite file, so bureaus can be built one at a time.

    Why: a provincial workbook has thousands of bureaus; holding every bureau's
    converted data (and a location for every cell) would make the batch's
    memory grow with the workbook. Instead each sheet is streamed once
    (openpyxl read-only, values only) into a table keyed by 单位编号, and a
    bureau's raw dict is built from its own rows when it is needed — by
    :meth:`bureau` here, or by :func:`load_bureau` in a worker process, which
    opens the same file read-only. The file lives in a private temporary
    folder, is written in one transaction, and is deleted by :meth:`close`.
    Cells are stored pickled (exact Python types, dates included); only this
    process writes that file, so reading it back is safe.

    What needs the whole workbook is decided here: the 单位信息 order (first
    row of each key wins) and the orphan rows (a blank key, or a key missing
    from 单位信息). Duplicate keys and bad cells are errors of their bureau and
    are found when it is built.
    """

    def __init__(self, path: str | Path, tmp_dir: Optional[str | Path] = None) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="jixiao-batch-", dir=tmp_dir)
        self.db_path = str(Path(self._tmp.name) / "workbook.sqlite3")
        self.orphans: list[str] = []
        self._count = 0
        try:
            self._build(Path(path))
        except BaseException:
            self.close()
            raise

    # -- building

    def _build(self, p: Path) -> None:
        source = p.name
        try:
            st = p.stat()
        except OSError:
            raise UserError(f"{p}: 找不到工作簿或无法读取") from None
        if not stat.S_ISREG(st.st_mode):
            raise UserError(f"{p}: 这是{kind_of(st.st_mode)}，不是普通文件，已拒绝读取")
        if st.st_size > MAX_WORKBOOK_BYTES:
            raise UserError(f"{p}: 工作簿过大（{st.st_size}字节）")
        wb = _open_workbook(p)
        conn = sqlite3.connect(self.db_path)
        try:
            conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-256;" + _SCHEMA)
            check_sheet_names(wb.sheetnames, str(p))
            orphans: list[tuple[int, int, str]] = []
            with conn:  # one transaction
                for index, sheet in enumerate(SHEETS):
                    if sheet.name in wb.sheetnames:
                        self._index_sheet(conn, wb[sheet.name], index, sheet, source, orphans)
                conn.execute("CREATE INDEX rows_by_key ON rows (key, sheet, row_no)")
            key_cols = dict(conn.execute("SELECT sheet, key_col FROM sheets"))
            query = ("SELECT sheet, row_no, key FROM rows WHERE key NOT IN (SELECT key FROM bureaus) "
                     "ORDER BY sheet, row_no")
            for index, row_no, key in conn.execute(query):
                orphans.append((index, row_no, f"{SHEETS[index].name} 第{row_no}行 {column_letter(key_cols[index])}列"
                                                f"（{KEY_HEADER}）：单位编号“{key}”不在“{MAIN_SHEET}”表中"))
            self.orphans = [m for _, _, m in sorted(orphans)]
            self._count = conn.execute("SELECT count(*) FROM bureaus").fetchone()[0]
        finally:
            conn.close()
            wb.close()

    @staticmethod
    def _index_sheet(conn: sqlite3.Connection, ws: Any, index: int, sheet: Sheet, source: str,
                     orphans: list[tuple[int, int, str]]) -> None:
        rows = iter_rows(ws, source)
        first = next(rows, None)
        if first is None:
            return
        row_no, header = first
        if row_no != 1:
            raise UserError(f"{source}: {sheet.name} 第1行应为表头（单位编号、…），现为空行")
        columns, key_col = _header_map(sheet, header, source)
        rows = iter_rows(ws, source, width=max(columns, default=key_col) + 1 if columns else key_col + 1)
        next(rows, None)  # the header again
        conn.execute("INSERT INTO sheets VALUES (?, ?, ?)",
                     (index, key_col, json.dumps([[i, c.header] for i, c in columns.items()], ensure_ascii=False)))
        main = sheet.name == MAIN_SHEET
        name_col = next((i for i, c in columns.items() if c.field == "bureau.name"), None)
        batch: list[tuple] = []
        firsts: list[tuple] = []
        for row_no, row in rows:
            if all(_blank(v) for v in row):
                continue
            key_raw = row[key_col] if key_col < len(row) else None
            if _blank(key_raw):
                orphans.append((index, row_no, f"{sheet.name} 第{row_no}行 {column_letter(key_col)}列（{KEY_HEADER}）：不能为空"))
                continue
            key = _key_text(key_raw)
            if main:
                name = "" if name_col is None or name_col >= len(row) or _blank(row[name_col]) else str(row[name_col]).strip()
                firsts.append((key, name))
            end = len(row)
            while end and row[end - 1] is None:
                end -= 1
            batch.append((key, index, row_no, pickle.dumps(row[:end], protocol=pickle.HIGHEST_PROTOCOL)))
            if len(batch) >= _INSERT_EVERY:
                conn.executemany("INSERT INTO rows VALUES (?, ?, ?, ?)", batch)
                conn.executemany("INSERT OR IGNORE INTO bureaus (key, name) VALUES (?, ?)", firsts)
                batch.clear()
                firsts.clear()
        conn.executemany("INSERT INTO rows VALUES (?, ?, ?, ?)", batch)
        conn.executemany("INSERT OR IGNORE INTO bureaus (key, name) VALUES (?, ?)", firsts)

    # -- reading

    def __len__(self) -> int:
        return self._count

    def entries(self) -> Iterator[tuple[str, str]]:
        """(key, name) of every bureau in 单位信息 order, read lazily.

        A connection of its own, usable from any thread (the process pool
        feeds tasks from a thread of its own).
        """
        conn = sqlite3.connect(self.db_path, check_same_thread=False)
        try:
            cur = conn.execute("SELECT key, name FROM bureaus ORDER BY ord")
            while True:
                page = cur.fetchmany(256)
                if not page:
                    return
                yield from page
        finally:
            conn.close()

    def bureau(self, key: str) -> BureauInput:
        """One bureau, built from its rows."""
        return load_bureau(self.db_path, key)

    def bureaus(self) -> Iterator[BureauInput]:
        """Every bureau in order, one at a time."""
        for key, _ in self.entries():
            yield self.bureau(key)

    def close(self) -> None:
        _forget(self.db_path)
        self._tmp.cleanup()

    def __enter__(self) -> "WorkbookIndex":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


_READER: dict[str, Any] = {}  # this process's read-only connection: path, conn, sheets


def _forget(db_path: str) -> None:
    if _READER.get("path") == db_path:
        _READER.pop("conn").close()
        _READER.clear()


def _reader(db_path: str) -> tuple[sqlite3.Connection, dict[int, tuple[dict[int, Column], int]]]:
    if _READER.get("path") != db_path:
        if "conn" in _READER:
            _READER["conn"].close()
        _READER.clear()
        conn = sqlite3.connect(Path(db_path).as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        sheets = {}
        for index, key_col, cols in conn.execute("SELECT sheet, key_col, columns FROM sheets"):
            by_header = {c.header: c for c in SHEETS[index].columns}
            sheets[index] = ({i: by_header[h] for i, h in json.loads(cols)}, key_col)
        _READER.update(path=db_path, conn=conn, sheets=sheets)
    return _READER["conn"], _READER["sheets"]


def load_bureau(db_path: str, key: str) -> BureauInput:
    """Build one bureau from the rows a :class:`WorkbookIndex` stored (any process may call this)."""
    conn, sheets = _reader(db_path)
    found = conn.execute("SELECT name FROM bureaus WHERE key = ?", (key,)).fetchone()
    bureau = BureauInput(key, found[0] if found else "")
    first: dict[int, int] = {}  # single-row sheet -> the row that counts
    query = "SELECT sheet, row_no, cells FROM rows WHERE key = ? ORDER BY sheet, row_no"
    for index, row_no, cells in conn.execute(query, (key,)):
        sheet = SHEETS[index]
        columns, key_col = sheets[index]
        if not sheet.many:
            if index in first:
                if sheet.name == MAIN_SHEET:
                    bureau.errors.append(
                        f"{sheet.name} 第{row_no}行 {column_letter(key_col)}列（{KEY_HEADER}）：单位编号“{key}”重复"
                        f"（第{first[index]}行已使用）")
                else:
                    bureau.errors.append(f"{sheet.name} 第{row_no}行：单位编号“{key}”在本表中重复（第{first[index]}行已填写）")
                continue
            first[index] = row_no
        _read_row(sheet, columns, pickle.loads(cells), row_no, bureau)
    return bureau
