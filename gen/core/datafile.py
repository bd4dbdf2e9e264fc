"""Small readers shared by the loaders of policy data files (glossary/*.yaml).

Each loader (rates, grounding, units, reduplications...) checks its own
structure, but "this field is a non-empty list of texts" is one check, said
once, with one Chinese message naming the file, the entry and the field.
"""

from __future__ import annotations

from typing import Any

from .errors import UserError


class DataFileError(UserError, ValueError):
    """A malformed data file: a user error (exit 2, Chinese message), and a ValueError for older callers."""


def string_list(entry: Any, key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
    """``entry[key]`` as a tuple of non-empty texts; ``where`` names the file and entry for the message."""
    value = entry.get(key) if isinstance(entry, dict) else None
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{where}：字段 {key} 须为非空字符串列表")
    return tuple(value)
