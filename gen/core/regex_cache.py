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
pattern was added, and carries a SHA-256 of its contents: a missing,
unreadable, read-only, corrupt or foreign file means compiling as ``re`` does,
silently. Only patterns that come from the project's data and code go through
here (bounded: the glossary, the rules' word lists), never text of a report.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
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

# Each program is kept as its own marshal bytes, read only when its pattern is asked for: the file also holds
# the programs of every other version of the data and of a user's glossary, and a check uses a few hundred.
_FORMAT = b"jixiao-regex-cache-2\n"
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


def _read(path: Optional[Path]) -> dict:
    if path is None:
        return {}
    try:
        data = path.read_bytes()
    except (OSError, ValueError):
        return {}
    head, digest, body = data[:len(_FORMAT)], data[len(_FORMAT):len(_FORMAT) + 32], data[len(_FORMAT) + 32:]
    if head != _FORMAT or hashlib.sha256(body).digest() != digest:
        return {}
    try:
        engine, programs = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    return programs if engine == _ENGINE and isinstance(programs, dict) else {}


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
            return _sre.compile(pattern, *(marshal.loads(kept) if isinstance(kept, bytes) else kept))
        except (TypeError, ValueError, RuntimeError, EOFError):  # a program this engine refuses: compile afresh
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
    body = marshal.dumps((_ENGINE, {key: kept if isinstance(kept, bytes) else marshal.dumps(kept)
                                    for key, kept in programs.items()}))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, _FORMAT + hashlib.sha256(body).digest() + body)
    except (OSError, UserError):
        pass
