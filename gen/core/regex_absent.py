"""Characters every match of a pattern must read: a pattern whose required characters a text lacks matches nowhere.

The needle test (gen.core.regex_needles) proves that a match holds one of a few
strings, and picks the longest: for ``(?=[2_＿])(?:20[_＿]{1,4}|[_＿]{2,8}(?=年))``
that is the guard's 2 or the first alternative's 20, which every report holds,
so the pattern is run over the whole text — a class tested at every character,
3 ms on 300,000 characters — to find that the text has no underscore at all.
Here each mandatory part of a pattern gives a set of characters one of which a
match reads (a literal, a class of literals, what a lookaround must see), a
sequence needs all its parts, alternatives need one of theirs; a long text's
characters are known (gen.core.text_pairs), so a pattern whose requirement the
text cannot meet is answered "no match" at once. Exact: a part it cannot speak
for (a long range, a negated class, any character, a back-reference, an optional
part) requires nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

try:  # the standard library's regex constants (sre_constants before Python 3.11)
    import re._constants as _c
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]

from .regex_parsed import parsed

MAX_CLASS = 64  # a class of more literal characters than this is no useful requirement
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

# A requirement: ("chars", characters one of which is read), ("all", requirements) or ("any", requirements).
Req = tuple


@lru_cache(maxsize=4096)
def requirement(pattern: re.Pattern) -> Optional[Req]:
    """What every match of ``pattern`` reads, or None when nothing is proved (case-insensitive matching too)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        items = list(parsed(pattern.pattern, pattern.flags))
    except Exception:  # a pattern re compiled but the parser API disagrees: prove nothing
        return None
    return _sequence(items)


def may_occur(pattern: re.Pattern, seen: Any) -> bool:
    """False only when the text whose characters ``seen`` marks (seen[code point]) cannot hold a match."""
    req = requirement(pattern)
    return req is None or _holds(req, seen)


def _holds(req: Req, seen: Any) -> bool:
    kind, body = req
    if kind == "chars":
        return any(seen[ord(ch)] for ch in body)
    if kind == "all":
        return all(_holds(r, seen) for r in body)
    return any(_holds(r, seen) for r in body)


def _sequence(items: list[tuple[Any, Any]]) -> Optional[Req]:
    found = [r for r in (_item(op, av) for op, av in items) if r is not None]
    if not found:
        return None
    return found[0] if len(found) == 1 else ("all", tuple(found))


def _item(op: Any, av: Any) -> Optional[Req]:
    """What one part of a sequence requires (None: nothing proved)."""
    if op is _c.LITERAL:
        return ("chars", chr(av))
    if op is _c.IN:
        return _class(av)
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & _c.SRE_FLAG_IGNORECASE else _sequence(list(body))
    if op is _c.ASSERT:  # a lookaround that must hold reads the text too
        return _sequence(list(av[1]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is _c.BRANCH:
        alternatives = [_sequence(list(alt)) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        return ("any", tuple(alternatives))
    return None


def _class(items: list[tuple[Any, Any]]) -> Optional[Req]:
    """The characters of a class of literals and short ranges ([a-z], [〇一二三]), at most ``MAX_CLASS`` of them."""
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        else:  # a negated class, a category, a long range: not proved
            return None
        if len(chars) > MAX_CLASS:
            return None
    return ("chars", "".join(chars)) if chars else None
