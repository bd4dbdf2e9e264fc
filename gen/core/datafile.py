"""Small readers shared by the loaders of policy data files (glossary/*.yaml).

Each loader (rates, grounding, units, reduplications...) checks its own
structure, but "this field is a non-empty list of texts" is one check, said
once, with one Chinese message naming the file, the entry and the field.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

import yaml

from .errors import UserError

# libyaml's parser when PyYAML was built with it: some ten times faster than the pure-Python one, and
# every cold `jixiao check` parses the glossary. Same values (tests/test_datafile.py compares both on
# every bundled file); the constructor (what YAML types become) is SafeLoader's either way.
FAST_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Values already built from a text by the proof of the bundled files (gen.core.parse.parses_cleanly), each
# handed to the first load_yaml of that same text: a cold check used to parse every glossary file twice.
# Filled only inside handing_over(), emptied when it ends, so nothing outlives the proof and its loaders.
_BUILT: dict[str, Any] = {}
_HANDING_OVER = [False]


@contextmanager
def handing_over() -> Iterator[None]:
    """Within this block, values proved by ``parses_cleanly`` are kept for the first ``load_yaml`` of their text."""
    _HANDING_OVER[0] = True
    try:
        yield
    finally:
        _HANDING_OVER[0] = False
        _BUILT.clear()


def keep_built(text: str, value: Any) -> None:
    """Offer the value libyaml built from ``text`` (the same loader, the same steps) to the next ``load_yaml``."""
    if _HANDING_OVER[0]:
        _BUILT[text] = value


def built_value(text: str) -> Optional[tuple[Any]]:
    """``(value,)`` when a value is kept for ``text`` (None when none is), left for its ``load_yaml``: the
    proof stamp's copy (gen.core.proof_stamp) is taken from it."""
    return (_BUILT[text],) if text in _BUILT else None


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)`` through the fastest safe loader available (project data files).

    A value the proof built from this very text is handed over once (popped: no two callers share
    a mutable value); every other call parses.
    """
    if _BUILT:
        built = _BUILT.pop(text, _NOTHING)
        if built is not _NOTHING:
            return built
    return yaml.load(text, Loader=FAST_SAFE_LOADER)  # noqa: S506 - a safe loader


_NOTHING = object()


class DataFileError(UserError, ValueError):
    """A malformed data file: a user error (exit 2, Chinese message), and a ValueError for older callers."""


def read_yaml_file(path: Path) -> Any:
    """A word list's YAML file, parsed; unreadable or not YAML is a DataFileError naming the file."""
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise DataFileError(f"无法读取词库文件 {path}：{exc}") from None


def string_list(entry: Any, key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
    """``entry[key]`` as a tuple of non-empty texts; ``where`` names the file and entry for the message."""
    value = entry.get(key) if isinstance(entry, dict) else None
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{where}：字段 {key} 须为非空字符串列表")
    return tuple(value)
