"""Marks of a list typed twice: an item (内科、外科、外科、妇产科), a heading's numeral (一一、), a run-in
label (其中：其中：), a clause's lead said on both sides of its colon (，主要用于：主要用于……), an adverb said before 把 and again after its object. W002 reports them beside the doubled words; they are found from the marks (、, the
line's start, the colons), not from the segmenter, so they live apart from its reading of words.
Each finder yields (start, end, message, the text to keep).
"""

from __future__ import annotations

import re
from itertools import chain

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from ..core.text_pairs import MIN_CHARS, char_positions, code_points

_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")


# A list's item typed twice in a row: "内科、外科、外科、妇产科". Found from the enumeration commas: an item of two
# or more Chinese characters right before a 、 and the same right after it, standing whole: no Chinese character
# before the first (办公室、办公室 after 基础教育 is another item's tail, not a repeat), and after the second a
# 、, a clause's mark or the list's last joint (和, 及, 等).
_ENUM_COMMA = regex_cache.compile("、")
_MAX_ITEM = 10
_ITEM_END = frozenset("、，。；,;）)和及等")


def _doubled_items(text: str):
    size = len(text)
    for m in _ENUM_COMMA.finditer(text):
        r = m.start()
        if r + 3 >= size:
            continue  # no room for an item of two characters after the comma
        first = text[r + 1]  # the repeat's first character: most commas are followed by another item
        # The item before the comma starts with that character: only its places in reach are tried, nearest
        # (shortest item) first, found by the string's own search instead of a test per length.
        lo = r - min(_MAX_ITEM, r, size - r - 2)  # a longer item would start before the text or end past it
        s = text.rfind(first, lo, r - 1)
        while s >= 0:
            after = r + 1 + r - s
            if text[after] in _ITEM_END and text[s:r] == text[r + 1:after] and _HANS.fullmatch(text, s, r) \
                    and not (s and _HAN.match(text, s - 1)):
                yield s, after, f"列举项“{text[s:r]}”连写了两次，请删去一个。", text[s:r]
                break
            s = text.rfind(first, lo, s)


# A heading's numeral typed twice at a line's start: "一一、" (十一、 and 二十一、 hold no doubling).
_DOUBLED_MARK = regex_cache.compile(r"^[ \t\u3000]{0,8}(([一二三四五六七八九])\2)、", re.M)


def _doubled_marks(text: str):
    for m in near_needles(_DOUBLED_MARK, text):
        ch = m.group(2)
        yield m.start(1), m.end(1), f"序号“{m.group(1)}、”中“{ch}”字重复，应为“{ch}、”。", ch


# A run-in label typed twice: "绩效目标完成情况：绩效目标完成情况：", "其中：其中：".
_DOUBLED_LABEL = regex_cache.compile(r"([\u4e00-\u9fff]{2,20})([:：])\1[:：]")
_COLONS = ":："  # found by text_pairs.char_positions
_HANS = regex_cache.compile(r"[\u4e00-\u9fff]+")


def _doubled_labels(text: str):
    """The matches of ``_DOUBLED_LABEL``, found from the colons: tried at every Chinese character,
    the pattern cost more than the rest of W002. The repeat holds no colon, so a label of L
    characters before a colon at r is repeated only if the next colon stands at r + 1 + L: each
    pair of neighbouring colons names the one label that can start there (the same matches,
    leftmost first, none overlapping, as finditer gives)."""
    colons = char_positions(text, _COLONS)
    last_end = 0
    for r, after in zip(colons, colons[1:]):
        n = after - r - 1
        s = r - n
        if 2 <= n <= 20 and s >= last_end and text[r + 1:after] == text[s:r] and _HANS.fullmatch(text, s, r):
            m = _DOUBLED_LABEL.match(text, s)  # the match itself, for its groups (it holds, as shown above)
            last_end = m.end()
            label = m.group(1) + m.group(2)
            yield m.start(), m.end(), f"“{label}”重复了两次，请删去一个。", label


# A clause's lead said before its colon and again right after it ("……万元，主要用于：主要用于单位人员工资"): the lead
# typed once as a run-in label and once as the start of its sentence. Only a lead of three to twenty Chinese
# characters inside a sentence (a comma or semicolon before it, so not a heading's label at a line's start:
# 完成情况：完成情况良好 opens its line) whose very characters open the words after the colon.
_CLAUSE_MARKS = frozenset("，,；;")
_MAX_LEAD = 20


def _colons_echoed(text: str) -> list[int]:
    """The colons whose next character stands 3 to 20 characters before them right after a comma or semicolon (a
    lead's first one, said again): for a long text one vectorised comparison per distance instead of a test per
    colon (1,890 colons on 300,000 characters, 2 ms in Python, most of them a draft's 【待补充：…】)."""
    colons = char_positions(text, _COLONS)
    if len(text) < MIN_CHARS or not colons:
        return colons
    import numpy as np

    codes = code_points(text)
    at = np.asarray(colons, dtype=np.int64)
    at = at[(at >= 4) & (at + 4 <= len(text))]
    after = codes[at + 1]
    # row i: the characters 3 to 21 back from colon i (an index below 0, a colon near the start, reads 0: tested below)
    window = codes[np.maximum(at[:, None] - np.arange(3, _MAX_LEAD + 2)[None, :], 0)]
    marked = np.zeros(window.shape, dtype=bool)
    for mark in _CLAUSE_MARKS:
        marked |= window == ord(mark)
    hit = ((window[:, :-1] == after[:, None]) & marked[:, 1:]).any(axis=1)
    return at[hit].tolist()


def _lead_said_again(text: str):
    size = len(text)
    for r in _colons_echoed(text):
        if r < 4 or r + 4 > size or text.find(text[r + 1:r + 4], max(0, r - _MAX_LEAD), r) == -1:
            continue  # the lead's first three characters (from 3 to 20 back) must open the words after the colon
        s = r
        while s > 0 and r - s < _MAX_LEAD and _HAN.match(text[s - 1]):
            s -= 1
        n = r - s
        if n < 3 or s == 0 or text[s - 1] not in _CLAUSE_MARKS:
            continue
        after = r + 1 + n
        if text[r + 1:after] == text[s:r] and after < len(text) and _HAN.match(text[after]):
            lead = text[s:r]
            yield s, after, f"“{lead}”在冒号前后各写了一遍，应删去一个（“{lead}{text[r]}{text[after:after + 8]}……”）。", lead + text[r]


# An adverb of manner typed before 把/将 and again before the verb it governs ("迅速把思想和行动迅速统一到……"):
# the sentence says it once, before 把 or after the object. Read within one clause, the object short.
_ADVERB_TWICE = regex_cache.compile(
    r"(迅速|切实|认真|坚决|及时|积极|主动|扎实|真正|始终|自觉)[把将]([^，。；,;：:！？\n]{1,12}?)\1")


def _adverb_twice(text: str):
    for m in near_needles(_ADVERB_TWICE, text):
        word = m.group(1)
        yield (m.start(), m.end(), f"“{m.group()}”中“{word}”写了两次，应删去一个（“{word}{text[m.end(1)]}{m.group(2)}”）。",
               f"{word}{text[m.end(1)]}{m.group(2)}")


def find(text: str):
    """Every doubled list mark of ``text``: labels, numerals, items; and an adverb said twice round 把."""
    return chain(_doubled_labels(text), _lead_said_again(text), _doubled_marks(text), _doubled_items(text),
                 _adverb_twice(text))
