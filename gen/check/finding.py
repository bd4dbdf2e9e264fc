"""A finding: one problem at one span of the analysed text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional

from ..core.records import direct_init

SEVERITIES = ("error", "warning", "info")
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


@direct_init  # made by the thousand per long report (S010, N006, T002 on the benchmark's), see gen.core.records
@dataclass(frozen=True, order=True)
class Finding:
    start: int  # 0-based character offset into the decoded text, inclusive
    end: int  # exclusive
    code: str
    severity: str
    message: str
    suggestion: Optional[str] = None


def first_of_many(found: list, code: str, severity: str, first: Callable[[Any, int], str],
                  rest: Callable[[Any], str], suggestion: Optional[str] = None) -> Iterator[Finding]:
    """One finding per match of a debris a copied page spreads through the text (pinyin, HTML tags): the
    first at ``severity`` with the count (``first(match, count)``), the rest at info (``rest(match)``), so the
    reviewer is told once and can still find each spot."""
    for k, m in enumerate(found):
        if k == 0:
            yield Finding(m.start(), m.end(), code, severity, first(m, len(found)), suggestion)
        else:
            yield Finding(m.start(), m.end(), code, "info", rest(m), suggestion)
