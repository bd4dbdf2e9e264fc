"""The domain word a seam splits: a paragraph break (W033) or a space (W034) inside 食品安全风险监测.

Both rules ask the same question of the text on either side of a seam: does a
word of the domain list (glossary/domain_words.yaml, the words W011 reads),
three characters or longer, start before the seam and end after it? Shorter
words are left to the dictionary's judgement in the rule that wants them: two
characters meet by chance far too often.
"""

from __future__ import annotations

from ..core.glossary_user import per_glossary
from .domain_words import domain_words


@per_glossary()
def _words() -> tuple[frozenset, tuple]:
    """The domain words as a set, and their lengths from three characters on: made once per word list."""
    lists = domain_words()
    return frozenset(lists.words), tuple(sorted({len(w) for w in lists.words if len(w) >= 3}))


def term_across(before: str, after: str) -> tuple[str, int]:
    """The longest domain word that holds the seam (it starts in ``before`` and ends in ``after``), and how
    many of its characters stand before the seam; ("", 0) when none does."""
    words, lengths = _words()
    best, best_k = "", 0
    for n in lengths:
        for k in range(1, n):
            if k <= len(before) and n - k <= len(after) and before[len(before) - k:] + after[:n - k] in words:
                if n > len(best):
                    best, best_k = before[len(before) - k:] + after[:n - k], k
    return best, best_k
