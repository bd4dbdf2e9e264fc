"""A list whose Arabic item numbers all lost their mark ("1项目资金到位情况分析" … "2项目资金执行情况分析"): S002's.

GB/T 9704 writes the third level 1. and readers accept 1、; a number run straight into the item's first
word has no mark at all. S002's other readings need a sibling with a mark to compare ("1职能职责" under
"2.机构和人员情况"); a list typed without any mark has none, so the run itself is the proof: paragraphs
that open with 1, 2, 3 … in order, each number followed directly by a Chinese character, within a few
paragraphs of each other. A number before a measure word or a unit (1季度, 2号楼, 3个项目, 5万元) is a
count or a date that opens a sentence, never an item's number; but 项, 组, 部, 支 … open the words 项目,
组织, 部门, 支持 too, so such a character is taken for the measure word only when it makes no common word
with the next (the core units 个, 人, 年, 万 … always count). Table rows (cells set off by tabs, bars or a
run of figures) are no list items.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache
from .context import Span
from .table_rows import table_row

# The item's number at the paragraph's start, a Chinese character right after it.
_NUMBER = regex_cache.compile(r"[ \t\u3000]{0,4}([1-9]\d?)(?=[\u4e00-\u9fff])")
# What a count or a date puts after its figure (1季度, 2号楼, 3个, 5万元, 6月, 8日 …).
_UNITS = frozenset("项年月日时号个人名家次万亿千百元角所条户座辆台套件批期类天分级间栋幢层位支场本册部只张块株头吨米公亩倍周岁季楼床轮届组片段节课门篇份种")
# A table row flattened to one line: two figures set off by blanks after the first cell.
_ROW_FIGURES = regex_cache.compile(r"\s\d[\d,.%]{0,14}\s{1,8}\d")
# A table row whose cells were glued together (序号地区金额 / 1西藏45000): a short name, then only its figure.
_GLUED_ROW = regex_cache.compile(r"[\u4e00-\u9fff]{1,8}\d[\d,.]{0,14}[ \t\u3000]{0,4}$")
# Counting units that also open a common word the item may start with (2组织实施, 1部门收支决算总表, 3支持):
# taken for the word when the two characters are one in jieba's dictionary, this often. The core units
# (个, 人, 年, 万 …) stay counts: 3个人, 1年度 open sentences, not items.
_CORE_UNITS = frozenset("年月日时号个人名家次万亿千百元角天分岁周季")
WORD_FREQ = 1500
MAX_GAP = 12  # paragraphs between two items of one list (an item's own lines of text)
LEAST = 2  # items in a run: 1 and 2 at least
# An item numbered with a mark (3、 4. ) at a paragraph's start: a bare run may go on from it.
_MARKED = regex_cache.compile(r"[ \t\u3000]{0,4}([1-9]\d?)([、.．])(?=[\u4e00-\u9fff“（(])")
_OPENERS = " \t\u30001234567890"  # what a match of _NUMBER or _MARKED opens with ("" too: the pattern is asked then)


def _item_number(span: Span, text: str, tabs: bool) -> int:
    """The bare number opening ``span`` (0 when none: a mark, a count, a table row)."""
    m = _NUMBER.match(span.text) if span.text[:1] in _OPENERS else None  # most lines open with neither
    if m is None:
        return 0
    nxt = span.text[m.end()]
    if nxt in _UNITS and not _opens_word(span.text[m.end():m.end() + 2]):
        return 0
    if table_row(text, span, tabs) or "|" in span.text or _ROW_FIGURES.search(span.text) \
            or _GLUED_ROW.match(span.text, m.end()):
        return 0
    return int(m.group(1))


def _opens_word(pair: str) -> bool:
    """``pair`` (a unit and the character after it) is a common word: 组织, 部门, 项目 — not 组人, 项工作."""
    if pair[:1] in _CORE_UNITS or len(pair) < 2:
        return False
    from .confusion import freq  # jieba's table, loaded only when a unit opens a numbered paragraph

    return pair == "项目" or freq(pair) >= WORD_FREQ


def bare_runs(text: str, paragraphs: list[Span]) -> Iterator[tuple[int, int, int, str]]:
    """(start, end, number, the mark its list's other items carry or "") of the number of each item in a run
    of bare-numbered paragraphs 1, 2, 3 …, or in a run that goes on from items numbered with a mark
    (1、 2、 then 3完成了…, 4完成了…: one such item is evidence enough, its siblings show the mark)."""
    tabs = "\t" in text
    run: list[tuple[int, Span]] = []  # (paragraph index, paragraph) of the run so far
    first, mark = 1, ""  # the run's first number, and the mark of the marked items it goes on from
    marked: tuple[int, str, int] = (0, "", -MAX_GAP - 1)  # the last item numbered with a mark: number, mark, index
    for i, span in enumerate(paragraphs):
        n = _item_number(span, text, tabs)
        if n == 0:
            m = _MARKED.match(span.text) if span.text[:1] in _OPENERS else None
            if m:
                marked = (int(m.group(1)), m.group(2), i)
            continue
        if run and n == first + len(run) and i - run[-1][0] <= MAX_GAP:
            run.append((i, span))
            continue
        yield from _items(run, first, mark)
        run, first, mark = [], 1, ""
        if n == 1:
            run = [(i, span)]
        elif n == marked[0] + 1 and i - marked[2] <= MAX_GAP:
            run, first, mark = [(i, span)], n, marked[1]
    yield from _items(run, first, mark)


def _items(run: list[tuple[int, Span]], first: int, mark: str) -> Iterator[tuple[int, int, int, str]]:
    if len(run) < (1 if mark else LEAST):
        return
    for n, (_, span) in enumerate(run, start=first):
        at = span.start + len(span.text) - len(span.text.lstrip(" \t\u3000"))
        yield at, at + len(str(n)), n, mark
