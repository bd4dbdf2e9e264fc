"""A frequent word with one character swapped for one of the same side: W016's second candidate pass.

The confusion sets behind gen.check.typo_index hold same-sound characters and
glyph look-alikes, and miss the commonest slip of the eye and of OCR: a
character of two sides written with one side kept and the other wrong (支付
written 支信, both 亻; 筹措 written 筹拍, both 扌; 拟订 written 权订, 扌 read as
木). Listing every such pair would multiply the index (a side such as 扌 is
shared by hundreds of characters), so this pass turns the search around once
more: each frequent word is indexed with one character replaced by the *side
key* of that character (its left or top part, or its right or bottom part,
from glossary/components.tsv), and each pair and triple of the text is looked
up with each of its characters replaced by its own side keys. A hit is a text
form that differs from a frequent word in one character of the same side;
most hits are the word itself, which the confirmation drops at once (a known
word is no slip), and the rest are judged exactly like the index's hits
(gen.check.split_typos).

A side key is a private-use code point (U+E000 on), so a key and a character
never meet in one code; a text character in the private-use area is read as
a non-character.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..core.errors import UserError
from ..core.glossary_user import per_glossary
from ..core.text_pairs import code_points
from .confusion import data_lines, frequencies

COMPONENTS_FILE = "components.tsv"
_KEY_BASE = 0xE000
_KEY_END = 0xF900  # the private-use area of the Basic Multilingual Plane
_HASH_BITS = 20
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)


@lru_cache(maxsize=1)
def sides() -> dict[str, tuple[str, str]]:
    """character -> (first side, second side), from glossary/components.tsv."""
    out = {}
    for n, line in data_lines(COMPONENTS_FILE, "（可用 scripts/build_components.py 重新生成）"):
        parts = line.split("\t")
        if len(parts) != 3 or len(parts[0]) != 1 or not parts[1] or not parts[2]:
            raise UserError(f"词库文件 {COMPONENTS_FILE} 第{n}行格式有误：应为“字<TAB>前部件<TAB>后部件”。")
        out[parts[0]] = (parts[1], parts[2])
    return out


@lru_cache(maxsize=1)
def _keys() -> tuple[tuple[dict[str, int], dict[str, int]], dict[int, str]]:
    """Per slot, character -> side key code; and key code -> the characters that share it."""
    table = sides()
    names = sorted({(slot, s[slot]) for s in table.values() for slot in (0, 1)})
    if len(names) > _KEY_END - _KEY_BASE:
        raise UserError(f"词库文件 {COMPONENTS_FILE} 的部件种类过多（{len(names)}），超出可编码的范围。")
    code = {name: _KEY_BASE + i for i, name in enumerate(names)}
    per_slot: tuple[dict[str, int], dict[str, int]] = ({}, {})
    members: dict[int, list[str]] = {}
    for ch in sorted(table):
        for slot in (0, 1):
            key = code[(slot, table[ch][slot])]
            per_slot[slot][ch] = key
            members.setdefault(key, []).append(ch)
    return per_slot, {k: "".join(v) for k, v in members.items()}


def build(words: list[str]) -> np.ndarray:
    """The sorted codes of every two-character word of ``words`` with one character replaced by one of its side keys."""
    per_slot, _ = _keys()
    out = set()
    for word in words:
        if len(word) != 2 or max(map(ord, word)) >= 0x10000:
            continue
        for k, ch in enumerate(word):
            for slot in (0, 1):
                key = per_slot[slot].get(ch)
                if key is not None:
                    a, b = (key, ord(word[1])) if k == 0 else (ord(word[0]), key)
                    out.add((a << 16) | b)
    return np.array(sorted(out), dtype=np.int64)


def same_side(ch: str) -> str:
    """The characters that share a side with ``ch`` in the same position (``ch`` among them)."""
    per_slot, members = _keys()
    return "".join(members[per_slot[slot][ch]] for slot in (0, 1) if ch in per_slot[slot])


@lru_cache(maxsize=1)
def _slot_tables() -> tuple[np.ndarray, np.ndarray]:
    """Per slot, an array from code point to side key (0: no side), for the vectorised pass."""
    per_slot, _ = _keys()
    tables = []
    for slot in (0, 1):
        t = np.zeros(0x10000, dtype=np.int64)
        for ch, key in per_slot[slot].items():
            t[ord(ch)] = key
        tables.append(t)
    return tables[0], tables[1]


def _hash(c: np.ndarray) -> np.ndarray:
    return (c.astype(np.uint64) * _HASH_MUL) >> np.uint64(64 - _HASH_BITS)


_FILTERS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _filter(index: np.ndarray) -> np.ndarray:
    """A bit per hash of every code of ``index`` (one-hash Bloom filter), kept per index array."""
    kept = _FILTERS.get(id(index))
    if kept is None or kept[0] is not index:
        bits = np.zeros(1 << _HASH_BITS, dtype=bool)
        bits[_hash(index)] = True
        kept = _FILTERS[id(index)] = (index, bits)
    return kept[1]


def find(text: str, index: np.ndarray) -> dict[str, tuple[int, int]]:
    """Pairs of characters in ``text`` one same-side character away from a word of ``index`` ->
    (first start offset, number of occurrences). The words themselves are among them.

    Pairs only: every slip of this kind on the seven annotated sets is in a two-character
    word, and each further length costs as much again as the pairs (a pass per character
    and side). The passes read each distinct pair once: a report repeats its pairs
    (a few tens of thousands of distinct ones in 500,000 characters), and whether a pair
    is one side from a word depends on the pair alone."""
    if len(text) < 2 or not len(index):
        return {}
    c = code_points(text).copy()  # shared read-only (gen.core.text_pairs): changed below, so a copy
    c[(c >= 0x10000) | ((c >= _KEY_BASE) & (c < _KEY_END))] = 0xFFFF
    # Each pair in 32 bits (both codes are in the Basic Multilingual Plane now), which sorts faster than 64.
    pairs, once, count = _distinct((c[:-1] << 16) | c[1:])
    pairs = pairs.astype(np.int64)
    first, second = pairs >> 16, pairs & 0xFFFF
    bits = _filter(index)
    hit = np.zeros(len(pairs), dtype=bool)
    for table in _slot_tables():
        for masked in ((table[first] << 16) | second, (first << 16) | table[second]):
            maybe = np.flatnonzero(bits[_hash(masked)])
            found = masked[maybe]
            at = np.searchsorted(index, found)
            at[at == len(index)] = 0
            hit[maybe[index[at] == found]] = True
    return {text[s:s + 2]: (s, k) for s, k in zip(once[hit].tolist(), count[hit].tolist())}


def _distinct(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``np.unique(values, return_index=True, return_counts=True)`` for 32-bit ``values``: the same arrays.

    np.unique finds each value's first index by a stable argsort of the whole array, several
    times slower than sorting the values; here each value is sorted with its index in the low
    bits of one 64-bit key, so equal values come out in the order they stand, first one first.
    """
    shift = len(values).bit_length()
    if not len(values) or shift > 32:  # nothing, or a text of four billion characters
        return np.unique(values, return_index=True, return_counts=True)
    keys = np.sort((values.astype(np.uint64) << np.uint64(shift)) | np.arange(len(values), dtype=np.uint64))
    ordered = keys >> np.uint64(shift)
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    first = (keys[starts] & np.uint64((1 << shift) - 1)).astype(np.intp)
    return ordered[starts].astype(values.dtype), first, np.diff(np.append(starts, len(keys)))


def meant(written: str, need: int, also: frozenset[str] = frozenset()) -> list[str]:
    """The words of frequency ``need`` or more, or in ``also``, that ``written`` is one same-side character away from."""
    return list(_meant(written, need, also))


@per_glossary(maxsize=4096)
def _meant(written: str, need: int, also: frozenset[str]) -> tuple[str, ...]:
    """:func:`meant`, once per form and process: a side shares a character with a hundred others, each
    variant looked up in the segmenter's words (W016 asks of every candidate slip, and reports repeat theirs)."""
    out = []
    table = frequencies()  # freq's table, looked up once: a form has some 250 variants to weigh
    for k, ch in enumerate(written):
        for alt in same_side(ch):
            word = written[:k] + alt + written[k + 1:]
            if alt != ch and word not in out and ((table.get(word, 0) or 0) >= need or word in also):
                out.append(word)
    return tuple(out)
