"""Words cut to their first character before a figure or 的: the data behind W012.

A two-character word that closes a phrase is sometimes written with its first
character only, right before an amount or the particle 的 ("体系建84.5万元"
for 体系建设, "终端单的" for 终端单位). The character then stands alone
between a word and the figure, where it does not belong. Such slips leave
two single characters that are each words to the segmenter, so W003 does not
see them; here they are found by position instead: a listed word's first
character (glossary/cut_words.yaml), after a two-character dictionary word,
that joins none of the one to three characters before it into a word, with
a money figure (for the ``money`` list) or 的 (for the ``de`` list) right
after. The lists hold only words whose first character seldom stands alone
in that place; verbs that take an amount (补, 收) or 的 (建, 管) are left out.

The ``end`` list is read the same way where a heading or a sentence stops:
the first character at a line's end or before 。 ("国有资产占用情况说" for
情况说明, "现代化建 。" for 现代化建设). There the word before may be longer
(现代化), so a word of two to four characters must stand before the lone
character. A line wrapped inside the word (情况说 / 明) is no cut, and
neither is the last line of a text: a page store cuts a long text off in
mid-word, which is no slip of the writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..core import regex_cache
from ..core.datafile import read_yaml_file, string_list
from ..core.errors import UserError
from ..core.resources import data_dir
from .confusion import freq
from .page_chrome import DATED_CUT
from .split_typos import recent_words
from .word_examples import builtin_examples, prove

FILE = "cut_words.yaml"
_MONEY = r"\d[\d,，.]*\s*(?:万元|亿元|元)"
# What must follow the lone character (group 1, the match itself) and stand before it, which the look-behind
# reads with the character: two Chinese ones. The character is one a listed word opens with (:func:`_led`).
# Before a figure or 的:
_CUT_AFTER = r"(?<=[\u4e00-\u9fff]{3})(?:(?=%s)|(?=的))" % _MONEY
# Before a line's end or 。 (a blank or two may stand between):
_END_AFTER = r"(?<=[\u4e00-\u9fff]{3})(?=[ \t\u3000]{0,3}(?:[。\n]|\.{2}|…|·{2}))"  # or a contents' leader dots
_PAIR = regex_cache.compile(r"[\u4e00-\u9fff]{2}")
_BLANKS = " \t\u3000。\n"
AFTER_END = 200  # characters after the cut searched for more text: the text's last line is left alone


@dataclass(frozen=True)
class Cut:
    start: int  # the lone character
    written: str  # the character
    words: tuple[str, ...]  # what it may have been cut from


@dataclass(frozen=True)
class CutWords:
    money: dict  # first character -> words
    de: dict
    end: dict
    flag: tuple[str, ...]
    keep: tuple[str, ...]


def _fail(message: str) -> UserError:
    return UserError(f"词库文件 {FILE}：{message}")


def _index(words: tuple[str, ...], key: str) -> dict:
    bad = [w for w in words if not _PAIR.fullmatch(w)]
    if bad:
        raise _fail(f"{key} 中的“{bad[0]}”不是两个汉字的词。")
    out: dict = {}
    for w in words:
        out.setdefault(w[0], []).append(w)
    return {ch: tuple(ws) for ch, ws in out.items()}


@lru_cache(maxsize=1)
def cut_words() -> CutWords:
    """The lists, read and proved by their examples once per process."""
    path = data_dir("glossary") / FILE
    doc = read_yaml_file(path)
    where = f"词库文件 {FILE}"
    lists = CutWords(_index(string_list(doc, "money", where), "money"), _index(string_list(doc, "de", where), "de"),
                     _index(string_list(doc, "end", where), "end"),
                     string_list(doc, "flag", where), string_list(doc, "keep", where))
    prove(builtin_examples(lists.flag), builtin_examples(lists.keep), lambda text: find(text, lists), _fail,
          lambda hit: hit.written)
    return lists


@lru_cache(maxsize=16)
def _led(firsts: frozenset[str], after: str) -> re.Pattern:
    """The lone character among ``firsts`` (the first characters of a list's words), then ``after``.

    Only a listed word's first character can be a cut, so the pattern opens with
    those few characters and re skips the rest of the text by itself; opening
    with any Chinese character and its look-behind, it tried nearly every
    place of a report and the caller threw most matches away (W012 read every
    line's end)."""
    if not firsts:
        return re.compile("(?!)")  # an empty list: no cut
    return re.compile("([" + re.escape("".join(sorted(firsts))) + "])" + after)


def find(text: str, lists: Optional[CutWords] = None) -> list[Cut]:
    """Lone first characters of listed words before an amount or 的, or at a line's or a sentence's end."""
    lists = lists or cut_words()
    out = _at_end(text, lists)
    for m in _led(frozenset(lists.money) | frozenset(lists.de), _CUT_AFTER).finditer(text):
        s, e, ch = m.start(), m.end(), m.group(1)
        before_de = text.startswith("的", e)
        words = (lists.de if before_de else lists.money).get(ch)
        if not words or (before_de and freq(ch + "的")) or _ON_ITS_OWN.match(text, s):
            continue  # 目的, 标的: the character and 的 are a word of their own; 质的飞跃: 质 is a noun of its own
        # The character must end no word with what stands before it (名单, 专项) …
        if any(freq(text[s - k:e]) for k in (1, 2, 3) if s - k >= 0):
            continue
        # … and follow a word of two characters, the phrase it was meant to close (体系, 终端).
        if not freq(text[s - 2:s]):
            continue
        out.append(Cut(s, ch, words))
    return out


# 质 (quality as against 量, quantity) standing as a noun of its own: 实现质的飞跃, 质的有效提升和量的合理增长.
_ON_ITS_OWN = regex_cache.compile(r"质的(?=[\u4e00-\u9fff]{0,4}(?:飞跃|提升|变化|突破|提高)|[^。，；,;\n]{0,12}量的)")
# What comes before a newspaper's name (订阅…, 刊登于…, 《…): its 报 is the paper, not 报表 cut short.
_PAPER_BEFORE = regex_cache.compile(r"订阅|刊登|刊发|《|报社")
PAPER_REACH = 12
_NUMERALS = frozenset("一二三四五六七八九十")
# A quotation closed, then its speaker (张某、李某代表) right before 说: “……”张某代表说。
_QUOTED_SPEAKER = regex_cache.compile(r"”[\u4e00-\u9fff、]{1,16}$")
SPEAKER_REACH = 18


def _at_end(text: str, lists: CutWords) -> list[Cut]:
    """Lone first characters of ``end`` words where a line or a sentence stops."""
    out = []
    for m in _led(frozenset(lists.end), _END_AFTER).finditer(text):
        s, e, ch = m.start(), m.end(), m.group(1)
        words = lists.end.get(ch)
        if not words or any(freq(text[s - k:e]) for k in (1, 2, 3) if s - k >= 0) or text[s - 1:e] in recent_words():
            continue  # 所说, 新建: the character ends a word with what stands before it; 质效: a newer word jieba lacks
        if not any(freq(text[s - k:s]) for k in (2, 3, 4) if s - k >= 0):
            continue  # no word before it that the phrase was meant to close
        if ch == "报" and _PAPER_BEFORE.search(text, max(0, s - PAPER_REACH), s):
            continue  # 欢迎订阅中国政府采购报: a newspaper's name ends in 报
        if text[s - 1:s] == "人" and any(freq(text[s - k:s]) for k in (2, 3) if s - k >= 0) or text[s - 2:s] == "自己":
            continue  # 事事有人管, 由专人管, 镇上自己管: a person (or 自己) is the subject, the character the verb it closes on
        if ch == "运" and text[s - 1:s] in _NUMERALS:
            continue  # 全力备战省十四运: the games counted by their edition (第十四届运动会), not 运行 cut short
        if ch == "说" and _QUOTED_SPEAKER.search(text, max(0, s - SPEAKER_REACH), s):
            continue  # “……”张某代表说。: the speech verb after a quotation and its speaker, not 说明 cut short
        if DATED_CUT.match(text, e):
            continue  # 关于印发《应急预... 2025-12-07: a site's list cuts a long title off before its date
        rest = text[e:e + AFTER_END].lstrip(_BLANKS)
        if not rest or any(rest.startswith(w[1]) for w in words):
            continue  # the text's last line (cut off by a store), or a line wrapped inside the word
        out.append(Cut(s, ch, words))
    return out
