"""A report's table of contents beside its body: which body heading each contents entry names.

A contents lists the parts and headings of the text before the text itself
(目录, then 第一部分 … 第四部分, or 一、 … 八、 with their （一）（二）), and the
body repeats them. Two lists of one outline, each entry keyed by where it
stands: its 第X部分, its level and its number, and for a （一） the number of
the 一、 above it. An entry and a body heading with the same key name the same
part of the report, so their titles can be compared (S017).

Where the contents end and the body begins is read from the numbering alone:
the contents' top level (第X部分, or the 一、 that opens the list) counts up,
and the body starts where it counts again from a number already listed (第一部分
after 第四部分, 一、 after 八、). Between the two may stand the report's title
and a list of 附件; a paragraph of prose before the count restarts means
there is no such pair of lists (a sidebar, a contents that is the whole
text), and nothing is paired. Without a 目录 line the contents are read only
from 第X部分 lines (决算 texts whose page export lost the title). The body is
read up to where its own top level restarts (a second document).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache
from .context import CheckContext
from .headings import (Heading, is_toc_title, heading_of, headings, numbering, part_number, part_starts,
                       toc_span, without_page_ref)

TOC_SEARCHED = 80  # paragraphs: a contents stands at the head of the text
LINES_BEFORE_FIRST = 2  # lines between 目录 and the first entry (a 公开时间 stamp)
MAX_LINES_BETWEEN = 20  # title lines and 附件 entries between the last contents entry and the body
PROSE = regex_cache.compile(r"[。；！？，,;]")  # a stop, or a comma: a title ends in one 。 at most
PROSE_LONG = 120  # entries the page export ran into one line (表六:…表七:…) are long, but carry no comma
# Page numbers, dot leaders, spaces and punctuation: what a contents line adds to its title (and a year's figures).
_NOISE = regex_cache.compile(r"[\s\d.．。…·:：、,，()（）\-—_]+")


@dataclass(frozen=True)
class Entry:
    """One part or heading of the outline, in the contents or in the body."""

    start: int
    end: int
    key: tuple[int, ...]  # (part, level, number of the 一、 above or 0, number); level 0 is a 第X部分
    mark: str  # as written: "第一部分", "一、", "（二）"
    title: str  # without page number, spaces and punctuation

    @property
    def level(self) -> int:
        return self.key[1]

    @property
    def number(self) -> int:
        return self.key[3]


def clean_title(text: str) -> str:
    """A title as compared: page reference, dot leader, spaces, punctuation and figures removed."""
    return _NOISE.sub("", text)


class _Outline:
    """Keys entries as they come: the 第X部分 and the 一、 each later entry stands under."""

    def __init__(self):
        self.part = 0
        self.first = 0  # the number of the last 一、-level heading
        self.entries: list[Entry] = []

    def add_part(self, start: int, end: int, text: str, below=None) -> int:
        """``below``: the paragraph after the part's line. Where the line holds the mark alone and ``below`` is
        its title, the entry is that title's line: the words compared, and the line a finding points at."""
        number, word, mark = part_number(text)
        self.part, self.first = number, 0
        title = clean_title(text.lstrip(" \t\u3000")[len(mark):])
        if not title and below is not None and _title_below(below.text):
            start, end, title = below.start, below.end, _title_below(below.text)
        self.entries.append(Entry(start, end, (number, 0, 0, number), mark, title))
        return number

    def add_heading(self, start: int, end: int, level: int, number: int, mark: str, title: str) -> None:
        if level == 1:
            self.first = number
        elif level != 2:
            return  # a contents rarely lists 1. and （1）; the body's lists are no outline
        key = (self.part, level, self.first if level == 2 else 0, number)
        self.entries.append(Entry(start, end, key, mark.strip(), clean_title(title)))


TITLE_BELOW = 30  # characters: the line after a 第X部分 that stands alone, when it is the part's title


def _title_below(text: str) -> str:
    """The part's title on the line after its 第X部分 (a PDF's layout sets 第一部分 and 单位概况 on two lines):
    a short line, neither numbered nor prose. Empty otherwise, as before: such a part is compared with nothing."""
    text = text.strip(" \t\u3000")
    if not text or len(text) > TITLE_BELOW or PROSE.search(text) or part_number(text) or numbering(text):
        return ""
    return clean_title(text)


def _next_para(paras, i: int):
    """The first non-blank paragraph after ``paras[i]`` (one blank line between at most), or None."""
    return next((p for p in paras[i + 1:i + 3] if p.text.strip()), None)


def contents_start(paras, parts: bool = True) -> Optional[tuple[int, bool]]:
    """Index of the first paragraph of the contents, and whether a 目录 line opens it. ``parts``: False when
    no paragraph is known to open a 第X部分 (part_starts), so none is looked for."""
    for i, p in enumerate(paras[:TOC_SEARCHED]):
        if p.text.endswith(("录", "錄", "纲", ":", "：")) and is_toc_title(p.text):
            return i + 1, True
    first = next((i for i, p in enumerate(paras) if part_number(p.text)), None) if parts else None
    return (first, False) if first is not None else None


def text_contents_start(ctx: CheckContext) -> Optional[tuple[int, bool]]:
    """:func:`contents_start` of the context's own paragraphs, read once per context (S017 and the contents'
    pairing both ask; with no 目录 line it reads every paragraph for a part's number)."""
    return ctx.memo("contents.contents_start", lambda c: contents_start(c.paragraphs, bool(part_starts(c))))


def _read_contents(paras, begin: int, titled: bool) -> Optional[tuple[_Outline, int]]:
    """The contents' outline and the index of the body's first paragraph, or None."""
    outline = _Outline()
    top: Optional[int] = None  # 0: parts; else the level of the first heading
    last_top = 0
    between = 0
    for i in range(begin, len(paras)):
        p = paras[i]
        part = part_number(p.text)
        h = None if part else numbering(p.text)
        if part:
            if top is None:
                top = 0
            if top == 0 and part[0] <= last_top:
                return outline, i
            last_top = outline.add_part(p.start, p.end, p.text, _next_para(paras, i)) if top == 0 else last_top
        elif h is not None and h.level <= 2:
            if top is None:
                if h.number != 1:
                    return None  # a partial contents (a sidebar's selection): nothing to pair
                top = h.level
            if h.level < top:
                return None
            if h.level == top and h.number <= last_top:
                return outline, i
            last_top = h.number if h.level == top else last_top
            outline.add_heading(p.start, p.end, h.level, h.number, h.mark, h.title)
        elif h is None:
            if top is None and between >= LINES_BEFORE_FIRST:
                return None  # no entry right under the 目录 line
            if PROSE.search(p.text, 0, len(p.text) - 1) or len(p.text) > PROSE_LONG:
                return None  # prose before the count restarts: no contents and body to pair
            between += 1
            if between > MAX_LINES_BETWEEN:
                return None
            continue
        between = 0
    return None


def _read_body(ctx: CheckContext, begin: int, by_parts: bool) -> list[Entry]:
    """The body's parts and headings from offset ``begin`` up to where its top level restarts."""
    outline = _Outline()
    parts = {at for at in part_starts(ctx) if at >= begin}
    paras = ctx.paragraphs
    items: list[tuple[int, object]] = [(p.start, (i, p)) for i, p in enumerate(paras) if p.start in parts]
    items += [(h.start, h) for h in headings(ctx) if h.start >= begin]
    items.sort(key=lambda item: item[0])
    last_top = 0
    for _, item in items:
        if hasattr(item, "level"):
            if not by_parts and item.level == 1:
                if item.number < last_top:
                    break  # a second document numbered afresh
                last_top = item.number
            outline.add_heading(item.start, item.end, item.level, item.number, item.mark, item.title)
            continue
        i, para = item
        number = part_number(para.text)[0]
        if by_parts and number <= last_top:
            break
        last_top = number if by_parts else last_top
        outline.add_part(para.start, para.end, para.text, _next_para(paras, i))
    return outline.entries


def _pair(ctx: CheckContext) -> Optional[tuple[list[Entry], list[Entry]]]:
    paras = ctx.paragraphs
    found = text_contents_start(ctx)
    if found is None:
        return None
    read = _read_contents(paras, *found)
    if read is None or not read[0].entries:
        return None
    outline, body = read
    by_parts = outline.entries[0].level == 0
    return outline.entries, _read_body(ctx, paras[body].start, by_parts)


def contents_and_body(ctx: CheckContext) -> Optional[tuple[list[Entry], list[Entry]]]:
    """The entries of the text's contents and of its body, each in order; None without such a pair."""
    return ctx.memo("contents_and_body", _pair)


def toc_titles(ctx: CheckContext) -> frozenset[str]:
    """The titles a table of contents lists (page references removed); empty without one.

    A heading the contents do not list, beside one they do, is the one that was added or misnumbered."""
    def build(c: CheckContext) -> frozenset[str]:
        toc = toc_span(c)
        if toc is None:
            return frozenset()
        found = (heading_of(p) for p in c.paragraphs if toc[0] <= p.start < toc[1])
        return frozenset(without_page_ref(h.title) for h in found if h is not None)

    return ctx.memo("toc_titles", build)


def listed_in_toc(ctx: CheckContext, h: Heading) -> Optional[bool]:
    """Whether the table of contents lists ``h``'s title; None when the text has no contents."""
    listed = toc_titles(ctx)
    return (without_page_ref(h.title.strip()) in listed) if listed else None


_HAN_RUN = regex_cache.compile(r"[^\u4e00-\u9fff]+")  # all but Chinese characters: a year, a page, a blank differ in nothing
_SENTENCE = regex_cache.compile(r"[。；;，,]|[:：].")
KEPT_RUN = 4  # characters in a row a heading worded otherwise keeps of its entry
WIDTH_CUT = 8  # a contents entry this long that opens the body's title was cut by the contents' width


def worded_otherwise(toc: str, title: str, line: str) -> bool:
    """The body's heading words its entry otherwise (目录 一、主要职能, 正文 一、部门主要职能; 目录 第一部分 单位概况,
    正文 第一部分 某馆单位概况) where nothing else explains it: not a body title the entry holds whole (the contents
    name it more fully; a title that goes on in the next line or was cut by the page: 第一部分 alone, 四、财政拨), a
    sentence written after its number, nor an entry the contents' width cut (a long entry that opens the body's title)."""
    toc_han, title_han = _HAN_RUN.sub("", toc), _HAN_RUN.sub("", title)
    if title_han in toc_han or _SENTENCE.search(line.rstrip("：:")):
        return False
    if len(toc_han) >= WIDTH_CUT and title_han.startswith(toc_han):
        return False
    # one heading worded two ways keeps a run of its words (决算单位构成); two sections share a word at most (支出)
    return toc_han in title_han or any(toc_han[i:i + KEPT_RUN] in title_han for i in range(len(toc_han) - KEPT_RUN + 1))
