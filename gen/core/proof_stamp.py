"""A stamp that the bundled data proved itself, so that an unchanged installation need not prove it again.

Every command proves the data it will read at its start (gen.check.preflight):
each glossary file's YAML, each entry's and each word list's own examples. On
an installation nobody has touched, those proofs give the same verdict at every
start, and cost a cold ``jixiao check`` about a quarter of a second. The proofs
stay; what is kept is their verdict. After a preflight that proved everything,
a stamp file named by a key is written; a later preflight that finds the stamp
of the same key builds the same data without running the examples again.

The key is a SHA-256 of everything that decides a verdict: the bytes of every
file of the glossary folder and of the other folders the command proves (the
data and its examples; of the built typo index, which no proof reads, its size
and time), the size and modification time of every module of the gen package
(the code that proves: a changed file gets a new time), the interpreter, PyYAML and jieba
(whose dictionary gives the word frequencies some proofs read), and which
proofs the preflight runs. Any change makes a new key, so a stale stamp is
never found; a user glossary (which the proofs read through the segmenter)
is never stamped. The stamp holds its own key: a damaged or foreign file is
not a stamp. It lives in the user's cache folder (gen.core.regex_cache's:
``$JIXIAO_CACHE_DIR``, ``off`` turns it off) and is written atomically, so two
processes starting at once each write a whole file or none. Nothing a check
finds can change: the data is built the same way, only its examples are not run.

The stamp also holds the values the proof's parse built from each glossary YAML
file (marshal: plain data, never code), handed to the loaders as the proof
hands its own, so an unchanged glossary is not parsed either.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

from .regex_cache import cache_folder
from .resources import data_dir

_FORMAT = b"jixiao-proof-stamp-1\n"
_CODE = Path(__file__).resolve().parent.parent  # the gen package
_SKIPPING = [False]


def skipping() -> bool:
    """True while a preflight whose stamp was found builds the data: examples need not run."""
    return _SKIPPING[0]


@contextmanager
def proofs_skipped() -> Iterator[None]:
    """Within this block, loaders build their data without running its examples (see :func:`skipping`)."""
    _SKIPPING[0] = True
    try:
        yield
    finally:
        _SKIPPING[0] = False


def key(scope: str, texts: Optional[dict[str, str]] = None, folders: tuple[str, ...] = ()) -> Optional[str]:
    """The key of the bundled data (the glossary and ``folders``), the code and ``scope`` (which proofs run),
    or None when a folder cannot be read or caching is off. ``texts`` receives each glossary YAML file's
    text, by its name in the folder (read once here, for the key and for the values' hand-over)."""
    if cache_folder() is None:
        return None
    h = hashlib.sha256(_FORMAT)
    h.update(repr((sys.version, scope, _versions())).encode("utf-8"))
    try:
        for folder in sorted({"glossary", *folders}):
            _hash_folder(h, folder, texts if folder == "glossary" else None)
        for path in sorted(_CODE.rglob("*.py")):
            if "_data" not in path.parts:
                st = path.stat()
                h.update(f"\0{path.relative_to(_CODE).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8"))
    except OSError:
        return None
    return h.hexdigest()


def _hash_folder(h: Any, folder: str, texts: Optional[dict[str, str]]) -> None:
    """Every file of the data folder ``folder``, by its bytes (the built typo index, which no proof reads and
    which weighs 4 MB, by its size and time)."""
    base = data_dir(folder)
    h.update(f"\0\0{folder}".encode("utf-8"))
    for path in sorted(base.rglob("*")):
        name = path.relative_to(base).as_posix()
        if path.suffix == ".npz":
            st = path.stat()
            h.update(f"\0{name}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8"))
        elif path.is_file():
            data = path.read_bytes()
            h.update(f"\0{name}\0{len(data)}\0".encode("utf-8"))
            h.update(data)
            if texts is not None and path.suffix == ".yaml":
                texts[name] = _as_read(data)


def _as_read(data: bytes) -> str:
    """The text ``Path.read_text(encoding="utf-8")`` gives for these bytes (universal newlines); "" when not
    UTF-8 (a text no loader reads: nothing is handed over for it)."""
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        return ""


def _versions() -> tuple:
    """PyYAML's version, and the size and time of jieba's module and dictionary (the frequencies some proofs
    read); jieba is located, not imported (gen.check.analyse imports it its own way)."""
    import importlib.util

    import yaml

    out: list = [yaml.__version__, getattr(yaml, "__with_libyaml__", None)]
    spec = importlib.util.find_spec("jieba")
    if spec is not None and spec.origin:
        for path in (Path(spec.origin), Path(spec.origin).parent / "dict.txt"):
            try:
                st = path.stat()
                out.append((st.st_size, st.st_mtime_ns))
            except OSError:
                out.append(None)
    return tuple(out)


def _path(stamp: str) -> Optional[Path]:
    folder = cache_folder()
    return None if folder is None else folder / f"proved-{stamp[:32]}"


def kept_values(stamp: Optional[str]) -> Optional[dict[str, Any]]:
    """The YAML values a preflight that proved everything under this key kept, by file name (each a fresh
    copy); None when there is no such stamp (missing, damaged, foreign: the data is proved again)."""
    path = None if stamp is None else _path(stamp)
    if path is None:
        return None
    try:
        data = path.read_bytes()
        head = _FORMAT + stamp.encode("ascii")
        if not data.startswith(head) or hashlib.sha256(data[len(head) + 32:]).digest() != data[len(head):len(head) + 32]:
            return None
        values = marshal.loads(data[len(head) + 32:])
        if not isinstance(values, dict):
            return None
        return {name: marshal.loads(value) for name, value in values.items()}
    except (OSError, ValueError, EOFError, TypeError):
        return None


def keep(value: Any) -> Optional[bytes]:
    """``value`` as the stamp keeps it (marshal bytes, taken before a loader may change the value), or None
    when marshal cannot write it (a YAML date): that file is then parsed at each start, as before."""
    try:
        return marshal.dumps(value)
    except ValueError:
        return None


def remember(stamp: Optional[str], values: dict[str, bytes]) -> None:
    """Write the stamp of a preflight that proved everything, with the values it built (by :func:`keep`, by
    file name); any failure (read-only folder) is silent."""
    path = None if stamp is None else _path(stamp)
    if path is None:
        return
    from .atomic import write_bytes
    from .errors import UserError

    payload = marshal.dumps(values)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, _FORMAT + stamp.encode("ascii") + hashlib.sha256(payload).digest() + payload)
        _prune(path.parent)
    except (OSError, UserError):
        pass


def _prune(folder: Path, keep: int = 4) -> None:
    """Remove the stamps (and the results kept under them, gen.core.kept_results) of all but the ``keep``
    newest keys: each edit of the data or code makes a new key, and an old one is never found again (a
    stamp another installation still uses is only proved again: the proofs run, the stamp comes back)."""
    stamps = sorted(folder.glob("proved-*"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in stamps[keep:]:
        tag = old.name[len("proved-"):]
        for path in (old, *folder.glob(f"*-{tag}.bin")):
            try:
                path.unlink()
            except OSError:
                pass
