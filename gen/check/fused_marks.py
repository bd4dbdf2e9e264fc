"""A character a GBK copy fused with the 。 or 、 after it (基础。 → 基矗, 评选、 → 评癣): L004's reading.

A GBK character is two bytes; the ideographic full stop and the 顿号 are A1A3 and A1A2. A copy that lost two bytes
in the middle (a cut at a byte, not a character) keeps the first byte of the character and the last of the mark,
and the pair decodes as another character of the same GBK row: 础 B4A1 + 。 A1A3 → B4A3 矗. The characters that open
a row (second byte A1) are many common ones (础, 选, 场, 省, 取); the fused ones are the row's next.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..core import regex_cache
from .confusion import freq

# A GBK copy that lost two bytes fuses a character with the 、 or 。 after it (基础。 → 基矗, 评选、 → 评癣): 础 is B4A1,
# 。 A1A3, and with the middle A1 A1 lost, B4A3 reads 矗. Every row of GBK opens on such a character (啊, 础, 选 …), and
# the fused one is the row's next: the table is built from the codec, not listed. Only a fused character that is rare
# in jieba's dictionary is read (矗, 癣, 眩; 常 for 场。 and 并 for 病、 are common words of their own).
_FUSED_MARKS = {0xA2: "、", 0xA3: "。"}
RARE_FUSED = 1000  # jieba's frequency of a fused character above which it is taken as written
FUSED_WORD = 500  # frequency of the word the lost character makes with the one before it (基础, 评选)


@lru_cache(maxsize=1)
def _fused() -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """fused character -> (the character it swallowed, the mark after it), and a class of the fused characters."""
    table = {}
    for lead in range(0xB0, 0xF8):
        try:
            meant = bytes([lead, 0xA1]).decode("gbk")
        except UnicodeDecodeError:
            continue
        for trail, mark in _FUSED_MARKS.items():
            try:
                fused = bytes([lead, trail]).decode("gbk")
            except UnicodeDecodeError:
                continue
            if freq(fused) < RARE_FUSED:
                table[fused] = (meant, mark)
    # Opened on the class, not on a look-behind, so the engine skips to a candidate; the character before is read below.
    return table, regex_cache.compile("[" + "".join(sorted(table)) + "](?=[\u4e00-\u9fff“《（(])")


def fused_marks(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, message, the text meant) of each fused character: 基矗二是 for 基础。二是, where the word before makes
    sense only with the swallowed character, and neither the fused character's pair before nor after it is a word."""
    table, pattern = _fused()
    for m in pattern.finditer(text):
        i = m.start()
        if i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff":
            continue
        meant, mark = table[m.group()]
        before, after = text[i - 1], text[i + 1]
        if freq(before + meant) < FUSED_WORD or freq(before + m.group()) or freq(text[max(0, i - 2):i] + m.group()) \
                or freq(m.group() + after):
            continue
        yield (i - 1, i + 1, f"“{before}{m.group()}”是编码转换留下的乱码：“{meant}”和其后的“{mark}”并成了“{m.group()}”，"
               f"应为“{before}{meant}{mark}”。", before + meant + mark)
