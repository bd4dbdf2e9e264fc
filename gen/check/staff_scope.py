"""Where a list of head counts under a count of staff in post leaves that count.

"在职人员总数3859人，其中：行政人员9人，工勤人员2人，事业人员3848人，其他人员177人，离退休人员2340人":
a unit's head counts are often listed in one run after its staff in post, and the run goes on to
people who are not in post (retired, seconded, temporary: the `outside` words of
glossary/staff_counts.yaml). Such a run is the unit's whole headcount, not a breakdown of the staff
in post, so adding all of it to compare with that count (N004) misreads it. When the list reaches
someone outside the staff in post, its parts are the leading ones that make the count exactly (the
others are the unit's further head counts), or, when none do, those before the first outside item.
A list that never reaches such an item is left whole: one category too many there is a real error.
Without a word of staff in post (在职, 在岗, 在编) in the count's name, only leading parts that make it exactly
end the list ("财政供养人员共计9244人。其中：行政编制1845人，事业编制7399人，离退休人员1206人"): a unit's 实有人数
counts its retired staff too ("年末实有人数3人，其中在职人员3人，退休人员3人" is a real error, and stays one).
"""

from __future__ import annotations

from ..core.regex_needles import finditer as near_needles
from ..core import regex_cache
from .numbers_text import Item, comparable, is_change, make_up
from .staff_counts import HEAD_UNITS, staff_words
from .textspans import sentence_start


# Words that name staff in post only; 实有 (on the books) also covers the retired.
_IN_POST = ("在职", "在岗", "在编")


def _has(label: str, words: tuple[str, ...]) -> bool:
    return any(w in label for w in words)


def in_post_parts(total: Item, parts: list[Item]) -> list[Item]:
    """The parts of ``total`` (a count of staff in post) before the list moves on to other people."""
    if not parts or total.q.unit not in HEAD_UNITS:
        return parts
    words = staff_words()
    if _has(total.label, words.outside):
        return parts
    cut = next((i for i, p in enumerate(parts) if _has(p.label, words.outside)), None)
    if cut is None:
        return parts
    for k in range(2, cut + 1):
        if make_up(total, parts[:k]):
            return parts[:k]
    # A count of paid staff (财政供养人员) may cover the retired: only the exact prefix above tells it does not.
    return parts[:cut] if _has(total.label, _IN_POST) else parts


# Standings that exclude each other: one person is in post, retired or a temporary hand, never two of them.
# 离休 and 退休 are two standings as well: "离退休人员18人，其中：离休11人，退休8人" lists each once.
_STANDINGS = (("在职", "在岗", "在编"), ("退休",), ("离休",), ("临时", "编外", "劳务", "派遣"))


def _standing(label: str) -> int:
    """Which of the standings a head count's name holds (-1: none, or more than one)."""
    found = {k for k, words in enumerate(_STANDINGS) if _has(label, words)}
    return found.pop() if len(found) == 1 else -1


def distinct_standings(parts: list[Item]) -> bool:
    """"职工660人，其中在岗职工186人，退休人员54人，临时工440人": head counts each of another standing are
    parts of one whole that exclude each other, though their names do not end alike (N004 adds them up).
    党员, 女职工 name no standing: such a list is left alone (the groups overlap)."""
    if len(parts) < 2 or any(p.q.unit not in HEAD_UNITS for p in parts):
        return False
    kinds = [_standing(p.label) for p in parts]
    return -1 not in kinds and len(set(kinds)) == len(kinds)


def leading_standings(parts: list[Item]) -> list[Item]:
    """"供养人员14人，其中在职14人，离休0人，退休2人，聘用人员3人": the longest leading run (two or more, not the
    whole list) of head counts of distinct standings. When they alone exceed the total, the list is wrong
    whatever the later items (of no standing: 聘用, 党员) are; N004 then judges them ([] when there is none)."""
    if distinct_standings(parts):
        return []  # the whole list is judged as it is
    return next((parts[:k] for k in range(len(parts) - 1, 1, -1) if distinct_standings(parts[:k])), [])


# Kinds of a staffing quota (编制): each post is of one kind, so the kinds of one quota exclude each other.
_QUOTA_UNITS = frozenset(("人", "名", "个"))


def quota_kinds(total: Item, parts: list[Item]) -> bool:
    """"现有编制数85个，其中：行政编制44个，行政工勤1个，事业编制41个": the kinds of a quota are parts of
    one whole, though 行政工勤 does not end in 编制 like the others (N004 adds them up). A list that names
    anything else (党员, 女职工) is left alone."""
    if len(parts) < 2 or "编制" not in total.label or total.q.unit not in _QUOTA_UNITS:
        return False
    return all(p.q.unit in _QUOTA_UNITS and (p.label.endswith("编制") or "工勤" in p.label) for p in parts)


# The sentence before the list may name several head counts (现有在岗职工93人，有在职在编70人，临聘人员23人，其中
# 大学本科学历60人，大专29人，中专3人，高中1人): a list by education, title or age breaks down the staff as a whole.
# When its parts make up an earlier count of the sentence exactly, that count is the list's whole, not the last one.
EARLIER_REACH = 6  # figures before the list's nearest count read for its whole


def makes_up_earlier(text: str, all_items: list[Item], j: int, parts: list[Item]) -> bool:
    """Whether ``parts`` make up exactly a head count of the sentence that stands before item ``j``."""
    if len(parts) < 2 or parts[0].q.unit not in HEAD_UNITS:
        return False
    start = sentence_start(text, all_items[j].q.start)
    return any(it.q.start >= start and not is_change(text, it) and comparable(it, parts[0]) and make_up(it, parts)
               for it in all_items[max(0, j - EARLIER_REACH):j])


# 包括 right after a head count (在职人数61人，包括行政人员26人、事业人员33人…): it lists the count's parts as 其中 does.
# Only after a count of people: after an amount or a task 包括 names what the money or the work covers, seldom its parts.
_COUNT_INCLUDES = regex_cache.compile(r"\d\s{0,2}[人名](?:\s{0,2}[)）])?\s{0,2}[，,：:]\s{0,2}(包括)")


def part_marks(text: str) -> list[int]:
    """The places where a list of a total's parts opens: every 其中, and every 包括 right after a head count."""
    marks = []
    pos = text.find("其中")
    while pos != -1:
        marks.append(pos)
        pos = text.find("其中", pos + 2)
    if "包括" in text:
        marks.extend(m.start(1) for m in near_needles(_COUNT_INCLUDES, text))
        marks.sort()
    return marks
