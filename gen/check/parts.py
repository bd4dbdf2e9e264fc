"""The divisions above a report's outline: 第一部分, 第二章, 第三篇 — every heading level restarts under one.

Split from gen.check.headings (which re-exports these names): the outline reads the divisions, and so do
the contents, the lost numbers and a dozen structure rules, each asking the same question of a paragraph.
"""

from __future__ import annotations

import re
from typing import Optional

from ..core import regex_cache
from ..core.chinese_numerals import parse_chinese_numeral
from ..core.regex_needles import finditer as near_needles
from .context import CheckContext

CN_DIGITS = "一二三四五六七八九十"


def cn_to_int(text: str) -> Optional[int]:
    """A heading's Chinese number: 一 -> 1, 十二 -> 12, 二十一 -> 21 (1..99); None otherwise."""
    if not text or any(c not in CN_DIGITS for c in text):
        return None
    value = parse_chinese_numeral(text)
    return value if value is not None and 0 < value < 100 else None


# "第一部分 部门概况", "第二章 …": a division above 一、 - every numbering level restarts under it.
PART = regex_cache.compile(rf"第([{CN_DIGITS}]{{1,3}}|\d{{1,2}})(部分|章|篇)")


def part_number(text: str) -> Optional[tuple[int, str, str]]:
    """The division that opens ``text``: (number, word, as written) for "第二部分 …" -> (2, "部分", "第二部分")."""
    t = text.lstrip(" \t\u3000")
    # asked of every paragraph by several analyses (25,000 times in 200k chars): most answer here, by a test that
    # makes no one-character string (t[:1] makes one for a Chinese character: twice the time)
    m = PART.match(t) if t.startswith("第") else None
    if not m:
        return None
    value = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
    return (value, m.group(2), m.group()) if value else None


def _part_starts(ctx: CheckContext) -> list[int]:
    return [span.start for span in ctx.paragraphs if part_number(span.text)]


def part_starts(ctx: CheckContext) -> list[int]:
    """Offsets of the paragraphs that open a 第X部分/章/篇 division (cached per context)."""
    return ctx.memo("part_starts", _part_starts)


# A part's heading that lost its 第: a short line opening on 二部分 (一部分 only before what a part's title opens
# with: 一部分资金 is "a portion of").
_PART_WITHOUT_DI = regex_cache.compile(
    r"^[ \t\u3000]{0,8}(?:[二三四五六七八九十]|一(?=部分[ \t\u3000\d部单名附决预绩其]))部分(?=[^\n，,。；;]{0,40}$)", re.M)


def parts_without_di(text: str) -> list[tuple[int, int]]:
    """Spans of 二部分 (三部分 …) opening a short line: a division whose 第 was lost. S011 reports them; the
    outline restarts its levels there as under 第二部分."""
    if "部分" not in text:
        return []
    # near its 部分 (gen.core.regex_needles): the same matches, a third of the search of every line's start
    return [(m.end() - 3, m.end()) for m in near_needles(_PART_WITHOUT_DI, text)]
