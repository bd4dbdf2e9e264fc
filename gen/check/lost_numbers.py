"""Items of a numbered list that lost their number, shared by S011 (which reports them) and
S001 (which then does not report the gap they leave).

When a contents or a list of tables is edited or pasted from a PDF, the
numeral in front of one item can be lost:

- its 顿号 stays ("九、…" then "、国有资产占用情况表");
- nothing stays (“九、…” then "“三公”经费情况表" then "十一、…"): the line
  is a title like its neighbours, and the numbers around it skip exactly one;
- a 第X部分 division keeps only "部分" ("第二部分 …" then "部分  名词解释").

Each is one defect, on the item that lost its number; the skip it causes in
the numbering (九、 then 十一、) is the same defect seen from the next item,
so S001 leaves it to S011. Lost items are numbered in order: two orphans after
十一、 are 十二、 and 十三、.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..core.chinese_numerals import chinese_ordinal
from .context import CheckContext, Span
from .headings import numbering, part_number

Style = tuple  # (Chinese numerals?, mark: "、", "." or "（）")
_ORPHAN = re.compile(r"^、(?=[\u4e00-\u9fff“])")
_LOST_PART = re.compile(r"^(部分|章|篇)[ \t\u3000]+(?=[\u4e00-\u9fff“(（\d])")
LOOKBACK_LINES = 4  # non-empty lines between a numbered item and an orphan after it
TITLE_MAX = 40  # a list entry is a title: short, no sentence inside
_SENTENCE = re.compile(r"[。；;！？]|[，,].*[，,]")


@dataclass(frozen=True)
class LostNumber:
    """One item that lost its number: where to report and the number it should carry."""

    start: int  # the 顿号 left, or the item's first character
    end: int
    expected: str  # the mark it should carry: "十、", "12、", "第三部分"
    number: int  # the previous item's number
    kind: str  # "orphan", "unmarked" or "part"


def _numbered(text: str) -> Optional[tuple[int, Style]]:
    """The number of a list item and its style (numerals, mark): 九、 (cn, 、), 3. (arabic, .), （二） (cn, （）).

    Read by gen.check.headings, so an item counts here exactly when it is a numbered heading there.
    """
    h = numbering(text)
    if h is None:
        return None
    if h.level in (2, 4):
        form = "（）"
    else:
        sign = h.mark.lstrip("一二三四五六七八九十0123456789#　 \t")[:1]
        form = {"．": ".", ",": "，"}.get(sign, sign)
    return h.number, (h.level in (1, 2), form)


def _mark(number: int, style: Style) -> str:
    chinese, form = style
    numeral = chinese_ordinal(number) if chinese and number < 100 else str(number)
    return f"（{numeral}）" if form == "（）" else numeral + form


def _title_like(text: str) -> bool:
    return len(text) <= TITLE_MAX and not _SENTENCE.search(text)


def _list_items(paras: list[Span]) -> list[LostNumber]:
    """Orphans (a 顿号 left) and unmarked titles between N and N+2 of one style."""
    out: list[LostNumber] = []
    last: Optional[tuple[int, Style, int]] = None  # number, style, paragraph index
    for i, p in enumerate(paras):
        got = _numbered(p.text)
        if got is not None:
            last = (got[0], got[1], i)
            continue
        if last is None or i - last[2] > LOOKBACK_LINES:
            continue
        number, style, at = last
        if _ORPHAN.match(p.text) and style[1] == "、":
            out.append(LostNumber(p.start, p.start + 1, _mark(number + 1, style), number, "orphan"))
            last = (number + 1, style, i)
        elif at == i - 1 and i + 1 < len(paras) and _unmarked_between(paras[at], p, paras[i + 1], number, style):
            out.append(LostNumber(p.start, p.end, _mark(number + 1, style), number, "unmarked"))
    return out


def _unmarked_between(before: Span, item: Span, after: Span, number: int, style: Style) -> bool:
    """``item`` is a title with no mark between titles numbered N and N+2 in the same style."""
    if _numbered(after.text) != (number + 2, style):
        return False
    if not all(_title_like(t) for t in (before.text, item.text, after.text)):
        return False
    return not re.match(r"^(?:[（(]|\d|[一二三四五六七八九十]+[、.．]|第)", item.text)


def _parts(paras: list[Span]) -> list[LostNumber]:
    """'部分  名词解释' after '第二部分 …': the division lost its 第X."""
    out: list[LostNumber] = []
    current: dict[str, int] = {}
    for p in paras:
        part = part_number(p.text)
        if part:
            current[part[1]] = part[0]
            continue
        lost = _LOST_PART.match(p.text)
        if lost and lost.group(1) in current and _title_like(p.text):
            word = lost.group(1)
            number = current[word]
            if number + 1 >= 100:
                continue
            out.append(LostNumber(p.start, p.start + lost.end(1), f"第{chinese_ordinal(number + 1)}{word}", number, "part"))
            current[word] = number + 1
    return out


def _compute(ctx: CheckContext) -> list[LostNumber]:
    paras = ctx.paragraphs
    found = _list_items(paras)
    if "部分" in ctx.text or "章" in ctx.text or "篇" in ctx.text:
        found += _parts(paras)
    return sorted(found, key=lambda x: x.start)


def lost_numbers(ctx: CheckContext) -> list[LostNumber]:
    """Every item that lost its number, in document order (cached per context)."""
    return ctx.memo("lost_numbers", _compute)
