"""The body that opens a level below its contents: the first top heading lost after the 目录.

A contents lists 第一部分 部门概况 / 一、主要职能 … (or 一、基本情况 / （一）机构设置 …), and the
body opens again with 第一部分 (一、). A page export, or an edit that dropped the body's first top
heading, leaves the body opening a level lower: 一、部门主要职能 right after the contents' last
entry 第四部分 名词解释, or （一）机构、职能设置 after 十、. The contents reader
(gen.check.contents) takes such a heading for one more entry under the contents' last top entry,
meets the body's prose and pairs nothing, so no rule compared the two. This reading finds the
case: the line before the first prose is a second-level heading numbered 1, right after a top entry,
whose title is the contents' first top entry's first child (the same words, or one holding the other,
or two characters apart): that heading is the body's first, and its top heading is missing.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from .context import CheckContext
from .contents import PROSE, PROSE_LONG, clean_title, text_contents_start
from .edit_distance import edits
from .parts import part_number
from .headings import numbering

MAX_ENTRIES = 120  # paragraphs read from the 目录 line: a contents with its 附件 and title lines
MIN_TOPS = 3  # contents of three top entries or more: an outline, not a sidebar's two links
MIN_TITLE = 4  # characters of a title compared
NEAR = 2  # characters a body heading's title may differ from its contents entry (主要职能 / 部门主要职能)


class Line(NamedTuple):
    """A contents entry or the body's lone heading: where it stands, its level (0: 第X部分), number and words."""

    index: int
    level: int
    number: int
    mark: str
    title: str  # as compared: punctuation, figures and blanks removed
    text: str  # as written


class Gap(NamedTuple):
    """The body's first heading (``opened``) and the contents' first top entry it should stand under."""

    opened: Line
    missing: Line
    start: int
    end: int


def _entry(index: int, text: str) -> Optional[Line]:
    part = part_number(text)
    if part:
        return Line(index, 0, part[0], part[2], clean_title(text.lstrip(" \t\u3000")[len(part[2]):]), text.strip())
    h = numbering(text)
    if h is None or h.level > 2:
        return None
    return Line(index, h.level, h.number, h.mark.strip(), clean_title(h.title), text.strip())


def _alike(toc: str, title: str) -> bool:
    if min(len(toc), len(title)) < MIN_TITLE:
        return toc == title and bool(toc)
    return toc in title or title in toc or edits(toc, title, NEAR) <= NEAR


def _outline(paras, begin: int) -> Optional[tuple[list[Line], int]]:
    """The contents' entries read from ``begin`` up to the first prose, and that prose's index; None where the
    top level restarts first (the body opens with its top heading: the contents reader pairs the two)."""
    lines: list[Line] = []
    top = None
    for i in range(begin, min(len(paras), begin + MAX_ENTRIES)):
        text = paras[i].text
        line = _entry(i, text)
        if line is None:
            if PROSE.search(text, 0, max(len(text) - 1, 0)) or len(text) > PROSE_LONG:
                return lines, i
            continue
        top = line.level if top is None else top
        if line.level < top:
            return None
        if line.level == top and any(e.level == top and e.number >= line.number for e in lines):
            return None
        lines.append(line)
    return None


def body_without_top(ctx: CheckContext) -> Optional[Gap]:
    """The body's first heading, a level below the contents' top, where its top heading was lost; or None."""
    found = text_contents_start(ctx)
    if found is None or not found[1]:
        return None  # a 目录 line says where a contents begins; without it a list of parts may be the text
    paras = ctx.paragraphs
    read = _outline(paras, found[0])
    if read is None or len(read[0]) < 2:
        return None
    lines, prose = read
    top = lines[0].level
    tops = [e for e in lines if e.level == top]
    opened, before = lines[-1], lines[-2]
    if len(tops) < MIN_TOPS or tops[0].number != 1 or opened.index != prose - 1 or before.level != top:
        return None
    if opened.level != top + 1 or opened.number != 1:
        return None
    first_child = next((e for e in lines[1:] if e.level == top + 1), None)
    if first_child is None or first_child.index > tops[1].index or first_child is opened:
        return None
    if not _alike(first_child.title, opened.title):
        return None
    para = paras[opened.index]
    return Gap(opened, tops[0], para.start, para.end)
