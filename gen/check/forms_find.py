"""Finding the 自评表 in what the checker reads, with every cell's span in the text.

- .docx (and .doc/.wps/.rtf, converted to it): the reader's cell grid
  (``ctx.table_grid``, gen/check/table_docx.py), the one ``ctx.tables`` and the
  B rules are built from, so the file is not read a second time and every cell's
  span in ``ctx.text`` is the reader's own.
- .xlsx: the reader's text has one tab-joined line per sheet row under a sheet
  heading (xlsx_read), so the grid and the sheet row numbers come from the text.
- .txt/.md: tab-separated or Markdown (| … |) tables.

The form-specific recognition (labels, sections) is gen.core.forms.parse,
shared with ``jixiao generate``'s form input. Computed once per file (ctx.memo).
"""

from __future__ import annotations

from typing import Any

from ..core import regex_cache
from ..core.forms.grid import Grid, GridCell, text_grids
from ..core.forms.parse import ParsedForm, guess_rule_set, parse_form
from .textspans import line_around
from .xlsx_read import SHEET_LINE, as_sheet


def forms(ctx: Any) -> list[ParsedForm]:
    """Every 自评表 in the file under check (memoised on the context)."""
    return ctx.memo("forms", _find)


def form_spans(ctx: Any) -> list[tuple[int, int]]:
    """The text span of every recognised 自评表 (first to last located cell).

    The F rules judge a form's figures by its rule set; the B rules (generic
    table arithmetic) leave the cells inside these spans alone, so that one
    error in a form gives one finding, not one from each family.
    """
    def compute(c: Any) -> list[tuple[int, int]]:
        out = []
        for form in forms(c):
            located = [cell for row in form.grid.rows for cell in row if cell.start >= 0]
            if located:
                out.append((min(x.start for x in located), max(x.end for x in located)))
        return out

    return ctx.memo("form_spans", compute)


def inside_form(ctx: Any, offset: int) -> bool:
    """True when ``offset`` lies in a recognised 自评表 (see :func:`form_spans`)."""
    return any(start <= offset <= end for start, end in form_spans(ctx))


def rule_set_name(ctx: Any) -> str:
    return ctx.memo("forms_rule_set", lambda c: guess_rule_set(forms(c)))


def _find(ctx: Any) -> list[ParsedForm]:
    if "自评表" not in ctx.text and "三级指标" not in ctx.text:
        return []  # cheap exit: most reports hold no form
    grids: list[Grid]
    if ctx.table_grid:  # Word (.docx, and .doc/.wps/.rtf converted to it): the reader's cell grid
        grids = _word_grids(ctx.text, ctx.table_grid)
    elif not _may_hold_header(ctx.text):
        return []  # no line could be a form's indicator header: no grid needs building (table_text reads the rows)
    else:
        grids = [_relabel(g, ctx.text) for g in text_grids(ctx.text)]
    found = []
    for g in grids:
        form = parse_form(g)
        if form is not None:
            found.append(form)
    return found


# What gen.core.forms.layout.key drops from a cell, bar the newline (a text grid's row is one line).
_NOISE = r"(?:[^\S\n]|[（）()：:A-Za-z/])*"
_LEVEL3 = regex_cache.compile(_NOISE.join("三级指标"))
_POINTS = regex_cache.compile("|".join(_NOISE.join(w) for w in ("得分", "分值", "权重")))


def _may_hold_header(text: str) -> bool:
    """Whether some line of ``text`` could be the indicator header parse_form needs (a cell keyed 三级指标 and
    one keyed 得分, 分值 or 权重 in one row): else no text grid is a form, and text_grids would read every
    pipe and tab line (a long report's hundred tables, which gen.check.table_text reads anyway) for none.
    Only what such a row must hold is tested: True may still find no form, False is certain."""
    for m in _LEVEL3.finditer(text):
        if _POINTS.search(text, *line_around(text, m.start())):
            return True
    return False


def _relabel(grid: Grid, text: str) -> Grid:
    """A grid from .xlsx text gets its sheet name and row numbers."""
    first = next((c for row in grid.rows for c in row if c.start >= 0), None)
    if first is None:
        return grid
    line_start = text.rfind("\n", 0, first.start) + 1
    header_end = line_start - 1
    if header_end <= 0:
        return grid
    # walk back to the sheet heading only when the text looks like a workbook
    if not SHEET_LINE.match(text[: text.find("\n") if "\n" in text else len(text)]):
        return grid
    return as_sheet(grid, text, line_start)


def _word_grids(text: str, tables: tuple) -> list[Grid]:
    """Form grids from the reader's .docx cell grid (the one ``ctx.tables`` is built from).

    The same cells the B rules see, so both families read a Word table once and
    alike: a merged cell (gridSpan) sits in its first grid column and the columns
    it covers are empty cells, as on the printed form. The title is the last
    paragraph above the table outside any table, as ``docx_tables`` gives it.
    """
    spans = sorted((min(s for row in t for s, _, _ in row), max(e for row in t for _, e, _ in row))
                   for t in tables if any(t))
    grids = []
    for n, raw in enumerate(tables, 1):
        rows: list[list[GridCell]] = []
        for r, raw_row in enumerate(raw):
            row: list[GridCell] = []
            for start, end, col in raw_row:
                row.extend(GridCell("", r, c) for c in range(len(row), col))
                row.append(GridCell(text[start:end].strip(), r, col, start, end))
            rows.append(row)
        grid = Grid(f"表格{n}", "table", rows)
        first = min((s for row in raw for s, _, _ in row), default=-1)
        grid.title = _title_above(text, first, spans) if first >= 0 else ""
        grids.append(grid)
    return grids


def _title_above(text: str, offset: int, tables: list[tuple[int, int]]) -> str:
    """The last non-empty line before ``offset`` that is not a table cell."""
    end = offset - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not any(a <= start <= b for a, b in tables):
            return line
        end = start - 1
    return ""
