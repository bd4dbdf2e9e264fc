"""A suggestion's title quoted a character off from the way the same reply writes it elsewhere.

A reply to a 建议 or 提案 names it in its heading and its 案由 (关于将单位宿舍纳入老旧小区改造范围的建议),
then quotes it in the letter (您提出的“关于……的建议”收悉). A quotation is the title as filed, word for
word: a 的, 和 or 与 put in or left out there is a slip, though W023 lets such optional characters pass in
running prose (人力资源和社会保障局 / 人力资源社会保障局 are both right). So only a quoted title is read,
and only against a form the text writes at least twice (the heading and the 案由 agree; the quotation,
written once, is the one off).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..core import regex_cache
from .edit_distance import edits

# A suggestion's or motion's title: 关于 … 的建议 (提案, 议案), on one line, no quote marks or brackets inside (a heading holds 答复(关于……的建议)).
_TITLE = regex_cache.compile(r"关于[^“”《》()（）\n，。；,;]{2,60}?的(?:建议|提案|议案)")
_QUOTES = "“《\"「"
MIN_REPEATS = 2  # the text's own form: the heading and the 案由 at least


@dataclass(frozen=True, order=True)
class QuotedVariant:
    """A quoted title (``written``, at start..end) one character off the text's repeated form ``right``."""

    start: int
    end: int
    written: str
    right: str


def _one_apart(a: str, b: str) -> bool:
    """Whether one of the two is the other with one character put in (lengths one apart, one edit)."""
    return abs(len(a) - len(b)) == 1 and edits(a, b, 1) == 1


def find(text: str) -> list[QuotedVariant]:
    """The quoted titles written once that lost or gained one character against a title the text repeats."""
    if "关于" not in text:
        return []
    hits = [(m.start(), m.end(), m.group()) for m in _TITLE.finditer(text)]
    counts = Counter(t for _, _, t in hits)
    repeated = [t for t, n in counts.items() if n >= MIN_REPEATS]
    out = []
    for start, end, title in hits:
        if counts[title] != 1 or start == 0 or text[start - 1] not in _QUOTES:
            continue
        right = next((r for r in repeated if _one_apart(r, title)), None)
        if right is not None:
            out.append(QuotedVariant(start, end, title, right))
    return out
