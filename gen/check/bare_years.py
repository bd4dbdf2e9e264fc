"""Years that lost their 年 where W004's word reading cannot see them: W004's readings of a bare year.

A sentence or paragraph that opens with its year sets it off by 年 and a comma ("2020年，我局…"); a year
alone before the comma ("2020，某局全面贯彻…") lost its 年: no count or amount opens a sentence bare
and is set off by a comma. A year written in Chinese numerals with its zero ("二〇三五远景目标",
"二〇二二工作要点") is a year and nothing else; run straight into a word, it lost its 年 as a figure's year
does (二〇三五年远景目标). A four-digit year right before 的 and a word ("明确了2025的工作任务", "为2023的1.2倍")
lost its 年 too: a figure that counts or measures takes its unit before 的 (2025人的, 2025万元的), and a code or
serial is led by a letter, 第 or a bracket; bare before 的 the four digits can only be a year. A clause opening
on a bare year before 是 that calls it a year ("指出，2017是我院……的一年", "2020是决胜……之年") lost its 年 too: what
the clause names a year is one. Kept apart from W004's reading of the word after a figure, which needs a dictionary
word because digits may be counts; these four shapes are years by their form. Beside them, one year typed twice
round its 年 or 年度 ("2023年度2023年县政府办公室工作总结", a title pasted after its own year): a period's years differ.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from .lost_dates import FOUR_DIGITS, Reading

# A year opening a line or a sentence (after at most four blanks), then a comma and a Chinese character.
_OPENING_YEAR = regex_cache.compile(rf"(?:^|(?<=[。；;]))[ \t\u3000]{{0,4}}({FOUR_DIGITS})(?=[，,][\u4e00-\u9fff])", re.M)
# Four Chinese numerals of a year (二〇三五), then a word: not 年, nor a range's or list's next year (二〇二三至二〇二五年).
_HAN_DIGIT = "〇零一二三四五六七八九"
_HAN_YEAR = regex_cache.compile(
    rf"(?<![{_HAN_DIGIT}十百千万亿第])((?:二[〇零]|一九)[{_HAN_DIGIT}]{{2}})(?=[\u4e00-\u9fff])(?![{_HAN_DIGIT}十百千万亿年至到和与及或])")


# A year before 的 and a Chinese character or a figure: not after a digit, a figure's mark, a letter, 第, 号, a
# bracket or a comma (a figure's thousands: 1,2020的 is no year), nor a mark of arithmetic (×2020).
_YEAR_DE = regex_cache.compile(rf"(?<![\d.．\-/A-Za-z〔\[［（(第号,，×*+=＝%])({FOUR_DIGITS})的(?=[\u4e00-\u9fff\d])")


def _years_before_de(text: str) -> Iterator[Reading]:
    for m in near_needles(_YEAR_DE, text):
        year = m.group(1)
        yield m.start(1), m.end(1) + 1, f"年份“{year}”后直接接“的”，漏了“年”，应为“{year}年的”。", f"{year}年的"


# A year opening a line or a clause (after at most four blanks) before 是, the clause then calling it 一年 or 之年
# within forty characters, closing its clause there: "指出， 2017是我院……收获了精彩的一年," (比上一年增加 goes on).
_YEAR_IS_A_YEAR = regex_cache.compile(
    rf"(?:^|(?<=[，,。；;：:]))[ \t\u3000]{{0,4}}({FOUR_DIGITS})(?=是[^。；;！!？?\n]{{1,40}}?[一之]年(?:[，,。；;！!）)]|$))", re.M)


def _years_called_years(text: str) -> Iterator[Reading]:
    for m in near_needles(_YEAR_IS_A_YEAR, text):
        year = m.group(1)
        yield m.start(1), m.end(1) + 1, f"年份“{year}”后直接接“是”，漏了“年”，应为“{year}年是”。", f"{year}年是"


_YEAR_NIAN_TWICE = regex_cache.compile(rf"(?<!\d)({FOUR_DIGITS})年度?(?=\1年)")  # blanks part a table's columns


def _years_twice(text: str) -> Iterator[Reading]:
    for m in near_needles(_YEAR_NIAN_TWICE, text):
        yield m.start(), m.end() + 5, f"年份“{m.group()}{m.group(1)}年”重复了一遍，应删去其一。", None


def _opening_years(text: str) -> Iterator[Reading]:
    for m in near_needles(_OPENING_YEAR, text):
        year = m.group(1)
        yield m.start(1), m.end(1), f"句首年份“{year}”后漏了“年”，应为“{year}年，”。", f"{year}年"


def _han_years(text: str) -> Iterator[Reading]:
    if "〇" not in text and "零" not in text:
        return  # a year in Chinese numerals holds its zero (二〇二二): most reports write none
    for m in near_needles(_HAN_YEAR, text):
        year = m.group(1)
        if "〇" not in year and "零" not in year:
            continue  # 一九九八 alone may be the numerals of any figure; the zero makes it a year
        yield m.start(1), m.end(1), f"年份“{year}”后直接接“{text[m.end():m.end() + 4]}”，漏了“年”，应为“{year}年”。", f"{year}年"


def readings(text: str) -> list[Reading]:
    """Every bare year of the four shapes above, and every year typed twice."""
    return [*_opening_years(text), *_han_years(text), *_years_before_de(text), *_years_called_years(text), *_years_twice(text)]
