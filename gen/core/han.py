"""Whether a character is a Chinese character (the CJK Unified Ideographs block, U+4E00–U+9FFF).

Both pipelines ask it: the checker's rules that read the characters around a
span (a word's neighbours, the side of a seam, the issuer before a document
number) and the draft's trace of where a datum's words stand. It lives in the
shared core so that neither imports the other; the range is the one every
pattern of the checker writes as ``[\\u4e00-\\u9fff]``.
"""

from __future__ import annotations


def is_han(ch: str) -> bool:
    """True for one character of the CJK Unified Ideographs block."""
    return "\u4e00" <= ch <= "\u9fff"
