"""The hashes a needle is looked up by in gen.core.text_pairs' tables of a long text, worked out once per needle.

text_pairs answers "may this short string occur in the text?" from a bit per
character, a bit per hash of each adjacent pair and a bit per hash of each run
of three. The text's bits are its own; a needle's code points and hashes depend
on the needle alone, and the same few thousand needles (glossary slips, pattern
literals) are asked of every report. Worked out in Python (big-integer
products) they were most of the 20 ms a 200,000-character check spent there.
"""

from __future__ import annotations

from functools import lru_cache

_PAIR_BITS = 22  # about 60,000 distinct pairs in a long report: a pair's bit is a false "maybe" under 2 % of the time
_MUL = 0x9E3779B97F4A7C15  # Fibonacci hashing: the top bits of key × this spread well
_MASK = (1 << 64) - 1
_TRIPLE_BITS = 20  # bits of a hash of a run of three characters (gen.core.text_heads' hashes, cut to their top bits)


def _pair_hash(a: int, b: int) -> int:
    return (((a << 21) | b) * _MUL & _MASK) >> (64 - _PAIR_BITS)


@lru_cache(maxsize=1 << 16)
def _needle_keys(needle: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The code points of ``needle`` and the hashes of its adjacent pairs (text_pairs.may_contain's questions)."""
    codes = tuple(map(ord, needle))
    return codes, tuple(_pair_hash(a, b) for a, b in zip(codes, codes[1:]))


@lru_cache(maxsize=1 << 14)
def _triple_keys(needle: str) -> tuple[int, ...]:
    """The bit of each run of three characters of ``needle`` in text_pairs' table of a text's runs of three."""
    from .text_heads import _key  # the key text_heads hashes a run by (it reads text_pairs: imported when asked)

    return tuple((_key(needle[i:i + 3]) * _MUL & _MASK) >> (64 - _TRIPLE_BITS) for i in range(len(needle) - 2))
