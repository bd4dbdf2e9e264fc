"""Flag pairs of reports in one batch that read as copies of each other.

Reviewers notice when two bureaus hand in the same prose with different
figures, so the batch summary lists such pairs. What counts:

- only paragraphs (no headings, no tables, no title) — tables are data;
- figures are masked (every digit becomes 0), so "same text, other numbers" is
  still a copy;
- boilerplate is left out: a paragraph that appears in at least half of the
  reports (a duty list, a fixed policy sentence) says nothing about copying;
- similarity is the Jaccard index of the character-bigram sets of the rest.

Comparing every pair is O(n²) in reports, so each report is reduced to a small
MinHash signature (``SIGNATURE_SIZE`` 32-bit values) first; pairs whose
estimate comes near the threshold are then compared exactly on their text. The
threshold is data: ``similarity_threshold`` in glossary/thresholds.yaml.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np

SIGNATURE_SIZE = 128
BOILERPLATE_SHARE = 0.5  # a paragraph in at least this share of the reports is boilerplate
BOILERPLATE_MIN_REPORTS = 3  # ...and in at least this many (two reports alone define no boilerplate)
CANDIDATE_MARGIN = 10.0  # percentage points below the threshold at which pairs are compared exactly

_DIGITS = re.compile(r"[0-9０-９]")
_SPACE = re.compile(r"\s+")
_rng = np.random.default_rng(20240917)  # fixed: signatures must be the same in every process
_A = _rng.integers(1, 2**63, size=SIGNATURE_SIZE, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=SIGNATURE_SIZE, dtype=np.uint64)
_EMPTY = np.full(SIGNATURE_SIZE, 0xFFFFFFFF, dtype=np.uint32)


def markdown_paragraphs(md: str) -> list[str]:
    """The prose paragraphs of a generated Markdown report (no headings, tables, title)."""
    out = []
    for block in md.split("\n\n"):
        block = block.strip()
        if not block or block.startswith("#") or block.startswith("|"):
            continue
        out.append(block)
    return out


def normalize(paragraph: str) -> str:
    """White space removed, digits masked: what is compared."""
    return _DIGITS.sub("0", _SPACE.sub("", paragraph))


def paragraph_hash(paragraph: str) -> int:
    """A 64-bit fingerprint of one normalized paragraph (stable across processes)."""
    return int.from_bytes(hashlib.blake2b(normalize(paragraph).encode("utf-8"), digest_size=8).digest(), "big")


def paragraph_hashes(md: str) -> list[int]:
    return [paragraph_hash(p) for p in markdown_paragraphs(md)]


def boilerplate(hash_lists: Iterable[Sequence[int]]) -> frozenset[int]:
    """Paragraph fingerprints shared by at least half of the reports (and at least three)."""
    counts: Counter = Counter()
    n = 0
    for hashes in hash_lists:
        n += 1
        counts.update(set(hashes))
    need = max(BOILERPLATE_MIN_REPORTS, math.ceil(BOILERPLATE_SHARE * n))
    return frozenset(h for h, c in counts.items() if c >= need)


def bigrams(md: str, skip: frozenset[int] = frozenset()) -> set[int]:
    """Character bigrams (as integers) of the paragraphs of ``md`` that are not boilerplate."""
    out: set[int] = set()
    for p in markdown_paragraphs(md):
        if paragraph_hash(p) in skip:
            continue
        text = normalize(p)
        out.update((ord(a) << 21) | ord(b) for a, b in zip(text, text[1:]))
    return out


def signature(md: str, skip: frozenset[int] = frozenset()) -> bytes:
    """MinHash signature of the non-boilerplate bigram set; all 0xFF… when that set is empty."""
    grams = bigrams(md, skip)
    if not grams:
        return _EMPTY.tobytes()
    ids = np.fromiter(grams, dtype=np.uint64, count=len(grams))
    hashed = (ids[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return hashed.min(axis=0).astype(np.uint32).tobytes()


def jaccard(a: set[int], b: set[int]) -> float:
    """Exact Jaccard index in percent; 0 when both sets are empty."""
    if not a and not b:
        return 0.0
    return 100.0 * len(a & b) / len(a | b)


@dataclass(frozen=True)
class SimilarPair:
    a: int  # indices into the list of signatures given to :func:`similar_pairs`
    b: int
    similarity: float  # percent


def candidate_pairs(signatures: Sequence[bytes], threshold: float) -> list[tuple[int, int, float]]:
    """Pairs whose MinHash estimate reaches ``threshold - CANDIDATE_MARGIN`` (estimate in percent)."""
    if len(signatures) < 2:
        return []
    m = np.frombuffer(b"".join(signatures), dtype=np.uint32).reshape(len(signatures), SIGNATURE_SIZE)
    empty = (m == 0xFFFFFFFF).all(axis=1)
    floor = threshold - CANDIDATE_MARGIN
    out = []
    for i in range(len(signatures) - 1):
        if empty[i]:
            continue
        est = (m[i + 1:] == m[i]).mean(axis=1) * 100.0
        for j in np.nonzero(est >= floor)[0]:
            k = i + 1 + int(j)
            if not empty[k]:
                out.append((i, k, float(est[j])))
    return out


def similar_pairs(texts: Sequence[str], threshold: float) -> list[SimilarPair]:
    """All pairs of ``texts`` (Markdown reports) above ``threshold`` percent, exact.

    Convenience for small batches and tests; the batch runner does the same in
    two passes so that it never holds every report's text at once.
    """
    skip = boilerplate(paragraph_hashes(t) for t in texts)
    sigs = [signature(t, skip) for t in texts]
    return confirm(candidate_pairs(sigs, threshold), lambda i: texts[i], skip, threshold)


GRAM_CACHE_SIZE = 512  # reports whose bigrams are kept while confirming candidate pairs (~5 KB each)


def confirm(candidates: Iterable[tuple[int, int, float]], text_of: Callable[[int], str], skip: frozenset[int],
            threshold: float) -> list[SimilarPair]:
    """Exact similarity for candidate pairs; keep those above ``threshold``.

    Memory stays bounded however many candidates there are: each report's
    bigrams are kept as a sorted ``uint64`` array (8 bytes a bigram, not a
    Python set) in an LRU cache of at most GRAM_CACHE_SIZE reports; one that
    falls out is recomputed from its text (a fraction of a millisecond).
    """
    cache: OrderedDict[int, np.ndarray] = OrderedDict()

    def grams(i: int) -> np.ndarray:
        g = cache.get(i)
        if g is not None:
            cache.move_to_end(i)
            return g
        found = bigrams(text_of(i), skip)
        g = np.fromiter(found, dtype=np.uint64, count=len(found))
        g.sort()
        cache[i] = g
        if len(cache) > GRAM_CACHE_SIZE:
            cache.popitem(last=False)
        return g

    out = []
    for i, j, _ in candidates:
        a, b = grams(i), grams(j)
        if not a.size and not b.size:
            continue  # the Jaccard index of two empty sets is 0
        both = np.intersect1d(a, b, assume_unique=True).size
        sim = 100.0 * both / (a.size + b.size - both)
        if sim > threshold:
            out.append(SimilarPair(i, j, round(sim, 1)))
    return out
