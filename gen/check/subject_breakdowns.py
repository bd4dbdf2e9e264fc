"""A budget subject's class followed by its own item with the same amount, in one list of parts.

"支出预算430.31万元，其中：文化旅游体育与传媒支出286.85万元，群众文化支出286.85万元，社会保障和就业
支出107.16万元……": 群众文化 is an item (项) of the class (类) 文化旅游体育与传媒 written right after it, its
whole amount, not another part of the total. A part is read so when the part before it names a class
of the government's subjects (glossary/budget_subjects.yaml), it names none, its amount is that
class's, and without it the parts make the total exactly; else the list is judged as written.
"""

from __future__ import annotations

from ..core.glossary_user import per_glossary
from . import body_names
from .numbers_text import Item, make_up


@per_glossary()
def _subjects() -> body_names.Names:
    return body_names.load("budget_subjects.yaml")


def without_class_items(total: Item, parts: list[Item]) -> list[Item]:
    """``parts`` without an item that repeats the amount of the class before it, when the rest make ``total``."""
    if len(parts) < 3:
        return parts
    known = _subjects().known
    kept: list[Item] = []
    for p in parts:
        prev = kept[-1] if kept else None
        if prev is not None and p.value == prev.value and known.search(prev.label) and not known.search(p.label):
            continue
        kept.append(p)
    if len(kept) == len(parts):
        return parts
    if make_up(total, kept):
        return kept
    return parts
