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

import datetime as _dt
import json
import pickle
import re
import sqlite3
import stat
import unicodedata
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..core.errors import UserError
from ..core.readfile import kind_of
from .sheet_reader import NoCachedValue, broken_part, iter_rows
from ..core.model import KIND_NAMES, LEVEL1, SELF_REFS

KEY_HEADER = "单位编号"
MAX_WORKBOOK_BYTES = 200 * 1024 * 1024
_LEVEL2 = tuple(dict.fromkeys(l2 for l2s in LEVEL1.values() for l2 in l2s))
_PROFILES = ("guangdong", "shenzhen", "hunan", "hebei")
_YES = ("是", "否")


@dataclass(frozen=True)
class Column:
    """One column: its header, where its value goes, and how a cell is read.

    ``kind``: text, amount, number, int, date, yes_no, choice, indicator_value
    (text or number, kept as text), route (picks the list a row goes to),
    id (a row's own number, for child sheets to refer to), parent (refers to a
    row of the parent sheet by that number).
    """

    header: str
    field: str = ""
    kind: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    note: str = ""
    width: int = 16


@dataclass(frozen=True)
class Sheet:
    """One sheet. ``many``: several rows per bureau, each one item of a list."""

    name: str
    columns: tuple[Column, ...]
    note: str
    target: str = ""  # many=True: the list the rows go to (unless a route column picks one)
    many: bool = False
    routes: dict = field(default_factory=dict)  # route choice -> list path
    parent: str = ""  # sheet whose ``id`` column a ``parent`` column refers to
    child_list: str = ""  # parent item field the child rows go to


def _c(header: str, path: str = "", kind: str = "text", **kw: Any) -> Column:
    return Column(header, path, kind, **kw)


_AMT = "单位：万元，保留两位小数"

SHEETS: tuple[Sheet, ...] = (
    Sheet("单位信息", (
        _c("单位名称", "bureau.name", required=True, note="单位全称，如：广州市荔湾区卫生健康局", width=28),
        _c("文书类型", "kind", "choice", choices=tuple(KIND_NAMES.values()), note="留空为部门整体支出绩效自评报告", width=28),
        _c("提纲样式", "profile", "choice", choices=_PROFILES,
           note="部门整体支出自评：guangdong / shenzhen / hunan；项目支出自评：hebei；留空用默认"),
        _c("年度", "year", "int", required=True, note="四位数年份，如 2023", width=8),
        _c("单位简称", "bureau.short_name", note="如：区卫生健康局"),
        _c("自称", "bureau.self_ref", "choice", choices=SELF_REFS, note="报告中单位的自称，留空为我局", width=8),
        _c("省", "bureau.region.province", required=True, note="省（自治区、直辖市）"),
        _c("市", "bureau.region.city"),
        _c("县区", "bureau.region.county"),
        _c("单位性质", "bureau.unit_type", note="如：全额拨款的行政单位"),
        _c("职能转变", "transformation", width=30),
        _c("年度总体工作", "work_summary", width=30),
        _c("总体绩效目标", "overall_goal", note="绩效目标申报表用", width=30),
    ), note="每个单位一行；单位编号在各表中必须一致且不重复。"),
    Sheet("收支情况", (
        _c("本年收入", "finance.income", "amount", note=_AMT),
        _c("本年支出", "finance.expenditure", "amount", note=_AMT),
        _c("年初预算", "finance.budget_initial", "amount", note=_AMT),
        _c("调整后预算", "finance.budget_adjusted", "amount", note=_AMT),
        _c("实际到位资金", "finance.funds_arrived", "amount", note=_AMT),
        _c("实际支出资金", "finance.funds_spent", "amount", note=_AMT),
        _c("基本支出", "finance.basic_expenditure", "amount", note=_AMT),
        _c("人员经费", "finance.personnel", "amount", note=_AMT),
        _c("日常公用经费", "finance.public_costs", "amount", note=_AMT),
        _c("项目支出", "finance.project_expenditure", "amount", note=_AMT),
        _c("政府采购计划金额", "finance.procurement_planned", "amount", note=_AMT),
        _c("实际政府采购金额", "finance.procurement_actual", "amount", note=_AMT),
        _c("截至9月底支出进度", "finance.q3_progress", "number", note="单位：%，填数字，如 72.5"),
        _c("预算项目个数", "finance.project_count", "int", note="单位：个"),
        _c("上年收入", "finance.previous.income", "amount", note=_AMT),
        _c("上年支出", "finance.previous.expenditure", "amount", note=_AMT),
        _c("上年基本支出", "finance.previous.basic_expenditure", "amount", note=_AMT),
        _c("上年人员经费", "finance.previous.personnel", "amount", note=_AMT),
        _c("上年日常公用经费", "finance.previous.public_costs", "amount", note=_AMT),
        _c("上年项目支出", "finance.previous.project_expenditure", "amount", note=_AMT),
        _c("超预算支出说明", "finance.overspend_explanation", width=30),
    ), note="每个单位一行；金额单位为万元。没有的数据留空，不要填 0 或“无”。"),
    Sheet("预算申报", (
        _c("基本支出预算", "budget.basic", "amount", note=_AMT),
        _c("项目支出预算", "budget.project", "amount", note=_AMT),
        _c("财政专项资金", "budget.special_development", "amount", note=_AMT),
        _c("其他事业发展性支出", "budget.other_development", "amount", note=_AMT),
        _c("本级使用资金", "budget.own_level", "amount", note=_AMT),
        _c("拟用于对下转移支付资金", "budget.transfers", "amount", note=_AMT),
    ), note="绩效目标申报表用；每个单位一行，金额单位为万元。"),
    Sheet("资金来源", (
        _c("所属", kind="route", required=True, choices=("收支情况", "预算申报"),
           note="收支情况：自评报告的分来源资金；预算申报：申报表的收入来源"),
        _c("资金来源名称", "name", required=True, note="如：一般公共预算财政拨款", width=24),
        _c("预算数", "budget", "amount", note=_AMT),
        _c("到位数", "arrived", "amount", note=_AMT),
        _c("支出数", "spent", "amount", note=_AMT),
    ), note="每个资金来源一行。", many=True,
        routes={"收支情况": "finance.sources", "预算申报": "budget.sources"}),
    Sheet("人员编制", (
        _c("核定编制人数", "staffing.authorized", "int", note="单位：人"),
        _c("行政编制", "staffing.administrative", "int", note="单位：人"),
        _c("事业编制", "staffing.institutional", "int", note="单位：人"),
        _c("实际在岗在编人数", "staffing.actual", "int", note="单位：人"),
        _c("离退休人员", "staffing.retired", "int", note="单位：人"),
        _c("借调人员", "staffing.seconded", "int", note="单位：人"),
        _c("劳务派遣人员", "staffing.dispatched", "int", note="单位：人"),
        _c("公务用车", "staffing.vehicles", "int", note="单位：台"),
    ), note="每个单位一行；人数填整数。"),
    Sheet("文字条目", (
        _c("类别", kind="route", required=True, choices=(
            "内设机构", "部门职能", "绩效目标", "主要工作成效", "存在问题", "改进措施", "评价依据文件",
            "项目支出变动原因", "公用经费变动原因")),
        _c("内容", "", required=True, note="一条一行，按顺序排列", width=60),
    ), note="列表型文字，每条一行；同一类别按行的先后排序。", many=True, routes={
        "内设机构": "bureau.internal_units", "部门职能": "duties", "绩效目标": "goals",
        "主要工作成效": "achievements", "存在问题": "problems", "改进措施": "measures",
        "评价依据文件": "evaluation.basis", "项目支出变动原因": "finance.project_change_reasons",
        "公用经费变动原因": "finance.public_change_reasons",
    }),
    Sheet("重点任务", (
        _c("任务序号", kind="id", required=True, note="本单位内的任务编号（1、2、3…），任务指标表据此对应", width=10),
        _c("任务名称", "name", required=True, width=20),
        _c("主要实施内容", "content", width=40),
        _c("投入资金", "funds", "amount", note=_AMT),
        _c("期望达到的目标", "goal", width=30),
        _c("完成情况", "result", width=40),
        _c("其他任务", "other", "yes_no", choices=_YES, note="是：属于“其他需完成的任务”；留空为否", width=10),
    ), note="每个任务一行。", target="tasks", many=True),
    Sheet("任务指标", (
        _c("任务序号", kind="parent", required=True, note="对应重点任务表的任务序号", width=10),
        _c("指标名称", "name", required=True, width=24),
        _c("单位", "unit", note="计量单位，如：人、个、%", width=8),
        _c("比较方式", "comparator", "choice", choices=("≥", "≤", "="), note="≥ 达到或超过目标为完成；留空为≥", width=10),
        _c("目标值", "target", "number", note="填数字"),
        _c("实际值", "actual", "number", note="填数字"),
        _c("原有值", "before", "number", note="填数字（如改造前床位数）"),
        _c("现有值", "after", "number", note="填数字"),
    ), note="每个任务指标一行。", target="metrics", many=True, parent="重点任务", child_list="metrics"),
    Sheet("绩效指标", (
        _c("一级指标", "level1", "choice", required=True, choices=tuple(LEVEL1)),
        _c("二级指标", "level2", "choice", required=True, choices=_LEVEL2, width=20),
        _c("三级指标", "name", required=True, width=28),
        _c("指标值", "target", "indicator_value", required=True, note="如 ≥95%、100%、≥2/10万、不断提高"),
        _c("实施周期指标值", "period_target", "indicator_value"),
        _c("实际完成值", "actual", "indicator_value", note="没有实际值（如申报表）留空"),
    ), note="每个三级指标一行；一级、二级指标从下拉列表选择。", target="indicators", many=True),
    Sheet("预算项目", (
        _c("项目名称", "name", required=True, width=24),
        _c("绩效目标及实现情况", "goal", required=True, width=40),
        _c("预算资金", "budget", "amount", note=_AMT),
        _c("实际支出", "spent", "amount", note=_AMT),
        _c("项目自评得分", "score", "number", note="0～100"),
    ), note="项目支出绩效自评报告用；每个项目一行。", target="projects", many=True),
    Sheet("自评结果", (
        _c("自评得分", "evaluation.score", "number", note="0～100，可带小数"),
        _c("自评等级", "evaluation.rating", "choice", choices=("优", "良", "中", "差"), note="可留空，由得分推出"),
        _c("评价方式", "evaluation.method", width=30),
        _c("预算公开日期", "disclosure.budget_date", "date", note="如 2023-03-09"),
        _c("决算公开日期", "disclosure.final_accounts_date", "date", note="如 2023-09-15"),
    ), note="每个单位一行。"),
)

SHEETS_BY_NAME = {s.name: s for s in SHEETS}
MAIN_SHEET = SHEETS[0].name


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


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _cell_where(sheet: str, row: int, col: int, header: str) -> str:
    return f"{sheet} 第{row}行 {column_letter(col)}列（{header}）"


def format_where(cell: tuple) -> str:
    """(sheet, row, col, header) -> "收支情况 第5行 C列（本年收入）"; (sheet, row) -> "收支情况 第5行"."""
    if len(cell) == 4:
        return _cell_where(*cell)
    return f"{cell[0]} 第{cell[1]}行"


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
    if kind in ("choice", "route") and column.choices and text not in column.choices:
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


def _read_row(sheet: Sheet, columns: dict[int, Column], row: tuple, row_no: int, bureau: BureauInput) -> None:
    """Put one row's converted cells into the bureau's raw dict; cell errors go to the bureau."""
    values: dict[str, Any] = {}
    item_id: Optional[int] = None
    parent_id: Optional[int] = None
    route: Optional[str] = None
    located: dict[str, tuple] = {}  # field -> (sheet, row, col, header)
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
            route = converted
        elif column.kind == "id":
            item_id = converted
        elif column.kind == "parent":
            parent_id = converted
        else:
            values[column.field] = converted
            located[column.field] = (sheet.name, row_no, i, column.header)
    where = bureau.where
    if not sheet.many:
        for fld, value in values.items():
            where.put(_set(bureau.raw, fld, value), located[fld])
        return
    if sheet.routes:
        if route is None:
            return
        target_path = sheet.routes[route]
    else:
        target_path = sheet.target
    if sheet.parent:
        if parent_id is None:
            return
        found = bureau.ids.get((sheet.parent, parent_id))
        if found is None:
            bureau.errors.append(f"{sheet.name} 第{row_no}行：任务序号“{parent_id}”在“{sheet.parent}”表中找不到")
            return
        parent_item, parent_loc = found
        lst = parent_item.setdefault(sheet.child_list, [])
        base = parent_loc + (sheet.child_list,)
    else:
        lst, base = _list_at(bureau.raw, target_path)
    index = len(lst)
    loc = base + (index,)
    if "" in values:  # a plain list of texts
        lst.append(values[""])
        where.put(loc, located[""])
        return
    item: dict = {}
    for fld, value in values.items():
        _set(item, fld, value)
        where.put(loc + tuple(fld.split(".")), located[fld])
    lst.append(item)
    where.put(loc, (sheet.name, row_no))
    if item_id is not None:
        if (sheet.name, item_id) in bureau.ids:
            bureau.errors.append(f"{sheet.name} 第{row_no}行：任务序号“{item_id}”在本单位中重复")
        else:
            bureau.ids[(sheet.name, item_id)] = (item, loc)


# ---------------------------------------------------------------- writing


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
    if column.kind == "choice" and column.field == "kind":
        return KIND_NAMES.get(value, value)
    if column.kind == "yes_no":
        return "是" if value else None
    if column.kind in ("amount", "number") and isinstance(value, (Decimal, int, float)):
        return float(value) if isinstance(value, Decimal) and value != value.to_integral_value() else (
            int(value) if isinstance(value, Decimal) else value)
    return value


def write_workbook(path: str | Path, bureaus: Iterable[tuple[str, dict]]) -> None:
    """Write an input workbook (headers, notes, drop-down lists, an instructions sheet)."""
    import io

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

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
                dv = DataValidation(type="list", formula1='"' + ",".join(c.choices) + '"', allow_blank=True,
                                    showErrorMessage=True, errorTitle="取值不在列表中",
                                    error=f"{c.header}应为：{'、'.join(c.choices)}")
                dv.add(f"{column_letter(i)}2:{column_letter(i)}5000")
                ws.add_data_validation(dv)
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
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes(Path(path), buf.getvalue())
