"""Pairs of adjacent characters every match of a pattern reads: a text that holds none of them holds no match.

The needle and character tests (gen.core.regex_needles, gen.core.regex_absent)
speak of single strings and characters, which a long report nearly always holds:
for ``(?<=应到|实到|…|其中)((代表|委员|人员|…)(?:[0-9]{1,5}|[一二三…]{1,5})[名人…]``
其中 and 员 and 2 are everywhere, so the pattern is tried at every character of
the text (some 5 ms on 200,000 characters) to find nothing. What such a pattern
needs is the two parts side by side: 员 followed by a digit or a numeral. A long
text's adjacent pairs are read once into bits (gen.core.text_pairs), so each
such need is a few look-ups, and a pattern whose need no pair meets is answered
"no match" at once. Exact: only parts that always read a known character at
their edge count (a literal, a short class of literals, alternatives or repeats
of them); an optional part, a negated class, any character or a back-reference
breaks the chain, and a part the analysis cannot read needs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

try:  # the standard library's regex constants (sre_constants before Python 3.11)
    import re._constants as _c
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]

from . import text_pairs
from .regex_absent import MAX_CLASS
from .regex_parsed import parsed

MAX_PAIRS = 256  # a need of more pairs than this costs more look-ups than it is likely to save
MAX_NEEDS = 6  # the most selective (fewest pairs) are kept: every one must hold, one that fails is enough
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.ASSERT_NOT, _c.AT)
# ``\d`` in a set of characters: any decimal digit (Unicode's, as re reads \d in a str pattern), read from the
# text's own characters when a need is tested; counted as ten characters when a need's size is weighed.
DIGITS = "\\d"

# A need: (firsts, seconds) — one of the characters of ``firsts`` followed by one of ``seconds``.
Chars = frozenset  # single characters, and DIGITS
Need = tuple[Chars, Chars]
Ends = tuple[Chars, Chars, bool]  # (characters a part can begin with, can end with, whether it may be empty)


@lru_cache(maxsize=4096)
def needs(pattern: re.Pattern) -> tuple[Need, ...]:
    """The pairs needs of ``pattern``'s matches, fewest pairs first (empty when none is proved)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return ()
    try:
        items = list(parsed(pattern.pattern, pattern.flags))
    except Exception:  # a pattern re compiled but the parser API disagrees: prove nothing
        return ()
    found: set[Need] = set()
    _collect(items, found)
    ranked = sorted(found, key=lambda n: (_size(n[0]) * _size(n[1]), sorted(n[0]), sorted(n[1])))
    return tuple(ranked[:MAX_NEEDS])


def may_occur(pattern: re.Pattern, text: str) -> bool:
    """False only when ``text`` (a long one, see text_pairs.MIN_CHARS) holds no pair that a need of ``pattern``
    asks for: then ``pattern`` matches nowhere in it."""
    for a, a_digits, b, b_digits in _spelt_needs(pattern):
        if a_digits:
            a += _digits(text)
        if b_digits:
            b += _digits(text)
        if not text_pairs.may_hold_pair(text, a, b):
            return False
    return True


@lru_cache(maxsize=4096)
def _spelt_needs(pattern: re.Pattern) -> tuple[tuple[str, bool, str, bool], ...]:
    """:func:`needs` as strings of their plain characters, and whether each side holds DIGITS."""
    def spelt(chars: Chars) -> tuple[str, bool]:
        return "".join(sorted(ch for ch in chars if ch != DIGITS)), DIGITS in chars

    return tuple(spelt(a) + spelt(b) for a, b in needs(pattern))


# The decimal digits of the last few long texts (by identity, each kept so its id stays its own).
_RECENT: dict[int, tuple[str, str]] = {}
_RECENT_MAX = 4


def _digits(text: str) -> str:
    kept = _RECENT.get(id(text))
    if kept is None or kept[0] is not text:
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        kept = _RECENT[id(text)] = (text, "".join(ch for ch in text_pairs.distinct_chars(text) if ch.isdecimal()))
    return kept[1]


def _size(chars: Chars) -> int:
    return len(chars) + (9 if DIGITS in chars else 0)


def _collect(items: list[tuple[Any, Any]], found: set[Need]) -> None:
    """Add the needs of a sequence: each two parts side by side (plain groups read through; a part that may be
    empty adds its last characters to those the next part may follow), and a lookaround's edge next to the
    part it touches."""
    prev: Optional[Chars] = None  # the characters the text before the next part can end with (None: not known)
    for op, av in _flat(items):
        if op in _ZERO_WIDTH:
            continue  # reads no character: the parts on either side stay side by side
        if op is _c.ASSERT:
            direction, body = av
            ends = _sequence_ends(list(body))
            if ends is not None and not ends[2] and direction < 0:
                prev = ends[1]  # the character before the next part (the part before, if any, ends there too)
            elif ends is not None and not ends[2] and prev is not None:
                _add(found, prev, ends[0])  # a lookahead: the character after the part before
            _collect(list(body), found)  # what a lookaround that must hold reads is in the text too
            continue
        ends = _ends(op, av)
        if ends is None:
            prev = None
            continue
        firsts, lasts, empty = ends
        if empty:  # the part may read nothing: the next part may follow what came before it
            prev = None if prev is None else _union(prev, lasts)
            continue
        if prev is not None:
            _add(found, prev, firsts)
        if op in _REPEATS:
            _collect(list(av[2]), found)  # a repeat's body is read at least once
        prev = lasts


def _flat(items: list[tuple[Any, Any]]):
    """The items of a sequence with plain groups opened: ``(甲)(乙)`` reads 甲 and 乙 side by side."""
    for op, av in items:
        if op is _c.SUBPATTERN and not av[1] & _c.SRE_FLAG_IGNORECASE:
            yield from _flat(list(av[3]))
        else:
            yield op, av


def _add(found: set[Need], firsts: Chars, seconds: Chars) -> None:
    if firsts and seconds and _size(firsts) * _size(seconds) <= MAX_PAIRS:
        found.add((firsts, seconds))


def _union(a: Chars, b: Chars) -> Optional[Chars]:
    both = a | b
    return both if _size(both) <= MAX_CLASS else None


def _ends(op: Any, av: Any) -> Optional[Ends]:
    """The characters one part can begin and end with, and whether it may be empty; None when not known."""
    if op is _c.LITERAL:
        return frozenset(chr(av)), frozenset(chr(av)), False
    if op is _c.IN:
        chars = _class(av)
        return None if chars is None else (chars, chars, False)
    if op is _c.SUBPATTERN:
        return None if av[1] & _c.SRE_FLAG_IGNORECASE else _sequence_ends(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _sequence_ends(list(av))
    if op in _REPEATS:
        low, _high, body = av
        ends = _sequence_ends(list(body))
        return None if ends is None else (ends[0], ends[1], ends[2] or low == 0)
    if op is _c.BRANCH:
        firsts: Chars = frozenset()
        lasts: Chars = frozenset()
        empty = False
        for alternative in av[1]:
            ends = _sequence_ends(list(alternative))
            if ends is None:
                return None
            firsts, lasts, empty = firsts | ends[0], lasts | ends[1], empty or ends[2]
        if _size(firsts) > MAX_CLASS or _size(lasts) > MAX_CLASS:
            return None
        return firsts, lasts, empty
    return None


def _sequence_ends(items: list[tuple[Any, Any]]) -> Optional[Ends]:
    """A sequence's edges: the first characters of its parts up to the first that cannot be empty, the last
    ones back to the last such part (lookarounds and anchors read nothing); None when one is not known."""
    parts = []
    for op, av in items:
        if op in _ZERO_WIDTH or op is _c.ASSERT:
            continue
        ends = _ends(op, av)
        if ends is None:
            return None
        parts.append(ends)
    firsts = _edge(parts, 0)
    lasts = _edge(parts[::-1], 1)
    if firsts is None or lasts is None:
        return None
    return firsts, lasts, all(p[2] for p in parts)


def _edge(parts: list[Ends], side: int) -> Optional[Chars]:
    out: Chars = frozenset()
    for part in parts:
        out = out | part[side]
        if _size(out) > MAX_CLASS:
            return None
        if not part[2]:
            break
    return out


def _class(items: list[tuple[Any, Any]]) -> Optional[Chars]:
    """The characters of a class of literals, short ranges and ``\\d``, at most ``MAX_CLASS`` (as
    gen.core.regex_absent)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add(DIGITS)
        else:
            return None
        if _size(frozenset(chars)) > MAX_CLASS:
            return None
    return frozenset(chars) if chars else None
