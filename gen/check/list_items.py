"""One item of a numbered list: its number and style (一、, （二）, 3.), the mark it should carry, and
whether it reads as a title. Shared by the readings of items that lost their numbers
(gen.check.lost_numbers) and of a list's unnumbered closing items (gen.check.list_ends); W004 asks whether a text's
first line is such a title."""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from ..core.chinese_numerals import chinese_ordinal
from ..core.glossary_user import per_glossary
from .headings import numbering

Style = tuple  # (Chinese numerals?, mark: "、", "." or "（）")
TITLE_MAX = 40  # a list entry is a title: short, no sentence inside
_SENTENCE = regex_cache.compile(r"[。；;！？]|[，,].*[，,]")


@per_glossary(maxsize=8192)
def numbered(text: str) -> Optional[tuple[int, Style]]:
    """The number of a list item and its style (numerals, mark): 九、 (cn, 、), 3. (arabic, .), （二） (cn, （）).

    Read by gen.check.headings, so an item counts here exactly when it is a numbered heading there. Like
    that reading (cached the same way), it depends on the text and the segmenter's words alone, and reports
    repeat their paragraphs: each distinct one is read once per process, not once per paragraph and caller.
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


def mark(number: int, style: Style) -> str:
    chinese, form = style
    numeral = chinese_ordinal(number) if chinese and number < 100 else str(number)
    return f"（{numeral}）" if form == "（）" else numeral + form


def title_like(text: str) -> bool:
    return len(text) <= TITLE_MAX and not _SENTENCE.search(text)


def on_title_line(text: str, at: int) -> bool:
    """Whether ``at`` lies on the text's first line and that line reads as a title (a page's name above its prose)."""
    end = text.find("\n", 0, TITLE_MAX + 1)
    return at < TITLE_MAX and "\n" not in text[:at] and title_like(text[:end if end >= 0 else TITLE_MAX + 1])
