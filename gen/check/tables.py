"""Tables as tables: rows, cells, header roles and each cell's span in the text.

Most of a self-evaluation report's figures sit in tables (the 自评表, budget
tables), and a table's arithmetic is only visible with its structure: a 合计
row sums the rows above it column by column, an 执行率 column is B/A of two
other columns. The reader gives the text; this module finds the tables in it
and gives every rule the same :class:`Table` model:

- .docx tables come from the reader's cell grid (:func:`docx_cell_grid`), whose
  spans point into the text the reader built from the same paragraphs;
- text tables (Markdown/pipe ``|``, tab-separated, and columns aligned with
  runs of spaces as PDF text extraction leaves them) are found line by line
  in :mod:`gen.check.table_text`, which also gives every table of a text
  (:func:`~gen.check.table_text.find_tables`).

Column roles (budget, actual, rate, weight, score …) and row roles (total,
subtotal, breakdown) come from header words listed in glossary/tables.yaml,
which proves itself with its own examples when it loads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from ..core import regex_cache
from ..core.quantities import parse_number
from ..core.records import direct_init
from .table_roles import Roles, roles, squash as _squash

__all__ = ["Cell", "Column", "Number", "Row", "Table", "roles", "build_tables", "parse_cell"]

# One raw cell: (start, end, column) in the analysed text.
RawCell = tuple[int, int, int]
RawTable = tuple[tuple[RawCell, ...], ...]

MAX_HEADER_ROWS = 3
MIN_ROWS = 2
_DATE_UNITS = ("年", "月", "日", "年度")
# One figure filling a cell: optional comparator, the numeral, an optional unit.
_CELL_NUMBER = regex_cache.compile(
    r"(?P<comp>≥|≤|>=|<=|>|<|＞|＜)?\s{0,2}(?P<num>[-−]?(?:\d{1,3}(?:,\d{3})+|\d{1,30})(?:\.\d{1,12})?)"
    r"\s{0,2}(?P<unit>%|‰|[^\d\s.,%]{1,4})?"
)
_LETTER = regex_cache.compile(r"[（(]\s{0,2}([A-Za-z])\s{0,2}[）)]")
_FORMULA = regex_cache.compile(r"([A-Za-z])\s{0,2}[/÷]\s{0,2}([A-Za-z])")
_HEADER_UNIT = regex_cache.compile(r"[（(]\s{0,2}(万元|亿元|千元|元|%|％|分|人|个|项)\s{0,2}[）)]|单位[：:]\s{0,2}(万元|亿元|千元|元)")


@dataclass(frozen=True)
class Number:
    """The figure a cell holds, as printed."""

    value: Decimal
    decimals: int
    unit: str  # the cell's own unit, else the column's (from its header), else ""
    comparator: str = ""

    @property
    def percent(self) -> bool:
        return self.unit == "%"


@direct_init  # made by the thousand per long report (gen.core.records)
@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    start: int  # span in the analysed text (ctx.text)
    end: int
    text: str  # the cell's text, whitespace collapsed
    number: Optional[Number] = None


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # header cells of this column joined, whitespace removed
    role: str  # see glossary/tables.yaml; "" when no keyword matched
    letter: str = ""  # "A" in 全年预算数（A）
    formula: tuple[str, str] = ("", "")  # ("B", "A") in 执行率（B/A）
    unit: str = ""  # 万元 in 金额（万元）


@dataclass(frozen=True)
class Row:
    index: int
    cells: tuple[Cell, ...]
    role: str  # "header", "total", "subtotal", "breakdown" or "data"
    label: str  # the row's name: its first text cell, spaces removed

    def cell(self, col: int) -> Optional[Cell]:
        return next((c for c in self.cells if c.col == col), None)

    def number(self, col: int) -> Optional[Number]:
        c = self.cell(col)
        return c.number if c is not None else None

    @property
    def start(self) -> int:
        return self.cells[0].start

    @property
    def end(self) -> int:
        return self.cells[-1].end


@dataclass(frozen=True)
class Table:
    kind: str  # "docx", "pipe", "tab" or "aligned"
    rows: tuple[Row, ...]
    columns: tuple[Column, ...]
    header_rows: int
    # Earlier sections of the same printed table (a 自评表's funds rows above its indicators),
    # so its 总分 can count the 得分 of every section.
    above: tuple["Table", ...] = field(default=(), repr=False, compare=False)
    # A later section follows (the header repeated below a page break): the last rows of this
    # section may be the first rows of a group that goes on there.
    continued: bool = field(default=False, repr=False, compare=False)

    @property
    def body(self) -> tuple[Row, ...]:
        return self.rows[self.header_rows:]

    @property
    def start(self) -> int:
        return self.rows[0].start

    @property
    def end(self) -> int:
        return self.rows[-1].end

    def columns_with(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    def column_lettered(self, letter: str) -> Optional[Column]:
        return next((c for c in self.columns if c.letter == letter.upper()), None)


# --------------------------------------------------------------------------
# Cells to numbers
# --------------------------------------------------------------------------


def parse_cell(text: str, column_unit: str = "") -> Optional[Number]:
    """The figure filling a cell ("98.5%", "≥95%", "325,399.34", "12人"), or None."""
    number = _cell_number(text)
    if number is None or number.unit or not column_unit:
        return number
    return replace(number, unit=column_unit)


@lru_cache(maxsize=16384)
def _cell_number(text: str) -> Optional[Number]:
    """:func:`parse_cell` without a column unit; cached per process (tables repeat their cells: 0, 100%, 合计)."""
    t = _squash(text).replace("％", "%")
    m = _CELL_NUMBER.fullmatch(t)
    if not m:
        return None
    unit = m.group("unit") or ""
    if unit in _DATE_UNITS:
        return None
    parsed = parse_number(m.group("num"))
    if parsed is None:
        return None
    comp = {">=": "≥", "<=": "≤", "＞": ">", "＜": "<"}.get(m.group("comp") or "", m.group("comp") or "")
    return Number(parsed[0], parsed[1], unit, comp)


# --------------------------------------------------------------------------
# Building tables from raw cell grids
# --------------------------------------------------------------------------


def build_tables(text: str, kind: str, raw: RawTable, header_hint: Optional[int] = None) -> list[Table]:
    """Tables from cell spans, one per header: a 自评表 repeats a header row in mid-table
    (一级指标 | 二级指标 | … | 分值 | 得分 below the 项目资金 rows), and the columns below it
    mean what that header says, so each header starts a table of its own."""
    grid = [[(s, e, c, _squash(text[s:e])) for s, e, c in row] for row in raw]
    grid = [r for r in grid if sum(1 for cell in r if cell[3]) >= 1]
    parsed = {(s, e): parse_cell(t) for row in grid for s, e, _, t in row}  # each cell parsed once
    cuts = [0] + [i for i in range(1, len(grid))
                  if _is_header_row(grid[i], parsed) or _repeats_header(grid[0], grid[i])] + [len(grid)]
    out = []
    for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
        table = _build(kind, grid[a:b], header_hint if k == 0 else None, parsed)
        if table is not None:
            out.append(replace(table, above=tuple(out), continued=b < len(grid)))
    return out


def _repeats_header(first: list, row: list) -> bool:
    """The first row printed again, word for word (地区 | 已预下达 | 本次下达 below a page break):
    a header whose words name no known column role is still a header when it comes back."""
    words = [t for *_, t in first if t]
    return len(words) >= 2 and words == [t for *_, t in row if t]


def _is_header_row(row: list, parsed: dict) -> bool:
    """No figure, and at least two cells naming a column role other than a row name."""
    if any(parsed[(s, e)] is not None for s, e, _, _ in row):
        return False
    r = roles()
    return sum(1 for *_, t in row if t and r.column_role(t) not in ("", "label")) >= 2


def _build(kind: str, grid: list, header_hint: Optional[int], parsed: dict) -> Optional[Table]:
    if len(grid) < MIN_ROWS or max(len(r) for r in grid) < 2:
        return None
    n_header = header_hint if header_hint is not None else _count_header_rows(grid, parsed)
    r = roles()
    header_rows = grid[:n_header]
    width = max(c for row in grid for *_, c, _ in row) + 1
    if _header_lost_label(header_rows, grid[n_header:], parsed, r):
        header_rows = [[(s, e, c + 1, t) for s, e, c, t in row] for row in header_rows]
        width += 1
    elif _rows_lost_label(header_rows, grid[n_header:], parsed, r):
        header_rows = [[(s, e, c - 1, t) for s, e, c, t in row if c > 0] for row in header_rows]
    columns = _columns(header_rows, width, r)
    units = {c.index: c.unit for c in columns}
    label_cols = {c.index for c in columns if c.role == "label"}
    rows = []
    for i, row in enumerate(grid):
        header = i < n_header
        cells = tuple(Cell(i, c, s, e, t, None if header else _with_unit(parsed[(s, e)], units.get(c, "")))
                      for s, e, c, t in row)
        label = _row_label(cells, label_cols)
        rows.append(Row(i, cells, "header" if header else r.row_role(label), label))
    return Table(kind, tuple(rows), columns, n_header)


FIGURE_ROLES = frozenset(("budget", "actual", "rate", "share", "weight", "score"))


def _header_lost_label(header_rows: list, body: list, parsed: dict, r: Roles) -> bool:
    """The header row lost its row-name cell (merged into a title row above it: "预算资金（万元）"),
    so its first cell names a figure column (年初预算数) while every data row starts with its
    name, and the percentages stand one column right of 执行率: the header stands one column left of
    its figures and is read one column right (a 分值 column holding 102.59% is no reading at all)."""
    if len(header_rows) != 1 or not body:
        return False
    first = next((t for _, _, c, t in header_rows[0] if c == 0), "")
    if not first or r.column_role(first) not in FIGURE_ROLES:
        return False
    rows = [row for row in body if any(parsed[(s, e)] is not None for s, e, _, _ in row)]
    if not rows or not all(any(c == 0 and t and parsed[(s, e)] is None for s, e, c, t in row) for row in rows):
        return False
    # the percentages decide: they stand under 执行率/占比 only when the header is read one column right
    percent_cols = {c for row in rows for s, e, c, _ in row if (n := parsed[(s, e)]) is not None and n.percent}
    heads = {c: r.column_role(t) for _, _, c, t in header_rows[0] if t}
    return bool(percent_cols) and all(heads.get(c - 1) in ("rate", "share") for c in percent_cols) \
        and not all(heads.get(c) in ("rate", "share") for c in percent_cols)


def _rows_lost_label(header_rows: list, body: list, parsed: dict, r: Roles) -> bool:
    """The mirror of :func:`_header_lost_label`: the header holds two name cells (a merged cell down the
    left edge, "部门总体资金（万元）", then 资金来源) but the rows lost the merged one, so each row's figures
    stand one column left of their header words. Read the header one column left only when every
    figure of every row then falls under a figure column, and some does not as printed."""
    if len(header_rows) != 1 or not body:
        return False
    heads = {c: r.column_role(t) for _, _, c, t in header_rows[0] if t}
    if 0 not in heads or 1 not in heads or heads[0] in FIGURE_ROLES or heads[1] in FIGURE_ROLES \
            or heads.get(2) not in FIGURE_ROLES:
        return False  # two name cells, then the figure columns
    rows = [row for row in body if any(parsed[(s, e)] is not None for s, e, _, _ in row)]
    figures = [c for row in rows for s, e, c, _ in row if c > 0 and parsed[(s, e)] is not None]
    if not rows or not all(any(c == 0 and t and parsed[(s, e)] is None for s, e, c, t in row) for row in rows):
        return False
    return bool(figures) and all(heads.get(c + 1) in FIGURE_ROLES for c in figures) \
        and any(heads.get(c) not in FIGURE_ROLES for c in figures)


def _with_unit(number: Optional[Number], column_unit: str) -> Optional[Number]:
    """A cell's figure with its column's unit (from the header) when it prints none itself."""
    if number is None or number.unit or not column_unit:
        return number
    return replace(number, unit=column_unit)


def _count_header_rows(grid: list, parsed: dict) -> int:
    n = 0
    for row in grid[:MAX_HEADER_ROWS]:
        if any(parsed[(s, e)] is not None for s, e, _, _ in row):
            break
        n += 1
    return n if n < len(grid) else 0


def _columns(header_rows: list, width: int, r: Roles) -> tuple[Column, ...]:
    out = []
    for col in range(width):
        header = "".join(t for row in header_rows for _, _, c, t in row if c == col)
        letter = _LETTER.search(header)
        formula = _FORMULA.search(header)
        unit = _HEADER_UNIT.search(header)
        out.append(Column(
            col, header, r.column_role(header) if header else "",
            letter.group(1).upper() if letter else "",
            (formula.group(1).upper(), formula.group(2).upper()) if formula else ("", ""),
            ((unit.group(1) or unit.group(2)).replace("％", "%")) if unit else "",
        ))
    return tuple(out)


def _row_label(cells: tuple[Cell, ...], label_cols: set[int]) -> str:
    named = [c.text for c in cells if c.col in label_cols and c.text and c.number is None]
    if named:
        return named[-1]  # the most specific name (三级指标 after 一级、二级)
    return next((c.text for c in cells if c.text and c.number is None), "")


def percent_column(table: Table, col: int) -> bool:
    """The column holds percentages: its header says (%), or one of its cells is printed with %.

    A bare figure in a rate column is read as a percentage only then, so that a
    table whose header row is shifted against its data (a merged first cell that
    a web page or an export dropped from the data rows) is not misread.
    """
    if col < len(table.columns) and table.columns[col].unit == "%":
        return True
    return any((n := r.number(col)) is not None and n.percent for r in table.body)


FRACTION_MAX = Decimal("1.5")  # a ratio above 150% is no 执行率 written as a fraction


def rate_percent(number: Number, percent_column: bool) -> Optional[tuple[Decimal, int]]:
    """A rate cell's figure as a percentage and its places: 95.86% as printed; a bare ratio of at
    least two places in a column that prints no % (0.958 for 95.8%, one place) multiplied by 100.

    Some 自评表 write the 执行率 column as B/A itself; its precision is the same question as a
    percentage's (0.958 is 95.8% truncated, 0.959 rounded). A bare whole number or one place
    (95, 95.9) is not read as a fraction, nor a bare figure beside printed percentages."""
    if number.percent:
        return number.value, number.decimals
    if number.unit or number.comparator or percent_column or number.decimals < 2 \
            or not 0 <= number.value <= FRACTION_MAX:
        return None
    return number.value.scaleb(2), number.decimals - 2


def rate_operands(table: Table, rate: Column) -> list[tuple[Column, Column]]:
    """The (numerator, denominator) column pairs a rate column may be computed from.

    The header's own formula wins (执行率（B/A） with 全年预算数（A）, 全年执行数（B））;
    otherwise every actual column left of the rate paired with every budget column,
    so a rule can accept the rate when any pair gives it (a 自评表 has both 年初预算数
    and 全年预算数, and only the header letters say which one is A).
    """
    num, den = rate.formula
    if num and den:
        n, d = table.column_lettered(num), table.column_lettered(den)
        if n is not None and d is not None:
            return [(n, d)]
    actual = [c for c in table.columns if c.role == "actual" and c.index < rate.index]
    budget = [c for c in table.columns if c.role == "budget" and c.index < rate.index]
    return [(a, b) for a in actual for b in budget]


@dataclass(frozen=True)
class RateCell:
    """A filled cell of a rate column, with the column pairs its rate may be computed from."""

    table: "Table"
    rate: "Column"
    pairs: list[tuple["Column", "Column"]]
    row: "Row"
    cell: "Cell"
    stated: "Number"


def rate_cells(tables: Iterable["Table"]) -> Iterator[RateCell]:
    """Every rate cell that holds a figure, in every rate column that has operand columns.

    B003 (rate is not B/A), B007 (a rate over a zero budget) and N011 (truncated
    rates) all judge these cells; a cell with a comparator (≥95%) is a target,
    not a computed rate, and is left out here once for all of them.
    """
    for table in tables:
        for rate in table.columns_with("rate"):
            pairs = rate_operands(table, rate)
            if not pairs:
                continue
            for row in table.body:
                cell, stated = row.cell(rate.index), row.number(rate.index)
                if cell is not None and stated is not None and not stated.comparator:
                    yield RateCell(table, rate, pairs, row, cell, stated)


# Row names of indicators measured as a share or rate (接种率, 满意度): their values are percentages.
_RATE_NAME = regex_cache.compile(r"(?:率|满意度|比例|占比|比重)(?:[（(][^）)]{0,10}[）)])?$")


def is_rate_name(label: str) -> bool:
    """True for an indicator named as a rate or share (疫苗接种率, 服务对象满意度, 占比)."""
    return bool(_RATE_NAME.search(label))
