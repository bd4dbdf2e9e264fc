"""N012's reading of names and the figures 分别 pairs them with: 特优人才、领军人才、高级人才和基础人才总数分别达12人、
30人、56人 names four and gives three figures.

分别 (respectively) pairs each name of the list before it with one figure after it, in order. Fewer figures than
names is a figure lost in editing (or a name that should not be there), and the reader cannot tell which name
goes without. Read only a list of two to seven names set off by 、 (its last one may be joined by 和, 及 or 与), all
in one clause with 分别 right after it (a noun such as 总数 or 人数 may close the last name), no figure, quote, 等 or
comma among the names. 和 (及, 与) may join two names or stand inside one (文化和旅游局): it is read as a join only
in the last name of the list and only where that name does not end like a body's (局, 中心 …), so a name is never
split into two; and a run of figures of one measure word after 分别 (达, 为, 是, 有 may stand between),
closed by a mark. A masked copy's stars (分别达*人、*人) count as figures. Only fewer figures than names is read: a
list may give each name two figures (甲、乙分别有3个村5000人、2个村4000人).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from .w006_body_name_cut import BODY_ENDS

_NAME = r"[\u4e00-\u9fff]{2,12}"
_FIGURE = r"(?:(?<![\d.])\d{1,9}(?:\.\d{1,4})?|\*{1,4})"
_PAIRED = regex_cache.compile(
    rf"(?P<names>{_NAME}(?:、{_NAME}){{1,5}}(?:(?:和|及|与){_NAME})?)分别(?:达到|达|为|是|有)?"
    rf"(?P<figures>{_FIGURE}\s{{0,1}}(?P<unit>[\u4e00-\u9fff]{{1,2}}?)(?:(?:、|和|及){_FIGURE}\s{{0,1}}(?P=unit)){{0,6}})"
    r"(?=[。，,；;）)]|\n|$)")
# 及以下, 及以上 close one name (中专及以下学历): a bound, not a second name.
_AND = regex_cache.compile(r"(?<=[\u4e00-\u9fff]{2})[和及与](?!以[上下])(?=[\u4e00-\u9fff]{2})")
_FIGURE_RE = regex_cache.compile(_FIGURE)
_NOT_NAMES = regex_cache.compile(r"等|其中|分别")


_BACK = 96  # the longest list of names _PAIRED reads before its 分别 (six names of twelve, marks and a joiner)
_AHEAD = 160  # and the longest run of figures after it


def _pairs(text: str) -> Iterable[re.Match]:
    """_PAIRED's matches, searched in a window round each 分别 instead of tried at every Chinese character (its
    names open on any: 20 ms on 300,000 characters, the regex needles could not narrow it)."""
    end, pos = 0, text.find("分别")
    while pos != -1:
        hi = min(len(text), pos + _AHEAD)
        m = _PAIRED.search(text, max(end, pos - _BACK), hi)
        if m is not None and m.end() == hi < len(text):
            m = _PAIRED.match(text, m.start())  # the window's end read as the text's: read it whole
        if m is None:
            pos = text.find("分别", pos + 2)
            continue
        yield m
        end = m.end()
        pos = text.find("分别", max(end, pos + 2))


def unpaired_figures(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, message) for each list before 分别 that names more than the figures after it."""
    if "分别" not in text:
        return
    for m in _pairs(text):
        names = m.group("names")
        if _NOT_NAMES.search(names):
            continue
        pieces = names.split("、")
        count = len(pieces) + (_AND.search(pieces[-1]) is not None and not pieces[-1].endswith(BODY_ENDS))
        figures = _FIGURE_RE.findall(m.group("figures"))
        if len(figures) < 2 or len(figures) >= count:
            continue
        yield (m.start("figures"), m.end("figures"),
               f"“分别”前列了{count}项（{names}），其后却只有{len(figures)}个数字（{m.group('figures')}）："
               "项数与数字应一一对应，疑漏列了数字或多列了项目")
