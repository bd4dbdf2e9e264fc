"""A spam site's keyword pair planted through a page (L005's reading of it).

A hacked site's pages carry a spam site's title words in place of a body's or a place's name, and the title is
written as a search engine's keyword pair: the name, a comma, and its own tail again (中国某彩网,某彩网公安局 for
某某市公安局; 某某体育,体育 …). The pair is planted wherever the name stood, so it recurs through the page, each
time glued into other words (由中国某彩网,某彩网公安局编制, 地址:中国某彩网,某彩网生态新城, 《中国某彩网,某彩网户籍
管理…》). Prose repeats a word across a comma too (成立了领导小组,领导小组下设办公室; 及时办结,办结率100%), but
once, or as the same sentence again: what tells the plant is the same pair naming a site (its tail ends on 网,
体育, 平台 …), longer on its left than the tail it repeats, standing at three places or more among different words
on both sides. The pair is reported at each
place, since each lost the name it replaced.
"""

from __future__ import annotations

from collections import defaultdict

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles

TAIL_MIN, TAIL_MAX = 2, 8  # characters of the repeated tail
NAME_MAX = 12  # characters of the whole name before the separator
MIN_PLACES = 3  # places the same pair must stand at
MIN_NEIGHBOURS = 2  # different characters before the pair, and after it, across its places
# What a spam site's name ends on (某彩网, 某某体育, 某某平台): a phrase of prose repeated across a comma at three
# places (成立领导小组,领导小组下设… / 调整领导小组,领导小组组长…) names no site.
_SITE_ENDS = ("网", "平台", "体育", "娱乐", "彩票", "直播", "棋牌", "电竞", "比分", "官方", "游戏")
# A separator between two Chinese characters (a keyword list's comma, underscore or bar) right after a site word: a
# planted tail ends on one, so only these separators are read (every comma of a report was, 6.7 ms on 200,000
# characters); the search opens on the site words' literals.
_SEPARATOR = regex_cache.compile("(?:" + "|".join(_SITE_ENDS) + r")([,，_|｜])(?=[\u4e00-\u9fff])")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _tail_at(text: str, sep: int) -> int:
    """The length of the longest tail of the words before the separator that the words after it repeat (0: none)."""
    best = 0
    for k in range(TAIL_MIN, TAIL_MAX + 1):
        if sep - k - 1 < 0 or not _han(text[sep - k]):
            break
        if text[sep - k:sep] == text[sep + 1:sep + 1 + k]:
            best = k
    return best if best and _han(text[sep - best - 1]) else 0


def _common_name(text: str, seps: list[int]) -> int:
    """How many Chinese characters before the separator all the places share (the planted name's length)."""
    n = 0
    while n < NAME_MAX:
        chars = {text[s - n - 1] if s - n - 1 >= 0 else "" for s in seps}
        if len(chars) != 1 or not _han(next(iter(chars))):
            return n
        n += 1
    return n


def planted_pairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, pair) of each place of a keyword pair planted through the text."""
    places: dict[str, list[int]] = defaultdict(list)
    for m in near_needles(_SEPARATOR, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        sep = m.start(1)
        if text.find(text[sep + 1], max(0, sep - TAIL_MAX), sep - 1) < 0:
            continue  # the common case: the first character after it is not among those before, told by one search
        k = _tail_at(text, sep)
        if k:
            places[text[sep + 1:sep + 1 + k]].append(sep)
    out = []
    for tail, seps in places.items():
        if len(seps) < MIN_PLACES:  # (its tail ends on a site word: the separator was found after one)
            continue
        name = _common_name(text, seps)
        if name <= len(tail):
            continue  # the tail alone repeated (领导小组,领导小组): a figure of speech, no name planted
        before = {text[s - name - 1] if s - name - 1 >= 0 else "" for s in seps}
        after = {text[s + 1 + len(tail):s + 2 + len(tail)] for s in seps}
        if len(before) < MIN_NEIGHBOURS or len(after) < MIN_NEIGHBOURS:
            continue  # one sentence written again, not a name put in many places
        for s in seps:
            out.append((s - name, s + 1 + len(tail), text[s - name:s + 1 + len(tail)]))
    return sorted(out)
