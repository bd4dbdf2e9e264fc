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
from typing import Any, Iterator, Optional

from . import kept_results, pair_index, regex_pairs, text_pairs
from .regex_absent import may_occur
from .regex_anchor import places as anchored_places
from .regex_first import guarded, match_starts, opening_chars
from .regex_lead import lead_starts, narrowest
from .regex_parsed import parsed
from .text_heads import matches_at

try:  # the standard library's regex constants (sre_constants before Python 3.11)
    import re._constants as _c
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]

# More alternatives than this cost more to test than the regex itself.
MAX_NEEDLES = 64

Needles = Optional[frozenset[str]]


@kept_results.per_pattern("needles")  # lru_cache over an earlier start's answer, when kept
def needles(pattern: re.Pattern) -> Needles:
    """Strings of which every match of ``pattern`` contains at least one; None when none can be proved."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = parsed(pattern.pattern, pattern.flags)
    except Exception:  # a pattern re compiled but the parser API disagrees: prove nothing
        return None
    found = _sequence(list(tree))
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
    if shared and not contains(text, shared):  # 帐户|记帐|对帐…: no 帐, none of them
        return False
    return any(contains(text, n) for n in found)


def contains(text: str, needle: str) -> bool:
    """``needle in text``, answered first from its characters one by one where one is missing.

    CPython finds a single character with a memchr-like scan, some forty times
    faster than a two-character string on a long text (0.01 ms against 0.5 ms
    on 500,000 characters); a slip's needle (分岐, 重迭) usually holds a
    character the text never uses, so the string search runs only when every
    character occurs somewhere. In a long text most needles' characters all
    occur, and the characters and pairs read once (gen.core.text_pairs) rule
    out most of the rest. Same answer as ``in``. (A text of two-byte characters, as any Chinese one, is
    read one character at a time, not by memchr: a long text's character bits answer for a single one.)
    """
    if len(text) >= text_pairs.MIN_CHARS and len(needle) == 1:
        return bool(text_pairs.seen_chars(text)[ord(needle)])
    if len(needle) > 1:
        if len(text) >= text_pairs.MIN_CHARS:
            return text_pairs.holds(text, needle)
        for ch in needle:
            if ch not in text:
                return False
    return needle in text


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
    """Needles of a sequence: its best run of consecutive literal text, or the best needles of one of its parts.

    A run reads through parts that are literal alternatives (``[二三]级``, ``(?:亩|吨)元``,
    ``(?:预算)?单位``) as the strings they can spell there, so long as they are few: every match
    holds one of 二级, 三级, far rarer than 级 alone.
    """
    best: Needles = None
    run: set[str] = {""}
    for op, av in items + [(None, None)]:
        spelt = None if op is None else _spellings(op, av)
        if spelt is not None and len(run) * len(spelt) <= MAX_NEEDLES:
            run = {r + s for r in run for s in spelt}
            continue
        if "" not in run:
            best = _better(best, frozenset(run))
        if spelt is not None:  # too many strings with the run so far: a new run starts here
            run = set(spelt)
            continue
        run = {""}
        if op is not None:
            best = _better(best, _item(op, av))
    return best


def _spellings(op: Any, av: Any) -> Optional[frozenset[str]]:
    """The strings one item can match when it is literal text and alternatives of it ("" for an optional
    part), at most ``MAX_NEEDLES`` of them; None for anything else."""
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op is _c.IN:
        if all(o is _c.LITERAL for o, _ in av) and len(av) <= MAX_NEEDLES:
            return frozenset(chr(a) for _, a in av)
        return None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & _c.SRE_FLAG_IGNORECASE else _spelt_sequence(list(body))
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            one = _spelt_sequence(list(alternative))
            if one is None or len(out | one) > MAX_NEEDLES:
                return None
            out |= one
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        one = _spelt_sequence(list(body)) if (low, high) in ((0, 1), (1, 1)) else None
        return None if one is None else (one | {""} if low == 0 else one)
    return None


def _spelt_sequence(items: list[tuple[Any, Any]]) -> Optional[frozenset[str]]:
    """The strings a sequence of literal items can spell (see :func:`_spellings`), or None."""
    out = {""}
    for op, av in items:
        spelt = _spellings(op, av)
        if spelt is None or len(out) * len(spelt) > MAX_NEEDLES:
            return None
        out = {r + s for r in out for s in spelt}
    return frozenset(out)


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


# Searching near the needles. A pattern that opens with a lookbehind or a class (``(?<![\d.．第])(\d{1,3})(?=[二三]级(?:预算)?单位)``)
# is tried at every character of the text; when it reads a bounded stretch around each match, every match starts
# within that stretch of a needle's occurrence, so only those places need trying.

# Above this many occurrences of its needles per character searched, a pattern is run over the whole text.
MAX_NEEDLE_DENSITY = 1 / 256


def finditer(pattern: re.Pattern, text: str, first: bool = False) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, the same ones, tried only near its needles where it can be.

    Exact: ``reach`` bounds what any attempt reads on either side of where it
    starts, so a match starting at s holds a needle within [s - reach, s + reach];
    every other start is never tried. Each window is searched with an end far
    enough past its last start that no attempt there reads up to it. Otherwise,
    or first when every match begins with one same character (a search for it
    costs less than finding the needles: 13 ms against 3 for the 13 such
    searches of a long report), a match is tried only where one of the
    characters it can begin with stands (gen.core.regex_first), when those are few; else over the whole text
    behind a test of those characters. The matches' own iterator returned; ``first``: only the first is wanted.
    """
    if len(text) < SHORT:
        return pattern.finditer(text)
    long_text = len(text) >= GUARD_MIN
    if long_text and (not may_occur(pattern, text_pairs.seen_chars(text)) or not regex_pairs.may_occur(pattern, text)):
        return iter(())  # a character, or a pair, every match reads is not in the text (regex_absent, regex_pairs)
    if long_text and len(opening_chars(pattern) or ()) == 1:
        return _from_first_chars(pattern, text, first)
    width = reach(pattern)
    spans = None if width is None else _fewest_occurrences(text, window_needles(pattern))
    # every match opens with one of a few strings, which stand no more often than the needles (gen.core.regex_lead)
    cap = _cap(text) if spans is None else len(spans)
    starts = lead_starts(pattern, text, cap, _occurrences) if long_text else None
    if starts is not None:
        return matches_at(pattern, text, starts)
    if spans is None:
        return _from_first_chars(pattern, text, first) if long_text else pattern.finditer(text)
    if long_text:
        pattern = guarded(pattern)  # the same matches (gen.core.regex_first), fewer attempts inside a window too
    return _in_windows(pattern, text, spans, width)


def _in_windows(pattern: re.Pattern, text: str, spans: list[tuple[int, int]], width: int) -> Iterator[re.Match]:
    """The matches of ``pattern`` starting in the windows :func:`narrowest` cuts around ``spans`` (see :func:`finditer`)."""
    n, last_end = len(text), 0
    for lo, hi in narrowest(pattern, text, spans, width, _occurrences):  # start positions lo..hi, in order, disjoint
        pos = max(lo, last_end)
        if pos > hi:
            continue
        for m in pattern.finditer(text, pos, min(n, hi + width + 2)):
            if m.start() > hi:
                break  # found in a shortened text: the next window tries that place again
            last_end = m.end()
            yield m


def search(pattern: re.Pattern, text: str) -> Optional[re.Match]:
    """``pattern.search(text)``, found as :func:`finditer`'s first match (the same: finditer's first is search's)."""
    return next(finditer(pattern, text, first=True), None)


# Under SHORT characters (a paragraph: the .docx writer's highlights) re tries every place, dearer to count needles
# for (4.9 → 2.8 ms a report); under GUARD_MIN proving first characters costs a cold one-report check more than it saves.
SHORT = 1000
GUARD_MIN = 50_000


def _from_first_chars(pattern: re.Pattern, text: str, first: bool = False) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, matched only where it matches, found by a search for each character a match
    can begin with, when those are a few (gen.core.regex_first.match_starts); else over the whole text behind a
    test of those characters. A match never holds another's start (finditer goes on from a match's end), and
    none is empty (opening_chars proves that)."""
    starts = match_starts(pattern, text, first)
    if starts is None and (starts := anchored_places(pattern, text)) is None:  # nor near a character all matches hold
        return guarded(pattern).finditer(text)
    return matches_at(pattern, text, starts)


@kept_results.per_pattern("window_needles")  # lru_cache over an earlier start's answer, when kept
def window_needles(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Needle sets any one of which every match holds: :func:`needles`' choice and each literal run in the pattern.

    Which is rarest depends on the text (发展 is everywhere in a report, the
    slip's 得 is not), so windows are cut around whichever occurs least.
    """
    options = [] if needles(pattern) is None else [needles(pattern)]
    try:
        items = list(parsed(pattern.pattern, pattern.flags))
    except Exception:
        items = []
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
        elif run:
            one = frozenset({"".join(run)})
            if one not in options:
                options.append(one)
            run = []
    return tuple(options)


def _fewest_occurrences(text: str, options: tuple[frozenset[str], ...]) -> Optional[list[tuple[int, int]]]:
    """(start, end) of each occurrence of the option whose needles occur least; None when all occur too often."""
    best: Optional[list[tuple[int, int]]] = None
    cap = _cap(text)
    for option in options:
        found = _occurrences(text, option, cap)
        if found is not None and (best is None or len(found) < len(best)):
            best, cap = found, len(found)
    return best


def _cap(text: str) -> int:
    return max(16, int(len(text) * MAX_NEEDLE_DENSITY))


def _occurrences(text: str, option: frozenset[str], cap: int) -> Optional[list[tuple[int, int]]]:
    if len(text) >= text_pairs.MIN_CHARS and pair_index.more_than(text, text_pairs.code_points(text), option, cap):
        return None  # more than ``cap`` of its short needles, counted by bisection: none read (gen.core.pair_index)
    spans: list[tuple[int, int]] = []
    for needle in sorted(option):
        if not contains(text, needle):
            continue
        size = len(needle)  # no more than one past the cap is read: then the option is given up
        spans.extend([(i, i + size) for i in text_pairs.first_positions(text, needle, cap + 1 - len(spans))])
        if len(spans) > cap:
            return None
    return spans


@kept_results.per_pattern("reach")  # lru_cache over an earlier start's answer, when kept
def reach(pattern: re.Pattern) -> Optional[int]:
    """How far an attempt to match may read on either side of where it starts.

    None where windows would not pay or not be exact: unbounded reach, a match
    that may be empty, or a pattern that opens with a literal or a group (re
    skips ahead to the places where it can begin by itself).
    """
    try:
        tree = parsed(pattern.pattern, pattern.flags)
    except Exception:  # same caution as needles()
        return None
    items = list(tree)
    if tree.getwidth()[0] == 0 or not items:
        return None
    if _opens_with_literal(items):
        return None  # re skips ahead to the literal or the set of first characters itself: as fast as windows
    return _width(items)


def _opens_with_literal(items: list[tuple[Any, Any]]) -> bool:
    """Whether every way to match begins with a literal character (``甲…``, ``(?:甲|乙)…``)."""
    if not items:
        return False
    op, av = items[0]
    if op is _c.LITERAL:
        return True
    if op is _c.SUBPATTERN:
        return _opens_with_literal(list(av[3]))
    if op is _c.BRANCH:
        return all(_opens_with_literal(list(alt)) for alt in av[1])
    return False


def _width(items: list[tuple[Any, Any]]) -> Optional[int]:
    """Characters a sequence may read, lookarounds counted as if they consumed theirs (an upper bound)."""
    total = 0
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            w: Optional[int] = 1
        elif op is _c.AT:
            w = 0
        elif op is _c.SUBPATTERN:
            w = _width(list(av[3]))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            w = _width(list(av[1]))
        elif op is _c.ATOMIC_GROUP:
            w = _width(list(av))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _low, high, body = av
            inner = _width(list(body))
            w = None if inner is None or high == _c.MAXREPEAT else high * inner
        elif op is _c.BRANCH:
            widths = [_width(list(alt)) for alt in av[1]]
            w = None if any(x is None for x in widths) else max(widths, default=0)
        else:  # back-references, conditionals, anything unforeseen: no bound
            return None
        if w is None:
            return None
        total += w
    return total
