"""Figures that are not quantities: years and dates, 第N ordinals, list numbering, document numbers, digits in names.

G002 asks of every figure whether the data can produce it; these never come
from data and are passed over. Moved out of :mod:`gen.check.grounding`
unchanged: it is a question about the text alone, with no data involved.
"""

from __future__ import annotations

from ..core import regex_cache
from ..core.quantities import Quantity


_NUMBERING_RE = regex_cache.compile(r"[ \t\u3000]{0,4}(?:#{1,6}[ \t]{1,3})?(?:[（(]\d{1,3}[）)]|\d{1,3}(?:\\?[.．、]|[ \t]))")
_IN_PARENS_RE = regex_cache.compile(r"[（(]\d{1,3}[）)]")
_TITLE_OPEN, _TITLE_CLOSE = "《〈", "》〉"
_DOCNO_OPEN = "〔【[［"
_DOCNO_CLOSE = "〕】]］"


def is_not_a_quantity(text: str, q: Quantity) -> bool:
    """Years and dates, 第N ordinals, list numbering, document numbers and digits in names."""
    if q.unit in ("年", "月", "日"):
        return True
    before = text[max(0, q.start - 2):q.start].rstrip()
    after = text[q.end:q.end + 1]
    if before.endswith("第") or after == "号":
        return True
    if before[-1:] in _DOCNO_OPEN or after in _DOCNO_CLOSE:
        return True
    # ASCII letters glued to the digits: COVID-19, H7N9, 5G.
    prev_ch = text[q.start - 1:q.start]
    if (prev_ch.isascii() and prev_ch.isalpha()) or (after.isascii() and after.isalpha() and not q.unit):
        return True
    line_start = text.rfind("\n", 0, q.start) + 1
    m = _NUMBERING_RE.match(text, line_start)
    if m and m.start() <= q.start < m.end():
        return True
    for m in _IN_PARENS_RE.finditer(text, max(0, q.start - 1), min(len(text), q.end + 1)):
        if m.start() <= q.start and q.end <= m.end():
            return True
    return _inside_title(text, q.start)


def _inside_title(text: str, pos: int) -> bool:
    """Is ``pos`` inside 《…》 on its line (a law or document title)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    if not any(mark in before for mark in _TITLE_OPEN):
        return False  # no opener on the line before pos: depth stays 0 (most figures)
    depth = 0
    for ch in before:
        if ch in _TITLE_OPEN:
            depth += 1
        elif ch in _TITLE_CLOSE and depth:
            depth -= 1
    return depth > 0
