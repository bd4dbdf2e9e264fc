"""Slips in longer frequent words: a four-character word with one character swapped, and a three- or
four-character word with one character lost. W016's third kind of candidate.

gen.check.typo_index lists the same-sound and look-alike misspellings of two- and
three-character words. Reviewers also mark slips in longer words: a character
swapped inside a four-character word (应及处突 for 应急处突) and, more often, a
character lost from the middle or the end of one (防期 for 防火期, 就医群 for
就医群体). Both kinds are forms of fixed length derived from a frequent word, so
they join the same sorted index of codes and are found in the same vectorised
pass as the others (a third length, the four-character forms, is one more pass
over the text's character runs). A lost character cannot be guessed back from
the form the way a swapped one can (from the confusion sets), so each lost form
is stored with the word it came from (``lost``: form code, word code, sorted).

A lost first character is not indexed: the character before the form then
stands where the lost one stood, and most such forms are the end of one word
and the start of the next (价格 | 情况 would make 评价情况's 价情况 out of every
价情况 in a text). Forms that are words themselves (作者 from 工作者) are real
words where another was meant, which no statistics can tell from the writer's
intent, and are left out as for the swaps.

Four characters take 64 bits at 16 bits each; numpy's shifts wrap around in
int64, so the build and the search compute the same (wrapped) codes and the
sort order of the index stays one-to-one with the forms.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np

from ..core.han import is_han

# Minimum dictionary frequency of a four-character word whose one-character swaps are indexed: jieba's
# four-character words are rarer than its pairs (3,900 at 50 against 1,594 three-character words at 300).
QUAD_MIN_FREQ = 50
# Minimum dictionary frequency of a word whose lost-character forms are indexed, by the word's length.
LOST_MIN_FREQ = {3: 20, 4: 5}
_BMP = 0x10000
_WRAP = 1 << 64


def encode(form: str) -> int:
    """A form of two to four characters as one int64 value (16 bits per character, wrapped as numpy wraps)."""
    code = 0
    for ch in form:
        code = (code << 16) | ord(ch)
    return code - _WRAP if code >= 1 << 63 else code


def decode(code: int, length: int) -> str:
    """The form of ``length`` characters that :func:`encode` gave ``code``."""
    code %= _WRAP
    return "".join(chr((code >> (16 * k)) & 0xFFFF) for k in range(length)[::-1])


def _plain(word: str) -> bool:
    return all(map(is_han, word))


def swaps(word: str, alts: dict[str, tuple[str, ...]], every) -> Iterator[str]:
    """The one-character same-sound and look-alike swaps of ``word`` that are no dictionary word
    themselves (characters of the Basic Multilingual Plane only: the codes hold 16 bits each)."""
    for k, ch in enumerate(word):
        for alt in alts.get(ch, ()):
            typo = word[:k] + alt + word[k + 1:]
            if ord(alt) < _BMP and typo not in every:
                yield typo


def quad_swaps(every: dict[str, int], alts: dict[str, tuple[str, ...]]) -> set[int]:
    """Codes of the swaps of the frequent four-character words."""
    return {encode(typo) for word, frequency in every.items()
            if len(word) == 4 and frequency >= QUAD_MIN_FREQ and _plain(word) for typo in swaps(word, alts, every)}


def quad_halves(every: dict[str, int]) -> np.ndarray:
    """The sorted codes of the first and the last two characters of each four-character word whose swaps are
    indexed. A swap leaves one of the two halves whole, so only a run of four characters with such a pair at
    its start or its end can be one: the search looks up the few such runs instead of every run of four."""
    out = set()
    for word, frequency in every.items():
        if len(word) == 4 and frequency >= QUAD_MIN_FREQ and _plain(word):
            out.update((encode(word[:2]), encode(word[2:])))
    return np.array(sorted(out), dtype=np.int64)


def lost_forms(every: dict[str, int]) -> np.ndarray:
    """(form code, word code) rows, sorted, for each frequent three- or four-character word with an inner or
    its last character lost, where the form is no dictionary word."""
    rows = set()
    for word, frequency in every.items():
        need = LOST_MIN_FREQ.get(len(word))
        if need is None or frequency < need or not _plain(word):
            continue
        for k in range(1, len(word)):
            form = word[:k] + word[k + 1:]
            if form not in every:
                rows.add((encode(form), encode(word)))
    return np.array(sorted(rows), dtype=np.int64).reshape(-1, 2)


def restored(lost: np.ndarray, written: str) -> list[str]:
    """The frequent words ``written`` is one of with a character lost (``lost``: the rows of :func:`lost_forms`)."""
    if not len(lost) or len(written) + 1 not in LOST_MIN_FREQ:
        return []
    code = encode(written)
    lo, hi = np.searchsorted(lost[:, 0], [code, code + 1]) if code < (1 << 63) - 1 else (0, 0)
    return [decode(int(c), len(written) + 1) for c in lost[lo:hi, 1].tolist()]
