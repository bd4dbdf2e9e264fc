"""Divisions the body opens by repeating a 第X部分 title without its mark.

A package's contents list "第一部分 2018年政府预算公开相关报表" with its items 1. to
14., then "第二部分 …" with 15. to 20.; the body then repeats the part titles
alone ("2018年政府预算公开相关报表") and numbers its items afresh from 1. and from
15. The bare title line opens the part again as surely as 第一部分 would: the
numbered levels under it count afresh, and items in the contents and in the body
belong to two divisions, not one list. Only a line that is exactly the title of
an earlier 第X部分 line counts, so a sentence that merely mentions it does not.

Some templates head each part with the document's title and the part's after a dash ("某福利院2021年部门预算——
单位概况", "……——预算表" for "第二部分 2021年部门预算表"): a line of that shape opens the part whose title is, or
ends with, the words after its dash.
"""

from __future__ import annotations

from ..core import regex_cache
from .context import CheckContext
from .headings import numbering, part_number, part_starts

MIN_TITLE = 4  # 概况 alone is too common a line to read as a part's title
MIN_TAIL = 3  # the words after a dash that end a part's title (预算表)
MAX_DASHED = 60  # a dashed title line is short and holds no sentence
_DASHED = regex_cache.compile(r"[^。；;，,：:]{2,40}(?:——|－－|--)[ \u3000]{0,2}([\u4e00-\u9fff]{3,20})")


def _title(text: str) -> str:
    return text.strip(" \t\u3000")


def _restated(ctx: CheckContext) -> list[int]:
    if not part_starts(ctx):
        return []  # no 第X部分 line, no title to restate: answered without reading every paragraph again
    titles: set[str] = set()
    found: list[int] = []
    for p in ctx.paragraphs:
        part = part_number(p.text)
        text = _title(p.text)
        if part:
            rest = _title(text[len(part[2]):])
            if len(rest) >= MIN_TITLE:
                titles.add(rest)
        elif (text in titles or _dashed_title(text, titles)) and not numbering(text):
            found.append(p.start)
    return found


def _dashed_title(text: str, titles: set[str]) -> bool:
    """``text`` is a title, a dash and a part's title or its last words ("……部门预算——预算表")."""
    m = _DASHED.fullmatch(text) if "—" in text or "-" in text or "－" in text else None
    if m is None or len(text) > MAX_DASHED:
        return False
    tail = m.group(1)
    return len(tail) >= MIN_TAIL and any(t == tail or t.endswith(tail) for t in titles)


def restated_part_starts(ctx: CheckContext) -> list[int]:
    """Offsets of unnumbered lines that repeat an earlier 第X部分 line's title exactly, in order (cached)."""
    return ctx.memo("restated_part_starts", _restated)
