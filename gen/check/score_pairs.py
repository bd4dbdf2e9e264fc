"""Regex pieces for an indicator's points and score told in prose ("分值10分，得分9.5分", "得分11分（分值10分）").

F002 (a score above its points) and F014 (a total that is not the sum of its parts) read the same pairs. Each
rule keeps its own reach (how many decimals, which verbs and lead words it accepts, which joiners stand between
the two figures), because a wider pattern in either would change what it reports; what they share is how a
score, a points figure and the two orders of a pair are written, built here once from those parameters.
"""

from __future__ import annotations

from typing import Optional


def number(places: int, name: Optional[str] = None, capture: bool = True) -> str:
    """A score or points figure: up to three digits and ``places`` decimals, as group ``name`` or a plain group."""
    body = rf"\d{{1,3}}(?:\.\d{{1,{places}}})?"
    if not capture:
        return body
    return f"(?P<{name}>{body})" if name else f"({body})"


def score(num: str, verbs: str) -> str:
    """得12分 / 得分11分 / 得分为11分: ``verbs`` may stand between 得分 and the figure (never 得分率, 扣…分)."""
    return rf"得(?:分)?(?:{verbs})?\s{{0,2}}{num}\s{{0,2}}分"


def points(num: str, words: str, verbs: str) -> str:
    """分值10分 / 满分为10分: one of ``words`` (a regex alternation), ``verbs`` optional, then the figure."""
    return rf"{words}(?:{verbs})?\s{{0,2}}{num}\s{{0,2}}分"


def score_then_points(score_re: str, points_re: str) -> str:
    """A score with its points in brackets right after it: 得分11分（分值10分）."""
    return score_re + r"\s{0,2}[（(]\s{0,2}" + points_re + r"\s{0,2}[）)]"


def points_then_score(points_re: str, score_re: str, between: str) -> str:
    """The points told first in the same clause, ``between`` (joiner and lead words) before the score."""
    return points_re + between + score_re
