"""A list whose every item lost its number: a run of lines that each open on the bare mark (. or 、).

When a list is pasted from a form's notes or a PDF, the numerals can go while the marks after them stay
(".定量指标若为…", ".对于不适用…"; "、经济效益:…", "、社会效益:…"). lost_numbers reads one orphan by a
numbered neighbour; here no item kept its number, so the run itself is the list: two or more lines in a
row (blank lines between them allowed), each opening on the same bare mark before a Chinese word or a quote,
are items 1, 2, 3 … of it. A single line that opens on 、 after a wrap is no list; a decimal point opens on a
digit.
"""

from __future__ import annotations

from ..core import regex_cache

# A line that opens on a bare mark (after up to four blanks), a Chinese character or an opening quote after it.
_BARE = regex_cache.compile(r"^[ \t\u3000]{0,4}([.．、])(?=[\u4e00-\u9fff“])")
MIN_RUN = 2  # lines in a row that make a list whose numbers all went (the checker's text has joined wrapped lines)


def bare_mark_runs(text: str):
    """(start, end, mark, n) for each line of a run of bare-mark lines: the mark's span and the item's number."""
    run: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n") + [""]:
        m = _BARE.match(line) if line.strip() else None
        if m is not None and (not run or _same(run[-1][1], m.group(1))):
            run.append((pos + m.start(1), m.group(1)))
        elif line.strip() or m is not None:
            yield from _emit(run)
            run = [(pos + m.start(1), m.group(1))] if m is not None else []
        pos += len(line) + 1
    yield from _emit(run)


def _same(a: str, b: str) -> bool:
    return (a == "、") == (b == "、")


def _emit(run: list[tuple[int, str]]):
    if len(run) >= MIN_RUN:
        for n, (at, mark) in enumerate(run, 1):
            yield at, at + 1, mark, n
