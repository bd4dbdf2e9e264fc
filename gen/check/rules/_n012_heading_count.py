"""N012's reading of a report that counts its own parts against the parts its body then has.

"本报告由概述、主动公开政府信息情况……等五部分组成" and then 一、 … 六、 over the body: the count was not
updated when a part was added (or the template's count was kept). The list before the count may name
only some parts (等), so the names prove nothing; the body's headings do. Only a body with more parts
than the count is read: a page cut short (an excerpt, a truncated export) shows fewer parts than the
report has, never more. The parts are the body's first-level headings (一、 二、 … numbered on from 一
without a gap), or its 第X部分 where it has them, read after the sentence that counts them and up to
where their numbering restarts (a second document on the page). A last part that is an appendix
(附件, 附表) is no part the count need hold.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core import regex_cache
from ...core.chinese_numerals import chinese_ordinal, count_value
from ..context import CheckContext
from ..headings import headings
from ..parts import part_number, part_starts

# The report counting its own parts: 本报告由……等五部分组成, 本报告分为以下四个部分, 本年报包括……六个部分.
_CLAIM = regex_cache.compile(
    r"本(?:报告|年报|年度报告)[^。\n]{0,260}?(?:由|分为|包括|包含|共)[^。\n]{0,260}?"
    r"(?P<n>[二三四五六七八九2-9])\s{0,1}个?(?:部分|方面)(?:组成|内容)?")
_APPENDIX = regex_cache.compile(r"^[\s\u3000]{0,2}(?:附件|附表|附录)")
MIN_PARTS = 2


Part = tuple[int, int, str, str]  # offset, number, mark as written, title


def _run(numbers: list[Part]) -> Optional[list[Part]]:
    """The parts numbered 1, 2, 3 … in order from the first, up to a restart or a gap."""
    if not numbers or numbers[0][1] != 1:
        return None
    run = [numbers[0]]
    for item in numbers[1:]:
        if item[1] != run[-1][1] + 1:
            break
        run.append(item)
    return run


def _body_parts(ctx: CheckContext, after: int) -> Optional[list[Part]]:
    """The body's parts after offset ``after``: its 第X部分 where it has them, else its 一、-level headings."""
    by_start = {p.start: p.text for p in ctx.paragraphs}
    numbered = []
    for at in part_starts(ctx):
        if at > after:
            line = by_start[at].lstrip(" \t\u3000")
            got = part_number(line)
            numbered.append((at, got[0], got[2], line[len(got[2]):]))
    if numbered:
        return _run(numbered)
    return _run([(h.start, h.number, h.mark.strip(), h.title) for h in headings(ctx)
                 if h.level == 1 and h.form != "bare" and h.start > after])


def parts_against_headings(ctx: CheckContext, told: set = frozenset()) -> Iterable[tuple[int, int, str]]:
    """(start, end, message) for a report that counts fewer parts than its body then numbers; not at a count
    whose offset is in ``told`` (reported already)."""
    text = ctx.text
    if "本" not in text or ("部分" not in text and "方面" not in text):
        return
    for m in _CLAIM.finditer(text):
        stated = count_value(m.group("n"))
        run = _body_parts(ctx, m.end())
        if not stated or run is None or len(run) < MIN_PARTS or m.start("n") in told:
            continue
        if _APPENDIX.match(run[-1][3]):
            run = run[:-1]
        if len(run) > stated:
            first, last = run[0], run[-1]
            found = str(len(run)) if m.group("n").isdigit() else chinese_ordinal(len(run))
            yield (m.start("n"), m.end("n"),
                   f"此处说本报告由{m.group('n')}个部分组成，正文却有{found}个部分（“{first[2]}”至“{last[2]}”），数目不符")
        return  # one claim per report: the first
