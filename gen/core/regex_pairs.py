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

# A need: (firsts, seconds) — one of the characters of ``firsts`` followed by one of ``seconds``.
Need = tuple[str, str]
Ends = tuple[str, str]  # (characters a part can begin with, characters it can end with)


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
    ranked = sorted(found, key=lambda n: (len(n[0]) * len(n[1]), n))
    return tuple(ranked[:MAX_NEEDS])


def may_occur(pattern: re.Pattern, text: str) -> bool:
    """False only when ``text`` (a long one, see text_pairs.MIN_CHARS) holds no pair that a need of ``pattern``
    asks for: then ``pattern`` matches nowhere in it."""
    return all(text_pairs.may_hold_pair(text, a, b) for a, b in needs(pattern))


def _collect(items: list[tuple[Any, Any]], found: set[Need]) -> None:
    """Add the needs of a sequence: each two consuming parts side by side (plain groups read through), and a
    lookaround's edge next to the part it touches."""
    prev: Optional[str] = None  # the characters the part before can end with (None: not known)
    for op, av in _flat(items):
        if op in _ZERO_WIDTH:
            continue  # reads no character: the parts on either side stay side by side
        if op is _c.ASSERT:
            direction, body = av
            ends = _sequence_ends(list(body))
            if ends is not None and direction < 0:
                prev = ends[1]  # the character before the next part (the part before, if any, ends there too)
            elif ends is not None and prev is not None:
                _add(found, prev, ends[0])  # a lookahead: the character after the part before
            _collect(list(body), found)  # what a lookaround that must hold reads is in the text too
            continue
        ends = _ends(op, av)
        if prev is not None and ends is not None:
            _add(found, prev, ends[0])
        if op in _REPEATS and av[0] >= 1:
            _collect(list(av[2]), found)  # a repeat's body is read at least once
        prev = None if ends is None else ends[1]


def _flat(items: list[tuple[Any, Any]]):
    """The items of a sequence with plain groups opened: ``(甲)(乙)`` reads 甲 and 乙 side by side."""
    for op, av in items:
        if op is _c.SUBPATTERN and not av[1] & _c.SRE_FLAG_IGNORECASE:
            yield from _flat(list(av[3]))
        else:
            yield op, av


def _add(found: set[Need], firsts: str, seconds: str) -> None:
    if len(firsts) * len(seconds) <= MAX_PAIRS:
        found.add((firsts, seconds))


def _ends(op: Any, av: Any) -> Optional[Ends]:
    """The characters one part always begins and ends with; None when it may be empty or they are not known."""
    if op is _c.LITERAL:
        return chr(av), chr(av)
    if op is _c.IN:
        chars = _class(av)
        return None if chars is None else (chars, chars)
    if op is _c.SUBPATTERN:
        return None if av[1] & _c.SRE_FLAG_IGNORECASE else _sequence_ends(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _sequence_ends(list(av))
    if op in _REPEATS:
        low, _high, body = av
        return _sequence_ends(list(body)) if low >= 1 else None
    if op is _c.BRANCH:
        firsts, lasts = set(), set()
        for alternative in av[1]:
            ends = _sequence_ends(list(alternative))
            if ends is None:
                return None
            firsts.update(ends[0])
            lasts.update(ends[1])
        if len(firsts) > MAX_CLASS or len(lasts) > MAX_CLASS:
            return None
        return "".join(sorted(firsts)), "".join(sorted(lasts))
    return None


def _sequence_ends(items: list[tuple[Any, Any]]) -> Optional[Ends]:
    """A sequence's first and last consuming parts' edges (lookarounds and anchors read nothing)."""
    consuming = [(op, av) for op, av in items if op not in _ZERO_WIDTH and op is not _c.ASSERT]
    if not consuming:
        return None
    first, last = _ends(*consuming[0]), _ends(*consuming[-1])
    if first is None or last is None:
        return None
    return first[0], last[1]


def _class(items: list[tuple[Any, Any]]) -> Optional[str]:
    """The characters of a class of literals and short ranges, at most ``MAX_CLASS`` (as gen.core.regex_absent)."""
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
        if len(chars) > MAX_CLASS:
            return None
    return "".join(sorted(set(chars))) if chars else None
