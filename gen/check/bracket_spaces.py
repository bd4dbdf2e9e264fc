"""Stray blanks at a bracket, two of W034's shapes (beside gen.check.stray_spaces): a blank before a closing bracket
whose opening one is glued to the words it opens ((此件公开发布 ), (地址：……3楼 )), and a blank before a bracketed word
inside a 《》 document title (《关于推进社会组织年检 (年报)系统地方应用的通知》). A bracket spaced on both sides
(( 2024年01月15日 ), a page's date after its title) is the layout's and is left alone.
"""

from __future__ import annotations

from typing import Callable, Iterator

from ..core.han import is_han
from ..core.regex_needles import contains, finditer as near_needles
from .stray_spaces import blank_led, for_text
from .textspans import line_around

# A blank (or two) before a closing bracket, a character or a figure before it (此件公开发布 ), 3楼 )). Opens on the
# blank, the character before it read by hand.
_BEFORE_CLOSING = blank_led(r"[ \u3000]{1,2}[)）]")
BRACKET_REACH = 80  # characters back from a closing bracket within which its opening one stands on the line


def before_closing_brackets(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, bracketed words) of each blank before a closing bracket whose opening one, on the same line and
    within BRACKET_REACH characters, is glued to the words it opens ((此件公开发布 ), (地址:……3楼 )): the words are
    glued on one side and spaced on the other, a slip. A line need not be prose: a note in brackets stands on its
    own line."""
    if not (contains(text, " )") or contains(text, " ）") or contains(text, "\u3000)") or contains(text, "\u3000）")):
        return
    for m in near_needles(for_text(_BEFORE_CLOSING, text), text):
        s = m.start()
        if s < 2 or not (is_han(text[s - 1]) or text[s - 1].isdigit()):
            continue
        lo, _ = line_around(text, s)
        start = max(lo, s - BRACKET_REACH)
        opening = max(text.rfind("(", start, s), text.rfind("（", start, s))
        if opening < 0 or max(text.rfind(")", opening, s), text.rfind("）", opening, s)) >= 0 \
                or text[opening + 1:opening + 2] in (" ", "\u3000", ""):
            continue
        yield s, m.end() - 1, text[opening:m.end()]


# A blank before an opening bracket with Chinese in it (《关于推进社会组织年检 (年报)系统…的通知》): opens on the blank.
_BEFORE_BRACKET = blank_led(r"[ \u3000]{1,2}[(（](?=[\u4e00-\u9fff])")
BRACKETED_MAX = 10  # characters of a bracketed word quoted with the blank


def title_bracket_blanks(text: str, in_title: Callable) -> Iterator[tuple[int, int, str]]:
    """(start, end, words around) of each blank before a bracketed word inside a 《》 document title (《…社会组织年检
    (年报)系统地方应用的通知》): the title is one name, its bracketed word glued to the word it qualifies. ``in_title``
    (W034's) reads the title, the blank's other side being the bracket's first character; a file name's copy number
    (《总结 (2).docx》) is no document's title."""
    if not (contains(text, " (") or contains(text, " （") or "\u3000" in text):
        return
    for m in near_needles(for_text(_BEFORE_BRACKET, text), text):
        s, e = m.start(), m.end()
        if s == 0 or not is_han(text[s - 1]):
            continue
        lo, hi = line_around(text, s)
        if in_title(text, lo, hi, s, e):
            bracket = text.find(")" if text[e - 1] == "(" else "）", e, hi)
            yield s - 1, e, text[max(lo, s - 2):bracket + 1 if 0 <= bracket - e <= BRACKETED_MAX else e + 2]
