"""The document model every writer consumes: a title, numbered headings,
paragraphs traced to their phrases, and tables.

Templates emit a small line markup that :func:`parse_markup` turns into this
model. Heading numbers (一、（一）1.（1）) are assigned here, by position, so a
template never types one and numbering can never skip or repeat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

from ..core import placeholders as _placeholders
from ..core.chinese_numerals import chinese_ordinal


def heading_number(level: int, n: int) -> str:
    """The 公文 mark for the n-th heading at ``level`` (1..4)."""
    if level == 1:
        return chinese_ordinal(n) + "、"
    if level == 2:
        return "（" + chinese_ordinal(n) + "）"
    if level == 3:
        return f"{n}."
    return f"（{n}）"


@dataclass(frozen=True)
class PhraseUse:
    """One phrase placed in the text: which group, which variant, which facts."""

    group: str
    slot: str
    variant: int
    facts: tuple[str, ...]
    source: str


@dataclass
class Heading:
    level: int
    number: str
    text: str

    @property
    def full(self) -> str:
        return self.number + self.text


@dataclass
class Paragraph:
    text: str
    phrases: list[PhraseUse] = field(default_factory=list)

    @property
    def placeholders(self) -> list[str]:
        """What each 【待补充：…】 in this paragraph asks for."""
        return _placeholders.ours(self.text)


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    caption: str = ""


Block = Union[Heading, Paragraph, Table]


@dataclass
class Document:
    title: str
    blocks: list[Block]
    kind: str = ""
    bureau: str = ""
    year: int = 0
    # what a placeholder asks for -> the data field(s) that would fill it (from missing(what, field))
    placeholder_fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    traces: list = field(default_factory=list)  # gen.generate.trace.Trace for every field the data set
    warnings: list[str] = field(default_factory=list)  # Chinese warnings for the officer (reasons, unused fields)

    def placeholders(self) -> list[tuple[int, str]]:
        """(block position, what it asks for) of every 【待补充：…】 in reading order: in paragraphs and in table
        cells (a declaration's task table asks for a task's content there), so no count leaves one out."""
        out: list[tuple[int, str]] = []
        for b, block in enumerate(self.blocks):
            if isinstance(block, Paragraph):
                out.extend((b, what) for what in block.placeholders)
            elif isinstance(block, Table):
                cells = (block.caption, *block.header, *(cell for row in block.rows for cell in row))
                out.extend((b, what) for cell in cells for what in _placeholders.ours(cell))
        return out

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


# --------------------------------------------------------------------------
# Markup emitted by templates
#
#   !title 2022年度广州市荔湾区卫生健康局部门整体支出绩效自评报告
#   # 基本情况              level-1 heading (numbered here: 一、)
#   ## 部门职能             level-2 heading (（一）)
#   ### ...  #### ...       levels 3 and 4 (1. and （1）)
#   | a | b |               table rows; the first row is the header,
#   |---|---|               a separator row is optional
#   ^caption text           caption of the next table
#   any other text          paragraph; paragraphs are separated by blank lines,
#                           single line breaks inside one are joined
# --------------------------------------------------------------------------

PHRASE_MARK = "\x02"  # \x02<index>\x03 marks where a phrase was placed
_MARK_RE = re.compile("\x02(\\d+)\x03")
_HEADING_RE = re.compile(r"^(#{1,4})\s+(.*\S)\s*$")
_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


class MarkupError(ValueError):
    pass


def _split_row(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [cell.strip() for cell in body.split("|")]


def parse_markup(markup: str, uses: list[PhraseUse], *, kind: str = "", bureau: str = "", year: int = 0) -> Document:
    """Turn template output into a :class:`Document`, numbering the headings."""
    reader = _MarkupReader(uses)
    for line in markup.splitlines():
        reader.feed(line.strip())
    reader.flush_paragraph()
    reader.flush_table()
    if not reader.title:
        raise MarkupError("模板没有给出文档标题（!title 行）")
    return Document(reader.title, reader.blocks, kind=kind, bureau=bureau, year=year)


class _MarkupReader:
    """Reads template output line by line: paragraphs join until a blank line, table rows until a non-row,
    ``!title`` and ``^caption`` lines set what follows, and headings are numbered by position."""

    def __init__(self, uses: list[PhraseUse]) -> None:
        self.uses = uses
        self.title = ""
        self.blocks: list[Block] = []
        self.counters = [0, 0, 0, 0]
        self.para_lines: list[str] = []
        self.table_rows: list[str] = []
        self.caption = ""

    def feed(self, stripped: str) -> None:
        if stripped.startswith("|"):
            self.flush_paragraph()
            self.table_rows.append(stripped)
            return
        self.flush_table()
        if not stripped:
            self.flush_paragraph()
        elif stripped.startswith("!title "):
            self.flush_paragraph()
            self.title = _MARK_RE.sub("", stripped[len("!title "):]).strip()
        elif stripped.startswith("^"):
            self.flush_paragraph()
            self.caption = _MARK_RE.sub("", stripped[1:]).strip()
        elif m := _HEADING_RE.match(stripped):
            self.flush_paragraph()
            self.heading(len(m.group(1)), m.group(2))
        else:
            self.para_lines.append(stripped)

    def heading(self, level: int, raw: str) -> None:
        counters = self.counters
        counters[level - 1] += 1
        for deeper in range(level, 4):
            counters[deeper] = 0
        text = _MARK_RE.sub("", raw).strip()
        self.blocks.append(Heading(level, heading_number(level, counters[level - 1]), text))

    def flush_paragraph(self) -> None:
        if not self.para_lines:
            return
        raw = "".join(line.strip() for line in self.para_lines)
        self.para_lines.clear()
        used = [self.uses[int(i)] for i in _MARK_RE.findall(raw)]
        text = _MARK_RE.sub("", raw)
        if text.strip():
            self.blocks.append(Paragraph(text.strip(), used))

    def flush_table(self) -> None:
        if not self.table_rows:
            return
        rows = [_split_row(_MARK_RE.sub("", r)) for r in self.table_rows if not _SEPARATOR_RE.match(r)]
        self.table_rows.clear()
        width = len(rows[0])
        for i, row in enumerate(rows):
            if len(row) != width:
                raise MarkupError(f"表格第{i + 1}行有{len(row)}列，表头有{width}列")
        self.blocks.append(Table(rows[0], rows[1:], self.caption))
        self.caption = ""


# --------------------------------------------------------------------------
# --omit-missing: leave out what would be a placeholder
# --------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[。；！？])")


def _without_placeholders(text: str) -> str:
    """``text`` without the sentences (to 。；！？) that hold a placeholder."""
    kept = [s for s in _SENTENCE_END.split(text) if s and not _placeholders.OURS.search(s)]
    out = "".join(kept).strip()
    if out.endswith("；"):
        out = out[:-1] + "。"
    return out


def omit_missing(doc: Document) -> Document:
    """The document with every placeholder sentence left out, then every section left empty.

    Headings are numbered again, so leaving a section out never makes the
    numbering skip. Used by ``jixiao generate --omit-missing``.
    """
    blocks: list[Block] = []
    for b in doc.blocks:
        if isinstance(b, Paragraph) and _placeholders.OURS.search(b.text):
            text = _without_placeholders(b.text)
            if text:
                blocks.append(Paragraph(text, list(b.phrases)))
        else:
            blocks.append(b)
    # Drop headings with nothing under them (no content before the next heading at the same or a higher level).
    kept: list[Block] = []
    for i, b in enumerate(blocks):
        if isinstance(b, Heading):
            has_content = False
            for later in blocks[i + 1:]:
                if isinstance(later, Heading) and later.level <= b.level:
                    break
                if not isinstance(later, Heading):
                    has_content = True
                    break
            if not has_content:
                continue
        kept.append(b)
    counters = [0, 0, 0, 0]
    numbered: list[Block] = []
    for b in kept:
        if isinstance(b, Heading):
            counters[b.level - 1] += 1
            for deeper in range(b.level, 4):
                counters[deeper] = 0
            b = Heading(b.level, heading_number(b.level, counters[b.level - 1]), b.text)
        numbered.append(b)
    return Document(doc.title, numbered, kind=doc.kind, bureau=doc.bureau, year=doc.year, placeholder_fields={})
