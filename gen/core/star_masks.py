"""Two stars glued between two Chinese characters read as a masked word, not as Markdown's bold.

A copied page masks a name or a word with ** (实现**共享, 用于**路的整治); Markdown opens and closes its bold with
the same two stars on one line (加强**预算管理**工作). Kept apart from gen.core.placeholders, which reads every
other form, because telling the two apart needs the line's other pairs, not one pattern.
"""

from __future__ import annotations

import re

from . import regex_cache
from .regex_pruned import finditer as near_needles

# Two stars glued between two Chinese characters (实现**共享, 政府性基**排情况): a word masked on a copied page, when
# no other pair of stars stands on its line (Markdown's bold opens and closes on one line: 加强**预算管理**工作), or
# when it can pair with neither of its neighbours (``_unpairable``).
MASK_PAIR = regex_cache.compile(r"(?<=[\u4e00-\u9fff])(?<!\*)\*\*(?!\*)(?=[\u4e00-\u9fff])")
_STAR_PAIR = regex_cache.compile(r"(?<!\*)\*\*(?!\*)")


_CLAUSE_MARK = regex_cache.compile(r"[，,。；;！？!?]")


def _unpairable(text: str, pairs: list[int], at: int) -> bool:
    """Whether the ** at ``pairs[at]`` can pair with neither neighbour on its line as Markdown's bold: a line's
    bold pairs are even in number, and a bold phrase holds no clause mark before its closing ** (用于**路的整治;投资…
    对**新村, three pairs, the first reaching across a semicolon, is a masked name, not bold)."""
    if len(pairs) % 2 == 0:
        return False
    spans = []
    if at:
        spans.append(text[pairs[at - 1] + 2:pairs[at]])
    if at + 1 < len(pairs):
        spans.append(text[pairs[at] + 2:pairs[at + 1]])
    return all(_CLAUSE_MARK.search(span[:-1]) for span in spans)


def mask_pairs(text: str) -> list[re.Match]:
    out = []
    for m in near_needles(MASK_PAIR, text):  # opens with lookbehinds: tried only near its ** (4 ms of 200,000 characters)
        lo, hi = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        pairs = [p.start() for p in _STAR_PAIR.finditer(text, lo, len(text) if hi < 0 else hi)]
        if len(pairs) == 1 or _unpairable(text, pairs, pairs.index(m.start())):
            out.append(m)
    return out
