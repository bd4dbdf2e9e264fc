"""Tables written as text: pipe tables, tab-separated rows and space-aligned columns, and every table of a text.

Finding where a table is in plain text (which lines, which cell spans) is a
job of its own; :mod:`gen.check.tables` then builds rows, columns and roles
from the cells, the same way for these and for a Word document's grid.
Moved out of that module unchanged.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..core import regex_cache
from ..core.text_lines import lines_with
from .tables import MIN_ROWS, RawTable, Table, build_tables, parse_cell


_SEPARATOR = regex_cache.compile(r"^\s{0,8}\|?(?:\s{0,8}:?-{1,200}:?\s{0,8}\|){1,60}\s{0,8}:?-{0,200}:?\s{0,8}$")
_GAP = regex_cache.compile(r"(?: {2,}|\u3000+)")


def _line_cells(line: str, base: int, kind: str) -> list[tuple[int, int]]:
    """Cell spans of one line (trimmed, empty cells kept as empty spans)."""
    if kind == "pipe":
        parts = _split_at(line, "|")
        body = line.strip()
        if body.startswith("|"):
            parts = parts[1:]
        if body.endswith("|") and len(body) > 1:
            parts = parts[:-1]
    elif kind == "tab":
        parts = _split_at(line, "\t")
    else:
        parts = [p for p in _split_keep(line.rstrip(), _GAP) if p[0] < p[1]]
    out = []
    for s, e in parts:
        seg = line[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        out.append((base + s + lead, base + s + max(trail, lead)))
    return out


def _split_at(line: str, sep: str) -> list[tuple[int, int]]:
    """:func:`_split_keep` at one character, by str.split: the same spans, without a match object per cell."""
    out, at = [], 0
    for part in line.split(sep):
        out.append((at, at + len(part)))
        at += len(part) + 1
    return out


def _split_keep(line: str, sep: re.Pattern) -> list[tuple[int, int]]:
    out, prev = [], 0
    for m in sep.finditer(line):
        out.append((prev, m.start()))
        prev = m.end()
    out.append((prev, len(line)))
    return out


def _line_kind(line: str) -> str:
    if "|" not in line and "\t" not in line and "  " not in line and "\u3000" not in line:
        return ""  # most lines: nothing that could part cells (the tests below would all fail)
    body = line.strip()
    if not body:
        return ""
    if body.count("|") >= 2:  # "| a | b |" or, as web pages and exports print tables, "a | b | c"
        return "pipe"
    if "\t" in body:
        return "tab"
    if len(body) <= 200 and _GAP.search(body):  # one gap is enough: no need to find them all
        return "aligned"
    return ""


# What a line needs to be a row of any kind (see _line_kind): its lines are read, the others end a block.
_CELL_MARKS = regex_cache.compile("\\||\t|\u3000|  ")


def text_tables(text: str) -> list[Table]:
    """Pipe, tab-separated and space-aligned tables in ``text``, in order. Only the lines that hold a pipe, a
    tab or a gap are read (text_lines.lines_with); any other line is of no kind and ends the block before it."""
    out: list[Table] = []
    block: list[tuple[int, str]] = []
    kind = ""
    last = -2  # the index of the block's last line
    for n, pos, line in lines_with(text, _CELL_MARKS):
        if block and n != last + 1:  # lines of no kind came between
            out.extend(_text_table(text, kind, block))
            block, kind = [], ""
        k = _line_kind(line)
        if block and k != kind:
            out.extend(_text_table(text, kind, block))
            block = []
        kind = k
        if k:
            block.append((pos, line))
            last = n
    if block:
        out.extend(_text_table(text, kind, block))
    return out


def _text_table(text: str, kind: str, block: list[tuple[int, str]]) -> list[Table]:
    header_hint = None
    rows: list[list[tuple[int, int]]] = []
    for base, line in block:
        if kind == "pipe" and _SEPARATOR.match(line):
            header_hint = len(rows) if header_hint is None else header_hint
            continue
        rows.append(_line_cells(line, base, kind))
    if kind == "pipe":
        rows = _rejoin_broken_rows(text, rows)
    if kind == "aligned":
        return [t for run in _equal_runs(rows) for t in _aligned_table(text, run)]
    else:
        raw = tuple(tuple((s, e, i) for i, (s, e) in enumerate(r)) for r in rows)
    return build_tables(text, kind, raw, header_hint)


def _rejoin_broken_rows(text: str, rows: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """A pipe row a PDF broke over two lines ("基本支出 | 985.19 | 914.97 |" then "10 | 10 |"): a line of
    figures only, after a row that starts with a name and ends in a figure, is the rest of that row when
    the two hold no more filled cells than the table is wide."""
    width = max((len(r) for r in rows), default=0)
    out: list[list[tuple[int, int]]] = []
    for row in rows:
        filled = [c for c in row if c[0] < c[1]]
        prev = [c for c in out[-1] if c[0] < c[1]] if out else []
        if prev and filled and len(prev) + len(filled) <= width and len(prev) >= 2 \
                and parse_cell(text[prev[0][0]:prev[0][1]]) is None and parse_cell(text[prev[-1][0]:prev[-1][1]]) \
                and all(parse_cell(text[s:e]) for s, e in filled):
            last = max(i for i, c in enumerate(out[-1]) if c[0] < c[1])
            out[-1] = out[-1][:last + 1] + row[:max(i for i, c in enumerate(row) if c[0] < c[1]) + 1]
            continue
        out.append(row)
    return out


def _equal_runs(rows: list[list[tuple[int, int]]]) -> list[list[list[tuple[int, int]]]]:
    """Consecutive rows with the same number of cells.

    Text aligned with spaces shows neither empty cells nor where a wrapped cell
    goes on (a narrow PDF column prints "预算执" and "行情况" on two lines), so
    only rows that split into the same number of cells are read as one table:
    a wrapped or gapped table is left alone rather than misread.
    """
    runs: list[list[list[tuple[int, int]]]] = []
    for r in rows:
        if runs and len(runs[-1][0]) == len(r):
            runs[-1].append(r)
        else:
            runs.append([r])
    return [run for run in runs if len(run) >= MIN_ROWS and len(run[0]) >= 2]


def _aligned_table(text: str, rows: list[list[tuple[int, int]]]) -> list[Table]:
    raw = tuple(tuple((s, e, i) for i, (s, e) in enumerate(r)) for r in rows)
    if not any(parse_cell(text[s:e]) is not None for r in raw for s, e, _ in r):
        return []
    return build_tables(text, "aligned", raw)


def find_tables(text: str, grid: Sequence[RawTable] = ()) -> list[Table]:
    """Every table of a text: the reader's .docx grid first, then text tables."""
    out = [t for raw in grid for t in build_tables(text, "docx", raw)]
    out.extend(text_tables(text))
    return sorted(out, key=lambda t: t.start)
