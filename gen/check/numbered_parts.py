"""A total whose 其中： closes its line, then its parts one per numbered line (1. 2. 3. …).

"收入总计为457.8161万元，其中：" and below it "1.财政拨款收入364.6552万元，…较上年减少…" "2.上级补助收入0万元…"
"3.事业收入93.1608万元…": each numbered line opens with one part, its name and its amount, and goes on
to say how it changed. N004 reads a 其中 list within its clause and never sees these parts; this module
gives them to it: the total (the money figure before 其中 on its line; of several, the one the parts make, else
none: "收入1237万元，安排支出1169万元，结转68万元。其中：" may list any one's parts), and the first money figure of
each numbered line that follows, as long as the numbering runs on (1, 2, 3 … without a gap), each
line's first figure stands right after the part's name (no change verb before it) and all are in the
total's unit (a part of nought may be written in another: 0元 among 万元). Empty lines between them (a web page's copy parts its paragraphs so) are passed over.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from .context import CheckContext
from .numbers_text import Item, is_change, items_between, make_up

_OPENS = regex_cache.compile(r"其中[:：][ \t]*\n")
TOTAL_REACH = 40  # characters before 其中 on its line where the total stands
# A numbered line: 1. 1、 1． (1) （1）, then the part's name (Chinese characters only) right before its amount.
_ITEM_LINE = regex_cache.compile(r"[ \t\u3000]{0,4}(?:(?P<n>\d{1,2})[.．、]|[（(](?P<p>\d{1,2})[)）])[ \t]{0,2}(?P<name>[\u4e00-\u9fff、]{2,20})$")
MAX_ITEMS = 20


def _past_blank_lines(text: str, pos: int) -> int:
    """The start of the first line at or after ``pos`` that holds more than blanks: a web page's copy puts an
    empty line between its paragraphs, and so between a list's numbered lines."""
    while pos < len(text):
        end = text.find("\n", pos)
        if end == -1 or text[pos:end].strip():
            return pos
        pos = end + 1
    return pos


def numbered_parts(ctx: CheckContext) -> Iterator[tuple[Item, list[Item]]]:
    """(total, parts) of each total followed by numbered lines that each open with one part of money."""
    text = ctx.text
    for m in near_needles(_OPENS, text):
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - TOTAL_REACH)
        before = [it for it in items_between(ctx, lo, m.start()) if it.money is not None and not is_change(text, it)]
        if not before:
            continue
        total, parts, pos, want = before[-1], [], _past_blank_lines(text, m.end()), 1
        while len(parts) < MAX_ITEMS and pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            first = next((it for it in items_between(ctx, pos, end) if it.q.unit != "%"), None)
            head = _ITEM_LINE.match(text, pos, first.q.start) if first is not None else None
            if head is None or int(head.group("n") or head.group("p")) != want or first.money is None:
                break
            parts.append(first)
            pos, want = _past_blank_lines(text, end + 1), want + 1
        if len(parts) < 2 or not all(p.q.unit == total.q.unit or p.value == 0 for p in parts):
            continue  # a kind with nothing in it (政府性基金安排的收入0元) is nought in any unit
        if len(before) >= 2:
            # 收入1237万元，安排支出1169万元，结转下年使用68万元。其中：1.…498万元 2.…: the line names several
            # totals, and the list may be any one's; it is judged against the one its parts make, if any
            total = next((t for t in reversed(before) if make_up(t, parts)), None)
            if total is None:
                continue
        yield total, parts


def lists_every_kind(parts: list[Item]) -> bool:
    """A numbered list of three or more parts that names a kind with nothing in it (3.单位资金收入0万元) goes
    through every kind, as a partial list never would (complete_lists.zero_listed's reading, one part a line):
    its amounts must make the total, short or over."""
    return len(parts) >= 3 and any(p.value == 0 for p in parts) and not all(p.value == 0 for p in parts[:-1])
