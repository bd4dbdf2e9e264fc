"""Finding the 自评表 in what the checker reads, with every cell's span in the text.

- .docx: the file is read again for its tables (the checker's text has one line
  per cell and no grid); walking the body with the same traversal as the reader
  (read.iter_paragraphs) gives each cell's exact span in ``ctx.text``.
- .xlsx: the reader's text has one tab-joined line per sheet row under a sheet
  heading (xlsx_read), so the grid and the sheet row numbers come from the text.
- .txt/.md: tab-separated or Markdown (| … |) tables.

The form-specific recognition (labels, sections) is gen.core.forms.parse,
shared with ``jixiao generate``'s form input. Computed once per file (ctx.memo).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ..core.forms.grid import Grid, docx_tables, table_grid, text_grids
from ..core.forms.parse import ParsedForm, guess_rule_set, parse_form
from .read import iter_paragraphs, paragraph_text
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
    path = Path(ctx.path) if ctx.path not in ("-", "<example>") else None
    grids: list[Grid]
    if path is not None and path.suffix.lower() == ".docx" and path.is_file():
        grids = _docx_grids(ctx.text, path)
    else:
        grids = [_relabel(g, ctx.text) for g in text_grids(ctx.text)]
    found = []
    for g in grids:
        form = parse_form(g)
        if form is not None:
            found.append(form)
    return found


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


def _docx_grids(text: str, path: Path) -> list[Grid]:
    import docx

    try:
        body = docx.Document(io.BytesIO(path.read_bytes())).element.body
    except Exception:  # the reader already accepted this file; if it changed since, no forms
        return []
    spans: dict[Any, tuple[int, int]] = {}
    pos = 0
    for p in iter_paragraphs(body):
        n = len(paragraph_text(p))
        parent = p.getparent()
        if parent is not None and parent.tag.endswith("}tc"):
            start, _ = spans.get(parent, (pos, pos))
            spans[parent] = (start, pos + n)
        pos += n + 1
    if pos - 1 != len(text):
        return []  # not the text the rules see (should not happen): better no form than wrong spans
    grids = []
    for n, (tbl, title) in enumerate(docx_tables(body), 1):
        grid = table_grid(tbl, f"表格{n}", lambda tc: text[spans[tc][0]:spans[tc][1]] if tc in spans else "", spans)
        grid.title = title
        grids.append(grid)
    return grids
