"""Markdown output: the report as a reader (or a diff) sees it.

The title is the only "#" heading; the 公文 levels 一、（一）1.（1） map to
"##".."#####" so the outline survives in any Markdown viewer. The output is
deterministic (same document, same bytes), which the generator's
"same data and seed give byte-identical Markdown" promise rests on.
"""

from __future__ import annotations

import re

from ..document import Document, Heading, Paragraph, Table

# A paragraph that happens to begin like Markdown block syntax would turn into
# a heading, quote, list item or table row; escape that first character only.
_BLOCK_START = re.compile(r"^(?:[#>|]|[-+*](?=\s)|\d{1,9}[.)](?=\s))")


def _heading(h: Heading) -> str:
    marks = "#" * min(h.level + 1, 6)
    return f"{marks} {h.full}"


def _paragraph(text: str) -> str:
    m = _BLOCK_START.match(text)
    if m:
        # Escape the mark itself (for "12." the dot, which is what makes it a list).
        end = m.end()
        return text[: end - 1] + "\\" + text[end - 1:]
    return text


def _cell(text: str) -> str:
    return text.replace("\r\n", "\n").replace("|", "\\|").replace("\n", "<br>").strip()


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _table(table: Table) -> str:
    rows = [list(table.header)] + [list(r) for r in table.rows]
    width = max(1, max(len(r) for r in rows))
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = []
    if table.caption:
        lines += [f"**{table.caption}**", ""]
    lines.append(_row(rows[0]))
    lines.append("| " + " | ".join(["---"] * width) + " |")
    lines += [_row(r) for r in rows[1:]]
    return "\n".join(lines)


def block_markdown(block) -> str:
    """One block as Markdown (no trailing newline)."""
    if isinstance(block, Heading):
        return _heading(block)
    if isinstance(block, Paragraph):
        return _paragraph(block.text)
    if isinstance(block, Table):
        return _table(block)
    raise TypeError(f"unknown block {type(block).__name__}")


def to_markdown(doc: Document) -> str:
    """The document as Markdown: blocks separated by one blank line, ending in one newline."""
    chunks = [f"# {doc.title}"] + [block_markdown(b) for b in doc.blocks]
    return "\n\n".join(chunks) + "\n"
