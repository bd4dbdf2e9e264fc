"""One character typed three times or more in a row (脱贫攻坚坚坚统揽), for W002.

No word of the language holds a character three times running, whatever the segmenter makes of the run (坚坚
may pass as a doubling at a word's seam, the third cannot). Numerals repeat in figures written out (一一一) and in
a Chinese year (二〇〇〇年); laughter (哈哈哈) is no report's, and 久久久 belongs to a planted spam string (L005's).
A word said a third time after 再 (坚持坚持再坚持) is the slogan's stress, and spares W002's doubling.
A two-character verb typed before its manner adverb and again after it (公开主动公开) is read here too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

from ..core import regex_cache
from ..core.han import is_han
from ..core.text_heads import matches_at
from ..core.text_pairs import MIN_CHARS, echo_starts, repeat_starts

_TRIPLE = regex_cache.compile(r"([\u4e00-\u9fff])\1\1+")
_FREE = frozenset("〇零一二三四五六七八九十百千万亿哈呵嘻嘿久")


def tripled(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of one character three times or more that no numeral or laughter explains."""
    for m in repeated(_TRIPLE, text, 3):
        if m.group(1) not in _FREE:
            yield m.start(), m.end()


def repeated(pattern: re.Pattern, text: str, times: int) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match is non-empty and opens with one Chinese character
    ``times`` times running (``([\u4e00-\u9fff])\1``): in a long text it is tried only where such a run
    stands (gen.core.text_pairs), not at every Chinese character. The same matches (text_heads.matches_at)."""
    if len(text) < MIN_CHARS:
        return pattern.finditer(text)
    return matches_at(pattern, text, repeat_starts(text, times, "\u4e00", "\u9fff"))


def echo_paragraphs(text: str, paragraphs: list) -> list:
    """The paragraphs (spans of ``text``, in order) where a phrase of two to eight Chinese characters may be typed
    twice running: in a long text only those holding a place where a pair of Chinese characters stands again two
    to eight characters on (text_pairs.echo_starts), every other one certainly holding none (W002's
    ``([\\u4e00-\\u9fff]{2,8})\\1`` needs its phrase's first two characters twice); all of a short one's."""
    if len(text) < MIN_CHARS:
        return paragraphs
    at = echo_starts(text, 2, 8)
    if not at:
        return []
    starts = [p.start for p in paragraphs]
    return [paragraphs[k] for k in sorted({bisect_right(starts, i) - 1 for i in at}) if k >= 0]


# A word said twice and then once more after 再 (又, 还) is a figure of speech, the slogan's rising
# repetition (坚持坚持再坚持，学习学习再学习), not a word typed twice.
_AGAIN = ("再", "又", "还")


def emphasised(text: str, end: int, word: str) -> bool:
    """Whether the doubled ``word`` ending at ``end`` goes on with 再 (又, 还) and the same word a third time."""
    return text[end:end + 1] in _AGAIN and text.startswith(word, end + 1)


# A two-character verb, a manner adverb, the same verb again (公开主动公开政府文件, 推进积极推进): the writer began the
# verb, went back to put 主动, 积极, 认真 … before it and left the first. No mark between them (a 、 or comma would part
# two clauses).
_ADVERB = regex_cache.compile(r"主动|积极|认真|全面|及时|扎实|依法|切实|大力|深入|有序|持续|不断")


def verb_around_adverb(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, message, fix) for each verb typed on both sides of its adverb (公开主动公开), for W002.

    Read from each adverb (a literal the scan skips to) and compared with the two characters on each side: a
    pattern opening on a Han pair and a back-reference is tried at every Han character of the text. Matches that
    would overlap an earlier one are left, as a regex scan leaves them (no two adverbs share a character)."""
    end = 0
    for a in _ADVERB.finditer(text):
        s, e = a.start() - 2, a.end()
        verb = text[s:a.start()] if s >= end else ""
        if len(verb) == 2 and all(map(is_han, verb)) and text.startswith(verb, e):
            end = e + 2
            kept = text[a.start():end]
            yield s, end, f"“{verb}{kept}”中“{verb}”写了两次：状语“{a.group()}”前多了一个“{verb}”，应为“{kept}”。", kept
