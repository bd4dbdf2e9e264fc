"""An item of a 一是、二是 run whose 是 was lost: "一是……。二把巡视整改作为……。三是……".

The run's numeral stays and opens its sentence, but the copula after it is gone (二把 for 二是把). Between the
items before and after it (一是 and 三是) nothing was skipped: the item is there, short of its 是. S007 reads
the run and must not call it a skip; S031 reports the item itself, where the 是 belongs. A sentence that opens
on a numeral and a counting word (三个方面, 二手车, 四季度) is a figure, not an item.
"""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache

_CN = "一二三四五六七八九十"
# The numeral opening a sentence (after its mark and a blank at most), then a Chinese character that is no 是,
# no list mark and no word a figure leads (个, 年, 十, 手, 氧 …).
_OPENING = {n: regex_cache.compile(
    rf"(?<=[。；;！？!?])[ \u3000]?{_CN[n - 1]}(?![是、，,：:．.）)十百千万亿个年月日天次项类级条名人位家季期批届手氧〇零种方大小中])"
    r"(?=[\u4e00-\u9fff])") for n in range(2, 10)}


def lost_shi_at(text: str, lo: int, hi: int, number: int) -> Optional[int]:
    """Where item ``number`` of a 是 run opens between ``lo`` and ``hi`` with its numeral and without 是, or None."""
    pattern = _OPENING.get(number)
    if pattern is None:
        return None
    m = pattern.search(text, lo, hi)
    return None if m is None else m.end() - 1
