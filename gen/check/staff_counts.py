"""Head counts of staff in post in one sentence: a category of staff against the total beside it.

"行政编制1个，事业编制2个，实有行政编制人员3人，合计在岗人数为2人": the staff of
one category (or of several distinct categories together) cannot outnumber the
total of staff in post. Quotas (编制 …个/人) are not staff and may exceed the
staff who fill them; retired, seconded and temporary staff are not in post.
Which words mark what is data (glossary/staff_counts.yaml), proved by its own
example sentences when the file loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Optional

from ..core.datafile import read_yaml_file, string_list
from ..core.resources import data_dir
from .context import CheckContext
from .numbers_text import Item, items, years_compatible
from .word_examples import prove_file

_FILE = "glossary/staff_counts.yaml"
HEAD_UNITS = frozenset(("人", "名"))


@dataclass(frozen=True)
class StaffWords:
    totals: tuple[str, ...]
    in_post: tuple[str, ...]
    staff: tuple[str, ...]
    categories: tuple[str, ...]
    outside: tuple[str, ...]
    hired: tuple[str, ...] = ()  # staff hired outside the quota: a kind of its own inside a count's brackets


@dataclass(frozen=True)
class StaffConflict:
    total: Item
    parts: tuple[Item, ...]  # one category over the total, or distinct categories whose sum is

    def parts_sum(self) -> Decimal:
        return sum((p.q.value for p in self.parts), Decimal(0))


def _has(label: str, words: tuple[str, ...]) -> Optional[str]:
    return next((w for w in words if w in label), None)


def _category(it: Item, words: StaffWords) -> Optional[str]:
    label = it.label
    if _has(label, words.outside) or not _has(label, words.in_post):
        return None
    return _has(label, words.categories)


def _is_total(it: Item, words: StaffWords) -> bool:
    label = "".join(it.raw_label.split())
    if not _has(label, words.totals) or not _has(label, words.staff):
        return False
    return not _has(label, words.categories) and not _has(label, words.outside)


def conflicts_in(all_items: list[Item], words: StaffWords, text: str = "") -> Iterator[StaffConflict]:
    """Totals of staff in post that a category beside them in the sentence, or in the brackets right
    after them, outnumbers."""
    by_segment: dict[int, list[Item]] = {}
    heads = [it for it in all_items if it.q.unit in HEAD_UNITS and not it.q.comparator]
    for it in heads:
        by_segment.setdefault(it.seg_start, []).append(it)
    for group in by_segment.values():  # a sentence's head counts: linear in the text, not counts × counts
        yield from _in_sentence(group, words)
    if text:
        yield from _in_brackets(heads, words, text)


BRACKET_MAX = 120  # a breakdown in brackets is a short aside
# Words that set a figure in the brackets apart from the count's parts (另聘用临时人员3人, 不含编外人员2人).
_SET_APART = ("另", "不含", "未含", "不在", "以外", "此外")


def _in_brackets(heads: list[Item], words: StaffWords, text: str) -> Iterator[StaffConflict]:
    """"在职人员18人（公务员12人，工勤人员2人，事业人员5人）": the brackets break the count before them
    down, so the categories inside need no word of their own for "in post"; distinct categories
    together cannot outnumber it. Staff hired outside the quota (县聘2人, 聘用人员2人) listed there
    are offered as one of its parts too (outside the brackets they are no staff in post), unless
    the brackets set them apart (另聘用…, 不含…)."""
    for n, total in enumerate(heads):
        if text[total.q.end:total.q.end + 1] not in ("（", "(") or not _is_staff(total, words):
            continue
        close = next((k for k in range(total.q.end + 1, min(len(text), total.q.end + BRACKET_MAX))
                      if text[k] in "）)（("), -1)
        if close == -1 or text[close] in "（(":
            continue
        by_kind: dict[str, Item] = {}
        for it in heads[n + 1:]:
            if it.q.start >= close:
                break
            kind = None if _has(it.label, words.outside) else _has(it.label, words.categories)
            if kind is None and _has(it.label, words.hired) and not _has(it.label, _SET_APART):
                kind = "聘用"  # 在职17人（事业编制17人，县聘2人）: listed among the count's parts, so one of them
            if kind is not None:
                by_kind.setdefault(kind, it)
        if len(by_kind) > 1 and sum((p.q.value for p in by_kind.values()), Decimal(0)) > total.q.value:
            yield StaffConflict(total, tuple(by_kind.values()))


def _is_staff(it: Item, words: StaffWords) -> bool:
    """A count of the staff in post as a whole (在职人员, 实有人数), not of one category or of others."""
    label = "".join(it.label.split())
    return (bool(_has(label, words.in_post)) and bool(_has(label, words.staff))
            and not _has(label, words.categories) and not _has(label, words.outside))


def _in_sentence(heads: list[Item], words: StaffWords) -> Iterator[StaffConflict]:
    for total in heads:
        if not _is_total(total, words):
            continue
        by_kind: dict[str, Item] = {}
        for it in heads:
            if it is total or not years_compatible(it, total):
                continue
            kind = _category(it, words)
            if kind is not None:
                by_kind.setdefault(kind, it)
        over = [p for p in by_kind.values() if p.q.value > total.q.value]
        if over:
            yield StaffConflict(total, (over[0],))
        elif len(by_kind) > 1 and sum((p.q.value for p in by_kind.values()), Decimal(0)) > total.q.value:
            yield StaffConflict(total, tuple(by_kind.values()))


def _words(raw: dict) -> StaffWords:
    return StaffWords(*(string_list(raw, k, _FILE) for k in ("totals", "in_post", "staff", "categories", "outside")),
                      hired=tuple(string_list(raw, "hired", _FILE, required=False)))


@lru_cache(maxsize=1)
def staff_words() -> StaffWords:
    """Load glossary/staff_counts.yaml and prove it against its own example sentences."""
    raw = read_yaml_file(data_dir("glossary") / "staff_counts.yaml") or {}
    words = _words(raw)
    prove_file(raw, _FILE, lambda text: list(conflicts_in(items(CheckContext(text)), words, text)),
               lambda c: f"{c.total.label}{c.total.q.raw}")
    return words


def staff_conflicts(ctx: CheckContext) -> list[StaffConflict]:
    return list(conflicts_in(items(ctx), staff_words(), ctx.text))
