"""A pattern without the top-level alternatives that a long text cannot match: the same matches, searched for less.

Some patterns are a list of alternatives each with its own literals and first
characters (the drafter's placeholders: ``…|(?<![\\dA-Za-z])20[0-9][Xx×]…|×{2,12}|…``).
gen.core.regex_needles finds where such a pattern can begin from the characters
any alternative opens with, so an alternative the text cannot hold (its X, its
×, its ＿ absent) still makes every ``2`` of a report a place to try. An
alternative that reads a character the text lacks (gen.core.regex_absent)
matches nowhere in it: dropped, the other alternatives match where they did,
and where the pattern matches, the same alternative matches first. Only
alternatives without capturing groups are dropped, so every group keeps its
number and name; the match is taken again with the pattern itself at each
start, so callers see its own match objects.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator, Optional

from . import regex_cache, regex_needles, text_pairs
from .regex_absent import _holds, _sequence
from .regex_first import _body
from .regex_parsed import parsed

# A pattern no text holds a match of: every alternative was dropped.
NOWHERE = re.compile(r"(?!)")


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """gen.core.regex_needles.finditer's matches of ``pattern`` in ``text``; in a long text, searched for with only
    the alternatives the text can hold."""
    narrower = for_text(pattern, text) if len(text) >= text_pairs.MIN_CHARS else None
    if narrower is None:
        return regex_needles.finditer(pattern, text)
    if narrower is NOWHERE:
        return iter(())
    return rematched(pattern, text, regex_needles.finditer(narrower, text))


def for_text(pattern: re.Pattern, text: str) -> Optional[re.Pattern]:
    """``pattern`` with the alternatives that cannot match in ``text`` (a long text) left out, or NOWHERE;
    None when none can be left out (or the pattern is not a list of alternatives)."""
    alternatives = _alternatives(pattern)
    if alternatives is None:
        return None
    seen = text_pairs.seen_chars(text)
    kept = tuple(i for i, (_, req) in enumerate(alternatives) if req is None or _holds(req, seen))
    return None if len(kept) == len(alternatives) else _joined(pattern, kept)


def rematched(pattern: re.Pattern, text: str, found: Iterator[re.Match]) -> Iterator[re.Match]:
    """``pattern``'s own match at the start of each match ``found`` by a narrower form of it (the same match)."""
    match = pattern.match
    for m in found:
        again = match(text, m.start())
        if again is not None:
            yield again


@lru_cache(maxsize=4096)
def _alternatives(pattern: re.Pattern) -> Optional[tuple[tuple[str, Any], ...]]:
    """(text, requirement) of each top-level alternative, the requirement None for one that is kept whatever
    the text (it holds a group, or nothing is proved); None when the pattern is not split."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.IGNORECASE):
        return None
    parts = split_top(_body(pattern))
    if parts is None or len(parts) < 2:
        return None
    out = []
    for part in parts:
        try:
            tree = parsed(part, pattern.flags)
        except Exception:  # alone it may not compile (a reference to another's group): kept
            out.append((part, None))
            continue
        out.append((part, None if tree.state.groups > 1 else _sequence(list(tree))))
    return None if all(req is None for _, req in out) else tuple(out)


@lru_cache(maxsize=4096)
def _joined(pattern: re.Pattern, kept: tuple[int, ...]) -> Optional[re.Pattern]:
    if not kept:
        return NOWHERE
    parts = _alternatives(pattern)
    try:
        narrower = regex_cache.compile("|".join(parts[i][0] for i in kept), pattern.flags)
    except re.error:
        return None
    return narrower if (narrower.groups, narrower.groupindex) == (pattern.groups, pattern.groupindex) else None


def split_top(source: str) -> Optional[list[str]]:
    """``source`` cut at its top-level ``|`` (outside groups and classes); None when the text is not understood."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i)
            if i < 0:
                return None
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if depth:
        return None
    parts.append(source[start:])
    return parts


def _class_end(source: str, i: int) -> int:
    """Where the class opening at ``source[i]`` ends (past its ``]``); -1 when it does not."""
    i += 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1  # a ] first in a class is one of its characters
    while i < len(source):
        if source[i] == "\\":
            i += 2
        elif source[i] == "]":
            return i + 1
        else:
            i += 1
    return -1
