"""The standard marks of the outline's four levels (一、 （二） 3. （4）, GB/T 9704), as text and as a pattern.

Apart from gen.check.headings (which re-exports ``standard_mark``) so that each is made once per level and
number and remembered: the outline asks for two marks of every paragraph it reads anew (the paragraph's own
mark, to tell a sloppy one, and its next sibling's, to tell a list run on in one line), of a few dozen marks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..core.chinese_numerals import chinese_ordinal

STANDARD_MARK = {1: "{n}、", 2: "（{n}）", 3: "{d}.", 4: "（{d}）"}


@lru_cache(maxsize=1024)
def standard_mark(level: int, number: int) -> str:
    return STANDARD_MARK[level].format(n=chinese_ordinal(number), d=number)


@lru_cache(maxsize=1024)
def next_mark(level: int, number: int) -> re.Pattern:
    """The mark of the sibling after ``number`` at ``level``, as a pattern to search a paragraph with."""
    # "2." inside a figure ("70042.67%") is not the next item's mark.
    # A list written with half-width brackets ("(一)…;(二)…") is as much a list as one with full-width ones.
    mark = re.escape(standard_mark(level, number + 1)).replace("（", "[（(]").replace("）", "[）)]")
    return re.compile(r"(?<![\d.．])" + mark + (r"(?!\d)" if level >= 3 else ""))
