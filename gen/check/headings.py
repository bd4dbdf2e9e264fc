"""The outline of a report: headings with their numbering level, as written.

Official documents (GB/T 9704) number headings 一、 / （一） / 1. / （1）.
Reports also use sloppy forms: (一) with half-width brackets, 一. or 一，
instead of 一、, 1、 instead of 1., and sometimes no mark at all
("一部门职能职责"), and PDF layouts put a mark alone on its line with the
title on the next ("三、" / "支出决算情况说明"): that is one heading. The structure rules (S001-S003) share one extraction,
cached in ``ctx.memo("headings")``, so they agree on what a heading is.

Lines with tab- or pipe-separated cells are table rows, and a paragraph that also
contains its own next sibling number ("一、…二、…" in one cell) is an inline
enumeration: neither is part of the outline. Nor is a site's navigation menu (site_menus), nor a table of contents: the
entries under a 目录 line repeat the headings (often only a selection of
them, as a web page's sidebar does), so counting them would report every
heading of the body as repeated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache, text_pairs
from ..core.glossary_user import per_glossary
from ..core.records import direct_init
from ..core.regex_first import max_width
from .context import CheckContext, Span
from .heading_marks import STANDARD_MARK, next_mark, standard_mark  # noqa: F401 - re-exported
from .site_menus import menu_paragraphs
from .table_cells import after_lone_cells, paired_column_cells, row_label
from .table_rows import table_row
from .toc_lines import retitled_first, still_contents
from .untitled_contents import PAGE_REF, untitled_range, without_page_ref

from .parts import CN_DIGITS, PART as _PART, cn_to_int, part_number, part_starts

_CN = f"[{CN_DIGITS}]{{1,3}}"

# (level, regex at paragraph start, standard?) - order matters: first match wins.
_PATTERNS: tuple[tuple[int, re.Pattern, bool], ...] = (
    (2, regex_cache.compile(rf"[（(]\s?({_CN})\s?[）)]"), True),
    (4, regex_cache.compile(r"[（(]\s?(\d{1,2})\s?[）)]"), True),
    (1, regex_cache.compile(rf"({_CN})[ \t]?、"), True),
    (1, regex_cache.compile(rf"({_CN})[.．，,：:]\s?(?=[\u4e00-\u9fff“《（])"), False),
    # "4.2018年…", "3.2023某区花卉大会…": an item's number run into its title's year is no decimal (3.2015万元 is)
    (3, regex_cache.compile(r"(\d{1,2})[.．](?:(?![\d.．])|(?=(?:19|20)\d\d(?:年|(?![万亿千百元个人次件条户名台套项])[\u4e00-\u9fff])))"), True),
    (3, regex_cache.compile(r"(\d{1,2})、"), False),
    (3, regex_cache.compile(r"(\d{1,2})[ \t][.．](?=[\u4e00-\u9fff])"), False),  # "1 .承担…": a stray space before the point
)
_MARK_MAX = max(max_width(pattern) for _, pattern, _ in _PATTERNS)  # the longest text a mark can be
# Marks doubled after the number ("（一）、", "1.、"): kept in the mark so titles stay clean.
_TRAILING = regex_cache.compile(r"\s{0,2}[、.．，,]{1,2}")
# A numeral glued to the title, no mark: only trusted in runs (一…, 二…, 三…). A numeral before 是
# (一是…, 二是…, 三是…: "first, second, third") opens a list's point, never a title; one before 部分 is a
# division that lost its 第 ("二部分  2023年度部门决算", S011's), never a 一、-level title.
_BARE = regex_cache.compile(rf"({_CN})(?=[\u4e00-\u9fff])(?!是|部分)")
_BARE_MAX_LEN = 24
# What a numbered or bare heading's text can open with: a bracket, a Chinese numeral, a digit (str.isdecimal, as \d
# reads it) or a Markdown heading's #.
_MARK_FIRSTS = frozenset("（(#<" + CN_DIGITS)
_SENTENCE_PUNCT = regex_cache.compile(r"[。，；：！？,;]")

LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}


@direct_init  # made by the ten thousand per report (gen.core.records)
@dataclass(frozen=True)
class Heading:
    """One numbered paragraph start. ``form`` is standard, sloppy or bare (no mark)."""

    start: int  # offset of the numbering
    mark_end: int  # offset where the title begins
    end: int  # end of the paragraph
    level: int
    number: int
    mark: str  # as written, e.g. "（一）、"
    title: str  # the rest of the paragraph
    form: str  # standard (as GB/T 9704), sloppy (other mark), bare (no mark)

    @property
    def expected_mark(self) -> str:
        return standard_mark(self.level, self.number)


# Markdown marks ("## 一、…") or a Word page's list field (<!--[if !supportLists]-->, L007's) before a numbering
_MD_PREFIX = regex_cache.compile(r"#{1,6}[ \t]{1,4}|<!--\[if !supportLists\]-->")


def _match(span: Span) -> Optional[Heading]:
    prefix = _MD_PREFIX.match(span.text)
    skip = prefix.end() if prefix else 0
    text = span.text[skip:]
    span_start = span.start + skip
    for level, pattern, standard in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        raw = m.group(1)
        number = cn_to_int(raw) if level in (1, 2) else int(raw)
        if not number:
            return None
        end = m.end()
        trail = _TRAILING.match(text, end)
        if trail and level != 1:
            end = trail.end()
        title = text[end:].strip()
        if not title:
            return None
        mark = text[:end]
        # "四 、": a space a PDF export put before the mark is no other mark
        form = "standard" if standard and mark.replace(" ", "") == standard_mark(level, number) else "sloppy"
        return Heading(span_start, span_start + end, span.end, level, number, mark, title, form)
    return None


heading_of = _match  # one paragraph's heading, as the outline reads it (for the contents' readers)


# The second numeral of a range of grades or classes written with a 顿号 (一、二级 三、四类 三、四季度).
_GRADE_RANGE = regex_cache.compile(f"[{CN_DIGITS}]{{1,2}}(?:级|类|档|星级|季度)")


def _inline_enumeration(h: Heading, text: str) -> bool:
    """A paragraph that also contains its next sibling number is a list, not a heading."""
    if len(text) <= 40:
        return False
    rest = text[len(h.mark):]
    # 三、四级残疾人 (a range of grades written with a 顿号) is no sibling's mark: only a mark that is not
    # followed at once by another numeral of a grade, class or quarter makes the paragraph a list.
    if any(h.level != 1 or not _GRADE_RANGE.match(rest, m.end()) for m in next_mark(h.level, h.number).finditer(rest)):
        return True
    # The list written with its own sloppy mark ("1、…; 2、…", a table cell flattened to one line): the next
    # number with the same mark, after a clause ends or a space (not "第2、3季度").
    if h.level != 3 or not h.mark.rstrip().endswith("、"):
        return False
    return re.search(rf"(?:[。；;，,]|\s)\s{{0,2}}{h.number + 1}、(?=[\u4e00-\u9fff“《])", text[len(h.mark):]) is not None


def _bare(span: Span) -> Optional[Heading]:
    text = span.text
    m = _BARE.match(text)
    if not m or len(text) > _BARE_MAX_LEN or _SENTENCE_PUNCT.search(text):
        return None
    number = cn_to_int(m.group(1))
    if not number:
        return None
    return Heading(span.start, span.start + m.end(), span.end, 1, number, m.group(1), text[m.end():], "bare")


def _numeral_is_word(text: str, numeral: str) -> bool:
    """True when the segmenter reads the numeral as part of a word (一般, 三孩, 四是)."""
    from .analyse import short_words  # loaded lazily: only bare-numbered candidates need it

    tokens = short_words(text[:12])
    return not tokens or tokens[0] != numeral


# The contents' title line: 目录, or the name of what it lists before it (决算公开目录, 公开目录); 目錄 in a
# page a web site served in Traditional script (L002 reports the script once; the contents are still contents).
TOC_TITLE = regex_cache.compile(r"(?:#{1,6}\s*)?(?:(?:[^\s。，；,;]{0,12}公[开開])?目\s*[录錄]|提\s*纲)")
_TOC_STAMP = regex_cache.compile(r"公开(?:时间|日期)[:：]?\s*[\d年月日.\-/ ]{4,20}$")


def is_toc_title(text: str) -> bool:
    """A contents' title line: 目录, 目 录：, 决算公开目录, a plan's 提纲 (a trailing colon aside)."""
    text = text.strip().rstrip(":：").rstrip()
    return text.endswith(("录", "錄", "纲")) and TOC_TITLE.fullmatch(text) is not None


TITLE_LINES_AFTER_TOC = 4  # lines between a full contents and the body (the title, the body's name)
MAX_ATTACHMENTS_LISTED = 12
CUT_ENTRY = 12  # characters of a contents entry the page cut off as the text's last line ("22.2024")
RESTART_LISTED = 3  # contents entries of one level (一、 to 三、 at least) before the body numbers anew from 一、
_ATTACHMENT_ENTRY = regex_cache.compile(r"附\s*[件表]\s*\d{0,2}")


def _first_entry_again(paragraphs: list[Span], first: Heading, listed: int = 0) -> bool:
    """The first contents entry comes again as a heading within a few lines after the contents ended
    at a line of words: a full contents (its list of 附件 included), the report's title restated, then
    the body. The body may retitle it (目录 一、部门主要职能, 正文 一、基本职能及主要工作): a 一、 of its level
    after ``listed`` (RESTART_LISTED or more) entries of that level numbered on is the numbering restarting."""
    words = 0
    for p in paragraphs:
        h = _match(p)
        if h is not None:  # the body may word the entry anew (部门职能, then 一、本部门职能): one title holds the other
            short, long = sorted((without_page_ref(h.title), without_page_ref(first.title)), key=len)
            restart = listed >= RESTART_LISTED and h.number == first.number == 1
            return h.level == first.level and (short == long or restart
                                               or (h.number == first.number and bool(short) and short in long))
        if not _ATTACHMENT_ENTRY.match(p.text.strip()):
            words += 1
            if words > TITLE_LINES_AFTER_TOC:
                return False
    return False


def toc_span(ctx: CheckContext) -> Optional[tuple[int, int]]:
    """Offsets of the table of contents (目录 line to the body's first heading), or None; read once per context:
    the outline, the contents' titles (gen.check.contents) and the rules each read every paragraph for it."""
    return ctx.memo("toc_span", lambda c: toc_range(c.paragraphs))


def toc_range(paragraphs: list[Span]) -> Optional[tuple[int, int]]:
    """Offsets of the table of contents, from its 目录 line to the body's first heading.

    The contents end where an entry repeats the first one (a full contents
    followed by the body, or a 第一部分 again after the last part listed) or, for a partial contents, at the run of headings
    that leads into the first paragraph of prose: the body's own 一、 and
    the （一） nested under it.
    """
    # A 目录 line ends in 录 (錄): that test first, on every paragraph of a long report, the pattern only where it holds.
    start = next((i for i, p in enumerate(paragraphs) if p.text.endswith(("录", "錄", "纲", ":", "：")) and is_toc_title(p.text)), None)
    if start is None:  # a contents whose 目录 line was lost: its entries' page numbers tell it
        return untitled_range(paragraphs, _match, _first_entry_again)
    entries: list[Heading] = []
    parts: list[str] = []  # the 第X部分 titles listed: the body starts where the first comes again
    last_part = 0  # the number of the last 第X部分 listed: a 第一部分 after 第四部分 opens the body
    after = start + 1  # the paragraph after the last entry read
    part_last = False  # whether the last line read as the contents' was a 第X部分 (no entry after it)
    for n, p in enumerate(paragraphs[start + 1 :]):
        after = start + 1 + n
        if _PART.match(p.text):
            title = without_page_ref(_PART.sub("", p.text, count=1).strip())
            number = part_number(p.text)
            if parts and (title == parts[0] or (number and number[0] == 1 and last_part > 1)):
                return paragraphs[start].start, p.start  # the first part again (its title may be worded anew)
            parts.append(title)
            last_part = number[0] if number else last_part
            part_last = True
            continue
        if n == 0 and _TOC_STAMP.match(p.text):
            continue  # "公开时间：2024年9月12日" between 目录 and the first entry
        h = _match(p) or _bare(p)
        if h is None:
            if still_contents(paragraphs, start + 1 + n, entries, _match):
                continue  # a wrapped tail (说明), a lost title (……… 7), a part's unnumbered tables
            break
        if entries and (without_page_ref(h.title) == without_page_ref(entries[0].title) or retitled_first(h, entries, RESTART_LISTED)):
            return paragraphs[start].start, h.start
        entries.append(h)
        part_last = False
    else:
        return None  # headings to the end: nothing to tell the contents from the body
    if entries and part_last:
        # "（五）其他需要说明的事项 / 第四部分 名词解释 / 第五部分 附件" then a line that is neither (a page cut
        # off at "第一部"): parts listed after the last entry are the contents' own, so no entry before them
        # opens the body; the contents run to the line that ended them.
        return paragraphs[start].start, paragraphs[after].start
    if entries and after == len(paragraphs) - 1 and len(paragraphs[after].text) <= CUT_ENTRY:
        return paragraphs[start].start, paragraphs[after].end  # the page cut the contents off at an entry ("22.2024")
    listed = sum(e.level == entries[0].level for e in entries) if entries else 0
    if entries and _first_entry_again(paragraphs[after : after + TITLE_LINES_AFTER_TOC + MAX_ATTACHMENTS_LISTED],
                                      entries[0], listed):
        return paragraphs[start].start, paragraphs[after].start  # the report's title again, then the body
    body = len(entries) - 1
    while body > 0 and entries[body - 1].level < entries[body].level:
        body -= 1
    if body <= 0:
        return None
    return paragraphs[start].start, entries[body].start


@per_glossary(maxsize=8192)
def _classify(text: str) -> tuple[str, Optional[Heading]]:
    """What one paragraph's text is, with its heading at offset 0: numbered, a list, bare or nothing.

    It depends on the text and the segmenter's words alone, and reports repeat their headings (an
    outline's titles), so each distinct paragraph is read once per process.
    """
    first = text[:1]
    if first not in _MARK_FIRSTS and not first.isdecimal():
        return "", None  # no mark, numeral or Markdown heading opens it (every pattern's first character): most text
    span = Span(0, len(text), text)
    h = _match(span)
    if h is not None:
        return ("list" if _inline_enumeration(h, text) else "numbered"), h
    b = _bare(span)
    return ("bare", b) if b is not None else ("", None)


def numbering(text: str) -> Optional[Heading]:
    """The numbered mark that opens ``text`` (一、 （二） 3. （4）), in a list or not; offsets relative to ``text``.

    The one reading of a paragraph's number for every rule: the outline, and
    the items that lost their number (gen.check.lost_numbers).
    """
    kind, h = _classify(text)
    return h if kind in ("numbered", "list") else None


def lone_mark(text: str) -> Optional[tuple[int, int]]:
    """(level, number) of a paragraph that is only a mark ("（2）", "三、"), its title lost or on no line at all."""
    t = text.strip(" \t\u3000")
    if len(t) > _MARK_MAX:
        return None  # longer than any mark: most paragraphs, answered without trying the patterns
    for level, pattern, _ in _PATTERNS:
        m = pattern.match(t)
        if m and m.end() == len(t):
            number = cn_to_int(m.group(1)) if level in (1, 2) else int(m.group(1))
            return (level, number) if number else None
    return None


_SPLIT_TITLE_MAX = 30


def _split_heading(span: Span, nxt: Optional[Span]) -> Optional[Heading]:
    """A mark alone on its line with the title on the next ("三、" / "支出决算情况说明"), as PDF layouts break it."""
    got = lone_mark(span.text)
    if got is None or nxt is None or "\n" in nxt.text:
        return None
    title = nxt.text.strip()
    if not title or len(title) > _SPLIT_TITLE_MAX or _SENTENCE_PUNCT.search(title) or _classify(title)[1] is not None:
        return None
    level, number = got
    mark = span.text.strip(" \t\u3000")
    start = span.start + (len(span.text) - len(span.text.lstrip(" \t\u3000")))
    form = "standard" if mark == standard_mark(level, number) else "sloppy"
    return Heading(start, nxt.start, nxt.end, level, number, mark, title, form)


_FIGURES_ROW = regex_cache.compile(r"(?<![ \t\u3000])(?:[ \t\u3000]++-?[\d,]++(?:\.\d++)?%?){3}[ \t\u3000]*+$")
ROW_TAIL = 80  # characters at a line's end read for a row's figures: a long line costs no more than a short one


def _blank_cells(text: str) -> bool:
    """Whether the last ROW_TAIL characters of ``text`` hold the three blanks that three cells parted by blanks
    need: most headings do not (a Markdown heading's one after its #), and counting them costs less than trying
    _FIGURES_ROW at each of those characters."""
    lo = max(0, len(text) - ROW_TAIL)
    return text.count(" ", lo) + text.count("\t", lo) + text.count("\u3000", lo) >= 3
# A reckoning: figures multiplied and their product (1000种*15=15000元, 20人×2000元＝4万元).
_ARITHMETIC = regex_cache.compile(r"\d[\u4e00-\u9fff]{0,2}\s?[*×xX]\s?\d[^=＝\n]{0,20}[=＝]\s?\d")
_CHECKBOX_CHARS = "☑☐□■☒✓✔√"
_CHECKBOX = regex_cache.compile(f"[{_CHECKBOX_CHARS}]")
def _compute(ctx: CheckContext) -> list[Heading]:
    found: list[Heading] = []
    bare: list[tuple[int, Heading]] = []
    toc = toc_span(ctx)
    paras = ctx.paragraphs
    tabs = text_pairs.may_hold_any(ctx.text, "\t")  # else no line is a tab-separated table row, and none need be cut out to see
    menus = menu_paragraphs(paras)
    form_values = (after_lone_cells(paras) if text_pairs.may_hold_any(ctx.text, "|") else frozenset()) | paired_column_cells(paras)
    boxes = text_pairs.may_hold_any(ctx.text, _CHECKBOX_CHARS) and _CHECKBOX.search(ctx.text) is not None  # else no line is a form's options: one search, not one a line
    for i, span in enumerate(paras):
        if (first := span.text[:1]) not in _MARK_FIRSTS and len(span.text) > _MARK_MAX and not first.isdecimal():
            continue  # no heading (_classify's first test) and too long to be a mark alone on its line: most text
        if (toc and toc[0] <= span.start < toc[1]) or i in menus:
            continue  # a table of contents, or a site's menu (site_menus)
        if (tabs or "|" in span.text) and table_row(ctx.text, span, tabs):
            continue  # a table row: cells set off by tabs or pipes (neither in the text or the line: none)
        if i and i == len(paras) - 1 and not ctx.text[span.end:].strip(" \t\u3000") and table_row(ctx.text, paras[i - 1], tabs):
            continue  # the copy broke off inside a table, the last row cut before its first bar (no break after it)
        kind, h = _classify(span.text)
        if h is not None and boxes and _CHECKBOX.search(span.text):
            continue  # a form's options ("1、持续性项目 ☑ 2、新增性项目 □"), not a heading
        if h is not None and ("=" in span.text or "＝" in span.text) and _ARITHMETIC.search(span.text):
            continue  # a budget line's reckoning ("1.报刊1000种*15=15000元"), an item of a cell, not a heading
        if h is not None and row_label(paras, i):
            continue  # a table row's label, its figures on the next lines
        if h is not None and i in form_values:
            continue  # a form's value cell after its label cell, or a two-column table's cell, one cell per line
        if h is not None and _blank_cells(span.text) and _FIGURES_ROW.search(span.text, max(0, len(span.text) - ROW_TAIL)):
            continue  # "(二) 支出总计 68040296.8 73952025.38 5911728.58 8.69%": a table row, its cells parted by blanks
        if h is None:
            if len(span.text) > _MARK_MAX:
                continue  # longer than any mark (the paragraph is stripped): no mark alone on its line
            split = _split_heading(span, paras[i + 1] if i + 1 < len(paras) else None)
            if split is not None:
                found.append(split)
            continue
        at = span.start  # the cached heading sits at offset 0 (built directly: dataclasses.replace is slow)
        h = Heading(h.start + at, h.mark_end + at, h.end + at, h.level, h.number, h.mark, h.title, h.form)
        if kind == "numbered":
            found.append(h)
        elif kind == "bare":
            bare.append((len(found), h))
    # Bare numerals count only in runs of consecutive numbers (一…, 二…), and
    # only when the numeral stands alone (not 一般…, 三孩…).
    accepted: set[int] = set()
    for i, (_, b) in enumerate(bare):
        prev_ok = i > 0 and bare[i - 1][1].number == b.number - 1
        next_ok = i + 1 < len(bare) and bare[i + 1][1].number == b.number + 1
        if (prev_ok or next_ok) and not _numeral_is_word(ctx.text[b.start : b.end], b.mark):
            accepted.add(i)
    # A run member whose numeral turned out to be a word breaks the run.
    for i in sorted(accepted):
        b = bare[i][1]
        if not ((i - 1 in accepted and bare[i - 1][1].number == b.number - 1) or (i + 1 in accepted and bare[i + 1][1].number == b.number + 1)):
            accepted.discard(i)
    for i in accepted:
        found.append(bare[i][1])
    found.sort(key=lambda h: h.start)
    return found


def headings(ctx: CheckContext) -> list[Heading]:
    """The report's numbered headings in document order (cached per context)."""
    return ctx.memo("headings", _compute)
