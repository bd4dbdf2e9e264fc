"""A blank inside a list of words run with 、 (收藏、常规 展览和对外开放、, 示范城市、示范单位 和示范园区).

W034 reports a blank that parts a word; a blank between two words of running prose parts nothing it can name (部门职责
负责…: a heading run into its paragraph). Inside a list, though, no heading ends and no field's label stands: the items
are joined by 、 and the last by 和 or 及, so a blank between one item's words, or before the 和 that joins the last,
is a stray one (a converter's line end, a typist's space), wherever it falls. So is a blank right after the 等 that
closes the list (消防、特种设备等 方面的安全): 等 binds the list to the noun it qualifies (等方面, 等工作).

Read only where the list shows on both sides of the blank within one clause: an item opened by a 、 after a Chinese
character before it (not a heading's numeral 一、 at the line's start), Chinese characters only from that 、 to the
blank, and after it, Chinese characters only up to the list's next 、 or its 和/及. A quote, a figure or a bracket in
either stretch is no plain list item (“皖美消费 乐享铜陵”, a slogan's own blank), and a clause that ends before the
list goes on (财政、金融、审计 发布机构:…, a page's metadata; 党组书记、局长 张某某, a title before a name) is left,
as is a numbered heading's title before its first clause mark (（三）职能、机构 负责全县…、: a heading run into its text).
A blank before 和, 与 or 及 glued to the word after it (交叉审核 和全国工商联复核, a title's 工作总结 和2024年工作思路) is a slip
too: a layout that spaces words spaces both sides of the conjunction.
"""

from __future__ import annotations

from ..core import regex_cache
from ..core.han import is_han
from .confusion import freq

ITEM_MOST = 12  # Chinese characters of an item's stretch on either side of the blank
_JOINS = "和及"
# A heading's mark at a line's start (一、, （一）, 1.), and the marks that close a clause before the list.
_HEADING = regex_cache.compile(r"[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])")
_CLAUSE_MARK = regex_cache.compile(r"[，。；：:;,！？]")


def list_blank(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int] | None:
    """The span to report (the words on both sides of the blank ``text[s:e]``) when the blank stands inside a list
    run with 、 on the line ``text[lo:hi]``, else None."""
    left = s
    while left > lo and s - left < ITEM_MOST and is_han(text[left - 1]):
        left -= 1
    if left == s or left - 2 < lo or text[left - 1] != "、" or not is_han(text[left - 2]):
        return None  # no item opened by a 、 after a word right before the blank
    if _HEADING.match(text, lo) and not _CLAUSE_MARK.search(text, lo, left):
        return None  # a heading (一、职能、机构 负责…): its title may run into the paragraph after a blank
    if text[s - 1] == "等" and s - 1 > left and is_han(text[e]):
        return left, min(hi, e + 2)  # the list closed by 等, spaced from the noun it qualifies (设备等 方面)
    right = e
    while right < hi and right - e <= ITEM_MOST:
        if text[right] == "、" and right > e:
            return left, right  # the item ends at the list's next 、
        if text[right] in _JOINS:
            return left, right + (right == e)  # the list's last item joined by 和 or 及 (with it, if right after)
        if not is_han(text[right]):
            return None
        right += 1
    return None


_BINDS_PREV = frozenset("和与及")  # a conjunction glued to its second word: a blank before it parts no layout's cells
WORD_FREQ = 50  # a conjunction's character that opens a word this common in jieba (及时, 与会, 和平) is that word's


def joined_after(text: str, s: int, e: int, hi: int) -> bool:
    """A blank ``text[s:e]`` before a conjunction glued to the word after it (工作总结 和2024年工作思路, 交叉审核 和全国工商联
    复核), its line ending at ``hi``: a layout that spaces words spaces both sides of 和; one side only is a slip."""
    return text[e] in _BINDS_PREV and is_han(text[s - 1]) and e + 1 < hi \
        and (is_han(text[e + 1]) or text[e + 1].isdigit()) \
        and freq(text[e:e + 2]) < WORD_FREQ and freq(text[e:e + 3]) < WORD_FREQ


def title_joins(text: str, titles: dict):
    """(start, end) of a title's or a heading's only blank before a conjunction glued to its next word (…2023年工作总结
    和2024年工作思路); ``titles``: W034's blanks outside prose by line, (match, line end) each. A menu or a table row
    spaces its cells on both sides."""
    for found in titles.values():
        if len(found) == 1 and joined_after(text, found[0][0].start(), found[0][0].end(), found[0][1]):
            yield found[0][0].start(), found[0][0].end()


def join_said(text: str, s: int, e: int) -> tuple[str, str]:
    """W034's message and suggestion for the blank ``text[s:e]`` before a conjunction."""
    near = text[max(0, s - 2):e + 3]
    return (f"“{near}”中“{text[e]}”前面多了空格，连词应紧接前后的词，应删去空格，"
            f"写作“{near.replace(' ', '').replace(chr(0x3000), '')}”。", text[s - 1] + text[e])
