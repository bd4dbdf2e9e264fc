"""The 发文字号 (document number) as text: one pattern, shared by the rules that read it.

GB/T 9704 writes a number as 机关代字 + 〔年份〕 + 序号 + 号 (财预〔2020〕10号).
P002 checks the year's brackets, W017 (cited documents) reads whole numbers to
pair them with the titles they follow; both find the number by the same year
bracket, so the look-alike brackets a report may use (【】, [], （）, ﹝﹞ …) are
one list, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles

# Brackets a year may be written in: the right 〔〕 and its keyboard and look-alike substitutes.
OPEN, CLOSE = "【[［(（﹝〖〘｛{﹙〔", "】]］)）﹞〗〙｝}﹚〕"
# The year bracket of a number: after the 代字 (a Chinese character), before the serial and 号.
YEAR_BRACKET = regex_cache.compile(
    # the bracket before the lookbehind that tests the character in front of it: the same matches, but re skips to
    # the brackets by itself instead of trying the lookbehind at every character of the text
    rf"([{re.escape(OPEN)}])(?<=[\u4e00-\u9fff][{re.escape(OPEN)}])((?:19|20)\d{{2}})([{re.escape(CLOSE)}])(?=第?\d{{1,4}}号)"
)
_SERIAL = regex_cache.compile(r"第?(\d{1,4})号")  # some bodies write 第 before the serial: 〔2022〕第18号
_HAN_BEFORE = regex_cache.compile(r"[\u4e00-\u9fff]{1,10}$")
# A decree cited by its number rather than a 文号 (国务院令第729号, 财政部令第108号); Arabic digits only.
ORDER = regex_cache.compile(r"(国务院令|财政部令|主席令)\s?第?\s?(\d{1,4})\s?号")


@dataclass(frozen=True)
class DocNumber:
    start: int
    end: int
    head: str  # the Chinese characters right before the year bracket (代字 and whatever precedes it)
    year: Optional[int]  # None for a decree number (国务院令第729号)
    serial: int

    @property
    def key(self) -> tuple[str, Optional[int], int]:
        """The number without its bracket style: (代字 or decree, year, serial)."""
        return (self.head, self.year, self.serial)


def numbers(text: str) -> Iterator[DocNumber]:
    """Every document number of the text, in order: 文号 (any year bracket) and decree numbers."""
    found = []
    for m in near_needles(YEAR_BRACKET, text):
        head = _HAN_BEFORE.search(text, max(0, m.start() - 10), m.start())
        serial = _SERIAL.match(text, m.end())
        if head is None or serial is None:
            continue
        found.append(DocNumber(head.start(), serial.end(), head.group(), int(m.group(2)), int(serial.group(1))))
    for m in near_needles(ORDER, text):
        found.append(DocNumber(m.start(), m.end(), m.group(1), None, int(m.group(2))))
    yield from sorted(found, key=lambda n: n.start)
