"""Which characters and pairs of characters occur in a long text: a test that answers "certainly absent" at once.

The glossary's needle test (gen.core.regex_needles) asks of a whole report
whether a short string occurs in it, a few hundred times per report, and most
answers are no: 分岐, 帐薄, 竞竞 are slips a report seldom makes. Python finds
a missing string only by reading the whole text (0.2–0.5 ms on 500,000
characters, each time). Reading it once into a bit per character and a bit per
hash of each adjacent pair (numpy, a few milliseconds) answers most such
questions from the needle's own characters: a string none of whose pairs was
seen cannot occur. A pair whose hash was seen proves nothing (another pair may
share it), so the caller then searches as before: the answer never changes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Any, Optional

from . import pair_index
from .needle_keys import _PAIR_BITS, _TRIPLE_BITS, _needle_keys, _pair_hash, _triple_keys

# Texts shorter than this are searched directly: reading them into bits would cost more than it saves.
MIN_CHARS = 50_000
_UNICODE = 0x110000

# The last few texts read, by identity (each kept, so its id stays its own): rules ask of the same text in turn.
# Each holds the text, its code points, and its character and pair bits once they are asked for.
_RECENT: dict[int, list[Any]] = {}
_RECENT_MAX = 4


def may_contain(text: str, needle: str) -> bool:
    """False only when ``needle`` certainly does not occur in ``text`` (a text of ``MIN_CHARS`` or more)."""
    chars, pairs = _bits(text)
    codes, hashes = _needle_keys(needle)
    for code in codes:
        if not chars[code]:
            return False
    for key in hashes:
        if not pairs[key]:
            return False
    return True


def holds(text: str, needle: str) -> bool:
    """``needle in text`` for a text of ``MIN_CHARS`` or more, the answer kept with the text: patterns share their
    needles (19, 原因, 其中 are asked of one report a dozen times), and a search that does not find its needle
    reads the whole text (some 12 ms of a 200,000-character check went to asking again)."""
    answers = _kept(text)[4]
    found = answers.get(needle)
    if found is None:
        found = answers[needle] = may_contain(text, needle) and _may_hold_triples(text, needle) and str.__contains__(text, needle)
    return found


def _may_hold_triples(text: str, needle: str) -> bool:
    """False only when a run of three characters of ``needle`` stands nowhere in ``text`` (a text of ``MIN_CHARS``
    or more). A needle of three characters or more whose every pair occurs may still be absent: the search
    that proves it reads the whole text, some 0.15 ms each, 6 ms of a 200,000-character check; the hashes of
    the text's runs of three (gen.core.text_heads, shared with the word lists) answer most at once."""
    if len(needle) < 3:
        return True
    kept = _kept(text)
    if kept[5] is None:
        import numpy as np

        from .text_heads import _BITS as _HEAD_BITS, _hashed  # text_heads reads this module: imported when asked

        # the top bits of each hash: a million bits, about 1 % of them set (a report repeats its runs), fewer
        # pages to fill than text_heads' four million; read as a numpy array (a few hundred questions a check
        # do not pay for a copy into bytes)
        kept[5] = bits = np.zeros(1 << _TRIPLE_BITS, dtype=bool)
        bits[_hashed(text, 3) >> (_HEAD_BITS - _TRIPLE_BITS)] = True
    seen = kept[5]
    for key in _triple_keys(needle):
        if not seen[key]:
            return False
    return True


def may_hold_any(text: str, chars: str) -> bool:
    """False only when no character of ``chars`` occurs in ``text``: read from the characters' bits for a long
    text (a class like ``[\u2500-\u257f]`` is otherwise tested at every character), else searched directly."""
    if len(text) < MIN_CHARS:
        return any(ch in text for ch in chars)
    seen = _bits(text)[0]
    return any(seen[ord(ch)] for ch in chars)


def seen_chars(text: str) -> Any:
    """The text's characters as a bit per code point (``seen[ord(ch)]``), for a text of ``MIN_CHARS`` or more."""
    return _bits(text)[0]


def count_chars(text: str, chars: str) -> int:
    """``sum(map(text.count, chars))``: how often the characters of ``chars`` occur in ``text``. CPython counts a
    character of a two-byte text (any Chinese one) one character at a time, about a millisecond each over
    200,000 of them; a long text's code points are compared at once (numpy), a twentieth of that."""
    if len(text) < MIN_CHARS:
        return sum(map(text.count, chars))
    import numpy as np

    codes = _kept(text)[1]
    return sum(int(np.count_nonzero(codes == ord(ch))) for ch in chars)


def distinct_chars(text: str) -> str:
    """Each character ``text`` holds, once, in code point order (a text of ``MIN_CHARS`` or more): a class that
    matches none of these matches nowhere in the text, found by one search of a few thousand characters."""
    import numpy as np

    return "".join(map(chr, np.flatnonzero(np.frombuffer(_bits(text)[0], dtype=bool)).tolist()))


def char_positions(text: str, chars: str) -> list[int]:
    """Every offset of ``text`` that holds one of ``chars``, in order: what a search for the class ``[chars]``
    finds. For a long text one vectorised pass (numpy, a comparison per character of ``chars``): a third of the
    search's time for the tens of thousands of clause marks a report holds; a shorter text is searched."""
    if len(text) < MIN_CHARS:
        return [m.start() for m in _class_of(chars).finditer(text)]
    import numpy as np

    codes = _kept(text)[1]
    hit = codes == ord(chars[0])
    for ch in chars[1:]:
        hit |= codes == ord(ch)
    return np.flatnonzero(hit).tolist()


_HAN_FIRST, _HAN_LAST = 0x4E00, 0x9FFF  # the CJK Unified Ideographs block, the Chinese characters counted here


def _within(codes: Any, first: int, last: int) -> Any:
    """Which of ``codes`` (uint32 code points) lie from ``first`` to ``last``: one unsigned comparison each,
    since a code below ``first`` wraps round to a number above ``last - first``."""
    import numpy as np

    return (codes - np.uint32(first)) <= np.uint32(last - first)


def _run_edges(codes: Any) -> tuple[Any, Any]:
    """(starts, ends), numpy arrays in order, of every run of Chinese characters (U+4E00 to U+9FFF) among ``codes``."""
    import numpy as np

    han = np.zeros(len(codes) + 2, dtype=np.int8)
    han[1:-1] = _within(codes, _HAN_FIRST, _HAN_LAST)
    edges = np.flatnonzero(np.diff(han))  # a run's start, then its end, in turn
    return edges[0::2], edges[1::2]


def han_run_edges(text: str) -> tuple[Any, Any]:
    """(starts, ends) of every run of Chinese characters of ``text``, one or more long, as numpy arrays in order: one
    vectorised pass over its code points, where a regex pass building a span per run costs more than the readers
    that use them (a report holds tens of thousands of runs)."""
    return _run_edges(code_points(text))


def repeat_starts(text: str, times: int, first: str, last: str) -> list[int]:
    """Every offset of a text of ``MIN_CHARS`` or more where one character from ``first`` to ``last`` stands
    ``times`` times (2 or more) running, in order (a run of n holds n - times + 1 of them): one vectorised
    comparison of neighbours, where a pattern such as ``([\u4e00-\u9fff])\1`` is tried at every Chinese character."""
    import numpy as np

    codes = _kept(text)[1]
    same = codes[:-1] == codes[1:]  # the character at i stands again at i + 1
    n = len(same) - (times - 2)
    hit = same[:n] & _within(codes[:n], ord(first), ord(last))
    for k in range(1, times - 1):
        hit &= same[k:k + n]
    return np.flatnonzero(hit).tolist()


def echo_starts(text: str, nearest: int, farthest: int) -> list[int]:
    """Every offset of a text of ``MIN_CHARS`` or more where a Chinese character and the one after it stand
    again, in the same order, ``nearest`` to ``farthest`` characters on, in order, and maybe a few more (the
    pair of any two characters is hashed into 32 bits): where a phrase of Chinese of two characters or more may
    be typed twice running (``([\\u4e00-\\u9fff]{2,8})\\1``), one vectorised pass instead of the back-reference
    tried at every character."""
    import numpy as np

    codes = _kept(text)[1]
    pairs = (codes[:-1] << np.uint32(16)) ^ codes[1:]  # wraps above 16 bits: equal pairs give equal keys
    n = len(pairs)
    hit = np.zeros(n, dtype=bool)
    for step in range(nearest, farthest + 1):
        hit[:n - step] |= pairs[:n - step] == pairs[step:]
    hit &= _within(codes[:-1], _HAN_FIRST, _HAN_LAST)
    return np.flatnonzero(hit).tolist()


def han_runs(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of every run of two or more Chinese characters (U+4E00 to U+9FFF) of a text of ``MIN_CHARS``
    or more, in order: ``[\\u4e00-\\u9fff]{2,}``'s matches, found by one vectorised pass instead of a match
    object for each of a report's tens of thousands of runs."""
    starts, ends = _run_edges(_kept(text)[1])
    long = ends - starts >= 2
    return starts[long].tolist(), ends[long].tolist()


def after_digits(text: str, chars: str) -> list[int]:
    """Every offset of a text of ``MIN_CHARS`` or more holding one of ``chars`` right after a character that may
    be a decimal digit (re's ``\\d``: an ASCII digit, or any character outside the blocks that hold none: the
    rest of ASCII, CJK's ideographs and marks, general punctuation, full-width forms but their digits), in
    order, and maybe a few more: one
    vectorised pass, where a pattern opening with ``\\d`` is tried at every digit of the text."""
    import numpy as np

    codes = _kept(text)[1]
    cur = codes[1:]
    hit = cur == ord(chars[0])
    for ch in chars[1:]:
        hit |= cur == ord(ch)
    at = np.flatnonzero(hit)  # the characters before these, a tenth of the text, are read next
    return (at[_maybe_digits(codes[at])] + 1).tolist()


def digits_after(text: str, chars: str) -> list[int]:
    """Every offset of a text of ``MIN_CHARS`` or more holding a character that may be a decimal digit (as
    :func:`after_digits` tells) right after one of ``chars``, in order, and maybe a few more: one vectorised
    pass (a table of ``chars`` read at every character), where a pattern opening with ``\\d`` and a lookbehind
    for the character before it is tried at every digit of the text."""
    import numpy as np

    codes = _kept(text)[1]
    at = np.flatnonzero(_table_of(chars)[codes[:-1]])  # a few per cent of the text: their next characters are read
    return (at[_maybe_digits(codes[at + 1])] + 1).tolist()


def figures_before(text: str, marks: str, gaps: str) -> list[int]:
    """Every offset of a text of ``MIN_CHARS`` or more right after a point or a character that may be a decimal
    digit (as :func:`after_digits` tells) from which only blanks (``\\s``) and characters of ``gaps`` stand
    before one of ``marks``, in order, and maybe a few more: where a figure may end that a band's mark follows
    (90分及以上, 80-89), found by one vectorised pass, where a pattern led by ``\\d`` would be tried at every
    digit of the text."""
    import numpy as np

    codes = _kept(text)[1]
    between = _between(gaps)
    last = np.flatnonzero(_table_of(marks)[codes[1:]])  # a mark stands right after each of these
    # read back over what stands between, all the marks' places at once, a step at a time (a few steps)
    inside = between[codes[last]]
    while inside.any():
        last[inside] -= 1
        inside[inside] = (last[inside] >= 0) & between[codes[np.maximum(last[inside], 0)]]
    last = last[last >= 0]
    prev = codes[last]
    return np.unique(last[(prev == ord(".")) | _maybe_digits(prev)] + 1).tolist()


@lru_cache(maxsize=4)
def _between(gaps: str) -> Any:
    """A bool per code point, set for those of ``gaps`` and for re's ``\\s`` (str.isspace, both Unicode's
    whitespace; none past U+3000)."""
    table = _table_of(gaps).copy()
    table[[c for c in range(0x3001) if chr(c).isspace()]] = True
    return table


def _maybe_digits(codes: Any) -> Any:
    """Which of ``codes`` may be re's ``\\d``: an ASCII digit, or a character outside the blocks that hold none."""
    import numpy as np

    none = (_within(codes, _HAN_FIRST, _HAN_LAST) | _within(codes, 0x3000, 0x303F) | _within(codes, 0x2000, 0x206F)
            | _within(codes, 0xFF00, 0xFF0F) | _within(codes, 0xFF1A, 0xFFEF))
    return _within(codes, 0x30, 0x39) | ((codes >= np.uint32(0x80)) & ~none)


@lru_cache(maxsize=16)
def _table_of(chars: str) -> Any:
    """A bool per code point, set for those of ``chars``."""
    import numpy as np

    table = np.zeros(_UNICODE, dtype=bool)
    table[[ord(ch) for ch in chars]] = True
    return table


@lru_cache(maxsize=64)
def _class_of(chars: str) -> re.Pattern:
    return re.compile("[" + re.escape(chars) + "]")


def may_hold_pair(text: str, firsts: str, seconds: str) -> bool:
    """False only when no character of ``firsts`` is followed in ``text`` by one of ``seconds`` (a long text;
    a shorter one answers True: its caller searches it as before)."""
    if len(text) < MIN_CHARS:
        return True
    seen, pairs = _bits(text)
    after = [ord(b) for b in seconds if seen[ord(b)]]
    return any(pairs[_pair_hash(ord(a), b)] for a in firsts if seen[ord(a)] for b in after)


# The last texts read into code points by code_points (by identity, each kept so its id stays its own).
_CODES: list[tuple[str, Any]] = []
_CODES_MAX = 2


def code_points(text: str) -> Any:
    """The text's code points as a read-only numpy uint32 array, read once for the vectorised rules that ask in
    turn (W016's three indexes, W023, W027, W034 each encoded the same text anew: some 3 ms on 500,000
    characters each time). A long text's kept array when it has one; else the last texts asked about."""
    kept = _RECENT.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    for seen, codes in _CODES:
        if seen is text:
            return codes
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(_CODES) >= _CODES_MAX:
        del _CODES[0]
    _CODES.append((text, codes))
    return codes


def _kept(text: str) -> list[Any]:
    """The recent-texts entry of a long text: [text, code points, bits or None, needles' offsets read so far,
    strings' ``in`` answers so far, bits of its runs of three or None], its code points read once for every question asked of it (the bits, and each
    search for a class of characters)."""
    kept = _RECENT.get(id(text))
    if kept is not None and kept[0] is text:
        return kept
    import numpy as np  # only for long texts, which only the checker reads

    if len(_RECENT) >= _RECENT_MAX:
        _RECENT.clear()
    kept = _RECENT[id(text)] = [text, np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), None, {}, {}, None]
    return kept


def _bits(text: str) -> tuple[Any, Any]:
    kept = _kept(text)
    if kept[2] is not None:
        return kept[2]
    import numpy as np

    # kept as byte arrays, written in place through numpy views: every question reads one bit at a time
    # (seen[ord(ch)]), and a byte array answers that at a third of the cost of a numpy array's element (tens of
    # thousands of questions a long report); a numpy array copied out with tobytes() paid for 5 MB twice (page
    # faults and the copy: 2 to 3 ms of each check)
    chars = bytearray(_UNICODE)
    np.frombuffer(chars, dtype=bool)[kept[1]] = True
    pairs = bytearray(1 << _PAIR_BITS)
    if len(kept[1]) > 1:
        from .text_heads import _BITS as _HEAD_BITS, _hashed  # text_heads reads this module: imported when asked

        # a pair's bit: the top bits of text_heads' hash of the run of two (the word lists' filters read it too), hashed once
        np.frombuffer(pairs, dtype=bool)[_hashed(text, 2) >> (_HEAD_BITS - _PAIR_BITS)] = True
    kept[2] = (chars, pairs)
    return kept[2]


def positions(text: str, word: str) -> list[int]:
    """Every offset where ``word`` stands in ``text`` (overlapping ones too), by the string's own search."""
    return _found(text, word, len(text) + 1)


def _found(text: str, word: str, limit: int) -> list[int]:
    """The first ``limit`` offsets of ``word`` in ``text``, one ``str.find`` after another."""
    out, at = [], text.find(word)
    while at >= 0 and len(out) < limit:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def first_positions(text: str, word: str, limit: int) -> list[int]:
    """The first ``limit`` of :func:`positions`: the same offsets, in order.

    A word that cannot overlap itself (no beginning of it is also its end: 发展, not 的的) stands where the
    regex engine's own search finds it, one match after another, and a match costs less than a call of
    ``str.find`` from Python: a needle of a few hundred occurrences (gen.core.regex_needles, which reads up
    to a few hundred of each before it gives a pattern's windows up) is read in about half the time.
    A long text's offsets are kept with it (_kept): patterns share their needles (年, 20, 部分), and a needle
    asked of one text again (133 asks, 91 needles in a long report's check) is answered without a search.
    A needle of two characters or more is found by bisection in the text's sorted pairs (gen.core.pair_index).
    """
    read = _kept(text)[3] if len(text) >= MIN_CHARS else None
    if read is not None and word in read:
        found, asked = read[word]
        if limit <= asked or len(found) < asked:  # the offsets asked for were read (or every one there is)
            return found[:limit]
    found = None if read is None else pair_index.first_offsets(text, _kept(text)[1], word, limit)  # by bisection
    if found is None:
        pattern = _unbordered(word)
        found = _found(text, word, limit) if pattern is None else [m.start() for m in islice(pattern.finditer(text), limit)]
    if read is not None:
        read[word] = (found, limit)
    return found[:]


@lru_cache(maxsize=4096)
def _unbordered(word: str) -> Optional[re.Pattern]:
    """``word`` as a pattern when its occurrences cannot overlap (no proper beginning of it is its end), else None."""
    if any(word[:k] == word[-k:] for k in range(1, len(word))):
        return None
    return re.compile(re.escape(word))
