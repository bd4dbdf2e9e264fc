"""Typos that leave two single characters which are each words (对像, 宜传): the split path of W003.

W003's main path judges the stretches the segmenter cannot read as known
words. A slip of one character inside a common word often leaves two single
characters the segmenter accepts (对/像 for 对象, 依/具 for 依据), so that path
never sees it. This one turns the search around: every frequent word of two
or three characters (jieba's dictionary) is listed once per process under each
misspelling the confusion sets allow (glossary/confusion.tsv, read backwards)
that is no dictionary word itself, and the text's own two- and three-character
sequences are intersected with that list. A hit stands only if the context
confirms it: the best segmentation (jieba's DAG route) of the clause around
it becomes much likelier with the word restored (``DELTA_MIN``, natural log),
no figure touches it (剂次 after a number), and the written form does not
recur in the text (a name or abbreviation repeats: 田心乡, 开财字 … ; a slip
seldom does). Measured on the hand-annotated real reports its precision is
low, which is why it runs only inside the opt-in W003, at info.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .confusion import confusions, frequencies

# Minimum dictionary frequency of the word a misspelling is listed under, by its length.
MIN_FREQ = {2: 1000, 3: 200}
# How much likelier the restored clause must read (log of the ratio of best-route probabilities).
DELTA_MIN = 8.5
CONTEXT = 4  # Chinese characters on each side that the route is computed over
# Productive patterns whose middle character is no slip: 应收尽收, 应养尽养.
_PATTERNS = re.compile(r"应(.)尽\1")
_DIGIT_NEAR = re.compile(r"[0-9０-９一二三四五六七八九十百千万两几]")


@lru_cache(maxsize=1)
def misspellings() -> dict[str, tuple[tuple[str, int], ...]]:
    """misspelling -> ((word, index of the changed character), ...), for the frequent short words."""
    freq = frequencies()
    written_for: dict[str, list[str]] = {}
    for written, (sound, shape) in confusions().items():
        for meant in sound + shape:
            written_for.setdefault(meant, []).append(written)
    out: dict[str, list] = {}
    for word, f in freq.items():
        if f and f >= MIN_FREQ.get(len(word), 1 << 62):
            for k, ch in enumerate(word):
                for alt in written_for.get(ch, ()):
                    typo = word[:k] + alt + word[k + 1:]
                    if not freq.get(typo):
                        out.setdefault(typo, []).append((word, k))
    return {typo: tuple(words) for typo, words in out.items()}


def _route(text: str) -> float:
    from .analyse import get_segmenter

    dt = get_segmenter().dt
    route: dict = {}
    dt.calc(text, dt.get_DAG(text), route)
    return route[0][0]


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def find(text: str, known: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, written, word) for each confirmed split typo; spans in ``known`` are never judged."""
    index = misspellings()
    grams = {text[i:i + n] for n in (2, 3) for i in range(len(text) - n + 1)}
    out = []
    for written in sorted(grams & index.keys()):
        starts = [m.start() for m in re.finditer(re.escape(written), text)]
        if len(starts) != 1:
            continue  # a form that recurs is a name or an abbreviation
        s = starts[0]
        e = s + len(written)
        if any(lo < e and s < hi for lo, hi in known) or _DIGIT_NEAR.search(text[max(0, s - 1):e + 1]):
            continue
        if _PATTERNS.search(text[max(0, s - 2):e + 2]):
            continue
        lo, hi = s, e
        while lo > 0 and s - lo < CONTEXT and _is_han(text[lo - 1]):
            lo -= 1
        while hi < len(text) and hi - e < CONTEXT and _is_han(text[hi]):
            hi += 1
        base = _route(text[lo:hi])
        best = max(((_route(text[lo:s] + word + text[e:hi]) - base, word) for word, _ in index[written]), default=None)
        if best and best[0] >= DELTA_MIN:
            out.append((s, e, written, best[1]))
    return sorted(out)
