"""A list of literal words as one regular expression shaped like a trie: the same matches, read faster.

Word-list rules (W005's shortened compounds, the glossary's ``match`` lists)
search a text for any of hundreds of fixed strings. Written as a flat
alternation, longest word first (``基本支|关于印|央补助…``), Python's ``re``
tries every alternative in turn at each place where one could begin; grouped
by shared beginnings (``基本(?:支|…)|关于(?:印|…)``) it follows one branch per
character. The matches are the same: at the leftmost place where a word
begins, the longest word there (the flat form's longest-first order gives
that too, since two words of one length cannot both match at one place).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

try:  # the standard library's regex constants (sre_constants before Python 3.11)
    import re._constants as _c
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]

from . import kept_results, regex_cache
from .regex_parsed import parsed

_END = ""  # marks a node where a word ends (no character is the empty string)


def alternation(words: Iterable[str]) -> str:
    """Pattern text matching what ``"|".join(words sorted longest first)`` matches; ``(?!)`` for no words."""
    trie: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(trie) or "(?!)"


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(node[ch]) for ch in sorted(k for k in node if k != _END)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word ends here and longer ones go on: the greedy ? tries the longer ones first.
    return "(?:" + body + ")?" if _END in node else body


@lru_cache(maxsize=4096)
def as_trie(pattern: re.Pattern) -> Optional[re.Pattern]:
    """The trie form of a pattern that is only literal alternatives, when it finds the same matches; else None.

    A flat alternation takes the first alternative that matches, so it equals
    the trie (longest word) unless a word is listed after a longer word it
    begins (``预算|预算执行``): then the pattern is left as it is.
    """
    trie = _trie_text(pattern)
    return None if trie is None else regex_cache.compile(trie, pattern.flags)


@kept_results.per_pattern("tries")  # lru_cache over an earlier start's answer, when kept
def _trie_text(pattern: re.Pattern) -> Optional[str]:
    words = literal_words(pattern)
    if words is None or len(words) < 2:
        return None
    for i, short in enumerate(words):
        if any(long != short and long.startswith(short) for long in words[i + 1 :]):
            return None
    return alternation(words)


def literal_words(pattern: re.Pattern) -> Optional[list[str]]:
    """The alternatives of a pattern made of literal text only (``甲乙|丙``), in order; None for anything else."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE) or pattern.groups:
        return None
    try:
        top = list(parsed(pattern.pattern, pattern.flags))
    except Exception:  # a pattern re compiled but the parser API disagrees: leave it as it is
        return None
    if len(top) == 1 and top[0][0] is _c.BRANCH:
        alternatives = [list(alt) for alt in top[0][1][1]]
    else:
        alternatives = [top]
    words = []
    for items in alternatives:
        if not items or any(op is not _c.LITERAL for op, _ in items):
            return None
        words.append("".join(chr(av) for _, av in items))
    return words
