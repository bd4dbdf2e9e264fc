"""Divisions the body opens by repeating a 第X部分 title without its mark.

A package's contents list "第一部分 2018年政府预算公开相关报表" with its items 1. to
14., then "第二部分 …" with 15. to 20.; the body then repeats the part titles
alone ("2018年政府预算公开相关报表") and numbers its items afresh from 1. and from
15. The bare title line opens the part again as surely as 第一部分 would: the
numbered levels under it count afresh, and items in the contents and in the body
belong to two divisions, not one list. Only a line that is exactly the title of
an earlier 第X部分 line counts, so a sentence that merely mentions it does not.
"""

from __future__ import annotations

from .context import CheckContext
from .headings import numbering, part_number

MIN_TITLE = 4  # 概况 alone is too common a line to read as a part's title


def _title(text: str) -> str:
    return text.strip(" \t\u3000")


def _restated(ctx: CheckContext) -> list[int]:
    titles: set[str] = set()
    found: list[int] = []
    for p in ctx.paragraphs:
        part = part_number(p.text)
        text = _title(p.text)
        if part:
            rest = _title(text[len(part[2]):])
            if len(rest) >= MIN_TITLE:
                titles.add(rest)
        elif text in titles and not numbering(text):
            found.append(p.start)
    return found


def restated_part_starts(ctx: CheckContext) -> list[int]:
    """Offsets of unnumbered lines that repeat an earlier 第X部分 line's title exactly, in order (cached)."""
    return ctx.memo("restated_part_starts", _restated)
