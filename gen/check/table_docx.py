""".docx tables as cell grids: each table's rows and cells as spans in the reader's text.

The reader (gen/check/read.py) joins a Word body's paragraphs and table cells
with "\\n"; this module walks the same paragraphs and groups them by table row
and cell, with merged cells (gridSpan) keeping their grid column, so a table
rule sees the Word table as the author drew it.
"""

from __future__ import annotations

from typing import Iterable

from .tables import RawCell, RawTable

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_cell_grid(body, text: str) -> tuple[RawTable, ...]:
    """Cell spans of every table in a .docx body, in the reader's text.

    Walks the reader's own traversal (``iter_paragraphs``/``paragraph_text``),
    so spans land exactly on the text the reader joined; if that text differs
    from ``text`` (the reader changed), no grid is given rather than a wrong one.
    """
    from .read_docx import iter_paragraphs, paragraph_text

    starts: dict[int, tuple[int, int]] = {}
    alive = []  # lxml keeps one proxy per node only while it is referenced: keep them, so id() is stable
    pieces = []
    pos = 0
    for p in iter_paragraphs(body):
        t = paragraph_text(p)
        alive.append(p)
        starts[id(p)] = (pos, pos + len(t))
        pieces.append(t)
        pos += len(t) + 1
    if "\n".join(pieces) != text:
        return ()
    out = []
    for tbl in body.iter(f"{_W}tbl"):
        rows = []
        for tr in tbl.iterchildren(f"{_W}tr"):
            rows.append(tuple(_docx_row(tr, starts)))
        if rows:
            out.append(tuple(rows))
    return tuple(out)


def _docx_row(tr, starts: dict) -> Iterable[RawCell]:
    from .read_docx import iter_paragraphs

    col = 0
    for tc in tr.iterchildren(f"{_W}tc"):
        spans = [starts[id(p)] for p in iter_paragraphs(tc) if id(p) in starts]
        if spans:
            yield (spans[0][0], spans[-1][1], col)
        span = tc.find(f"{_W}tcPr/{_W}gridSpan")
        try:
            col += max(1, int(span.get(f"{_W}val"))) if span is not None else 1
        except (TypeError, ValueError):
            col += 1


def docx_grid_from_bytes(data: bytes, text: str) -> tuple[RawTable, ...]:
    """The cell grid of a .docx the reader has already read as ``text`` (so the file is known good)."""
    import io

    import docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception:  # the reader already reported a damaged file; no grid rather than a crash
        return ()
    return docx_cell_grid(body, text)

