"""Figures listed "respectively" (各/分别 A、B、C): the pieces of pattern N020 and N021 share.

Both rules read a list of two to six figures joined by 、，和与及 after 各 or 分别;
what a figure in such a list looks like is one piece of knowledge, kept here.
"""

from __future__ import annotations

NUM = r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,4})?"
SEP = r"\s{0,2}(?:[,，、]|和|与|及)\s{0,2}"
MONEY = r"(?:万元|亿元|元)"
ITEM = rf"{NUM}\s{{0,2}}(?:{MONEY})?"
