"""A province's own documents in W017's registry (glossary/documents.yaml ``region``): what their comparison adds.

Every province followed 中发〔2018〕34号 with its own 实施意见, issued either by the 省委 and the
省政府 (皖发, 云发 …) or by their two general offices (湘办发, the 两办 version), and the reports of
every county in the province cite it. Two slips belong to this kind of document: the number of one
issuer's version written under the other issuer's title (《中共湖南省委 湖南省人民政府关于…》 with
湘办发〔2019〕10号), and the number written with another prefix (湘政发〔2019〕10号), which the
national comparison never sees, as it reads only numbers written with a code of the registry.

What is not a slip: the issuers named loosely (《安徽省委 省政府关于…》) or left out (《关于全面实施预算
绩效管理的实施意见》, a title every province and city shares, so it is never one document's form).
"""

from __future__ import annotations

from .docnumbers import DocNumber

_OFFICES = ("办公厅", "办公室")


def _issuers(title: str) -> str:
    """The part of a title before its 关于: the issuers (the whole title when it has no 关于)."""
    at = title.find("关于")
    return title if at < 0 else title[:at]


def other_issuer(written: str, title: str, region: str) -> bool:
    """The title written beside a regional document's number names another document: the other
    issuer's version (general offices in one and not in the other) or another region's issuers.
    Titles are normalized (gen.check.citations.normal); a title without issuers names no other."""
    mine = _issuers(written)
    if not mine:
        return False
    offices = any(w in mine for w in _OFFICES)
    return offices != any(w in _issuers(title) for w in _OFFICES) or region not in mine


def other_number(n: DocNumber, key: tuple) -> bool:
    """The number differs from the document's (``key``: code, year, serial) in prefix, year or serial."""
    return not n.head.endswith(key[0]) or (n.year, n.serial) != tuple(key[1:])
