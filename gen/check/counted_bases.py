"""The whole of a count rate written as "全市96宗项目开工89宗，开工率92.71%": the whole stands right before its part.

A rate's whole is normally found by its label (计划实施项目96宗: 计划 names the denominator). A count that opens its
own clause, its noun after it and the verb of the part straight after that (96宗项目开工89宗, 40家企业复工38家,
12个村完成10个), carries no label of its own: the noun is what the rate counts and the part is "of them, so many
did". Read only where the words between the two counts are the noun and the numerator's verb with no mark, the
units are the same, and the whole is the larger count; the rest of the rate reading (percent_claims) is unchanged.

The part may be told in a 其中 after its whole instead (受理投诉856件，其中办结852件，办结率99.5%; 出生1538人，其中政策内
出生1487人，政策符合率96.68%): a rate right after a breakdown's part is that part's own, unless the part is a count
named as the rate's numerator and the total before 其中 is named as its denominator: then it is part over total.
The whole may close the sentence before, named by the rate's denominator, the part's clause opening on the numerator's
verb (共审理各类案件106件。已审结71件，未结35件，结案率为67.6%: 71 of 106).
Money is left out: a breakdown's 支出 with its rate (其中：基本支出X万元，执行率…) is measured against its own budget.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Callable, Optional

from ..core import regex_cache
from .numbers_text import Item, comparable
from .rates import keyword_len

# The noun and the verb between the whole and its part: Chinese characters only, no mark, no other figure.
_BETWEEN = regex_cache.compile(r"[\u4e00-\u9fff]{2,8}")


_LAST: list = [(None, [])]  # the last item list read with its (end, index) pairs sorted, as one tuple: one sort per check


def _last_ending_by(all_items: list[Item], offset: int) -> Optional[Item]:
    """The item ending latest at or before ``offset`` (the first such in list order on a tie), found by bisection
    in the list's sorted ends: a scan of every item per rate made long texts quadratic (N001, 72 → 157 ms per
    200,000 characters)."""
    items, ends = _LAST[0]
    if items is not all_items or len(ends) != len(all_items):
        ends = sorted((c.q.end, i) for i, c in enumerate(all_items))
        _LAST[0] = (all_items, ends)
    at = bisect_right(ends, (offset, len(all_items))) - 1
    if at < 0:
        return None
    first = bisect_left(ends, (ends[at][0], -1))
    return all_items[ends[first][1]]


# The whole closing its clause or sentence, named by the rate's denominator (共审理各类案件106件。已审结71件，……结案率):
# the part's clause opens on the numerator's verb, with at most 已/共/累计 before it.
_OPENS_ON_VERB = regex_cache.compile(r"[。，,；;](?:已经?|共|累计|共计)?[\u4e00-\u9fff]{1,4}")


def base_before(text: str, all_items: list[Item], part: Item, numerator: tuple[str, ...],
                denominator: tuple[str, ...] = ()) -> Optional[Item]:
    """The count of the same unit right before ``part`` whose noun and the part's verb (a numerator word of the
    rate) run between them with nothing else: the rate's whole. Also the count closing the clause or sentence right
    before the part's, named by a denominator word (受理, 审理), when the part's clause opens on the numerator's verb.
    None when there is none."""
    whole = _last_ending_by(all_items, part.q.start)
    if whole is None:
        return None
    gap = text[whole.q.end:part.q.start]
    if whole.q.unit != part.q.unit or whole.value <= part.value:
        return None
    if not any(gap.endswith(word) for word in numerator):
        return None
    if _BETWEEN.fullmatch(gap):
        return whole
    named = keyword_len(whole.label, denominator) > keyword_len(whole.label, numerator)
    return whole if named and _OPENS_ON_VERB.fullmatch(gap) else None


def part_and_total(all_items: list[Item], idx: int, spec: Any,
                   total_of: Callable[[Item], Optional[Item]]) -> Optional[tuple[Item, Item]]:
    """(part, total) for the rate at ``idx`` right after a 其中 part counted as its numerator, whose total before
    其中 (``total_of``) is named as its denominator; None otherwise (the rate is the part's own)."""
    part = all_items[idx - 1]
    if part.money is not None or part.q.unit == "%" or part.q.comparator:
        return None
    if keyword_len(part.label, spec.numerator) <= keyword_len(part.label, spec.denominator):
        return None
    total = total_of(part)
    if total is None or total.money is not None or total.value <= part.value or not comparable(part, total):
        return None
    return (part, total) if keyword_len(total.label, spec.denominator) > keyword_len(total.label, spec.numerator) else None
