"""The first sections of a part (第X部分) that lost their numbers.

"第一部分 单位概况", then "主要职责" (a title line over body text), then "二、机构设置": the title lost
its 一、. Title lines that open a part, each over body text, exactly as many as the numbers the part's
first numbered heading skips (one before 二、, two before 三、), are the part's first items. A part
whose first heading is 一、, that holds any other numbered heading or line (a table, a figure's
caption) before it, or whose title lines are more or fewer than the numbers skipped, is left alone.

A contents entry has no body text under it ("第一部分 单位概况" / "主要职责" / "二、机构设置情况" in a 目录): there the
title line is taken when the text writes the same title with the number it lost elsewhere (the body's "一、主要职责").
"""

from __future__ import annotations

from bisect import bisect_left

from .context import CheckContext, Span
from .headings import Heading, numbering, part_starts, standard_mark
from .section_titles import NOT_SECTION, SECTION_TITLE, is_body

MAX_LOST = 3  # the first heading of a part is at most 四、: further, the titles are a section's own


def _title(paras: list[Span], i: int) -> bool:
    text = paras[i].text.strip()
    return (SECTION_TITLE.fullmatch(text) is not None and not NOT_SECTION.search(text) and not numbering(text)
            and i + 1 < len(paras) and is_body(paras[i + 1]))


def _entry(text: str, paras: list[Span], i: int, number: int) -> bool:
    """Paragraph ``i`` is a contents entry with no number whose title the text writes elsewhere with ``number``."""
    title = paras[i].text.strip()
    return (SECTION_TITLE.fullmatch(title) is not None and not NOT_SECTION.search(title) and not numbering(title)
            and f"\n{standard_mark(1, number)}{title}\n" in text)


def part_firsts(ctx: CheckContext, outline: list[Heading]) -> list[tuple[Span, int, int]]:
    """(title line, the number it lost, start of the part's first numbered heading) for each such line."""
    starts = part_starts(ctx)
    if not starts or not outline:
        return []
    paras = ctx.paragraphs
    para_starts = [p.start for p in paras]
    heads = [h.start for h in outline]
    out: list[tuple[Span, int, int]] = []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(ctx.text) + 1
        n = bisect_left(heads, at + 1)
        if n >= len(outline) or outline[n].start >= end:
            continue
        first = outline[n]  # the part's first heading of any level: it must be 二、 to 四、
        if first.level != 1 or not 2 <= first.number <= MAX_LOST + 1:
            continue
        lo, hi = bisect_left(para_starts, at) + 1, bisect_left(para_starts, first.start)
        titles = [i for i in range(lo, hi) if _title(paras, i)]
        if not titles and hi - lo == first.number - 1 and all(_entry(ctx.text, paras, i, m)
                                                             for m, i in enumerate(range(lo, hi), 1)):
            titles = list(range(lo, hi))  # a contents' entries, their numbered titles in the body
        if len(titles) != first.number - 1 or not titles or titles[0] != lo:
            continue
        if all(i in titles or is_body(paras[i]) for i in range(lo, hi)):
            out.extend((paras[i], m, first.start) for m, i in enumerate(titles, 1))
    return out
