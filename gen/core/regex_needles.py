"""Literal strings that every match of a regular expression contains: a cheap test before the regex.

The glossary and word-list rules run dozens of patterns over every report,
and most patterns match nowhere. Python's ``re`` finds no literal to skip
ahead by when a pattern opens with a lookbehind, a character class or an
optional group (``(?<![残\\u4e00-\\u9fff])疾人…``), so each one walks the whole
text character by character. Every such pattern still needs some literal
text in any match (疾人); ``needle in text`` is a fast substring search, and
when none of a pattern's needles occurs, its ``finditer`` would yield nothing.
(Needles are about the whole text searched: a lookahead that must hold names
text that must be there too, so callers test the text they pass to the regex.)
The answer is exact, never a guess: where the analysis cannot prove a literal
(case-insensitive matching, an optional part, a character class), it returns
None and the caller runs the regex as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

try:  # the standard library's own parser of pattern syntax (sre_parse before Python 3.11)
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# More alternatives than this cost more to test than the regex itself.
MAX_NEEDLES = 64

Needles = Optional[frozenset[str]]


@lru_cache(maxsize=4096)
def needles(pattern: re.Pattern) -> Needles:
    """Strings of which every match of ``pattern`` contains at least one; None when none can be proved."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern re compiled but the parser API disagrees: prove nothing
        return None
    found = _sequence(list(parsed))
    if found is None or not found or len(found) > MAX_NEEDLES or "" in found:
        return None
    # A needle containing another is implied by it: 四种意识 needs no test when 意识 is one.
    return frozenset(n for n in found if not any(m != n and m in n for m in found))


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when ``pattern`` certainly matches nowhere in ``text`` (no needle occurs in it)."""
    found = needles(pattern)
    if found is None:
        return True
    shared = common_part(found)
    if shared and shared not in text:  # 帐户|记帐|对帐…: no 帐, none of them
        return False
    return any(n in text for n in found)


@lru_cache(maxsize=4096)
def common_part(found: frozenset[str]) -> str:
    """The longest string that every needle contains ("" when none, or for a single needle)."""
    if len(found) < 2:
        return ""
    shortest = min(found, key=lambda n: (len(n), n))
    for size in range(len(shortest), 0, -1):
        for i in range(len(shortest) - size + 1):
            part = shortest[i : i + size]
            if all(part in n for n in found):
                return part
    return ""


def _better(a: Needles, b: Needles) -> Needles:
    """The more selective of two needle sets: longest shortest needle, then fewest needles."""
    if b is not None and len(b) > MAX_NEEDLES:
        b = None
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(len(s) for s in a), -len(a))
    key_b = (min(len(s) for s in b), -len(b))
    return b if key_b > key_a else a


def _sequence(items: list[tuple[Any, Any]]) -> Needles:
    """Needles of a sequence: its best run of consecutive literals, or the best needles of one of its parts."""
    best: Needles = None
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is not None:
            best = _better(best, _item(op, av))
    return best


def _item(op: Any, av: Any) -> Needles:
    """Needles that every match of one non-literal item contains (None: it may match without a literal)."""
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & _c.SRE_FLAG_IGNORECASE:
            return None
        return _sequence(list(body))
    if op is _c.ASSERT:
        # A lookaround that must hold is text that must be there, though outside the match.
        _direction, body = av
        return _sequence(list(body))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None  # classes, any-char, negative lookarounds, back-references: no literal proved
