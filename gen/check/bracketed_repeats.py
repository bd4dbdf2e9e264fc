"""A word repeated inside the brackets right after it ("部门（部门）基本概况"): W002's.

A template's 部门（单位） whose second word was replaced by the first glosses nothing: the brackets name
another form of the word before them, never the same one. Searched from the bracket (a character the
engine skips to), the word read back from there, longest first.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache
from ..core.text_pairs import char_positions

_WORD = regex_cache.compile(r"[\u4e00-\u9fff]{2,6}")
LONGEST = 6


def bracketed_again(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word of two to six Chinese characters repeated in the brackets after it."""
    for at in char_positions(text, "（("):  # a long text's brackets found at once (numpy), not by a class search
        tail = text[at + 3:at + 2 + LONGEST]  # where a word of two to six characters would be closed
        if ")" not in tail and "）" not in tail:
            continue  # most brackets (（一）, a clause): one slice read instead of one per length
        for n in range(min(LONGEST, at), 1, -1):  # a word of n characters needs n before the bracket
            close = at + 1 + n
            # the closing bracket first: one character read, where most brackets hold no repeat of any length
            if text[close:close + 1] not in (")", "）"):
                continue
            word = text[at - n:at]
            if text.startswith(word, at + 1) and _WORD.fullmatch(word):
                yield at - n, close + 1, word
                break
