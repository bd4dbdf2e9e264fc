"""Items of a numbered list that lost their number, shared by S011 (which reports them) and
S001 (which then does not report the gap they leave).

When a contents or a list of tables is edited or pasted from a PDF, the
numeral in front of one item can be lost:

- its 顿号 stays ("九、…" then "、国有资产占用情况表");
- nothing stays (“九、…” then "“三公”经费情况表" then "十一、…"): the line is a title like its
  neighbours, and the numbers around it skip exactly one (or as many as such lines stand in a row,
  up to three: 六、, two titles, 九、), or orphans follow it (七、, "项目支出表", "、…", "、…");
- the closing item of a list of duties ("完成上级交办的其他任务"), after 1. to N., has none: it is N+1;
- the last entry of a contents, before the next 第X部分, has none and ends like
  most of its siblings ("九、……情况说明" then "其他重要事项的情况说明"), or the last two
  or three entries have none and each ends like most of them ("七、……决算表", then
  two more "……决算表", then 第三部分);
- a 第X部分 division keeps only "部分" ("第二部分 …" then "部分  名词解释");
- a section heading between its numbered siblings loses its number (（一）…, "总体绩效情况分析",
  ")总体目标完成情况", （四）…): as many title lines, each followed by body text, as the numbers skip;
- the last section of a report loses its number where the list under the one before it restarts
  (gen.check.restarted_lists: 二、 over 1. 2., then "招生办法" over a new 1. 2., and no 三、);
- the first item of a level loses its (1): the parent heading is followed by
  a run-in title ("产出指标完成情况。一是……") and the level's next item is （2）;
- the second item loses its 2.: item 1 is a title closed by a full stop on a line
  of its own ("1.执行率情况。"), no sibling follows it, and one line further on in
  its section is written the same way ("完成的绩效目标。") with body text after
  it. Such a line counts as a section title between gapped siblings too (1., it, 3.)
  when the siblings' titles end in 。 as well; so does a title closed by a colon, its text
  on the lines below ("部门预算单位构成："), when the next sibling is written so ("3.部门人员构成：").

Each is one defect, on the item that lost its number; the skip it causes in
the numbering (九、 then 十一、) is the same defect seen from the next item,
so S001 leaves it to S011. Lost items are numbered in order: two orphans after
十一、 are 十二、 and 十三、.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache
from ..core.chinese_numerals import chinese_ordinal
from .context import CheckContext, Span
from .headings import Heading, headings, lone_mark, numbering, part_number, part_starts, standard_mark
from .list_ends import closes_list, closing_run, opens_list, orphans_follow, unmarked_run
from .list_items import Style, mark as _mark, numbered as _numbered, title_like as _title_like
from .part_firsts import part_firsts
from .restarted_lists import restarted_lists
from .section_titles import NOT_SECTION, SECTION_TITLE, is_body
from .untitled_contents import without_page_ref

# The mark of a level's first item: 一、 （一） 1. （1）.
FIRST_MARK = {1: r"一、", 2: r"[（(]一[）)]", 3: r"1[.．、]", 4: r"[（(]1[）)]"}
_ORPHAN = regex_cache.compile(r"^、(?=[\u4e00-\u9fff“])")
# A division's heading (第三部分 …, 第二章): above every numbered list, so never an item of the one before it.
_DIVISION = regex_cache.compile(r"^[ \t\u3000]{0,4}第[一二三四五六七八九十]{1,3}(?:部分|章|篇)")
# Every character a match of _DIVISION opens with: a paragraph that opens otherwise (almost all) needs no try of it.
_DIVISION_FIRSTS = frozenset("第 \t\u3000")


def _orphan(text: str) -> bool:
    """``_ORPHAN.match(text)``, asked of every paragraph: told by its first character for almost all of them."""
    return text[:1] == "、" and _ORPHAN.match(text) is not None


# (or right before a year, the opening part's or a closing part's title: "部分2021年度部门决算", "部分附件" after
# 第一部分, "部分部门单位概况" before 第二部分; or before the colon its siblings set their titles off with:
# "部分:其他重要事项情况说明" after "第三部分:…" — "部分" as the word "some" never takes a colon)
_LOST_PART = regex_cache.compile(
    r"^(部分|章|篇)(?:[ \t\u3000]+(?=[\u4e00-\u9fff“(（\d])|[:：][ \t\u3000]{0,2}(?=[\u4e00-\u9fff“(（\d])"
    r"|(?=(?:19|20)\d\d年|附件|附表|名词解释|部门(?:单位)?概况|单位概况))")
_GLUED_PART = regex_cache.compile(r"^(部分)")
NAME_PREFIX = 4  # characters of the body's name a lost part's title shares with the part before it


def _same_body(title: str, before: str) -> bool:
    """``title`` opens with the body's name that opened the title of the part before it (东岳镇人民政府…)."""
    return len(before) >= NAME_PREFIX and title[:NAME_PREFIX] == before[:NAME_PREFIX]


LOOKBACK_LINES = 4  # non-empty lines between a numbered item and an orphan after it
# An orphan that reads as a title may stand further down, after its predecessor's own sub-items
# (一、部门概况, (一)…(七), then "、绩效目标"): paragraphs back to the last item numbered with 、.
TITLE_LOOKBACK = 40


@dataclass(frozen=True)
class LostNumber:
    """One item that lost its number: where to report and the number it should carry."""

    start: int  # the 顿号 left, or the item's first character
    end: int
    expected: str  # the mark it should carry: "十、", "12、", "第三部分"
    number: int  # the previous item's number
    kind: str  # "orphan", "opening" (an orphan that opens its list), "unmarked", "part", "section", "first"
    # "part_opening" (the first division, 第二部分 after it), "into_year" (the number kept, its mark lost, glued to the
    # year after it: 32022年), or "into_year_first" (the （1） under a title, its brackets lost: 12018年)
    following: int = -1  # start of the numbered item whose gap this one explains (section, first)


def _list_items(paras: list[Span]) -> list[LostNumber]:
    """Orphans (a 顿号 left) and unmarked titles between N and N+2 of one style."""
    out: list[LostNumber] = []
    last: Optional[tuple[int, Style, int]] = None  # number, style, paragraph index
    last_dun: Optional[tuple[int, Style, int]] = None  # the same, of the last item numbered with 、
    titles: list[str] = []  # the titles of the current run of one style, numbered in order
    for i, p in enumerate(paras):
        if p.text[:1] in _DIVISION_FIRSTS and _DIVISION.match(p.text):
            # a 第X部分 heading closes every list above it: it is no item of them, and a 、 list below starts afresh
            last = last_dun = (0, last[1], i) if last is not None and last[1][1] == "、" else None
            titles = []
            continue
        got = _numbered(p.text)
        if got is not None:
            if last is None or got[1] != last[1] or got[0] != last[0] + 1:
                titles = []
            titles.append(p.text)
            last = (got[0], got[1], i)
            if got[1][1] == "、":
                last_dun = last
            continue
        if (last_dun is not None and last_dun != last and i - last_dun[2] <= TITLE_LOOKBACK
                and _orphan(p.text) and _title_like(p.text)):
            number, style, _ = last_dun  # past its sub-items: a title of the 、 list that lost its numeral
            out.append(LostNumber(p.start, p.start + 1, _mark(number + 1, style), number, "orphan"))
            last_dun = (number + 1, style, i)
            continue
        if last is None or i - last[2] > LOOKBACK_LINES:
            continue
        number, style, at = last
        if _orphan(p.text) and style[1] == "、" and opens_list(paras, i, style):
            # a new list (a new 第X部分's contents) whose first item lost its 一、: the next item is 二、
            out.append(LostNumber(p.start, p.start + 1, _mark(1, style), 0, "opening", paras[i + 1].start))
            last = last_dun = (1, style, i)
        elif _orphan(p.text) and style[1] == "、":
            kind = "orphan" if number else "division_first"
            out.append(LostNumber(p.start, p.start + 1, _mark(number + 1, style), number, kind))
            last = last_dun = (number + 1, style, i)
        elif not number:
            continue  # under a division, before its list's first item: its other readings need an item above
        elif at == i - 1 and _CLOSING_DUTY.match(p.text) and number >= 2 and not _title_like(paras[at].text):
            # item N is a duty (a sentence), not a heading such as "三、主要职责"
            out.append(LostNumber(p.start, p.end, _mark(number + 1, style), number, "unmarked"))
        elif at == i - 1 and _title_like(without_page_ref(p.text).rstrip("。")):  # else body text, mostly
            run = unmarked_run(paras, at, number, style)
            for k, q in enumerate(run, 1):
                out.append(LostNumber(q.start, q.end, _mark(number + k, style), number + k - 1, "unmarked"))
            if not run and closes_list(paras, i, titles, style):
                out.append(LostNumber(p.start, p.end, _mark(number + 1, style), number, "unmarked"))
            elif not run and orphans_follow(paras, i, style):  # numerals lost on a run of lines, this one's 顿号 too
                out.append(LostNumber(p.start, p.end, _mark(number + 1, style), number, "unmarked"))
                last = last_dun = (number + 1, style, i)
            elif not run:
                for k, q in enumerate(closing_run(paras, i, titles), 1):
                    out.append(LostNumber(q.start, q.end, _mark(number + k, style), number + k - 1, "unmarked"))
    return out


# The closing item every list of duties ends with ("完成上级交办的其他任务"), right after item N.
_CLOSING_DUTY = regex_cache.compile(r"^(?:完成|承办|办理)[\u4e00-\u9fff]{0,12}交办的?其他[\u4e00-\u9fff]{0,4}(?:工作|事项|任务)[。；]?$")


def _parts(paras: list[Span]) -> list[LostNumber]:
    """'部分  名词解释' after '第二部分 …': the division lost its 第X; '部分部门单位概况' before '第二部分', its 第一."""
    out: list[LostNumber] = []
    current: dict[str, int] = {}
    # A paragraph (stripped) that opens with none of 第部章篇 is neither a division nor one that lost its 第X:
    # only the others are read, each division's number once (two calls per paragraph were most of this reading).
    read = [(i, p, part_number(p.text)) for i, p in enumerate(paras) if p.text[:1] in "第部章篇"]
    numbered_parts = [(i, part) for i, _, part in read if part]
    named: dict[str, str] = {}  # word -> the title after the last 第X部分 mark: "东岳镇人民政府概况"
    for i, p, part in read:
        if part:
            current[part[1]] = part[0]
            named[part[1]] = p.text.lstrip(" \t\u3000")[len(part[2]):].lstrip(" \t\u3000")
            continue
        lost = _LOST_PART.match(p.text) if p.text[:1] in "部章篇" else None  # its first character, told without the pattern
        if lost is None and p.text[:2] == "部分" and _same_body(p.text[2:], named.get("部分", "")):
            lost = _GLUED_PART.match(p.text)  # 部分东岳镇人民政府2022年…, after 第一部分东岳镇人民政府概况: the body's name
        if lost and lost.group(1) not in current and _title_like(p.text) \
                and next((q[0] for j, q in numbered_parts if j > i and q[1] == lost.group(1)), None) == 2:
            current[lost.group(1)] = 0  # the first division, before 第二部分: it lost its 第一
        if lost and lost.group(1) in current and _title_like(p.text):
            word = lost.group(1)
            number = current[word]
            if number + 1 >= 100:
                continue
            out.append(LostNumber(p.start, p.start + lost.end(1), f"第{chinese_ordinal(number + 1)}{word}", number,
                                  "part" if number else "part_opening"))
            current[word] = number + 1
    return out


# A run-in title opening a paragraph: "产出指标完成情况。一是……"
_RUN_IN = regex_cache.compile(r"[\u4e00-\u9fff“”]{4,16}[。：:](?=\S|$)")
_body = is_body


def _section_title(paras: list[Span], i: int) -> bool:
    """Paragraph ``i`` is a title line set between body texts, with no number of its own."""
    text = paras[i].text
    if not SECTION_TITLE.fullmatch(text) or NOT_SECTION.search(text) or numbering(text):
        return False
    return 0 < i < len(paras) - 1 and _body(paras[i - 1]) and _body(paras[i + 1])


# A title closed by a full stop on a line of its own, as some outlines write their items ("执行率情况。").
_STOPPED_TITLE = regex_cache.compile(r"[\u4e00-\u9fff“”]{4,16}。")


def _stopped_title(paras: list[Span], i: int, level: int) -> bool:
    """Paragraph ``i`` is a title closed by 。 ("完成的绩效目标。"), with no number, after body text and
    followed by body text or by items of a level below ``level``."""
    text = paras[i].text
    if not _STOPPED_TITLE.fullmatch(text) or NOT_SECTION.search(text[:-1]) or numbering(text):
        return False
    if not (0 < i < len(paras) - 1 and _body(paras[i - 1])):
        return False
    below = numbering(paras[i + 1].text)
    return _body(paras[i + 1]) if below is None else below.level > level


# A title closed by a colon on a line of its own, its text on the lines after ("部门人员构成："), as some
# outlines write their items; half-width as the stored pages have it, or full-width.
_COLON_TITLE = regex_cache.compile(r"[\u4e00-\u9fff“”]{4,16}[:：]")


def _colon_title(paras: list[Span], i: int) -> bool:
    """Paragraph ``i`` is a title closed by a colon ("部门预算单位构成："), with no number, after body text and
    followed by body text: written as its next sibling is ("3.部门人员构成：")."""
    text = paras[i].text.strip()
    if not _COLON_TITLE.fullmatch(text) or NOT_SECTION.search(text[:-1]) or numbering(text):
        return False
    return 0 < i < len(paras) - 1 and _body(paras[i - 1]) and _body(paras[i + 1])


def _opens_level(paras: list[Span], i: int, level: int) -> bool:
    """Paragraph ``i`` is a title line whose next line opens the level below ``level`` at its first number
    ("评价工作简述" then "（一）评价目的", between 一、 and 三、 of a contents): a parent heading, unnumbered."""
    text = paras[i].text.strip()
    if not SECTION_TITLE.fullmatch(text) or NOT_SECTION.search(text) or numbering(text) or i + 1 >= len(paras):
        return False
    below = numbering(paras[i + 1].text.strip())
    return below is not None and below.level == level + 1 and below.number == 1


def _outline(ctx: CheckContext) -> list[Heading]:
    """Numbered headings, and paragraphs that are only a mark ("（2）") as headings with no title."""
    out = [h for h in headings(ctx) if h.form != "bare"]
    known = {h.start for h in out}
    for p in ctx.paragraphs:
        got = lone_mark(p.text)
        if got and "\t" not in p.text and p.start not in known and p.start + len(p.text) - len(p.text.lstrip()) not in known:
            out.append(Heading(p.start, p.end, p.end, got[0], got[1], p.text.strip(), "", "lone"))
    return sorted(out, key=lambda h: h.start)


def _para_index(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def _next_same_or_above(outline: list[Heading]) -> list[Optional[Heading]]:
    """For each heading, the next one of its own level or above (its sibling, or where its parent ends)."""
    out: list[Optional[Heading]] = [None] * len(outline)
    waiting: list[int] = []  # indexes still looking, their levels strictly increasing
    for n, h in enumerate(outline):
        while waiting and outline[waiting[-1]].level >= h.level:
            out[waiting.pop()] = h
        waiting.append(n)
    return out


def _parent_before(outline: list[Heading]) -> list[Optional[Heading]]:
    """For each heading, the nearest earlier one of its own level or above."""
    out: list[Optional[Heading]] = [None] * len(outline)
    stack: list[Heading] = []  # levels strictly increasing
    for n, h in enumerate(outline):
        while stack and stack[-1].level > h.level:
            stack.pop()
        out[n] = stack[-1] if stack else None
        if stack and stack[-1].level == h.level:
            stack.pop()
        stack.append(h)
    return out


def _sections(ctx: CheckContext, paras: list[Span], outline: list[Heading], after: list[Optional[Heading]]) -> list[LostNumber]:
    """Title lines between sibling headings N and N+k, exactly k-1 of them: each lost its number."""
    out: list[LostNumber] = []
    starts = [p.start for p in paras]
    parts = part_starts(ctx)
    for a, c in zip(outline, after):
        if c is None or c.level != a.level or c.number <= a.number + 1 or any(a.start < p < c.start for p in parts):
            continue
        lo, hi = _para_index(starts, a.end - 1), _para_index(starts, c.start)
        stopped = _STOPPED_TITLE.fullmatch(a.title.strip()) is not None  # its siblings' titles end in 。 too
        colon = c.title.strip()[-1:] in (":", "：")  # the next sibling's title ends in a colon, its text below
        titles = [i for i in range(lo + 1, hi) if _section_title(paras, i) or _opens_level(paras, i, a.level)
                  or (stopped and _stopped_title(paras, i, a.level)) or (colon and _colon_title(paras, i))]
        if len(titles) != c.number - a.number - 1:
            continue
        for k, i in enumerate(titles, 1):
            p = paras[i]
            out.append(LostNumber(p.start, p.end, standard_mark(a.level, a.number + k), a.number + k - 1,
                                  "section", c.start))
    return out


def _lone_firsts(paras: list[Span], outline: list[Heading], after: list[Optional[Heading]]) -> list[LostNumber]:
    """A level's item 1 with no sibling after it, its title closed by 。 on a line of its own ("1、执行率情况。"),
    and one line further on in its parent's section written the same way with no number ("完成的绩效目标。"):
    that line is item 2, its number lost."""
    out: list[LostNumber] = []
    starts = [p.start for p in paras]
    for h, c in zip(outline, after):
        if h.number != 1 or h.form == "lone" or (c is not None and c.level == h.level):
            continue
        if not _STOPPED_TITLE.fullmatch(h.title.strip()):
            continue
        lo = _para_index(starts, h.end - 1)
        hi = _para_index(starts, c.start) if c is not None else len(paras)
        titles = [i for i in range(lo + 1, hi) if _stopped_title(paras, i, h.level)]
        got = _numbered(paras[lo].text)
        if len(titles) == 1 and got is not None:
            p = paras[titles[0]]
            out.append(LostNumber(p.start, p.end, _mark(2, got[1]), 1, "unmarked"))
    return out


def _first_items(ctx: CheckContext, paras: list[Span], outline: list[Heading]) -> list[LostNumber]:
    """A level that starts at 2 under its parent, whose parent is followed by a run-in title: that was item 1."""
    out: list[LostNumber] = []
    starts = [p.start for p in paras]
    for x, parent in zip(outline, _parent_before(outline)):
        if x.number != 2 or parent is None or parent.level >= x.level:
            continue
        first = _para_index(starts, parent.end - 1) + 1
        if first >= _para_index(starts, x.start):
            continue
        p = paras[first]
        run_in = _RUN_IN.match(p.text)
        if (run_in and not numbering(p.text) and not NOT_SECTION.search(run_in.group()[:-1])
                and not re.match(r"\s{0,2}" + FIRST_MARK[x.level], p.text[run_in.end():])):
            # "收支安排情况：1、2021年度……" then "2、": item 1 runs on after the colon, its number kept
            out.append(LostNumber(p.start, p.start + run_in.end(), standard_mark(x.level, 1), 0, "first", x.start))
    return out


# An item's number run into the year its text opens with ("2、…" then "32022年担任……": 3、 lost its mark; "1.项目背景"
# then "12018年市政府办印发……": the （1） of the list under the title lost its brackets).
_NUMBER_INTO_YEAR = regex_cache.compile(r"([1-9]\d?)(?=(?:19|20)\d\d年)")


def _into_year(paras: list[Span]) -> list[LostNumber]:
    """Paragraphs whose first figures are the next item's number glued to a year (32022年 after 2、)."""
    out: list[LostNumber] = []
    last: Optional[tuple[int, Style, int]] = None
    for i, p in enumerate(paras):
        got = _numbered(p.text)
        if got is not None:
            last = (got[0], got[1], i)
            continue
        m = _NUMBER_INTO_YEAR.match(p.text) if p.text[:1].isdigit() else None
        if m is None or last is None or last[1][0] or i - last[2] > LOOKBACK_LINES:
            continue
        n = int(m.group(1))
        if n == last[0] + 1:
            out.append(LostNumber(p.start, p.start + m.end(), _mark(n, last[1]), last[0], "into_year"))
            last = (n, last[1], i)
        elif n == 1 and last[1][1] != "（）" and i - last[2] <= 2:
            # "1.项目背景" then "12018年市政府办印发……": the first item of the list under the title, its （1） lost
            out.append(LostNumber(p.start, p.start + m.end(), _mark(1, (False, "（）")), 0, "into_year_first"))
    return out


def _compute(ctx: CheckContext) -> list[LostNumber]:
    paras = ctx.paragraphs
    found = _list_items(paras) + _into_year(paras)
    outline = _outline(ctx)
    after = _next_same_or_above(outline)  # read by two of the readings below: found once
    found += _sections(ctx, paras, outline, after) + _first_items(ctx, paras, outline) + _lone_firsts(paras, outline, after)
    found += [LostNumber(start, end, mark, n, "section", nxt) for start, end, mark, n, nxt
              in restarted_lists(ctx, paras, outline, after)]
    found += [LostNumber(p.start, p.end, standard_mark(1, n), n - 1, "part_first", nxt) for p, n, nxt in part_firsts(ctx, outline)]
    if part_starts(ctx) and ("部分" in ctx.text or "章" in ctx.text or "篇" in ctx.text):
        found += _parts(paras)  # each lost part follows a 第X部分 line (or precedes a 第二部分): none, none lost
    return sorted(found, key=lambda x: x.start)


def lost_numbers(ctx: CheckContext) -> list[LostNumber]:
    """Every item that lost its number, in document order (cached per context)."""
    return ctx.memo("lost_numbers", _compute)
