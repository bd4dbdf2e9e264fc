"""Results of pure analyses of the data's patterns, kept on disk beside the preflight's stamp (cold start).

A cold ``jixiao check`` works out, for each of some 900 glossary patterns, the
literal needles every match contains, its windows' needles and reach
(gen.core.regex_needles) and its trie form (gen.core.regex_trie): a parse of
the pattern and walks of its tree, some 150 ms in all, the same answers at
every start; and W011's 65,000 misspellings of the domain words (~80 ms).
Such an answer depends only on its inputs and on the code that works it out,
so it is kept under the key of gen.core.proof_stamp (which covers the
interpreter, the bundled data, jieba's dictionary and every module of gen) and
read back by the next process with the same key.

Only a process whose preflight computed that key (the bundled glossary alone,
caching on) reads or adds results; any other asks the analysis, as before. The
file is read once, checked by a SHA-256 (a damaged or foreign one is ignored),
and written atomically when the process ends, only if a result was added: two
processes ending at once each write a whole file. Results are plain values
(marshal), so a file can never run code. The same answer comes out either way.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import marshal
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

from .regex_cache import cache_folder

_FORMAT = b"jixiao-kept-results-1\n"
_MISSING = object()
# The bundled data asks for about 1,000 results of each kind; past this many, none are added.
_MAX_ENTRIES = 20_000
_state: dict[str, Any] = {"stamp": None, "tables": {}, "dirty": set()}


def use(stamp: Optional[str]) -> None:
    """Read and add results under ``stamp`` (gen.core.proof_stamp's key) from now on; None: stop."""
    if stamp != _state["stamp"]:
        _state["stamp"], _state["tables"] = stamp, {}
        _state["dirty"].clear()


def get(kind: str, key: Any) -> Any:
    """The kept result of ``kind`` for ``key``, or :data:`MISSING` when none is (or nothing is in use)."""
    table = _table(kind)
    return _MISSING if table is None else table.get(key, _MISSING)


MISSING = _MISSING
T = TypeVar("T")


def per_pattern(kind: str, maxsize: Optional[int] = 4096) -> Callable[[Callable[[Any], T]], Any]:
    """``functools.lru_cache(maxsize)`` for a pure analysis of a compiled pattern whose answer is plain data,
    over a read-back: the answer kept under ``kind`` for the pattern's text and flags, else the analysis's
    own (then kept)."""

    def wrap(analyse: Callable[[Any], T]) -> Any:
        @functools.wraps(analyse)
        def kept(pattern: Any) -> T:
            key = (pattern.pattern, pattern.flags)
            found = get(kind, key)
            if found is _MISSING:
                found = analyse(pattern)
                put(kind, key, found)
            return found

        return functools.lru_cache(maxsize=maxsize)(kept)

    return wrap


def put(kind: str, key: Any, value: Any) -> None:
    """Keep ``value`` (plain data: marshal writes it) as the result of ``kind`` for ``key``."""
    table = _table(kind)
    if table is None or len(table) >= _MAX_ENTRIES:
        return
    table[key] = value
    if not _state["dirty"]:
        atexit.register(save)
    _state["dirty"].add(kind)


def _table(kind: str) -> Optional[dict]:
    stamp = _state["stamp"]
    if stamp is None:
        return None
    table = _state["tables"].get(kind)
    if table is None:
        table = _state["tables"][kind] = _read(_path(kind, stamp), stamp)
    return table


def _path(kind: str, stamp: str) -> Optional[Path]:
    folder = cache_folder()
    return None if folder is None else folder / f"{kind}-{stamp[:32]}.bin"


def _read(path: Optional[Path], stamp: str) -> dict:
    if path is None:
        return {}
    try:
        data = path.read_bytes()
        head = _FORMAT + stamp.encode("ascii")
        body = data[len(head) + 32:]
        if not data.startswith(head) or hashlib.sha256(body).digest() != data[len(head):len(head) + 32]:
            return {}
        table = marshal.loads(body)
        return table if isinstance(table, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def save() -> None:
    """Write each table a result was added to; any failure (read-only folder, a value marshal refuses) is silent."""
    stamp = _state["stamp"]
    dirty, _state["dirty"] = _state["dirty"], set()
    if stamp is None:
        return
    from .atomic import write_bytes
    from .errors import UserError

    for kind in sorted(dirty):
        path = _path(kind, stamp)
        if path is None:
            continue
        try:
            body = marshal.dumps(_state["tables"][kind])
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, _FORMAT + stamp.encode("ascii") + hashlib.sha256(body).digest() + body)
        except (OSError, ValueError, UserError):
            pass
