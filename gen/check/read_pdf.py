"""Read a PDF's text layer into a SourceText with pages.

Published reports are mostly PDFs. pypdf's layout extraction keeps each
printed line and the horizontal gaps between table columns, which is what the
table finder needs (gen/check/tables.py reads columns aligned with spaces).
Justified prose comes out with runs of spaces inside sentences too; those are
closed here, so "基本支出  592.78万元" reads as it was written. Layout mode's
blank lines (vertical gaps) are dropped, so a finding's "line" is the line a
reviewer counts on the page.

Findings on a PDF carry the page: ``SourceText.page_starts`` holds where each
page starts in the decoded text.
"""

from __future__ import annotations

import io
import logging

from ..core import regex_cache
from ..core.errors import UserError
from .read import SourceText, _check_chars, source_from_text

_GAP = regex_cache.compile(r"(?: {2,}|\u3000+)")
# A cell of running text: sentence punctuation inside it means prose, not a table row.
_PROSE_MARK = regex_cache.compile(r"[，。；！？、,;]")
MAX_CELL = 40
_ASCII = regex_cache.compile(r"[A-Za-z0-9%.]")


def is_table_row(line: str) -> bool:
    """Two or more short cells separated by column gaps, none of them running text."""
    cells = [c for c in _GAP.split(line.strip()) if c]
    return len(cells) >= 2 and all(len(c) <= MAX_CELL and not _PROSE_MARK.search(c) for c in cells)


def close_gaps(line: str) -> str:
    """Prose with justified spacing: remove gaps between CJK text, keep one space between ASCII words."""
    lead = len(line) - len(line.lstrip(" \u3000"))
    body = line[lead:].rstrip()
    out = []
    pos = 0
    for m in _GAP.finditer(body):
        out.append(body[pos:m.start()])
        before, after = body[m.start() - 1:m.start()], body[m.end():m.end() + 1]
        out.append(" " if _ASCII.match(before) and _ASCII.match(after) else "")
        pos = m.end()
    out.append(body[pos:])
    return line[:lead] + "".join(out)


def page_lines(text: str) -> list[str]:
    """The lines of one page's layout text: blank lines dropped, prose gaps closed, table rows kept."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        out.append(line.rstrip() if is_table_row(line) else close_gaps(line))
    return out


def _pages(name: str, data: bytes) -> list[str]:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-xref chatter is not the user's concern
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(f"{name}：PDF 文件已加密，请先解除密码保护后再检查")
        return [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except UserError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        raise UserError(f"{name}：无法读取 PDF 文件，文件可能已损坏（{type(exc).__name__}）") from None


def pdf_source(name: str, data: bytes, max_chars: int) -> SourceText:
    """A PDF's text layer, pages in order; hard line breaks inside sentences joined for analysis."""
    pages = [page_lines(p) for p in _pages(name, data)]
    if not any(pages):
        raise UserError(f"{name}：PDF 中没有可提取的文字（可能是扫描件），请先进行文字识别（OCR）或提供 Word 文件")
    starts = []
    pos = 0
    for lines in pages:
        starts.append(pos)
        pos += sum(len(line) + 1 for line in lines)
    text = "\n".join(line for lines in pages for line in lines)
    _check_chars(name, text, max_chars)
    source = source_from_text(text, name, "pdf", "pdf", join_lines=True)
    from dataclasses import replace

    return replace(source, page_starts=tuple(min(s, len(text)) for s in starts))
