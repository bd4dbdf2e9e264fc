"""Where each pair of adjacent characters stands in a long text, sorted once: a needle's offsets by bisection.

The windows of gen.core.regex_needles are cut around a pattern's needles,
and each needle's offsets were found by a search of the whole text (some
300 needles a long report's check, 0.1–0.2 ms each on 200,000 characters,
most of them present: a search that finds nothing, or a few, still reads
to the end). Sorting every adjacent pair of the text with its offset once
(numpy, about 5 ms on 200,000 characters) answers where a pair stands by
two bisections; a longer needle is looked for at the offsets of its rarest
pair, each confirmed by ``str.startswith``. The offsets are every
occurrence, overlapping ones too, in order: what ``str.find`` one after
another gives.
"""

from __future__ import annotations

from typing import Any, Optional

_CODE_BITS = 21  # every code point fits in 21 bits: a pair in 42, its offset in the low bits left over
_KEY_BITS = 2 * _CODE_BITS

# The index of the last texts asked about, by identity (each kept, so its id stays its own).
_RECENT: dict[int, tuple[str, Any, Any]] = {}
_RECENT_MAX = 2


def _index(text: str, codes: Any) -> Optional[tuple[Any, Any]]:
    """(sorted pair keys, their offsets) of ``text`` with code points ``codes``; None when the offsets do not fit."""
    kept = _RECENT.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1], kept[2]
    shift = len(text).bit_length()
    if shift + _KEY_BITS > 64 or len(text) < 2:
        return None
    import numpy as np

    c = codes.astype(np.uint64)
    pairs = (c[:-1] << np.uint64(_CODE_BITS)) | c[1:]
    ordered = np.sort((pairs << np.uint64(shift)) | np.arange(len(pairs), dtype=np.uint64))
    keys = ordered >> np.uint64(shift)
    offsets = (ordered & np.uint64((1 << shift) - 1)).astype(np.intp)
    if len(_RECENT) >= _RECENT_MAX:
        _RECENT.clear()
    _RECENT[id(text)] = (text, keys, offsets)
    return keys, offsets


def _run(keys: Any, word: str) -> tuple[int, int]:
    """(lo, hi): the run of the sorted ``keys`` whose pair is ``word`` (two characters), or opens with it (one
    character: the text's last character opens no pair, so its count is the run's length plus that one)."""
    import numpy as np

    # numpy scalars of the keys' type: a Python int makes numpy convert the whole array first (0.3 ms)
    if len(word) == 1:
        lo_key, hi_key = np.uint64(ord(word) << _CODE_BITS), np.uint64((ord(word) + 1) << _CODE_BITS)
    else:
        lo_key = np.uint64((ord(word[0]) << _CODE_BITS) | ord(word[1]))
        hi_key = lo_key + np.uint64(1)
    return int(keys.searchsorted(lo_key, "left")), int(keys.searchsorted(hi_key, "left"))


def first_offsets(text: str, codes: Any, word: str, limit: int) -> Optional[list[int]]:
    """The first ``limit`` offsets where ``word`` (two characters or more) stands in ``text``, overlapping ones
    too, in order; ``codes``: the text's code points (gen.core.text_pairs). None when the index cannot say."""
    index = _index(text, codes)
    if index is None or len(word) < 2:
        return None
    keys, offsets = index
    best = None
    for j in range(len(word) - 1):
        lo, hi = _run(keys, word[j:j + 2])
        if best is None or hi - lo < best[2] - best[1]:
            best = (j, lo, hi)
            if lo == hi:
                return []
    j, lo, hi = best
    if len(word) == 2:
        return offsets[lo:min(hi, lo + max(limit, 0))].tolist()
    out: list[int] = []
    if limit <= 0:
        return out
    starts = text.startswith
    for at in offsets[lo:hi].tolist():
        if at >= j and starts(word, at - j):
            out.append(at - j)
            if len(out) >= limit:
                break
    return out


def char_count(text: str, codes: Any, ch: str) -> Optional[int]:
    """How often the character ``ch`` stands in ``text`` (code points ``codes``), read from the sorted pairs by two
    bisections (the pairs that open with it are one run of the index, and the text's last character opens none);
    None when the index cannot say."""
    index = _index(text, codes)
    if index is None:
        return None
    lo, hi = _run(index[0], ch)
    return hi - lo + (text[-1] == ch)


def more_than(text: str, codes: Any, words: frozenset[str], cap: int) -> bool:
    """True only when ``words`` stand in ``text`` more than ``cap`` times in all (overlapping ones too), counted by
    bisection: each word of one or two characters exactly, a longer one not at all (so never more than there are).
    gen.core.regex_needles gives up a pattern's windows then; reading the offsets up to the cap first to learn
    it (a few hundred of 年, 元, 20 … each time, then thrown away) cost some 5 ms of a long report's check."""
    index = _index(text, codes)
    if index is None:
        return False
    total = 0
    for word in words:
        if len(word) > 2:
            continue
        lo, hi = _run(index[0], word)
        total += hi - lo + (text[-1] == word)
        if total > cap:
            return True
    return False
