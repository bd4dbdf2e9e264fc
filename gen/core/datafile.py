"""Small readers shared by the loaders of policy data files (glossary/*.yaml).

Each loader (rates, grounding, units, reduplications...) checks its own
structure, but "this field is a non-empty list of texts" is one check, said
once, with one Chinese message naming the file, the entry and the field.
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import UserError

# libyaml's parser when PyYAML was built with it: some ten times faster than the pure-Python one, and
# every cold `jixiao check` parses the glossary. Same values (tests/test_datafile.py compares both on
# every bundled file); the constructor (what YAML types become) is SafeLoader's either way.
FAST_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)`` through the fastest safe loader available (project data files)."""
    return yaml.load(text, Loader=FAST_SAFE_LOADER)  # noqa: S506 - a safe loader


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
