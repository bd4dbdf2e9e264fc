"""Levenshtein distance of two short strings, given up past a limit.

Titles are compared for slips (a contents entry against its body heading, a
cited document's title against the registered one): only "at most one or two
edits?" is asked, so the computation stops as soon as every cell of a row
exceeds the limit.
"""

from __future__ import annotations


def edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is certain to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
