"""A pattern behind a test of the characters its matches can begin with: the same matches, tried at fewer places.

Python's ``re`` skips ahead through a text by itself only when a pattern opens
with a literal, a character class, or alternatives that each open with a
literal (``甲…|乙…``). A pattern that opens otherwise — a lookbehind
(``(?<=[局委会])年度…``), alternatives of groups (``(?:有序|稳步)的…|(?:不断|逐步)的…``)
— is tried in full at every character: each alternative, each lookbehind, in
turn. Most of those attempts fail on the first character, and the set of
characters a match can begin with is known from the pattern itself: put in
front as a lookahead (``(?=[有稳不逐])(?:…)``), it turns each failing attempt
into one class test. The matches, groups and spans are the same: the lookahead
consumes nothing, holds wherever a match begins, and the original pattern is
wrapped in a group that captures nothing. (The glossary's ``状语的-地`` reads a
500,000-character report in 7 ms so, against 35 ms.)

Where the first characters cannot be proved (a negated class, any character,
a back-reference, a pattern that may match the empty string, case-insensitive
matching) or ``re`` skips ahead by itself, the pattern is returned as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

try:  # the standard library's regex constants (sre_constants before Python 3.11)
    import re._constants as _c
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]

from . import regex_cache, text_pairs
from .regex_parsed import parsed, provable
from .regex_skeleton import skeleton

# Class items as pattern text: a character as a \U escape (never special inside a class), the categories by name.
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
First = Optional[list[tuple[Any, Any]]]  # class items (LITERAL, RANGE, CATEGORY); None: not proved


@lru_cache(maxsize=4096)
def first_items(pattern: re.Pattern) -> First:
    """Class items covering every character a match of ``pattern`` can begin with; None where ``re`` skips ahead
    by itself, or the set cannot be proved (see the module's docstring)."""
    tree = provable(pattern)
    if tree is None:
        return None
    items = list(tree)
    if not items or _skips_ahead(items):
        return None
    first, nullable = _first(items)
    return None if nullable or not first else first


@lru_cache(maxsize=4096)
def first_chars(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """The characters a match of ``pattern`` can begin with, when :func:`first_items` is a set of characters."""
    first = first_items(pattern)
    if first is None or any(op is not _c.LITERAL for op, _ in first):
        return None
    return frozenset(chr(av) for _, av in first)


# Global inline flags ("(?m)") must open a pattern, so a pattern that opens with them could not be wrapped
# (re refused, and it ran unguarded at every character). re has set ``pattern.flags`` from them: the programs
# built around the pattern are given those flags and the rest of its text, the same pattern.
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def _body(pattern: re.Pattern) -> str:
    """``pattern``'s text without the global inline flags that open it (they are in ``pattern.flags``)."""
    m = _GLOBAL_FLAGS.match(pattern.pattern)
    return pattern.pattern[m.end():] if m else pattern.pattern


@lru_cache(maxsize=4096)
def guarded(pattern: re.Pattern) -> re.Pattern:
    """``pattern``, or one that finds the same matches with the same groups behind a lookahead for their first characters."""
    first = first_items(pattern)
    if first is None:
        return pattern
    try:
        return regex_cache.compile(f"(?=[{_class_text(first)}])(?:{_body(pattern)})", pattern.flags)
    except re.error:  # re refuses the wrapping: leave the pattern as it is
        return pattern


# At most this many characters a match may begin with are searched for one by one (a pass over the text each).
MAX_OPENING_CHARS = 16


@lru_cache(maxsize=4096)
def opening_chars(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """The characters every match of ``pattern`` begins with, when they are a few literal characters, for
    :func:`match_starts`; None when ``re`` finds a literal prefix by itself, or the set is not proved or too large.

    Unlike :func:`first_chars` this answers for patterns that open with alternatives or a class too: ``re``
    skips ahead to those through a character set, a test per character of the text (some 1.5 ms over
    500,000 characters, for each pattern), where a single character is found ten times faster.
    """
    tree = provable(pattern)
    if tree is None:
        return None
    items = list(tree)
    if not items or _literal_prefix(items):
        return None
    first, nullable = _first(items)
    if nullable or not first or any(op is not _c.LITERAL for op, _ in first):
        return None
    chars = frozenset(chr(av) for _, av in first)
    return chars if len(chars) <= MAX_OPENING_CHARS else None


@lru_cache(maxsize=8192)
def _at_char(pattern: re.Pattern, ch: str) -> Optional[re.Pattern]:
    """A pattern that matches ``ch`` where ``pattern`` matches beginning with it: the character first (re then
    skips to it by a plain character search), the pattern looked for from it inside a one-character lookbehind
    (groups keep their numbers: the wrapping captures nothing). None when re refuses it (a back-reference
    to a group of the pattern: inside the lookbehind)."""
    c = re.escape(ch)
    try:
        return regex_cache.compile(f"{c}(?<=(?={_body(pattern)}){c})", pattern.flags)
    except re.error:
        return None


@lru_cache(maxsize=4096)
def _after(pattern: re.Pattern) -> Optional[tuple[bool, tuple[re.Pattern, ...]]]:
    """For a pattern that matches no empty string and opens with a multiline ``^`` or a lookbehind of a few literal
    strings (``(?<=。)``, ``(?<=应到|实到)``): whether it may match at the text's start (``^``), and a pattern per
    string (the newline, for ``^``) that matches it where ``pattern`` matches right after it, found by a plain
    search for the string (as :func:`_at_char`); else None."""
    tree = provable(pattern)
    if tree is None:
        return None
    items = list(tree)
    if not items or tree.getwidth()[0] == 0:
        return None
    op, av = items[0]
    if (op, av) == (_c.AT, _c.AT_BEGINNING) and pattern.flags & re.MULTILINE:
        strings: Optional[set[str]] = {"\n"}
    elif op is _c.ASSERT and av[0] == -1:
        strings = _strings(list(av[1]))
    else:
        return None
    # a string that may overlap itself (。。) could stand where a search that goes on past each one skips it
    if not strings or len(strings) > MAX_OPENING_CHARS or any(_bordered(t) for t in strings):
        return None
    try:
        return op is _c.AT, tuple(regex_cache.compile(f"{re.escape(t)}(?=(?:{_body(pattern)}))", pattern.flags)
                                  for t in sorted(strings))
    except re.error:
        return None


def _strings(items: list[tuple[Any, Any]]) -> Optional[set[str]]:
    """The strings a sequence of literals, classes of literals and alternatives of such spells; None otherwise."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            one: Optional[set[str]] = {chr(av)}
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            one = {chr(a) for _, a in av}
        elif op is _c.BRANCH:
            alts = [_strings(list(alt)) for alt in av[1]]
            one = None if any(a is None for a in alts) else set().union(*alts)
        else:
            return None
        if one is None or len(out) * len(one) > MAX_OPENING_CHARS:
            return None
        out = {a + b for a in out for b in one}
    return out


def _bordered(t: str) -> bool:
    return any(t[:k] == t[-k:] for k in range(1, len(t)))


def match_starts(pattern: re.Pattern, text: str, first: bool = False) -> Optional[list[int]]:
    """Every offset of ``text`` where ``pattern`` matches (a match may hold another's start), in order: one
    search per character of :func:`opening_chars`; None when those are not known. A pattern that opens with
    a multiline ``^`` or a lookbehind of literal strings matches only right after a newline (or at the text's
    start) or one of those strings: a search for each (a line's blanks and numerals were a search each, or
    a try at every character). A pattern that opens with digits, or with characters not proved, is looked for
    from a character it holds at a fixed distance from its start (gen.core.regex_skeleton): the places it can
    start then, a few more than where it matches. ``first``: only the first match is wanted; searched one
    character at a time, the list may then hold only where it starts (each search stops at its first place)."""
    after = _after(pattern)
    chars = opening_chars(pattern)
    if after is not None and (chars is None or len(chars) > len(after[1])):  # the fewer searches
        at_start, wrapped = after
        heads = _line_head_class(pattern) if at_start and len(text) >= text_pairs.MIN_CHARS else None
        if heads is not None:
            starts, firsts = _line_heads(text)
            lines = [starts[m.start()] for m in heads.finditer(firsts)]
            if len(lines) * LINE_TRY_COST < len(starts):  # fewer tries of the pattern than lines the search reads
                return [0] * bool(pattern.match(text)) + lines
        ends = {m.end() for found in wrapped for m in found.finditer(text)}
        return [0] * bool(at_start and pattern.match(text)) + sorted(ends)
    if chars is None or all("0" <= ch <= "9" for ch in chars):  # none proved, or digits: everywhere in a report
        fixed = skeleton(pattern)
        if fixed is not None:
            found, offset = fixed
            return [m.start() - offset for m in found.finditer(text)]  # the places a match can start: a few more
    if chars is None:
        return None
    if len(text) >= text_pairs.MIN_CHARS:
        # a character the text never holds opens no match: its search would read the whole text for nothing
        # (most of the ten a placeholder pattern can open with, 2 to 3 ms on 500,000 characters)
        seen = text_pairs.seen_chars(text)
        chars = [ch for ch in chars if seen[ord(ch)]]
    wrapped = [_at_char(pattern, ch) for ch in sorted(chars)]
    if None in wrapped:
        return None
    if first:  # only where the first match starts (regex_needles.search): each search stops at its first place
        found = [m.start() for m in map(lambda at: at.search(text), wrapped) if m]
        return [min(found)] if found else []
    starts = [m.start() for m in wrapped[0].finditer(text)] if wrapped else []
    for at in wrapped[1:]:  # in order already when one character opens every match: a list, no generator
        starts += [m.start() for m in at.finditer(text)]
    return starts if len(wrapped) < 2 else sorted(starts)


# A try of a pattern from Python costs about as much as this many lines read by one search for a newline and
# what follows it (the wrapped pattern of _after, run by re over the whole text).
LINE_TRY_COST = 3


@lru_cache(maxsize=4096)
def _line_head_class(pattern: re.Pattern) -> Optional[re.Pattern]:
    """A class of every character a match of ``pattern`` (led by a multiline ``^``) can begin with; None if unproved."""
    first = first_items(pattern)
    if first is None:
        return None
    try:
        return regex_cache.compile(f"[{_class_text(first)}]", pattern.flags)
    except re.error:
        return None


# The last long text whose lines were read (kept, so that its identity stays its own), where each line starts,
# and the character each starts with, as one string.
_LINES: list[Any] = [None, [], ""]


def _line_heads(text: str) -> tuple[list[int], str]:
    """The offsets right after each newline of ``text`` (before its end), and the characters there as a string:
    a multiline ``^`` pattern (a heading's, a list item's) then reads only the lines that open with one of its
    first characters, found by one search of this string, where re tried it after each of ten thousand newlines
    (1 to 2 ms each on 200,000 characters, for some fifteen such patterns)."""
    if _LINES[0] is not text:
        import numpy as np

        codes = text_pairs.code_points(text)
        starts = np.flatnonzero(codes[:-1] == ord("\n")) + 1
        _LINES[:] = [text, starts.tolist(), "".join(map(chr, codes[starts].tolist()))]
    return _LINES[1], _LINES[2]


@lru_cache(maxsize=4096)
def literal_prefix(pattern: re.Pattern) -> bool:
    """Whether ``pattern`` opens (inside plain groups) with a literal, which ``re`` searches for by itself."""
    try:
        return _literal_prefix(list(parsed(pattern.pattern, pattern.flags)))
    except Exception:  # as first_items: prove nothing
        return False


def _literal_prefix(items: list[tuple[Any, Any]]) -> bool:
    """Whether the pattern opens (inside plain groups) with a literal: re searches for that by itself, fast."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] is _c.LITERAL


def max_width(pattern: re.Pattern) -> int:
    """The most characters a match of ``pattern`` can span (lookarounds not counted; very large when unbounded)."""
    return parsed(pattern.pattern, pattern.flags).getwidth()[1]


def _skips_ahead(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``re`` finds the places to try by itself: the pattern opens (inside plain groups) with a literal,
    a class, or alternatives that each open with a literal (re._compiler's literal prefix and charset)."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    if op is _c.BRANCH:
        return all(alt and list(alt)[0][0] is _c.LITERAL for alt in av[1])
    return False


def _first(items: list[tuple[Any, Any]]) -> tuple[First, bool]:
    """Class items covering every character a match of the sequence can begin with, and whether it may match
    the empty string (then what follows it may begin the match too)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item reads the first character
        if op is _c.LITERAL:
            return out + [(op, av)], False
        if op is _c.IN:
            if any(o is _c.NEGATE or (o is _c.CATEGORY and a not in _CATEGORIES) for o, a in av):
                return None, False
            return out + list(av), False
        if op is _c.SUBPATTERN:
            found, nullable = _first(list(av[3]))
        elif op is _c.ATOMIC_GROUP:
            found, nullable = _first(list(av))
        elif op in _REPEATS:
            found, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        elif op is _c.BRANCH:
            found, nullable = [], False
            for alt in av[1]:
                one, empty = _first(list(alt))
                if one is None:
                    return None, False
                found, nullable = found + one, nullable or empty
        else:  # any character, a negated literal, back-references, conditionals: not proved
            return None, False
        if found is None:
            return None, False
        out += found
        if not nullable:
            return out, False
    return out, True


def _class_text(items: list[tuple[Any, Any]]) -> str:
    parts = []
    for op, av in items:
        if op is _c.LITERAL:
            parts.append(f"\\U{av:08x}")
        elif op is _c.RANGE:
            parts.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        else:
            parts.append(_CATEGORIES[av])
    return "".join(dict.fromkeys(parts))
