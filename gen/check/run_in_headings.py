"""Headings a flattened page ran into the lines of running text (for S001).

A web page or a 文档网 copy of a short report often loses its line breaks
between sections: "……完成率100%。 三、项目绩效情况 (一)项目完成情况。" holds
a 一、-level and a （一）-level heading inside one line, and "1.缓解压力。
2.满意度达到90%。 3.控制在概算内。" holds a whole list. The outline parser
(gen.check.headings) reads headings only where a line starts, so the next
heading at a line's start seems to skip (一、 then 六、), to step back (（三）
then （二）: the level restarted under the run-in 三、) or to open its level
above 1 (4. after （二）). Each test here says whether the numbers it misses
stand in the text, in order, each at a line's start or run into a line after a
sentence's end or a blank: then nothing was lost, the page only joined lines.

A run-in mark needs a blank or a sentence's end before it and a title's first
character after it, so a figure (1.5万元), a date or a table cell (| 二、) is
never read as one.
"""

from __future__ import annotations

import re

from ..core import regex_cache
from .headings import standard_mark

# Where a run-in mark may stand: at a line's start, after a sentence's end (with or without blanks),
# or after a character of running text and one to four blanks (not a tab or a table's bar).
_INSIDE = r"(?:(?<=[。；;！？])[ \u3000]{0,4}|(?<=[\u4e00-\u9fff\d%）)])[ \u3000]{1,4})"
_BEFORE = r"(?:(?m:^)[ \t\u3000]{0,4}|" + _INSIDE + ")"
_AFTER = r"(?=[\u4e00-\u9fff])"
# Any mark of a level, for the upper heading a level restarts under.
_ANY_MARK = {
    1: r"[一二三四五六七八九十]{1,3}、",
    2: r"[（(][一二三四五六七八九十]{1,3}[)）]",
    3: r"\d{1,2}[.．、](?!\d)",
}


def _mark_pattern(level: int, number: int) -> str:
    """``number``'s mark at ``level``, in full or half width (（二） or (二); 3. or 3、)."""
    mark = re.escape(standard_mark(level, number))
    return mark.replace("（", "[（(]").replace("）", "[)）]").replace(r"\.", "[.．、](?!\\d)")


def _run_in(level: int, number: int, inside: bool) -> re.Pattern:
    return regex_cache.compile((_INSIDE if inside else _BEFORE) + _mark_pattern(level, number) + _AFTER)


def in_order(ctx, level: int, numbers, lo: int, hi: int, inside: bool = False) -> bool:
    """Each of ``numbers`` of ``level`` stands between ``lo`` and ``hi``, in order, at a line's start or
    run into a line (none: trivially true, so callers pass the numbers they miss). ``inside``: run into a
    line only — a mark at a line's start that the outline did not take for a heading is a list's item or
    a table's row, not a heading the page joined to the text."""
    pos = lo
    for number in numbers:
        m = _run_in(level, number, inside).search(ctx.text, pos, hi)
        if m is None:
            return False
        pos = m.end()
    return True


def missing_run_in(ctx, level: int, numbers, since: int, start: int) -> bool:
    """The numbers a heading at ``start`` skips after its level's last heading at ``since`` stand run
    into lines after it, in order (…。 二、资金管理 … 三、绩效情况 … then 四、; 1.… 2.… 3.… then 4.)."""
    return in_order(ctx, level, numbers, since + 1, start, inside=True)


def restarted(ctx, level: int, number: int, since: int, start: int) -> bool:
    """A heading of an upper level ran into a line between ``since`` (the level's last heading) and
    ``start``, and this level's numbers before ``number`` stand after it: the level counted afresh under
    that upper heading, so ``number`` is no step back (（三）…。 三、绩效情况 (一)完成情况。 then (二))."""
    upper = None
    for up in range(1, level):
        pattern = regex_cache.compile(_INSIDE + _ANY_MARK[up] + _AFTER)
        for m in pattern.finditer(ctx.text, since + 1, start):
            if upper is None or m.end() > upper:
                upper = m.end()
    return upper is not None and in_order(ctx, level, range(1, number), upper, start, inside=True)


def list_line_holds(ctx, level: int, numbers, lo: int, hi: int) -> bool:
    """The first of ``numbers`` opens a line and the others run into it, in order ("6、…建议。 7、指导…"
    then 8、): the outline read that line as a list, not a heading, because its next number stands in it,
    so a heading seems to skip; two items only share one line. Needs two numbers or more: a lone mark at a
    line's start that is no heading is a list's item or a table's row."""
    if len(numbers) < 2:
        return False
    first = regex_cache.compile(r"(?m:^)[ \t\u3000]{0,4}" + _mark_pattern(level, numbers[0]) + _AFTER)
    m = first.search(ctx.text, lo, hi)
    return m is not None and in_order(ctx, level, numbers[1:], m.end(), hi, inside=True)


# A heading of the first or second level run in at a line's start or after a sentence's end, up to a place: its
# mark and a title of two to thirty characters without a clause mark (一、关于今年的统计工作|).
_TITLE_UP_TO = regex_cache.compile(_BEFORE + "(?:" + _ANY_MARK[1] + "|" + _ANY_MARK[2] + r")[^，,。；;：:！？\n]{2,30}$")
# The body's first clause after it: a sentence's worth, twelve to forty characters up to a clause mark on the same
# line (a doubling in a list item's short lead, （一）加强加强组织领导，, is left to W002).
_BODY_CLAUSE = regex_cache.compile(r"[^\n，,。；;：:！？]{12,40}[，,。；;！？]")
TITLE_BACK = 40  # characters read back from the place for the heading's mark


def title_then_body(text: str, mid: int) -> bool:
    """Offset ``mid`` parts a heading run into its line (一、关于今年的统计工作) from its body's first sentence
    (统计工作是……的重要基础，): a first- or second-level mark opens the line or follows a sentence's end, no clause
    mark stands between it and ``mid``, and a clause mark ends the body's first clause on the same line. A word the
    title ends in and the body opens with is said once in each (W002), not typed twice."""
    return (_TITLE_UP_TO.search(text, max(0, mid - TITLE_BACK), mid) is not None
            and _BODY_CLAUSE.match(text, mid) is not None)
