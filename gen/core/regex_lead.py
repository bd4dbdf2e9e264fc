"""Narrower windows for gen.core.regex_needles: where a match can start, told by the literal text it opens with.

regex_needles.finditer tries a pattern only in windows around its needles' occurrences, each as wide as the
pattern's whole reach on both sides (a match may hold the needle anywhere in it). Many patterns open with a
short bounded lead before literal text every match spells at that point: a sentence's start, at most fourteen
characters, then 按照|根据|… (W013's reading of a run-on 按照 sentence, whose reach is some 400 characters).
Such a match starts at most the lead's width before one of those spellings, and never after it; a window of
that width ending at each occurrence holds every start, where the two-sided reach tried some 800 places per
occurrence (5 ms of that one entry's 5.3 on 200,000 characters). Exact: the lead's width counts every
lookaround as if it consumed its text (an upper bound), and the spellings are literal text the match consumes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .regex_parsed import parsed


def _parsed_items(pattern: re.Pattern) -> Optional[list]:
    """The pattern's top-level items as the parser gives them; None for a case-blind or bytes pattern, whose
    literal text proves nothing about the text's characters, or one the parser API reads otherwise than re."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        return list(parsed(pattern.pattern, pattern.flags))
    except Exception:  # a pattern re compiled but the parser API disagrees: prove nothing
        return None


@lru_cache(maxsize=4096)
def lead(pattern: re.Pattern) -> Optional[tuple[frozenset[str], int]]:
    """(spellings, width): the first top-level item that is literal text (no empty spelling), and the most
    characters the items before it may read. None when no such item follows a bounded lead."""
    from .regex_needles import MAX_NEEDLES, _spellings, _width  # that module reads this one when it loads

    items = _parsed_items(pattern)
    if items is None:
        return None
    width = 0
    items = _opened(items)
    for k, (op, av) in enumerate(items):
        spelt = _spellings(op, av)
        if spelt is not None and "" not in spelt and len(spelt) <= MAX_NEEDLES:
            return _run(spelt, items[k + 1:], MAX_NEEDLES), width
        step = _width([(op, av)])
        if step is None:
            return None
        width += step
        items[k + 1:] = _opened(items[k + 1:])
    return None


def _run(spelt: frozenset[str], rest: list, most: int) -> frozenset[str]:
    """``spelt`` read on through the literal items after it (发 then 展: 发展), while they spell no empty string."""
    from .regex_needles import _spellings

    for op, av in rest:
        more = _spellings(op, av)
        if more is None or "" in more or len(spelt) * len(more) > most:
            break
        spelt = frozenset(a + b for a in spelt for b in more)
    return spelt


def _opened(items: list) -> list:
    """The sequence with a leading group read as its own items (``((?:19|20)\\d\\d年)``: 19|20 opens it), as
    often as one opens it: the same sequence of text. A group with flags of its own is left whole."""
    from .regex_needles import _c

    while items and items[0][0] is _c.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3]) + items[1:]
    return items


def lead_starts(pattern: re.Pattern, text: str, cap: int,
                occurrences: Callable[[str, frozenset[str], int], Optional[list[tuple[int, int]]]]
                ) -> Optional[list[int]]:
    """Every place a match of ``pattern`` can start, in order, when each match opens with one of its lead's
    spellings (a lead of width 0) and every spelling is two characters or more: their occurrences, found by
    ``occurrences`` (the text's sorted pairs, gen.core.pair_index, read by bisection). ``re`` skips ahead to such
    a pattern only by its first characters (下 of 下设, the 的 strings' 积, 全, 有…), each a common character tried
    in full; the spellings themselves are rare. None when the pattern opens otherwise, or the spellings occur more
    than ``cap`` times. Exact: a match consumes its lead's spelling first, so it starts where one stands."""
    opening = openings(pattern)
    if opening is None or min(map(len, opening)) < 2:
        return None
    found = occurrences(text, opening, cap)
    return None if found is None else sorted({s for s, _ in found})


# Opening strings a pattern may have for lead_starts: more than a pattern's needles (each is one bisection of the
# text's sorted pairs). W013's 状语的-地 opens with some 115 (有步骤的, 扎实的…), which stand some 70 times in
# a long report: tried there, 0.1 ms, where re tried it behind a class of their first characters, 3 ms.
MAX_OPENINGS = 256


@lru_cache(maxsize=4096)
def openings(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """Strings one of which every match of ``pattern`` opens with (its literal text up to the first part that is not
    literal; of alternatives, each one's own: ``(?:扎实|切实)的(?=…)|(?:不断|逐步)的(?=…)`` opens with 扎实的,
    切实的, 不断的 or 逐步的); None when nothing is proved or the strings would be more than ``MAX_OPENINGS``."""
    items = _parsed_items(pattern)
    if items is None:
        return None
    found, _ = _prefixes(items, MAX_OPENINGS)
    return None if found is None or "" in found else found


def _prefixes(items: list, most: int) -> tuple[Optional[frozenset[str]], bool]:
    """(strings one of which the text a sequence matches opens with, whether they are all it can match); None
    for the strings when nothing is proved. Lookarounds consume nothing: passed over."""
    from .regex_needles import _c, _spellings

    run = frozenset({""})
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        spelt = _spellings(op, av)
        whole = spelt is not None
        if spelt is None and op is _c.BRANCH:
            parts = [_prefixes(list(alt), most) for alt in av[1]]
            if all(found is not None for found, _ in parts):
                spelt = frozenset().union(*(found for found, _ in parts))
                whole = all(done for _, done in parts)
        elif spelt is None and op is _c.SUBPATTERN and not av[1] and not av[2]:
            spelt, whole = _prefixes(list(av[3]), most)
        if spelt is None or len(run) * len(spelt) > most:
            return (None if run == {""} else run), False
        run = frozenset(a + b for a in run for b in spelt)
        if not whole:
            return run, False  # only the beginning of this part is known: what follows it is not next
    return run, True


# What one more window costs (a search started from Python), in places tried: one occurrence of a frequent lead
# (市, 较) opens a window of its own, and thousands of tiny ones cost more than a few wide ones.
WINDOW_COST = 24


def windows(spans: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """Merged ranges of the start positions an occurrence's match could have (see regex_needles.finditer)."""
    return _merged(sorted((max(0, e - width), s + width) for s, e in spans), width)


def _merged(starts: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """Ranges closer than ``width`` made one: each is searched up to ``width`` past its end anyway."""
    merged: list[tuple[int, int]] = []
    for lo, hi in starts:
        if merged and lo <= merged[-1][1] + width:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def narrowest(pattern: re.Pattern, text: str, spans: list[tuple[int, int]], width: int,
              occurrences: Callable[[str, frozenset[str], int], Optional[list[tuple[int, int]]]]
              ) -> list[tuple[int, int]]:
    """The windows of start positions to try: around the rarest needles' ``spans`` both ways, or, when fewer
    places, each lead spelling's occurrence and the lead's width before it (found by ``occurrences``)."""
    both = windows(spans, width)
    opening = lead(pattern)
    if opening is None or opening[1] >= width:
        return both
    cost = sum(hi - lo + 1 + WINDOW_COST for lo, hi in both)  # the cheaper way wins (at most as many windows)
    found = occurrences(text, opening[0], max(1, cost // (opening[1] + 1 + WINDOW_COST)))
    if found is None:
        return both  # the spellings occur too often to pay
    return _merged(sorted((max(0, s - opening[1]), s) for s, _ in found), width)
