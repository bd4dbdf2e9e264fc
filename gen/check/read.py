"""Read one input (.txt, .md, .docx, .pdf, .doc/.wps/.rtf or stdin) into text the checker can analyse.

Reviewers receive reports as Word files, as GBK text exported by old systems,
as UTF-16 from Windows tools and as text pasted out of PDFs. Everything that
follows works on one ``str``, so this module is the only place that knows about
bytes, encodings and Word's XML.

Two texts come out of it:

- ``decoded``: the file's text as a reader sees it (BOM removed, line ends
  normalised to "\\n"; for .docx, paragraphs and table cells joined with "\\n"
  in document order). Reported positions refer to this text.
- ``analysis``: ``decoded`` with the hard line breaks that PDF extraction
  leaves inside sentences removed, so a rule sees "负责职责范围内" and not
  "负责\\n职责范围内". ``gaps`` (gen.check.text_map) says where characters
  were removed, so every position found in ``analysis`` maps back exactly;
  ``offsets[i]``, the index in ``decoded`` of ``analysis[i]``, is read from it.
"""

from __future__ import annotations

import bisect
import codecs
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import accumulate
from operator import add
from pathlib import Path
from typing import BinaryIO, Optional

from ..core.errors import UserError
from ..core.readfile import read_limited, undecodable_at
from .read_docx import docx_text  # the Word walk lives there
from .read_lines import pdf_line_breaks, remove_breaks
from .text_map import Gaps

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Analysis cost grows with the text, not the file: a .docx with photos is large on
# disk but short in text. A million characters is some 500 pages, far beyond any report.
DEFAULT_MAX_CHARS = 1_000_000
TEXT_SUFFIXES = (".txt", ".md")
DOCX_SUFFIX = ".docx"
XLSX_SUFFIX = ".xlsx"  # a filled 自评表 (gen/check/xlsx_read.py)
OFFICE_SUFFIXES = (".doc", ".wps", ".rtf")  # read through LibreOffice (gen.check.read_office)
CHECKABLE_SUFFIXES = TEXT_SUFFIXES + (DOCX_SUFFIX, XLSX_SUFFIX, ".pdf") + OFFICE_SUFFIXES
STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls
_PDF_MAGIC = b"%PDF-"
_RTF_MAGIC = b"{\\rtf"


@dataclass(frozen=True)
class SourceText:
    """One input under check: its decoded text and the text rules analyse."""

    path: str  # as shown to the user; "-" for stdin
    kind: str  # "txt", "md" or "docx"
    encoding: str  # e.g. "utf-8", "gb18030", "utf-16-le"; "docx" for Word files
    decoded: str
    analysis: str
    gaps: Gaps = field(default=Gaps(), repr=False)  # where ``analysis`` lacks characters of ``decoded``
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # .docx: each table's cell spans in ``analysis`` (gen.check.tables.RawTable); () for text inputs
    table_grid: tuple = field(default=(), repr=False, compare=False)
    # .pdf: ``decoded`` offset where each page starts (page 1 at 0); () when the input has no pages
    page_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.decoded) - self.gaps.dropped != len(self.analysis):
            raise ValueError("offset map and analysis text differ in length")
        if not self._line_starts:
            object.__setattr__(self, "_line_starts", line_starts(self.decoded))

    def to_decoded(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``analysis`` to the span of ``decoded`` that holds it."""
        n = len(self.analysis)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == n:
            pos = len(self.decoded)
            return pos, pos
        dstart = self.gaps.source(start)
        dend = self.gaps.source_end(end) if end > start else dstart
        return dstart, dend

    @property
    def offsets(self) -> tuple[int, ...]:
        """``offsets[i]`` is the index in ``decoded`` of ``analysis[i]`` (built on request: the map is sparse)."""
        return tuple(self.gaps.source(i) for i in range(len(self.analysis)))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a ``decoded`` offset."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def page_line(self, offset: int) -> Optional[tuple[int, int]]:
        """1-based page and line within that page of a ``decoded`` offset; None without pages."""
        if not self.page_starts:
            return None
        page = bisect.bisect_right(self.page_starts, offset) - 1
        first_line, _ = self.line_col(self.page_starts[page])
        line, _ = self.line_col(offset)
        return page + 1, line - first_line + 1


def line_starts(text: str) -> tuple[int, ...]:
    """The offset where each line of ``text`` starts: line i starts after the lengths of lines 0..i-1 and their
    i line breaks. Summed in C (split, accumulate, map) rather than a match object per line break: a long
    report has tens of thousands of lines and every check reads one."""
    lines = text.split("\n")
    return tuple(map(add, accumulate(map(len, lines), initial=0), range(len(lines))))


# --------------------------------------------------------------------------
# Building a SourceText
# --------------------------------------------------------------------------


def source_from_text(text: str, path: str = STDIN, kind: str = "txt", encoding: str = "utf-8",
                     join_lines: Optional[bool] = None) -> SourceText:
    """A SourceText for text already decoded; joins PDF line breaks for .txt/.md."""
    decoded = _normalise_newlines(text)
    if join_lines is None:
        join_lines = kind in ("txt", "md")
    removed = pdf_line_breaks(decoded, markdown=(kind == "md")) if join_lines else []
    analysis, gaps = remove_breaks(decoded, removed)
    return SourceText(path, kind, encoding, decoded, analysis, gaps)


def read_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, stdin: Optional[BinaryIO] = None,
              max_chars: int = DEFAULT_MAX_CHARS) -> SourceText:
    """Read a .txt/.md/.docx/.pdf/.doc/.wps/.rtf file, or stdin for "-"; bad input is a UserError."""
    name = str(path)
    if name == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        _check_size(STDIN, len(data), max_bytes)
        if data.startswith(_ZIP_MAGIC):
            return _docx_source(STDIN, data, max_chars)
        return _by_content(STDIN, data, "", max_chars)
    p = Path(path)
    data = read_limited(p, max_bytes, limit_hint="可在配置中调整 max_bytes")
    suffix = p.suffix.lower()
    if suffix == DOCX_SUFFIX:
        return _docx_source(name, data, max_chars)
    if suffix == XLSX_SUFFIX:
        from .xlsx_read import xlsx_text

        text = xlsx_text(data, name)
        _check_chars(name, text, max_chars)
        return source_from_text(text, name, "xlsx", "xlsx", join_lines=False)
    return _by_content(name, data, suffix, max_chars)


def _by_content(name: str, data: bytes, suffix: str, max_chars: int) -> SourceText:
    """PDF and old Word/WPS/RTF go to their readers (by suffix or by magic bytes), the rest is text."""
    if suffix in OFFICE_SUFFIXES or data.startswith(_OLE_MAGIC) or data.startswith(_RTF_MAGIC):
        from .read_office import office_source

        if suffix not in OFFICE_SUFFIXES:
            suffix = ".rtf" if data.startswith(_RTF_MAGIC) else ".doc"
        return office_source(name, data, suffix, max_chars)
    if suffix == ".pdf" or data.startswith(_PDF_MAGIC):
        from .read_pdf import pdf_source

        return pdf_source(name, data, max_chars)
    return _text_source(name, data, "md" if suffix == ".md" else "txt", max_chars)


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        shown = f"超过 {max_bytes} 字节" if name == STDIN else f"{size} 字节，超过 {max_bytes} 字节"
        raise UserError(f"{name}：文件过大（{shown}的上限），可在配置中调整 max_bytes")


def _check_chars(name: str, text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise UserError(f"{name}：文字过长（{len(text)} 个字符，超过 {max_chars} 个字符的上限），可在配置中调整 max_chars")


def _text_source(name: str, data: bytes, kind: str, max_chars: int = DEFAULT_MAX_CHARS) -> SourceText:
    text, encoding = decode_bytes(data, name)
    _check_chars(name, text, max_chars)
    return source_from_text(text, name, kind, encoding)


def _docx_source(name: str, data: bytes, max_chars: int = DEFAULT_MAX_CHARS) -> SourceText:
    text = docx_text(data, name)
    _check_chars(name, text, max_chars)
    from .table_docx import docx_grid_from_bytes  # tables keep their rows and cells (B rules)

    source = source_from_text(text, name, "docx", "docx", join_lines=False)
    return replace(source, table_grid=docx_grid_from_bytes(data, text))


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------


def decode_bytes(data: bytes, name: str = STDIN) -> tuple[str, str]:
    """Decode text bytes: BOM, then UTF-8, UTF-16 without BOM, GB18030, then a guess."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _plausible(data[len(bom):].decode(enc), name), enc
            except UnicodeDecodeError:
                raise _undecodable(name) from None
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise _binary(name)
        return _plausible(guessed[0], name), guessed[1]
    try:
        return _plausible(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError as exc:
        _stray_bytes(data, exc, name)
    try:
        return _plausible(data.decode("gb18030"), name), "gb18030"
    except UnicodeDecodeError:
        pass
    guessed = _guess(data)
    if guessed is None:
        raise _undecodable(name)
    return _plausible(guessed[0], name), guessed[1]


# A UTF-8 text with this few invalid sequences is UTF-8 with stray bytes, not another encoding.
MAX_STRAY_BYTES = 3


def _stray_bytes(data: bytes, exc: UnicodeDecodeError, name: str) -> None:
    """Raise a located error when ``data`` is UTF-8 apart from a few stray bytes."""
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    if bad > MAX_STRAY_BYTES:
        return
    try:
        data.decode("gb18030")
        if not any(b >= 0xC2 for b in data[: exc.start]):
            return  # no UTF-8 multibyte text before it and valid GB18030: a short GBK text
    except UnicodeDecodeError:
        pass
    raise UserError(f"{name}：{undecodable_at(data, exc)}有无法识别的字节，文件其余部分是 UTF-8 编码；"
                    "请删除或改正该处后再检查") from None


def _utf16_without_bom(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-16 without BOM: the byte order whose text looks most like writing."""
    best: Optional[tuple[float, str, str]] = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _text_score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is not None and best[0] >= 0.9:
        return best[1], best[2]
    return _guess(data)


def _guess(data: bytes) -> Optional[tuple[str, str]]:
    """Last resort: charset-normalizer's best guess, if it is plausible text."""
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    if _text_score(text) < 0.9:
        return None
    return text, match.encoding.replace("_", "-")


def _text_score(text: str) -> float:
    """Share of characters that belong in a report (letters, CJK, punctuation, space)."""
    if not text:
        return 1.0
    good = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\r\t\f" or cat[0] in "LNPSZ" and cat not in ("Co", "Cn"):
            good += 1
    return good / len(text)


def _plausible(text: str, name: str) -> str:
    """Reject binary data that happened to decode: control characters, private and unassigned code points.

    A replacement mark (U+FFFD) is no sign of binary data: a strict decoder never makes one, so the file
    holds it as written, the trace of an earlier bad conversion that published pages often carry
    (L004 reports it). Only a text that is mostly such marks is refused.
    """
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t\f\v")
    if text and (bad > max(2, len(text) // 100) or text.count("\ufffd") > max(2, len(text) // 4)):
        raise _binary(name)
    return text


def _binary(name: str) -> UserError:
    return UserError(f"{name}：不是可读取的文本文件（内容像是二进制数据），请提供 .txt、.md 或 .docx 文件")


def _undecodable(name: str) -> UserError:
    return UserError(f"{name}：无法识别文件编码（支持 UTF-8、GBK/GB18030、UTF-16），请另存为 UTF-8 后再检查")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
