"""The whole of a count rate written as "全市96宗项目开工89宗，开工率92.71%": the whole stands right before its part.

A rate's whole is normally found by its label (计划实施项目96宗: 计划 names the denominator). A count that opens its
own clause, its noun after it and the verb of the part straight after that (96宗项目开工89宗, 40家企业复工38家,
12个村完成10个), carries no label of its own: the noun is what the rate counts and the part is "of them, so many
did". Read only where the words between the two counts are the noun and the numerator's verb with no mark, the
units are the same, and the whole is the larger count; the rest of the rate reading (percent_claims) is unchanged.
"""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from .numbers_text import Item

# The noun and the verb between the whole and its part: Chinese characters only, no mark, no other figure.
_BETWEEN = regex_cache.compile(r"[\u4e00-\u9fff]{2,8}")


def base_before(text: str, all_items: list[Item], part: Item, numerator: tuple[str, ...]) -> Optional[Item]:
    """The count of the same unit right before ``part`` whose noun and the part's verb (a numerator word of the
    rate) run between them with nothing else: the rate's whole. None when there is none."""
    before = [c for c in all_items if c.q.end <= part.q.start]
    if not before:
        return None
    whole = max(before, key=lambda c: c.q.end)
    gap = text[whole.q.end:part.q.start]
    if whole.q.unit != part.q.unit or whole.value <= part.value or not _BETWEEN.fullmatch(gap):
        return None
    return whole if any(gap.endswith(word) for word in numerator) else None
