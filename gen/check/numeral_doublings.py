"""A numeral doubled where the numerals say so, not the typist (W002): a year written out in Chinese numerals
(二〇二二年, 一九九九年: a doubled digit inside four numeral characters that hold a zero or end at 年), or a code of
numerals read out digit by digit and quoted (“一四四六”工作思路).

And a doubling the numerals make a slip of where the segmenter sees a word: a Party congress named by its ordinal
(十九大, 二十大) with its 大 typed twice (党的十九大大精神), one word 大大 (greatly) to the segmenter, read where a noun or a
mark the adverb never takes follows (精神, 报告, 以来, 召开, 、); 十九大大力推进 is the congress, then 大力."""

from __future__ import annotations

from ..core import regex_cache

_NUMERALS = regex_cache.compile(r"[〇零一二三四五六七八九OoΟО0０]{4}")
_DIGIT_WORDS = "一二三四五六七八九"


def in_numerals(text: str, s: int) -> bool:
    """Whether the doubling at s, s+1 lies inside a four-numeral year, or inside a quoted code of numerals
    (“一四四六”工作思路: four digits read out, no year)."""
    if text[s] in _DIGIT_WORDS:
        lo, hi = s, s + 2
        while lo > 0 and text[lo - 1] in _DIGIT_WORDS:
            lo -= 1
        while hi < len(text) and text[hi] in _DIGIT_WORDS:
            hi += 1
        if hi - lo >= 3 and text[lo - 1:lo] == "“" and text[hi:hi + 1] == "”":
            return True
    for start in range(max(0, s - 2), s + 1):
        year = text[start : start + 4]
        if _NUMERALS.fullmatch(year) and not year.isascii() and (
                any(z in year for z in "〇零OoΟО0０") or text[start + 4 : start + 5] == "年"):
            return True
    return False


_CONGRESS_ORDINAL = regex_cache.compile(r"(?<![一二三四五六七八九十])(?:[十二]|十[一二三四五六七八九]|二十[一二三四五])\Z")
_CONGRESS_AFTER = regex_cache.compile(r"(?:精神|报告|会议|以来|召开|胜利|代表|期间|提出|作出|部署|和|及|、|，|。|的|”)")


def congress_doubled(text: str, s: int) -> bool:
    """Whether the 大大 at s is a congress's 大 typed twice (十九大大精神), not the adverb (大大提高)."""
    return text[s:s + 2] == "大大" and bool(_CONGRESS_ORDINAL.search(text, max(0, s - 3), s)) \
        and bool(_CONGRESS_AFTER.match(text, s + 2))
