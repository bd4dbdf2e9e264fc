"""Two stars glued between two Chinese characters read as a masked word, not as Markdown's bold.

A copied page masks a name or a word with ** (实现**共享, 用于**路的整治, 学习《**政策汇编》); Markdown opens and closes
its bold with the same two stars on one line (加强**预算管理**工作). Kept apart from gen.core.placeholders, which reads
every other form, because telling the two apart needs the line's other pairs, not one pattern.

Markdown pairs a line's stars in order, the first with the second, the third with the fourth, and closes a bold phrase
only with stars that can close one (not right after an opening mark such as 《 or “ when a word follows: those open
only, as CommonMark's flanking reads them; a report's bold may close after its full stop, 加强管理。**二是…); a bold phrase in a report ends its sentence at most at its close. Where that reading fails for a pair (an odd
count that leaves it alone, a partner that cannot close, or a phrase that would run across a sentence's end:
总结了**镇人大 20201 年上半年工作情况,……。……审议通过了《**镇…), the stars glued before a word are a mask.
"""

from __future__ import annotations

import re
import unicodedata

from . import regex_cache
from .regex_pruned import finditer as near_needles

# Two stars glued between two Chinese characters (实现**共享, 政府性基**排情况), or after a title's or a quote's opening
# mark before one (学习《**巩固拓展政策汇编》: the place's name masked): a word masked on a copied page, when no other
# pair of stars stands on its line (Markdown's bold opens and closes on one line: 加强**预算管理**工作), or when
# Markdown's reading of the line's pairs cannot take it (``_unpairable``).
MASK_PAIR = regex_cache.compile(r"(?<=[\u4e00-\u9fff《“])(?<!\*)\*\*(?!\*)(?=[\u4e00-\u9fff])")
_STAR_PAIR = regex_cache.compile(r"(?<!\*)\*\*(?!\*)")


_CLAUSE_MARK = regex_cache.compile(r"[，,。；;！？!?]")
_SENTENCE_END = regex_cache.compile(r"[。！？!?]")


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _can_close(text: str, at: int) -> bool:
    """Whether the ** at ``at`` can close a bold phrase: no blank before it, and after an opening mark (《, “, （) only
    where a blank, a mark or the line's end follows (《**镇 opens only)."""
    before = text[at - 1] if at else "\n"
    after = text[at + 2] if at + 2 < len(text) else "\n"
    if before.isspace():
        return False
    return unicodedata.category(before) not in ("Ps", "Pi") or after.isspace() or _punctuation(after)


def _unpairable(text: str, pairs: list[int], at: int) -> bool:
    """Whether the ** at ``pairs[at]`` can pair with neither neighbour on its line as Markdown's bold: a line's
    bold pairs are even in number, and a bold phrase holds no clause mark before its closing ** (用于**路的整治;投资…
    对**新村, three pairs, the first reaching across a semicolon, is a masked name, not bold). An even count is
    paired in order, as Markdown reads it: the pair's own partner must be able to close, the phrase between hold no
    sentence's end before its last character."""
    if len(pairs) % 2 == 0:
        first = at - at % 2
        return not _can_close(text, pairs[first + 1]) \
            or _SENTENCE_END.search(text, pairs[first] + 2, pairs[first + 1] - 1) is not None
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
