"""Which rows a table's 合计/小计 row adds up, shared by the B rules.

A printed table does not say which rows a total covers: a 合计 may sum the rows
above it or (in 决算 tables) the rows below it; a 其中 row and the rows after it
may be parts of the row above and must then not be counted twice; 小计 rows may
stand for their groups. Rather than guess one reading, :func:`total_checks`
gives every plausible reading, and a rule reports a total only when *no*
reading adds up: precision first, since a reviewer stops reading a checker
that cries wolf.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Optional

from ..core import regex_cache
from ..core.numbers import sum_agrees
from .tables import Cell, Number, Row, Table, roles

# Columns whose figures are never added up by a total row.
UNSUMMED_ROLES = frozenset(("rate", "share", "label", "unit", "target", "value", "index"))
# Cells that stand for "nothing here" and do not end a panel.
_PLACEHOLDER = regex_cache.compile(r"[-—–/／\\…·]{1,3}|无")
# How far a 其中 block may reach below its row when no numbering marks its end.
MAX_BLOCK = 4
_NUMBERING = (
    ("cn", regex_cache.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")),
    ("cn-paren", regex_cache.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
    ("arabic", regex_cache.compile(r"^\d{1,3}(?:[、．]|\.(?!\d))")),
    ("arabic-paren", regex_cache.compile(r"^[（(]\d{1,3}[）)]")),
)


@dataclass(frozen=True)
class TotalCheck:
    """One total cell and the readings of which cells it adds up."""

    table: Table
    row: Row
    cell: Cell
    readings: tuple[tuple[Cell, ...], ...]  # each a non-empty tuple of part cells

    @property
    def total(self) -> Number:
        assert self.cell.number is not None
        return self.cell.number

    def sums(self) -> list[Decimal]:
        return [sum((c.number.value for c in r), Decimal(0)) for r in self.readings]  # type: ignore[union-attr]

    def agrees(self) -> bool:
        """Some reading adds up to the total within the printed precision.

        Parts printed at mixed precision (73 and 24 among 129.05 and 41.40, the total
        1020.02) were typed by hand: a program that rounds prints one precision
        throughout. Typed figures are the writer's own, so they must add up exactly.
        """
        t = self.total
        return any(s == t.value or (not typed_by_hand(t, reading) and sum_agrees(
                       t.value, s, [t.decimals] + [c.number.decimals for c in reading]))  # type: ignore[union-attr]
                   for reading, s in zip(self.readings, self.sums()))

    def suggestion(self) -> Optional[Decimal]:
        """The sum when every reading gives the same one, else None."""
        sums = set(self.sums())
        return sums.pop() if len(sums) == 1 else None


def typed_by_hand(total: Number, parts: tuple[Cell, ...]) -> bool:
    """Are these figures typed rather than rounded by a program: the total and some parts
    printed with decimals, other parts printed as whole numbers in the same column?"""
    decimals = {c.number.decimals for c in parts if c.number is not None}
    return total.decimals > 0 and 0 in decimals and len(decimals) > 1


def all_total_checks(ctx) -> list[TotalCheck]:
    """Every row and column total of every table in ``ctx``, computed once for all B rules."""
    return ctx.memo("table_sums.totals", lambda c: [chk for t in c.tables for chk in total_checks(t)])


def all_column_total_checks(ctx) -> list[TotalCheck]:
    return ctx.memo("table_sums.column_totals",
                    lambda c: [chk for t in c.tables for chk in column_total_checks(t)])


def summable(table: Table, col: int, number: Optional[Number]) -> bool:
    if number is None or number.percent or number.comparator:
        return False
    column = table.columns[col] if col < len(table.columns) else None
    return column is None or column.role not in UNSUMMED_ROLES


def total_checks(table: Table) -> Iterator[TotalCheck]:
    """Every summable cell of every 合计/小计 row with the readings of its parts."""
    body = list(table.body)
    ragged = None  # read once, at the table's first total
    for i, row in enumerate(body):
        if row.role not in ("total", "subtotal"):
            continue
        if ragged is None:
            ragged = ragged_labels(table) or of_averages(table)
        group, below, open_ = _group(body, i, table.continued)
        if ragged or not group or _shifted(row, group) or _unaligned(table, group) or _fragmented(row, group):
            continue
        readings_rows = _readings(group) + (_readings(below) if below else [])
        lo, hi = _panel(row)
        for cell in row.cells:
            if not lo < cell.col < hi or not summable(table, cell.col, cell.number) or _mark_in(group, cell.col) \
                    or _named_in(group, cell.col, hi) or _averaged(table, cell.col):
                continue
            readings = []
            for rows in readings_rows:
                parts = tuple(c for r in rows if (c := r.cell(cell.col)) is not None and summable(table, c.col, c.number))
                if parts and parts not in readings:
                    readings.append(parts)
            earlier = _earlier_sections(table, cell.col)
            if earlier and row.role == "total":
                readings += [r + earlier for r in list(readings)]
            if readings and max(len(r) for r in readings) >= 2:
                chk = TotalCheck(table, row, cell, tuple(readings))
                if not open_ or chk.agrees():  # an open group's rest is printed after the break
                    yield chk


# An average per unit (院均收入, 人均经费, 户均补助, 平均工资): its 合计 row is the average over all, no sum.
_AVERAGE = regex_cache.compile(r"[院人户校床所]均|平均|均值")


def of_averages(table: Table) -> bool:
    """A table whose title, printed in its own header row ("2018年……院均总收入情况 | | |"), says its figures are
    averages per unit: the 合计 row (综合医院合计 over 部属, 省属, 县属) is the average of all the units, which no
    sum of the rows' averages gives. Nothing in it is added up. The title heads the printed table's first
    section, in the rows above its first figure: a header row below it (its column names) starts a section of
    its own."""
    for row in (table.above[0] if table.above else table).rows:
        if any(c.number is not None for c in row.cells):
            return False  # the title rows end where the figures begin
        texts = [c.text for c in row.cells if c.text]
        if len(texts) == 1 and _AVERAGE.search(texts[0]):
            return True
    return False


def _averaged(table: Table, col: int) -> bool:
    """A column of averages (人均经费（元）): its 合计 cell is the average over all the rows, not their sum."""
    return col < len(table.columns) and _AVERAGE.search(table.columns[col].header) is not None


def _mark_in(group: list[Row], col: int) -> bool:
    """A row holds a bare number mark in this figure column ("2.政府性基金 | 三、 | 卫生健康支出 | 82,000.00"): the
    right panel's 一、 二、 stand in cells of their own, so its cells slide left wherever the left one has no
    figure, and the rows' labels are read from the wrong panel. What the column adds up cannot be told."""
    return any((c := r.cell(col)) is not None and c.number is None and any(p.fullmatch(c.text.strip())
               for _, p in _NUMBERING) for r in group)


def _named_in(group: list[Row], col: int, hi: int) -> bool:
    """A two-panel row (收入总计 | 78.50 | 支出总计 | 78.50) over rows where a name stands in its figure column
    ("政府性基金预算资金 | 外交支出 |", "社会保障和就业支出 | 8.54 |"): the export dropped the empty cells, so each
    row's cells slid left by as many as it lost and the right panel's items fall under the left panel's figure.
    What the column adds up cannot be told."""
    return hi < 10_000 and any((c := r.cell(col)) is not None and c.number is None and _HAN_NAME.search(c.text)
                               for r in group)


def _shifted(row: Row, group: list[Row]) -> bool:
    """Is the total row shifted left against its rows: its first figure in a column where every
    row above writes a name ("合计 | 12,267.66 | 91.01 | 12,358.67" under 序号 | 事权 | 任务 | 预算 | …,
    its merged label cell flattened to one)? Its columns cannot be told, so it is not judged."""
    first = next((c.col for c in row.cells if c.number is not None), None)
    if first is None:
        return False
    named = [c for r in group if (c := r.cell(first)) is not None and c.text and not _PLACEHOLDER.fullmatch(c.text)]
    return len(named) >= 2 and all(c.number is None for c in named)


def _fragmented(total: Row, group: list[Row]) -> bool:
    """Rows a page broke and glued back short ("海曙区 | 2 |" then "| 2 |" read as one row of three cells under a
    total of four): a row with figures but fewer cells than the total's. Which column each figure stood in is
    lost, so the total is not judged."""
    width = len(total.cells)
    return any(len(r.cells) < width and any(c.number is not None for c in r.cells) for r in group)


def _unaligned(table: Table, group: list[Row]) -> bool:
    """A table with no header row (an excerpt that starts inside it) whose rows with figures differ in
    their number of cells: a form's merged 一级/二级指标 cells flattened into some rows and not others, so
    one column holds a target value in one row and a score in the next. With no header to name the
    columns they cannot be lined up, and the total row is not judged."""
    if table.header_rows or any(c.header for c in table.columns):
        return False
    return len({len(r.cells) for r in group if any(c.number is not None for c in r.cells)}) > 1


_HAN_NAME = regex_cache.compile(r"[\u4e00-\u9fff]{2,}")


def ragged_labels(table: Table) -> bool:
    """Rows whose label takes one cell in some rows and two in others (保山市 | 市本级 | 55 … then 隆阳区 | 212 …,
    the merged 州(市) cell kept in its first row only): the second column holds a name in one row with figures and
    a figure in another, so no column means one thing down the table and neither its 合计 row nor its 合计
    column can be judged."""
    named = figured = False
    for r in table.body:
        second = r.cell(1)
        if second is None or r.role == "header" or sum(c.number is not None for c in r.cells) < 2:
            continue
        named = named or (second.number is None and bool(_HAN_NAME.match(second.text)))
        figured = figured or second.number is not None
    return named and figured


def _panel(row: Row) -> tuple[int, int]:
    """The columns a total row totals: right of its 合计 label, up to the next text cell.

    A 收入支出决算总表 prints two tables side by side (收入 | 行次 | 金额 | 支出 | 行次 | 金额):
    "本年收入合计" in a row totals the left panel only; the right panel's cell in that
    row is an ordinary item.
    """
    roles_ = roles()
    start = next((c.col for c in row.cells if c.number is None and roles_.row_role(c.text) in ("total", "subtotal")),
                 -1)
    end = next((c.col for c in row.cells if c.col > start and c.number is None and c.text
                and not _PLACEHOLDER.fullmatch(c.text)), 10_000)
    return start, end


def _earlier_sections(table: Table, col: int) -> tuple[Cell, ...]:
    """Summable cells of earlier sections of the same printed table, in the column with
    the same role (分值, 得分) as ``col``: a 自评表's 总分 counts its funds row too."""
    role = table.columns[col].role if col < len(table.columns) else ""
    if role not in ("weight", "score"):
        return ()
    out = []
    for section in table.above:
        for column in section.columns_with(role):
            out += [c for r in section.body if r.role == "data"
                    and (c := r.cell(column.index)) is not None and summable(section, c.col, c.number)]
    return tuple(out)


def _group(body: list[Row], i: int, continued: bool = False) -> tuple[list[Row], list[Row], bool]:
    """The rows a total at ``body[i]`` covers: those above it back to the previous total, or,
    when there are none (a 合计 printed first, as 决算 tables do), those below it. Second, when
    the rows above have figures: the rows below it up to the next total, another reading — an
    allocation table may head each group with its own total (市合计, then its counties).

    In such a table the rows between two totals are the first one's: when the previous total (or
    subtotal: 市级小计 over its hospitals, then 区(县、市)小计 over its counties) adds them up, or when they
    name the same units as the rows below this one (parallel groups), they are no reading of this one. Rows below that run on to the end of a
    section the table continues after (its header repeated below a page break) may be only
    the head of the group: the third value says the group is such an open one, which is
    judged only when it already adds up."""
    stops = ("total",) if body[i].role == "total" else ("total", "subtotal")
    panel = _panel(body[i])[0]

    def ends_group(r: Row) -> bool:  # a total of the same panel (another panel's total is an item here)
        return r.role in stops and _panel(r)[0] == panel

    above: list[Row] = []
    previous: Optional[Row] = None
    for j in range(i - 1, -1, -1):  # indices, not a reversed copy: no quadratic cost on long tables
        r = body[j]
        if ends_group(r):
            previous = r
            break
        above.append(r)
    above.reverse()
    below = []
    closed = False
    for j in range(i + 1, len(body)):
        r = body[j]
        if ends_group(r):
            closed = True
            break
        below.append(r)
    open_ = continued and not closed
    if previous is not None and previous.role in ("total", "subtotal") and (_heads(previous, above)
                                                                          or _parallel(above, below)):
        return below, [], open_
    if any(c.number is not None for r in above for c in r.cells):
        return above, below, False
    return below, [], open_


def _parallel(above: list[Row], below: list[Row]) -> bool:
    """The rows between two totals name the same units as the rows below the second (综合医院合计, 部属, 省属,
    县属; 中医医院合计, 部属, 省属, 县属): parallel groups, each headed by its total, so the rows above belong to
    the first total whether or not they add up to it (a table of averages, a slip in the first group)."""
    names = {r.label for r in above if r.label}
    return len(names) >= 2 and names == {r.label for r in below if r.label}


def _heads(total: Row, rows: list[Row]) -> bool:
    """Does ``total`` add up ``rows`` (the rows printed below it) in every figure column it has:
    a group headed by its own total, as an allocation table prints 市合计 above its counties."""
    agreed = False
    for cell in total.cells:
        if cell.number is None or cell.number.percent or cell.number.comparator or cell.col == 0:
            continue
        parts = [c.number for r in rows if (c := r.cell(cell.col)) is not None and c.number is not None]
        if len(parts) < 2:
            continue
        summed = sum((n.value for n in parts), Decimal(0))
        if not sum_agrees(cell.number.value, summed, [cell.number.decimals] + [n.decimals for n in parts]):
            return False
        agreed = True
    return agreed


def _readings(group: list[Row]) -> list[list[Row]]:
    out = [list(group), [r for r in group if r.role != "breakdown"]]
    subtotals = [r for r in group if r.role == "subtotal"]
    if subtotals:
        out.append(subtotals)
        last = max(k for k, r in enumerate(group) if r.role == "subtotal")
        out.append(subtotals + [r for r in group[last + 1:] if r.role == "data"])
    top = _top_level(group)
    if top:
        out.append(top)
    breakdowns = [k for k, r in enumerate(group) if r.role == "breakdown"]
    for reach in range(1, MAX_BLOCK + 1):
        if breakdowns:
            skipped = {k + j for k in breakdowns for j in range(reach)}
            out.append([r for k, r in enumerate(group) if k not in skipped])
    return out


def _top_level(group: list[Row]) -> list[Row]:
    """Rows numbered like the first numbered row (一、 二、 …): the top level of a hierarchy."""
    for kind, pattern in _NUMBERING:
        rows = [r for r in group if pattern.match(r.label)]
        if len(rows) >= 2:
            return rows
    return []


def breakdown_parents(table: Table) -> Iterator[tuple[Row, Row]]:
    """Each 其中 row with the row it breaks down: the nearest row above that is not a part
    (one pass, so a long run of 其中 rows costs linear time)."""
    parent: Optional[Row] = None
    for row in table.body:
        if row.role != "breakdown":
            parent = row
        elif parent is not None:
            yield row, parent


def _same_unit(table: Table, total: int, col: int) -> bool:
    """A column's header names no other unit than the 合计 column's (人数合计（人） does not add 资金（万元）)."""
    if total >= len(table.columns) or col >= len(table.columns):
        return True
    a, b = table.columns[total].unit, table.columns[col].unit
    return not a or not b or a == b


def column_total_checks(table: Table) -> Iterator[TotalCheck]:
    """A 合计 column (项目 | 合计 | 基本支出 | 项目支出): in every row it adds up the summable
    columns on its right (up to the next 合计 column) or, when it is printed last, on its left."""
    roles_ = roles()
    totals = [c.index for c in table.columns if c.header and roles_.row_role(c.header) in ("total", "subtotal")
              and c.role not in UNSUMMED_ROLES]
    if not totals or ragged_labels(table) or of_averages(table):
        return
    for k, col in enumerate(totals):
        right_end = totals[k + 1] if k + 1 < len(totals) else 10_000
        left_start = totals[k - 1] if k > 0 else -1
        for row in table.body:
            cell = row.cell(col)
            if cell is None or not summable(table, col, cell.number):
                continue
            right = tuple(c for c in row.cells if col < c.col < right_end and summable(table, c.col, c.number)
                          and _same_unit(table, col, c.col))
            left = tuple(c for c in row.cells if left_start < c.col < col and summable(table, c.col, c.number)
                         and _same_unit(table, col, c.col))
            readings = tuple(r for r in (right, left) if len(r) >= 2)
            if readings:
                yield TotalCheck(table, row, cell, readings)
