"""The lists of a report's table of contents, read apart from its outline (S001).

Entries of the contents are no headings (gen.check.headings), so the outline's count does not see
them; yet a contents numbers wrong in its own right, and a reviewer reads it first:

- an entry takes its sibling's number (3、机关运行经费 3、政府采购 4、国有资产), the list going on from
  the repeat (n, n, n+1): the number was typed twice, and the entries after it are one short;
- a number is left out (…九、项目支出决算表 十一、政府性基金…表): the entry between them was lost, or
  the list was renumbered by hand. Read only where the list counted by one up to the gap (at least two
  steps before it) and the missing number is nowhere in the lines between the two entries: a page that
  ran two entries into one line (三、支出决算表……82四、财政拨款…) holds it there, and S020 reports that.

Each level's run restarts under an entry of a higher level or a 第X部分.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .context import CheckContext
from .contents import toc_span
from .headings import Heading, numbering, standard_mark
from .parts import part_number
from .toc_lines import listed_document

_WIDE = str.maketrans("()．.,", "（）。。，")  # a mark as compared: ASCII brackets and stops as their full-width forms
RUN_BEFORE_GAP = 3  # entries the list counts by one up to a skip (一、二、三、 then 五、)


@dataclass(frozen=True)
class Slip:
    """A contents entry numbered wrong: ``kind`` is "repeat" or "skip"; ``expected`` the mark it should have
    (a repeat) or the mark left out before it (a skip)."""

    start: int
    end: int
    kind: str
    mark: str
    expected: str


def mark_of(h: Heading, number: int) -> str:
    """The mark ``number`` takes in the style ``h``'s is written (3、 -> 4、); a Chinese numeral's in the standard one."""
    digits = "".join(ch for ch in h.mark if ch.isdigit())
    return h.mark.replace(digits, str(number), 1) if digits else standard_mark(h.level, number)


def _repeat(run: list[tuple[int, Heading]]) -> bool:
    (_, a), (_, b), (_, c) = run[-3:]
    return a.number == b.number and c.number == b.number + 1 and (len(run) < 4 or run[-4][1].number == a.number - 1)


def _skip(ctx: CheckContext, run: list[tuple[int, Heading]]) -> bool:
    if len(run) <= RUN_BEFORE_GAP:
        return False
    (a_at, a), (b_at, b) = run[-2:]
    counted = all(run[i][1].number + 1 == run[i + 1][1].number for i in range(len(run) - 1 - RUN_BEFORE_GAP, len(run) - 2))
    if not counted or b.number != a.number + 2 or a.mark.strip()[-1:] != b.mark.strip()[-1:]:
        return False
    between = ctx.text[a_at + len(a.mark):b_at].translate(_WIDE)
    return mark_of(a, a.number + 1).strip().translate(_WIDE) not in between


def slips(ctx: CheckContext) -> Iterator[Slip]:
    """Each entry of the contents numbered as its sibling before it, or after a number left out."""
    span = toc_span(ctx)
    if span is None:
        return
    runs: dict[int, list[tuple[int, Heading]]] = {}
    for p in ctx.paragraphs:
        if not span[0] <= p.start < span[1]:
            continue
        if part_number(p.text) or listed_document(p.text):
            runs.clear()  # 第二部分, or a package's next document (……评价报告 27): every list counts afresh under it
            continue
        if (h := numbering(p.text)) is None:
            continue
        for level in [lv for lv in runs if lv > h.level]:
            del runs[level]
        run = runs.setdefault(h.level, [])
        run.append((p.start, h))
        at = p.start + h.start
        if len(run) >= 3 and _repeat(run):
            at = run[-2][0] + run[-2][1].start
            b = run[-2][1]
            yield Slip(at, at + len(b.mark), "repeat", b.mark, mark_of(b, b.number + 1))
        elif _skip(ctx, run):
            yield Slip(at, at + len(h.mark), "skip", h.mark, mark_of(h, h.number - 1))
