"""The balanced totals of a 决算/预算 note (收入总计X，支出总计X) and a change said of both.

The template's first paragraph states the two totals, equal, then their change in one clause:
"与上年相比，收、支总计各增加A万元" — or, as often, "收入、支出总计各增加A", "收支预算总计各增加A" in a 预算
说明, "财政拨款收入、支出总计各减少A" for the 财政拨款 totals. The change is of the one figure both totals
state. Its subject names the two totals in any of these spellings, may name their scope (财政拨款) and
their stage (预算总计, 决算总计); the figure it is read against must then be a total of that scope and stage.
Used by :mod:`change_base` (N005's rate on a base it derives).
"""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from .numbers_text import Item
from .textspans import sentence_start

# The two totals named as one subject: 收支, 收、支, 收入、支出, 收入和支出, with a stage and 总计 after.
BOTH_SUBJECT = r"(?:收、?支|收入[、和及与]?支出)(?:预算|决算)?(?:总计)?"
# ... with the scope of the funds before them (财政拨款收入、支出总计).
_SCOPED_BOTH = regex_cache.compile(
    r"(?P<scope>(?:一般公共预算)?财政拨款|政府性基金(?:预算)?(?:财政拨款)?)?"
    r"(?:收、?支|收入[、和及与]?支出)(?P<stage>预算|决算)?(?:总计)?")


def _total(text: str, it: Item, *names: str) -> bool:
    """Whether ``it`` is the figure right after one of ``names`` (收入总计X, 收入总计：X, 支出总计为X)."""
    return text[max(0, it.q.start - max(map(len, names)) - 4):it.q.start].rstrip("为是：: 均各").endswith(names)


def _balanced(text: str, all_items: list[Item], j: int, stages: tuple[str, ...]) -> bool:
    """Whether the 支出总计 at ``j`` follows, in its sentence, a 收入总计 of the same amount (收入总计X，支出总计X)."""
    cand = all_items[j]
    return _total(text, cand, *("支出" + s + "总计" for s in stages)) and any(
        _total(text, it, *("收入" + s + "总计" for s in stages)) and it.money == cand.money
        and it.seg_start == cand.seg_start
        for it in all_items[max(0, j - 2):j])


class BothSubject:
    """A change's subject that names both totals: which names its figure may follow."""

    def __init__(self, scope: str, stage: str):
        self.scope = scope
        self.stages = (stage,) if stage else ("", "预算", "决算")
        self.one = tuple(f"{both}{s}总计" for s in self.stages for both in ("收、支", "收支", "收入、支出", "收入支出"))
        self.spent = tuple(f"支出{s}总计" for s in self.stages)

    def figure(self, text: str, all_items: list[Item], j: int) -> Optional[bool]:
        """True when item ``j`` is the figure both totals state; False when it is a total of another kind
        (the search stops there); None when it is no such total (the search goes on)."""
        cand = all_items[j]
        if not _total(text, cand, *self.one, *self.spent):
            return None
        if self.scope and self.scope not in text[sentence_start(text, cand.q.start):cand.q.start]:
            return False  # 财政拨款收、支总计 names the 财政拨款 totals, not the department's
        return not _total(text, cand, *self.spent) or _balanced(text, all_items, j, self.stages)


def both_subject(subject: str) -> Optional[BothSubject]:
    """The totals a change's subject names when it names both (财政拨款收入、支出总计), else None."""
    m = _SCOPED_BOTH.fullmatch(subject)
    return BothSubject(m.group("scope") or "", m.group("stage") or "") if m else None


__all__ = ["BOTH_SUBJECT", "BothSubject", "both_subject"]
