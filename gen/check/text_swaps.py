"""A character put in place of another inside a phrase the same text writes the other way: W023's third reading.

gen.check.text_variants finds a character lost, added or moved against the text's own wording; a character
written for another of like sound or shape (浑茶二村 once, for the 浑查二村 the text names three times) is the
fourth slip of the kind. The same counts of character pairs give the candidates at no further cost: a
character that meets both its neighbours here only, while its two neighbours stand one apart at least twice
elsewhere (浑…二 seen with 查 between). A swap whose character makes a word with a neighbour (检查 once beside
检察, 稽查 beside 稽察) writes two words of their own, and is left alone. The
character the text puts there elsewhere must be one of like sound or shape (glossary/confusion.tsv,
shape_pairs.txt): two words of one build that differ by meaning (大气监测 / 大气监管, 一是 / 二是) are no slip.
Then, as for the other readings: the right form a phrase of at least PHRASE_MIN characters written at least
SEEN_MIN times, the written form once and no dictionary word, and no legitimate short form of the policy file
(the phrase tests are text_variants' own, shared rather than written twice).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

import numpy as np

from .confusion import confusions, freq
from ..core.han import is_han
from .text_variants import SEEN_MIN, Variant, _grow, _optional, _pairs_once, _seen, pair_counts, policy


WORD_FREQ = 20  # jieba's count from which a pair of characters reads as a word of its own


def _candidates(text: str) -> list[int]:
    """Positions of a character that meets both neighbours here only (a pair seen once, or twice where a
    bucket is shared), its two neighbours standing one apart at least twice more elsewhere."""
    pairs = pair_counts(text)
    if pairs is None:
        return []
    han, adj, skip, n_adj, n_skip = pairs
    rare = np.flatnonzero(han[:-1] & han[1:] & (n_adj[adj] <= 2))
    first = rare[:-1][rare[1:] == rare[:-1] + 1]  # pairs (p-1, p) and (p, p+1) both rare: p = first + 1
    return (first[n_skip[skip[first]] >= SEEN_MIN + 1] + 1).tolist()


def _meant(text: str, p: int) -> list[str]:
    """Characters of like sound or shape that the text writes between the two neighbours of ``p`` at least
    twice, the most frequent first."""
    like = "".join(confusions().get(text[p], ("", "")))
    if not like:
        return []
    seen = Counter(re.findall(re.escape(text[p - 1]) + "(.)" + re.escape(text[p + 1]), text))
    return [ch for ch, n in seen.most_common(3) if n >= SEEN_MIN and ch != text[p] and ch in like]


def swaps(text: str) -> Iterator[Variant]:
    """Each span written with one character swapped for one of like sound or shape, against a phrase the
    text writes the other way at least twice."""
    candidates = [p for p in _candidates(text) if p > 0 and p + 1 < len(text)]
    if not candidates:
        return
    once = set(_pairs_once(text, sorted({p for p in candidates} | {p + 1 for p in candidates})))
    rules = policy()
    for p in candidates:
        if p not in once or p + 1 not in once:
            continue
        if freq(text[p - 1:p + 1]) >= WORD_FREQ or freq(text[p:p + 2]) >= WORD_FREQ:
            continue  # the written character makes a word with a neighbour (检查 beside 检察): two words, no slip
        for ch in _meant(text, p):
            if _optional(text, p, p + 1, ch, rules):
                continue
            grown = _grow(text, p, p + 1, ch)
            if not grown:
                continue
            written, right, lo, hi = grown
            if is_han(written[0]) and not _seen(text, written) and not freq(written):
                yield Variant(lo, hi, written, right, 0.0)
                break
