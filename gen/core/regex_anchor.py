"""Where a pattern can match, found from a character every match holds a few characters after its start.

A pattern that opens with many alternatives (``(?:有步骤|有计划|…|准确)的(?=…)|(?:不断|逐步|…)的(?=…)|…``,
the glossary's ``状语的-地``) has too many first characters for gen.core.regex_first to search for each, and
no literal at a fixed distance from its start for gen.core.regex_skeleton: ``re`` tries it at every character
of the text behind a class of those first characters (some 10 ms on 500,000 characters). Yet every match
holds 的 two to five characters after its start. The places to try are then the few before each 的 (the
text's 的 found at once, gen.core.text_pairs), those that hold one of the pattern's first characters: the
pattern is tried there only (gen.core.text_heads.matches_at), the same matches.

Exact: a character is an anchor only where every way to match holds it, at an offset from the match's start
bounded on both sides (a literal in each alternative, in the first turn of a repeat that turns at least
once, in a lookahead that must hold); every start is then among the places tried. Where none is proved, or
the places would be too many, the answer is None and the caller searches as before.
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

from . import pair_index, text_pairs
from .regex_first import first_items, literal_prefix
from .regex_parsed import provable

# An anchor's offsets from the match's start may spread over at most this many characters (each a place to try
# before each of its occurrences), and the places may be at most one in this many of the text's characters.
MAX_SPREAD = 16
PLACES_PER_CHARS = 20

Anchors = dict[str, tuple[int, int]]


@lru_cache(maxsize=4096)
def anchors(pattern: re.Pattern) -> Optional[tuple[tuple[str, int, int], ...]]:
    """(character, least offset, greatest offset) of each non-ASCII character that every match of ``pattern``
    holds that many characters after its start (in a lookahead, maybe past its end); None when there is none."""
    tree = provable(pattern)
    if tree is None:
        return None
    if tree.getwidth()[0] == 0:
        return None  # may match the empty string
    found = _sequence(tree.state, list(tree))
    out = tuple(sorted((ch, lo, hi) for ch, (lo, hi) in found.items() if not ch.isascii() and hi - lo < MAX_SPREAD))
    return out or None


def _sequence(state: Any, items: list[tuple[Any, Any]]) -> Anchors:
    """Anchors of a sequence, offsets from its start: each item's own, shifted by the widths of the items before it,
    until a width is unbounded."""
    out: Anchors = {}
    least = most = 0
    for op, av in items:
        for ch, (lo, hi) in _item(state, op, av).items():
            if ch not in out:
                out[ch] = (least + lo, most + hi)
        low, high = _parser.SubPattern(state, [(op, av)]).getwidth()
        least, most = least + low, most + high
        if most >= _c.MAXREPEAT or most > 1000:
            break  # what follows stands at no bounded offset
    return out


def _item(state: Any, op: Any, av: Any) -> Anchors:
    if op is _c.LITERAL:
        return {chr(av): (0, 0)}
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags & _c.SRE_FLAG_IGNORECASE or del_flags:
            return {}
        return _sequence(state, list(body))
    if op is _c.ATOMIC_GROUP:
        return _sequence(state, list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(state, list(body)) if low >= 1 else {}  # the first turn starts where the repeat does
    if op is _c.ASSERT and av[0] == 1:  # a lookahead that must hold: its text stands from here on
        return _sequence(state, list(av[1]))
    if op is _c.BRANCH:
        each = [_sequence(state, list(alt)) for alt in av[1]]
        common = set(each[0]).intersection(*each[1:]) if each else set()
        return {ch: (min(a[ch][0] for a in each), max(a[ch][1] for a in each)) for ch in common}
    return {}  # classes, any character, lookbehinds, back-references: nothing proved


def places(pattern: re.Pattern, text: str) -> Optional[list[int]]:
    """Every place of a text of ``text_pairs.MIN_CHARS`` or more where a match of ``pattern`` can start, in order,
    and some more: those at an anchor's offsets before each of its occurrences, for the anchor with the fewest
    places. None when the pattern has no anchor or every anchor's places are too many."""
    found = anchors(pattern)
    if found is None or len(text) < text_pairs.MIN_CHARS:
        return None
    seen = text_pairs.seen_chars(text)
    if any(not seen[ord(ch)] for ch, _, _ in found):
        return []  # a character every match holds is not in the text
    if literal_prefix(pattern):
        # re skips to a literal prefix by itself, a fast scan: trying the places from Python cost more for every
        # such glossary pattern that has any (完成…完成目标任务: 2,258 places, 1.0 ms against 0.3 on 300,000 characters)
        return None
    best = None
    cap = len(text) // PLACES_PER_CHARS
    for ch, lo, hi in found:
        size = _count(text, ch) * (hi - lo + 1)
        if size <= cap and (best is None or size < best[0]):
            best = (size, ch, lo, hi)
    if best is None:
        return None
    import numpy as np

    _, ch, lo, hi = best
    at = np.asarray(text_pairs.char_positions(text, ch), dtype=np.int64)
    starts = np.unique((at[:, None] - np.arange(lo, hi + 1, dtype=np.int64)[None, :]).ravel())
    starts = starts[starts >= 0]
    first = first_items(pattern)  # the characters a match can begin with, when proved: the others are not tried
    if first is not None and all(op is _c.LITERAL or op is _c.RANGE for op, _ in first):
        heads = text_pairs.code_points(text)[starts]
        keep = np.isin(heads, np.array([av for op, av in first if op is _c.LITERAL], dtype=np.uint32))
        for op, av in first:
            if op is _c.RANGE:
                keep |= (heads >= av[0]) & (heads <= av[1])
        starts = starts[keep]
    return starts.tolist()


def _count(text: str, ch: str) -> int:
    """How often ``ch`` stands in a long text: two bisections of its sorted pairs (gen.core.pair_index), built once
    for its needles, instead of a comparison of every character."""
    found = pair_index.char_count(text, text_pairs.code_points(text), ch)
    return text_pairs.count_chars(text, ch) if found is None else found
