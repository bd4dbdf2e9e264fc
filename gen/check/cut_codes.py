"""A national document number written with its issuer's code cut short (国办公开〔2019〕60号 for 国办公开办函〔2019〕60号).

A report that copies a number from memory keeps the code's first characters and drops the rest: the
number then names no issuer the registry knows, so the reading of citations (gen/check/citations.py) has no
code to compare. The cut head is judged against the registry's codes: it is the code's opening, shorter, and
four characters long at least (国办函〔2019〕60号 is another document of the General Office, not 国办公开办函 cut;
a character lost inside the code, 国办公开函, is W044's slip of the disclosure phrase). A head in Traditional
script (國辦公開) is read in Simplified.
"""

from __future__ import annotations

from typing import Optional


# A shorter head may be another issuer's own code (国办函, 国办发 are the General Office's; 财 alone is no code).
MIN_HEAD = 4


def cut_code(head: str, code: str) -> bool:
    """``head`` is ``code`` with its last characters lost (a character lost inside, 国办公开函, is W044's)."""
    return MIN_HEAD <= len(head) < len(code) and code.startswith(head)


def simplified_head(head: str) -> str:
    from .unspaced import simplified  # the view's converter; imported late (unspaced loads the glossary)

    return simplified(head)


def cut_of(head: str, code: str) -> bool:
    """The number's head (as written, in either script) is the national ``code`` cut short."""
    return cut_code(head, code) or cut_code(simplified_head(head), code)


def known_cut(head: str, year: Optional[int], serial: Optional[int], by_key: dict, codes: tuple[str, ...]):
    """The registered document whose code ``head`` cuts and whose year and serial the number keeps, or None."""
    return next((by_key[k] for code in codes if cut_of(head, code) and (k := (code, year, serial)) in by_key), None)
