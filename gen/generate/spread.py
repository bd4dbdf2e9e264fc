"""Spreading a group's sentence plans over the bureaus of one batch, sentence by sentence.

A variant line with choice points (``[[a|b]]``, see corpus.expand_alternatives) expands
to every combination, and a batch gives each bureau one of them by its place in the
batch. Picking a whole combination at random lets two bureaus share a *sentence*
even when their combinations differ (the choice points of another sentence differ),
and readers notice sentences. So the choice points are grouped by the sentence
(block) they stand in, and each block counts through its own wordings with the
bureau's position: two bureaus whose positions differ by less than a block's number
of wordings never share that block's wording. Offsets and the order within each
block are seeded per group, so groups do not move in step.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

# What ends a sentence for the repetition measure (gen/batch/repetition.py splits there).
_TERMINATORS = re.compile(r"[。；！？]")
_JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)

Shape = tuple[tuple[int, ...], ...]  # per block (sentence), the sizes of its choice points, in text order


def variant_shape(variant: str, split_choices) -> Shape:
    """The blocks of ``variant``'s choice points, found in the order expand_alternatives expands them.

    A choice point belongs to the sentence it starts in; a sentence ends at 。；！？ in the
    text between choice points (outside Jinja tags). ``split_choices`` is the corpus's
    own splitter, so a "|" inside ``{{ }}`` is read the same way.
    """
    blocks: list[list[int]] = [[]]
    rest = variant
    while True:
        open_at = rest.find("[[")
        close_at = rest.find("]]", open_at + 2) if open_at >= 0 else -1
        if open_at < 0 or close_at < 0:
            break
        if _TERMINATORS.search(_JINJA_TAG.sub("", rest[:open_at])) and blocks[-1]:
            blocks.append([])
        blocks[-1].append(len(split_choices(rest[open_at + 2:close_at])))
        rest = rest[close_at + 2:]
    return tuple(tuple(b) for b in blocks if b)


def _rank(*parts: object) -> bytes:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()


@lru_cache(maxsize=4096)
def _order(n: int, *key: object) -> tuple[int, ...]:
    """A seeded permutation of range(n)."""
    return tuple(sorted(range(n), key=lambda i: _rank(*key, i)))


def _size(block: tuple[int, ...]) -> int:
    out = 1
    for k in block:
        out *= k
    return out


def spread_index(shapes: tuple[Shape, ...], group_key: str, seed: int, position: int) -> int:
    """Index into the group's expanded variants for the bureau at ``position`` in a batch.

    The line is taken in a seeded order by position; within the line, each block takes
    its (seeded) next wording, and the block choices are composed into the index of the
    combination in expand_alternatives' order (first choice point most significant).
    """
    line = _order(len(shapes), group_key, seed, "line")[position % len(shapes)]
    turn = position // len(shapes)
    digits: list[int] = []
    for b, block in enumerate(shapes[line]):
        size = _size(block)
        offset = int.from_bytes(_rank(group_key, seed, line, b, "offset")[:4], "big") % size
        combo = _order(size, group_key, seed, line, b)[(turn + offset) % size]
        block_digits = []
        for k in reversed(block):
            combo, d = divmod(combo, k)
            block_digits.append(d)
        digits.extend(reversed(block_digits))
    sizes = [k for block in shapes[line] for k in block]
    index = 0
    for d, k in zip(digits, sizes):
        index = index * k + d
    return sum(_size(tuple(k for b in s for k in b)) for s in shapes[:line]) + index
