"""Compiled programs of the data's regular expressions, kept on disk between runs (cold start).

A cold ``jixiao check`` compiles some 1,100 patterns, from the glossary and
the checker's own modules (their module-level patterns), and CPython's compiler spends most of that time turning character
classes of Chinese (``[\\u4e00-\\u9fff]``, a class of a dozen characters) into
its tables, one Python loop step per character of the range: about a quarter
of a second of every cold start, the same work with the same result each time.
So the program ``re`` builds for a pattern is kept here, keyed by everything
that decides it: the pattern, its flags and the interpreter's regex engine
(Python version and build, ``_sre.MAGIC``, code size, ``sys.maxunicode``).
A pattern rebuilt from it is the very object ``re.compile`` makes (same
flags, same group names, same program: ``Pattern.__eq__`` compares the
program word by word, and the tests prove equality for every pattern kept).
Nothing found can change: a pattern matches as it would have, only sooner.

The file lives in the user's cache folder (``$JIXIAO_CACHE_DIR``, else
``$XDG_CACHE_HOME/jixiao``, else ``~/.cache/jixiao``), never in the repository
or beside the user's files; ``JIXIAO_CACHE_DIR=off`` turns it off. It is
written atomically (:mod:`gen.core.atomic`) when the process ends, only if a
pattern was added: an index (each pattern's place in the file and a CRC-32 of
its program) under a SHA-256, then the programs, each proved by its CRC only
when its pattern is asked for. A missing, unreadable, read-only, corrupt or
foreign file, or a program whose CRC fails, means compiling as ``re`` does,
silently. (The file keeps the programs of every version of the data, some
15 MB on a developer's machine; hashing and unpacking all of it cost a cold
check some 45 ms, for the fifth of it a check uses.) Only patterns that come
from the project's data and code go through here (bounded: the glossary, the
rules' word lists), never text of a report.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any, Optional

try:  # CPython's regex compiler; another interpreter (or a future CPython) compiles as re does
    import _sre
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]

    _ENGINE: Optional[str] = repr((sys.version, sys.implementation.cache_tag, sys.maxunicode, _sre.MAGIC,
                                   _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS))
except (ImportError, AttributeError):  # pragma: no cover - not CPython 3.11+
    _ENGINE = None

# Each program is kept as its own marshal bytes, read (and its CRC proved) only when its pattern is asked for:
# the file also holds the programs of every other version of the data and of a user's glossary, and a check uses
# a few hundred. Layout: _FORMAT, SHA-256 of the index, the index's size (8 bytes), the index, the programs.
_FORMAT = b"jixiao-regex-cache-3\n"
# The bundled data's patterns number about 700. Beyond this many (a user's glossary edited again and again
# leaves the patterns of every version), the file is rewritten with only the patterns this process used.
_MAX_ENTRIES = 5_000
_state: dict[str, Any] = {"programs": None, "dirty": False, "used": set()}


def cache_folder() -> Optional[Path]:
    """The user's cache folder for jixiao (also gen.check.typo_index's), or None when caching is off."""
    folder = os.environ.get("JIXIAO_CACHE_DIR")
    if folder is not None and folder.strip().lower() in ("", "off", "0", "none"):
        return None
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "jixiao")
    return Path(folder)


def cache_path() -> Optional[Path]:
    """The cache file for this interpreter's regex engine, or None when caching is off or impossible."""
    folder = cache_folder()
    if _ENGINE is None or folder is None:
        return None
    tag = hashlib.sha256(_FORMAT + _ENGINE.encode("utf-8")).hexdigest()[:16]  # one file per engine and format
    return folder / f"regex-{tag}.bin"


def _programs() -> dict:
    """The programs on disk (empty when there is no usable file), read once per process."""
    programs = _state["programs"]
    if programs is None:
        programs = _state["programs"] = _read(cache_path())
    return programs


class _Stored:
    """A program as the file holds it: its marshal bytes (a view into the file read once) and their CRC-32."""

    __slots__ = ("data", "crc")

    def __init__(self, data: memoryview, crc: int):
        self.data, self.crc = data, crc


def _read(path: Optional[Path]) -> dict:
    if path is None:
        return {}
    try:
        data = path.read_bytes()
    except (OSError, ValueError):
        return {}
    start = len(_FORMAT) + 40
    if data[:len(_FORMAT)] != _FORMAT or len(data) < start:
        return {}
    view = memoryview(data)
    size = int.from_bytes(view[start - 8:start], "little")
    index = view[start:start + size]
    if len(index) != size or hashlib.sha256(index).digest() != view[len(_FORMAT):start - 8]:
        return {}
    try:
        engine, total, places = marshal.loads(index)
    except (EOFError, ValueError, TypeError):
        return {}
    body = view[start + size:]
    if engine != _ENGINE or not isinstance(places, dict) or total != len(body):
        return {}
    try:
        return {key: _Stored(body[at:at + n], crc) for key, (at, n, crc) in places.items()}
    except (TypeError, ValueError):
        return {}


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the same name and meaning as re.compile
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    if _ENGINE is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    flags = int(flags)
    programs = _programs()
    key = (pattern, flags)
    _state["used"].add(key)
    kept = programs.get(key)
    if kept is not None:
        try:
            if isinstance(kept, _Stored):
                if zlib.crc32(kept.data) != kept.crc:
                    raise ValueError("damaged program")
                return _sre.compile(pattern, *marshal.loads(kept.data))
            return _sre.compile(pattern, *kept)
        except (TypeError, ValueError, RuntimeError, EOFError):  # damaged, or a program this engine refuses
            pass
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except re.error:
        raise  # the pattern is wrong: the same error re.compile gives
    except Exception:  # pragma: no cover - an engine whose internals differ from CPython 3.11's: compile as re does
        return re.compile(pattern, flags)
    programs[key] = program
    _note_new()
    return compiled


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, as plain values that ``marshal`` can write."""
    parsed = _sre_parse.parse(pattern, flags)
    code = [int(word) for word in _sre_compile._code(parsed, flags)]  # opcodes are an int subclass
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _note_new() -> None:
    if not _state["dirty"]:
        _state["dirty"] = True
        atexit.register(save)


def save() -> None:
    """Write the programs if this process added any; any failure (read-only or missing folder) is silent."""
    if not _state["dirty"]:
        return
    _state["dirty"] = False
    path = cache_path()
    if path is None:
        return
    from .atomic import write_bytes
    from .errors import UserError

    programs = _state["programs"] or {}
    if len(programs) > _MAX_ENTRIES:
        programs = {key: programs[key] for key in _state["used"] if key in programs}
    chunks: list[bytes] = []
    places: dict = {}
    at = 0
    for key, kept in programs.items():
        if isinstance(kept, _Stored):
            chunk, crc = bytes(kept.data), kept.crc  # a damaged one keeps its CRC, so it stays refused
        else:
            chunk = marshal.dumps(kept)
            crc = zlib.crc32(chunk)
        places[key] = (at, len(chunk), crc)
        chunks.append(chunk)
        at += len(chunk)
    index = marshal.dumps((_ENGINE, at, places))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, b"".join([_FORMAT, hashlib.sha256(index).digest(), len(index).to_bytes(8, "little"), index,
                                    *chunks]))
    except (OSError, UserError):
        pass
