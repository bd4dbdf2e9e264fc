"""A reading of one text, kept for the last text it was asked of, by that text's identity.

Several rules ask the same reading of one report in turn, and some readings are asked with the text alone, where
no check context memoises them. Keeping the answer for the last text only, with the text itself so that its id
stays its own, answers every rule after the first without a cache that grows: a check reads one text at a time.
"""

from __future__ import annotations

from functools import wraps
from typing import Callable, TypeVar

T = TypeVar("T")


def last_text(read: Callable[[str], T]) -> Callable[[str], T]:
    """``read``, answering again from its last answer when asked of the very same text object."""
    kept: dict[int, tuple[str, T]] = {}

    @wraps(read)
    def answer(text: str) -> T:
        got = kept.get(id(text))
        if got is None or got[0] is not text:
            kept.clear()
            got = kept[id(text)] = (text, read(text))
        return got[1]

    return answer
