"""Counts in a list parted by 、 whose figure runs straight into its noun (10家书店、2网吧、2KTV娱乐场所): W049's reading.

A count standing before its noun takes a measure word in Chinese (10家书店, 3个社区, 5名教师); a list of such counts
written one after another by 、 shows the word its items take. When an item later in the list has the figure and the
noun with nothing between (2网吧, 2KTV), its measure word was lost in typing — the same slip in a culture station's
venues, a township's villages or a school's teachers, so the reading is of the shape, not of any noun.

Read only where all of this holds, so a list of another kind stays silent:

- the bare figure follows 、 and is followed by a Han character that is no measure word, unit, date or ordinal sign
  (3个村、2021年, 2号楼, 1楼大厅 keep their own), or by a Latin name of two letters or more (KTV; 5G, 3A name a thing
  of their own with the figure);
- every item before it, back to the clause's start, is a count: figure + measure word + noun, or one more bare
  figure + noun, the first item alone with words before its figure (对城区的12家书店);
- at least one of them carries a measure word, and all that carry one carry the same, which is the word to suggest.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache

_MEASURES = "家个所座处名条件项户台辆套"
_MEASURED_FIRST = regex_cache.compile(rf"[^\d]{{0,16}}?\d{{1,4}}([{_MEASURES}])[\u4e00-\u9fffA-Za-z]{{1,10}}")
_MEASURED = regex_cache.compile(rf"\d{{1,4}}([{_MEASURES}])[\u4e00-\u9fffA-Za-z]{{1,10}}")
_BARE = regex_cache.compile(r"\d{1,4}(?:[\u4e00-\u9fff]|[A-Za-z]{2})[\u4e00-\u9fffA-Za-z]{0,10}")
# What may follow a figure as its own measure word, unit, date, ordinal or amount: a figure before one is no bare count.
_NOT_A_NOUN = frozenset("人名位户例个次家岁周年月日号万千百亿余多批组对类项件级条所辆场篇期份元台套座处间张本册部只头匹株棵"
                        "亩米吨里度天时分秒层楼栋届班支队门道轮倍成季角股公克斤升瓶箱袋包盒块片根枚颗粒封页卷集小"
                        "起宗桩趟遍首幅种样餐口眼扇面笔单票则句段节课堂帧辑版孔盏架艘尊")
_CLAUSE_MARKS = "，,。；;：:！？!?\n（(“"
REACH = 120  # characters read back for the list's start


def _clause_start(text: str, pos: int) -> int:
    floor = max(0, pos - REACH)
    return max([text.rfind(c, floor, pos) for c in _CLAUSE_MARKS] + [floor - 1]) + 1


def _figure_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and end - start < 5 and text[end].isascii() and text[end].isdigit():
        end += 1
    return end


def _runs_into_noun(text: str, end: int) -> bool:
    """The figure ending at ``end`` runs straight into a noun: a Han character that is no measure word or unit, or
    a Latin name of two letters or more."""
    nxt = text[end:end + 2]
    if not nxt:
        return False
    if "\u4e00" <= nxt[0] <= "\u9fff":
        return nxt[0] not in _NOT_A_NOUN
    return len(nxt) == 2 and all(c.isascii() and c.isalpha() for c in nxt)


def _list_word(items: list[str]) -> str:
    """The one measure word the earlier items carry ("" when they are no list of counts or carry none or several)."""
    words = set()
    for k, item in enumerate(items):
        m = (_MEASURED_FIRST if k == 0 else _MEASURED).fullmatch(item)
        if m:
            words.add(m.group(1))
        elif k == 0 or not _BARE.fullmatch(item):
            return ""  # a first item with no measure word, or an item that is no count: no list of counts
    return next(iter(words)) if len(words) == 1 else ""


def bare_items(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, measure word) of each bare figure in a 、 list of counts whose earlier items carry one word."""
    i = text.find("、")
    while i >= 0:
        s = i + 1
        e = _figure_end(text, s)
        if s < e <= s + 4 and (e >= len(text) or text[e] not in ".．%％") and _runs_into_noun(text, e):
            lo = _clause_start(text, i)
            word = _list_word(text[lo:i].split("、"))
            if word:
                yield s, e, word
        i = text.find("、", i + 1)
