"""Where a pattern can match, found from a character it holds at a fixed distance from its start.

A pattern such as ``([12](?<![\\d.．][12])(?:(?<=1)9|(?<=2)0)\\d\\d)\\1(?=年)`` (a year written twice) opens
with digits, which a report is full of: tried at every digit, or at every character when re refuses the
one-character wrapping of gen.core.regex_first (a back-reference cannot stand inside a lookbehind). Every
match holds 年 eight characters after its start, and the eight characters before it are digits and
characters of known classes. A search for 年 that looks behind it for that skeleton (the pattern's
characters as classes; lookarounds, back-references and alternatives read as any character of their
width) is a plain character search, and it finds every place where a match can start, and few others:
the pattern is then tried only there (gen.core.text_heads.matches_at), the same matches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

try:  # the standard library's regex constants (sre_constants before Python 3.11)
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

from . import regex_cache
from .regex_parsed import provable

_ANY = r"[\s\S]"
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
MIN_CLASSES = 2  # characters of a known class in the skeleton: fewer would let most of the literal's places through


@lru_cache(maxsize=4096)
def skeleton(pattern: re.Pattern) -> Optional[tuple[re.Pattern, int]]:
    """A pattern that matches a literal character every match of ``pattern`` holds ``offset`` characters after
    its start, where the characters before it fit the pattern's skeleton, and that offset; None when there is
    no such character (not at a fixed distance, or ASCII: digits and Latin are everywhere) or too weak a skeleton."""
    tree = provable(pattern)
    if tree is None:
        return None
    if tree.getwidth()[0] == 0 or _literal_prefix(list(tree)):
        return None  # may match the empty string, or re finds its opening literal by itself, faster
    parts: list[tuple[str, int]] = []
    for op, av in tree:
        char = _literal(op, av)
        if char is not None and not char.isascii() and sum(known for _, known in parts) >= MIN_CLASSES:
            offset = len(parts)  # a part per character
            c = f"\\U{ord(char):08x}"
            try:
                return regex_cache.compile(f"{c}(?<={''.join(t for t, _ in parts)}{c})", pattern.flags), offset
            except re.error:
                return None
        part = _part(tree.state, op, av)
        if part is None:
            return None
        parts.extend(part)
    return None


def _literal_prefix(items: list[tuple[Any, Any]]) -> bool:
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] is _c.LITERAL


def _literal(op: Any, av: Any) -> Optional[str]:
    """The character a literal item matches, or that a lookahead must see first."""
    if op is _c.LITERAL:
        return chr(av)
    if op is _c.ASSERT and av[0] == 1 and len(av[1]) and av[1][0][0] is _c.LITERAL:
        return chr(av[1][0][1])
    return None


def _part(state: Any, op: Any, av: Any) -> Optional[list[tuple[str, int]]]:
    """The skeleton of one item, (pattern text, whether it is a known class) per character; None when its width varies."""
    if op in _ZERO_WIDTH:
        return []
    if op is _c.LITERAL:
        return [(f"\\U{av:08x}", 1)]
    if op is _c.IN and all(o in (_c.LITERAL, _c.RANGE) or (o is _c.CATEGORY and a in _CATEGORIES) for o, a in av):
        return [("[" + "".join(_class_item(o, a) for o, a in av) + "]", 1)]
    if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
        out: list[tuple[str, int]] = []
        for item in av[3]:
            part = _part(state, *item)
            if part is None:
                return None
            out.extend(part)
        return out
    low, high = _parser.SubPattern(state, [(op, av)]).getwidth()
    return None if low != high else [(_ANY, 0)] * low


def _class_item(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return f"\\U{av:08x}"
    if op is _c.RANGE:
        return f"\\U{av[0]:08x}-\\U{av[1]:08x}"
    return _CATEGORIES[av]
