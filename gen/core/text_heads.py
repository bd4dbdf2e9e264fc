"""Where the strings of a long word list may begin in a long text: one vectorised pass, not a try per character.

A trie alternation of hundreds of words (W005's shortened compounds) opens
with some two hundred different characters, a third of a report's; ``re``
tries the whole trie at each of them (about 55 ms on 500,000 characters).
Every word of three characters or more begins with one of a known set of
three-character heads. Hashing each run of three characters of the text once
(numpy, a few milliseconds) and keeping the runs whose hash is a head's gives
every place a word can begin, and a few more (a run sharing a head's hash
only adds a place to try, never loses one); :func:`matches_at` tries the
pattern only there and gives exactly ``finditer``'s matches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from .needle_keys import _MASK, _MUL  # one Fibonacci hashing for both: text_pairs reads these hashes
from .text_pairs import MIN_CHARS, code_points

HEAD = 3  # characters of a head, unless the caller asks for pairs
_BITS = 22  # a few hundred heads in four million bits: about one run in ten thousand is a false place


def _key(head: str) -> int:
    key = 0
    for ch in head:
        key = (key << 21) | ord(ch)  # code points need 21 bits each: three fit in 64
    return key


def head_filter(words: Iterable[str], size: int = HEAD) -> Optional[Any]:
    """A bit per hash of the first ``size`` characters (2 or 3) of each word; None when some word is shorter."""
    import numpy as np

    keys = set()
    for word in words:
        if len(word) < size:
            return None
        keys.add(_key(word[:size]))
    bits = np.zeros(1 << _BITS, dtype=bool)
    for key in keys:
        bits[(key * _MUL & _MASK) >> (64 - _BITS)] = True
    return bits


def head_starts(text: str, bits: Any, size: int = HEAD) -> list[int]:
    """The offsets of ``text`` where ``size`` characters stand whose hash :func:`head_filter` set, in order."""
    import numpy as np

    if len(text) < size:
        return []
    return np.flatnonzero(bits[_hashed(text, size)]).tolist()


# The hashes of the last few texts' runs, by the text's identity and the run's size (each text kept, so its id
# stays its own): several word lists (W005's compounds, the bodies' and the formal names' searches) ask of
# the same text in turn, and hashing it was most of each answer.
_RECENT: dict[tuple[int, int], tuple[str, Any]] = {}
_RECENT_MAX = 4


def _hashed(text: str, size: int) -> Any:
    """The hash of each run of ``size`` characters of ``text``, by where it starts (numpy)."""
    kept = _RECENT.get((id(text), size))
    if kept is not None and kept[0] is text:
        return kept[1]
    import numpy as np

    c = code_points(text).astype(np.uint64)  # the code points text_pairs keeps for the text: not encoded again
    n = len(c) - size + 1
    keys = c[:n].copy()
    for k in range(1, size):
        keys = (keys << np.uint64(21)) | c[k:k + n]
    # products wrap, as _MASK; kept as numpy's index type: every word list's filter is then read with these
    # indexes as they are (a uint64 index array is converted again at each read, more than half of its cost)
    hashed = ((keys * np.uint64(_MUL)) >> np.uint64(64 - _BITS)).astype(np.intp)
    if len(_RECENT) >= _RECENT_MAX:
        _RECENT.clear()
    _RECENT[(id(text), size)] = (text, hashed)
    return hashed


def matches_at(pattern: re.Pattern, text: str, places: Iterable[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``'s matches, when every match starts at one of ``places`` (in order) and none is
    empty: finditer goes on from a match's end, so a place inside a match is not tried."""
    last_end = 0
    match = pattern.match
    for at in places:
        if at >= last_end:
            m = match(text, at)
            if m:
                last_end = m.end()
                yield m


@lru_cache(maxsize=16)
def _kept_filter(heads: frozenset[str], size: int) -> Optional[Any]:
    return head_filter(heads, size)


def _places(text: str, heads: Iterable[str]) -> Optional[list[int]]:
    """Where one of ``heads`` may begin in a long text (their shortest length, at most three characters, at
    least two, decides how much of each is hashed); None for a short text or a head of one character."""
    if len(text) < MIN_CHARS:
        return None
    heads = frozenset(heads)
    size = min(min(map(len, heads), default=0), HEAD)
    if size < 2:
        return None
    bits = _kept_filter(frozenset(h[:size] for h in heads), size)
    return None if bits is None else head_starts(text, bits, size)


def finditer(pattern: re.Pattern, text: str, heads: Iterable[str]) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match is non-empty and begins with one of
    ``heads``: in a long text it is tried only where one of them may begin."""
    places = _places(text, heads)
    return pattern.finditer(text) if places is None else matches_at(pattern, text, places)


def zero_width_at(pattern: re.Pattern, text: str, heads: Iterable[str]) -> list[int]:
    """The starts of ``pattern.finditer(text)`` for a pattern whose every match is empty and stands where one
    of ``heads`` begins: in a long text it is tried only there. An empty match is found at every place the
    pattern holds, so those places are its matches."""
    places = _places(text, heads)
    if places is None:
        return [m.start() for m in pattern.finditer(text)]
    match = pattern.match
    return [at for at in places if match(text, at)]
