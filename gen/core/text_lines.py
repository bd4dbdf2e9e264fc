"""The lines of a text that hold a mark, found without a loop over every line.

Readers of tables copied as text (gen.core.forms.grid, gen.check's flattened
tables) need only the lines that hold a cell separator — a pipe, a tab — and
the runs they make; most of a report's lines hold none. Looping over
``text.split("\\n")`` costs a Python step per line of every report; letting re
skip ahead to the marks costs one per line that holds one.
"""

from __future__ import annotations

import re
from typing import Iterator

from .regex_needles import search as needle_search


def lines_with(text: str, marks: re.Pattern) -> Iterator[tuple[int, int, str]]:
    """(index, start offset, line) of each line of ``text.split("\\n")`` that holds a match of ``marks`` (a
    literal or a short class that matches no line break), in order."""
    line, counted = 0, 0  # the index of the line starting at ``counted``
    hit = needle_search(marks, text)  # re's first match, found near the marks' needles (most texts hold none)
    while hit is not None:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        if end < 0:
            end = len(text)
        line += text.count("\n", counted, start)
        counted = start
        yield line, start, text[start:end]
        hit = marks.search(text, end)


def line_spans(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds the literal ``needle``, in order: a rule whose pattern never
    leaves its line and must hold ``needle`` runs it on these spans only, not over every character of a report."""
    at = text.find(needle)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield start, end
        at = text.find(needle, end)
