"""Safe output file names derived from bureau names.

Bureau names come from a workbook that anyone may have typed into, and the
outputs of many bureaus land in one folder that may later be copied to a
Windows share. So a name loses path separators, characters Windows forbids,
control characters and trailing dots/spaces; Windows device names (CON, NUL,
COM1…) get a suffix; the length is capped in UTF-8 bytes (most file systems
allow 255 bytes, and we add extensions); and names that clash — also when they
differ only in letter case, as on Windows and macOS — are numbered in input
order, so the same workbook always gives the same file names.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

MAX_STEM_BYTES = 150
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u2028\u2029\u200b-\u200f\ufeff]')
_SPACES = re.compile(r"\s{1,1000}")
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)
FALLBACK = "单位"


def _cap(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` UTF-8 bytes without splitting a character."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", errors="ignore")


def safe_stem(name: str, fallback: str = FALLBACK) -> str:
    """One file-name stem (no extension) that is safe on Linux, macOS and Windows."""
    text = unicodedata.normalize("NFC", str(name))
    text = _FORBIDDEN.sub("_", text)
    text = _SPACES.sub(" ", text).strip()
    text = text.strip(". ")
    text = _cap(text, MAX_STEM_BYTES).rstrip(". ")
    if not text or set(text) <= {"_", "."}:
        text = fallback
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = "_" + text
    return text


# The batch's own files in the output folder: summary.json/.csv and summary.shard-K-of-N.*.
RESERVED_STEM = "summary"
RESERVED_PREFIX = "单位_"


def is_reserved(stem: str) -> bool:
    """True when outputs named ``stem`` could clash with the batch's own summary files."""
    first = stem.casefold()
    return first == RESERVED_STEM or first.startswith(RESERVED_STEM + ".")


def unique_stems(names: Iterable[str]) -> list[str]:
    """Safe stems for ``names`` in order; clashes get "-2", "-3"… deterministically.

    A bureau called "summary" (or "summary.shard-1-of-2") is renamed "单位_summary",
    so its report can never be overwritten by the batch summary.
    """
    used: set[str] = set()
    out = []
    for name in names:
        base = safe_stem(name)
        if is_reserved(base):
            base = RESERVED_PREFIX + base
        stem = base
        n = 1
        while stem.casefold() in used:
            n += 1
            suffix = f"-{n}"
            stem = _cap(base, MAX_STEM_BYTES - len(suffix)) + suffix
        used.add(stem.casefold())
        out.append(stem)
    return out
