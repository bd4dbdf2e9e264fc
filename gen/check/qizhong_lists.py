"""A 其中 list carried on past a semicolon: "其中:基本支出4,609万元;项目支出6,809万元".

The figures reader marks a figure as a part (``Item.sub``) when 其中 stands in its own clause group; a list
whose items are parted by ； puts the second item in a group of its own, where no 其中 stands. It is a part all
the same, of the total its sentence opened with (1.教育管理事务11,418万元), not a report-level figure: N006 would
otherwise read the 项目支出 of one subject against the 项目支出 of the whole.
"""

from __future__ import annotations

from .numbers_text import Item
from .textspans import last_mark

_SENTENCE_STOPS = "。！？!?\n"
_REACH = 200  # how far back a sentence's 其中 is looked for


def continues_qizhong(text: str, it: Item) -> bool:
    """Whether ``it`` opens a clause after ；/; that goes on a 其中 list begun earlier in its sentence."""
    start = it.seg_start
    if start < 1 or text[start - 1] not in "；;":
        return False
    lo = max(0, start - _REACH)
    sentence = last_mark(text, _SENTENCE_STOPS, start, lo)
    return text.find("其中", max(sentence, lo), start) >= 0
