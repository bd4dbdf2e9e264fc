"""A list whose every item lost its number: a run of lines that each open on the bare mark (. or 、).

When a list is pasted from a form's notes or a PDF, the numerals can go while the marks after them stay
(".定量指标若为…", ".对于不适用…"; "、经济效益:…", "、社会效益:…"). lost_numbers reads one orphan by a
numbered neighbour; here no item kept its number, so the run itself is the list: two or more lines in a
row (blank lines between them allowed), each opening on the same bare mark before a Chinese word or a quote,
are items 1, 2, 3 … of it. A single line that opens on 、 after a wrap is no list; a decimal point opens on a
digit.
"""

from __future__ import annotations

import re

from ..core.regex_needles import finditer as near_needles
from ..core import regex_cache

# A line that opens on a bare mark (after up to four blanks), a Chinese character or an opening quote after it.
_BARE = regex_cache.compile(r"^[ \t\u3000]{0,4}([.．、])(?=[\u4e00-\u9fff“])", re.M)
MIN_RUN = 2  # lines in a row that make a list whose numbers all went (the checker's text has joined wrapped lines)


def bare_mark_runs(text: str):
    """(start, end, mark, n) for each line of a run of bare-mark lines: the mark's span and the item's number.

    The bare-mark lines are found by one search over the text (a report holds a handful, so its lines are not
    walked one by one); two of them are in one run when only blank lines stand between them."""
    run: list[tuple[int, str]] = []
    after = 0  # the end of the last bare-mark line
    for m in near_needles(_BARE, text):
        line = m.start()
        if not (run and _same(run[-1][1], m.group(1)) and not text[after:line].strip()):
            yield from _emit(run)
            run = []
        run.append((m.start(1), m.group(1)))
        end = text.find("\n", line)
        after = len(text) if end < 0 else end
    yield from _emit(run)


def _same(a: str, b: str) -> bool:
    return (a == "、") == (b == "、")


def _emit(run: list[tuple[int, str]]):
    if len(run) >= MIN_RUN:
        for n, (at, mark) in enumerate(run, 1):
            yield at, at + 1, mark, n
