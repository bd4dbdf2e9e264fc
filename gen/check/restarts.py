"""A copy that starts over: a preview cut off in mid-word, then the whole text again from its title on the same line.

A document-sharing site prints a preview of the text (文档介绍:某站工作汇报 / 第一段… / 一、…) and then the document
itself; where the preview stops in mid-word, the document's title runs on after the cut words (村“农 + 文化站工作汇报),
and the lines after it repeat the preview's from its second line. The cut words and everything before them are the
site's preview, not the report: the report begins at its title, and the preview should be dropped.

Read only where both sides show: a line that ends with the title (one of the text's first HEAD lines, its site's label
such as 文档介绍: aside, TITLE_MIN characters or more) after other words, and a next line equal to the line under the
title, long enough (NEXT_MIN) to be no heading a report repeats by design.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator, Optional, Sequence

from ..core import regex_cache

HEAD = 3  # non-empty lines at the text's top where the title stands
TITLE_MIN = 6  # characters of the title (or its tail) the cut line ends with
NEXT_MIN = 10  # characters of the line that repeats the one under the title
CUT_SHOWN = 4  # characters of the cut words reported: the checker reads a line the cut left open joined to the one
# before it (a PDF's hard breaks removed), so the cut words' own start is not known
_LABEL = regex_cache.compile(r"[ \t\u3000]{0,4}(?:文档介绍|文档简介|内容简介|简介)[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}")


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty line, its blanks trimmed at both ends."""
    out, at = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((at + raw.index(stripped[0]), stripped))
        at += len(raw) + 1
    return out


def restarts(text: str, paragraphs: Optional[Sequence] = None) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, cut words, title) of each line that runs the title on after a cut preview: the span and the words
    are the title with the last CUT_SHOWN characters before it. ``paragraphs``: the context's (CheckContext.paragraphs,
    the same non-empty lines with the same offsets), so that the text is not split into lines a second time."""
    lines = _lines(text) if paragraphs is None else [(p.start, p.text) for p in paragraphs]
    if len(lines) < 4:
        return
    offsets: Optional[list[int]] = None
    for i, (_, head) in enumerate(lines[:HEAD]):
        label = _LABEL.match(head)
        title = head[label.end():] if label else head
        if len(title) < TITLE_MIN or i + 1 >= len(lines):
            continue
        under = lines[i + 1][1]
        if len(under) < NEXT_MIN:
            continue
        if offsets is None:
            offsets = [at for at, _ in lines]
        # The lines equal to ``under`` are found where the text holds it (a line's offset is where its words start),
        # not by a comparison at every line: j is the line before each, in order.
        found = text.find(under)
        while found >= 0:
            k = bisect_left(offsets, found)
            here, found = found, text.find(under, found + 1)
            if k == len(offsets) or offsets[k] != here or lines[k][1] != under:
                continue
            j = k - 1
            if not i + 2 <= j < len(lines) - 1:
                continue
            at, line = lines[j]
            if len(line) > len(title) and line.endswith(title):
                cut = line[:-len(title)][-CUT_SHOWN:]
                end = at + len(line)
                yield end - len(title) - len(cut), end, cut, title
