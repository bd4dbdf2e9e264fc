"""The words after a flattened funds table's budget word (gen.check.flat_funds), read only as far as needed.

A report names its budget words (预算数, 年初预算) in prose and in tables a hundred times; a flattened
table's header starts at few of them. Each is read as a header from its words, and only a header that names
an actual column goes on to read its block (1,200 characters of words). The header's first words decide
that: when the header ends well inside them, the words further on cannot change it, and are not read.
"""

from __future__ import annotations

from itertools import islice
from typing import Callable, Iterator, Optional

from ..core import regex_cache

TOKEN = regex_cache.compile(r"[^\s|]+")
_RULE_LINE = regex_cache.compile(r":?-{3,}:?")  # a Markdown table's |---|---| line
HEAD_TOKENS = 32  # words read first: a header's cells, and the few after them its reading looks at


def _tokens(text: str, start: int, reach: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of the words in ``text[start:start + reach]``, a Markdown rule line's dashes left out."""
    for t in TOKEN.finditer(text, start, start + reach):
        word = t.group()
        if not ("---" in word and _RULE_LINE.fullmatch(word)):
            yield t.start(), t.end(), word


def header_tokens(text: str, start: int, reach: int, header: Callable[[list], tuple], lookahead: int,
                  wanted: Callable[[tuple], bool]) -> Optional[tuple[list, tuple]]:
    """The words from ``start`` (``reach`` characters) and ``header`` of them, when ``wanted`` of that reading;
    else None. ``header`` reads words up to ``lookahead`` past where it stops (the index its answer's third
    item gives, or before): when that lies inside the first words, the rest would give the same reading."""
    found = _tokens(text, start, reach)
    head = list(islice(found, HEAD_TOKENS))
    got = header(head)
    if not wanted(got) and (len(head) < HEAD_TOKENS or got[2] + lookahead + 1 < len(head)):
        return None  # the same answer as from every word: the header ended among the first ones
    tokens = head + list(found)
    got = header(tokens) if len(head) == HEAD_TOKENS else got
    return (tokens, got) if wanted(got) else None
