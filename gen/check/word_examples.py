"""Word lists of the checker prove themselves with their own examples when they load.

A word list (domain words, cut words, W005's shortened forms) is policy as
data: each carries texts its rule must flag and near misses it must leave
alone, and loading fails, naming the example, when the list and the rule no
longer agree. The lists differ in what a hit is; the proof is the same.
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence, TypeVar

from ..core.errors import UserError

Hit = TypeVar("Hit")


def prove(flag: Iterable[str], keep: Iterable[str], hits: Callable[[str], Sequence[Hit]],
          fail: Callable[[str], UserError], shown: Callable[[Hit], str]) -> None:
    """Raise ``fail(message)`` for the first flag text without a hit or keep text with one."""
    for text in flag:
        if not hits(text):
            raise fail(f"示例“{text}”应被发现，却没有发现；请检查词表。")
    for text in keep:
        found = hits(text)
        if found:
            raise fail(f"示例“{text}”不应被发现，却发现了“{shown(found[0])}”；请检查词表。")
