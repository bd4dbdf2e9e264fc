"""A user's glossary folder that extends or overrides the built-in glossary.

A review office keeps its own terms (a local body's old name, a typo its staff
keep making, an acronym of its own) in a folder named by ``glossary = "..."`` in
``jixiao.toml``. Files there carry the built-in names (terms.yaml, typos.yaml,
acronyms.yaml, bodies.yaml, places.yaml, reduplications.yaml) and only what
differs: an entry with a built-in id (or acronym, self-reference) replaces it,
a new one is added. User entries prove themselves at load exactly like the
built-in ones, so a broken one names its file and entry.

The folder is one per process, like the segmenter that learns its words: the
check command sets it from the configuration before the first rule runs. Every
cache whose content depends on the user's lists (the loaded glossary, the
segmenter and what is built from its words and frequencies, patterns of the
self-references) is made with :func:`per_glossary`, so changing or dropping the
folder drops all of them: nothing of one folder leaks into checks under another
(or under the built-in glossary alone), which tests switching folders in one
process rely on.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, TypeVar

from . import kept_results
from .errors import UserError

if TYPE_CHECKING:
    from .glossary import Glossary

T = TypeVar("T")

# Files a user folder may hold (anything else there is a mistake worth naming).
LAYERED_FILES = ("terms.yaml", "typos.yaml", "acronyms.yaml", "bodies.yaml", "places.yaml", "reduplications.yaml",
                 "wording.yaml", "wording_hints.yaml", "documents.yaml", "spun.yaml")

_active: Optional[Path] = None


def use_user_glossary(folder: Optional[Path]) -> None:
    """Make ``folder`` this process's user glossary (None: built-in only); caches are dropped.

    Built-in only, again, changes nothing and keeps every cache (each ``check`` run
    says it; rebuilding the segmenter's data each time would cost seconds). A folder
    drops them even when it is the same one: its files may have been edited.
    """
    global _active
    if folder is None and _active is None:
        return
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise UserError(f"找不到用户词库文件夹：{folder}")
        unknown = sorted(p.name for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.name not in LAYERED_FILES)
        if unknown:
            raise UserError(f"用户词库文件夹 {folder} 中有不认识的文件：{'、'.join(unknown)}（可用：{'、'.join(LAYERED_FILES)}）")
    _active = folder
    if folder is not None:
        # Results kept on disk are the bundled glossary's (the preflight, which runs before the user's folder is
        # laid over it, put them under the bundled data's key): from here on they would be read for, and written
        # from, another glossary (W011's misspellings of a user's words stored for every later run).
        kept_results.use(None)
    for hook in _on_change:
        hook()


def user_file(name: str) -> Optional[Path]:
    """The user's version of glossary file ``name``, when the active folder has one."""
    if _active is None:
        return None
    path = _active / name
    return path if path.is_file() else None


_on_change: list[Callable[[], None]] = []


def on_change(hook: Callable[[], None]) -> Callable[[], None]:
    """Register a hook to run when the user glossary changes (a cache to drop)."""
    _on_change.append(hook)
    return hook


def per_glossary(maxsize: Optional[int] = 1) -> Callable[[Callable[..., Any]], Any]:
    """``functools.lru_cache`` for a result that depends on the user's lists: dropped when the folder changes.

    Use it for every cache built from :func:`gen.core.glossary.load`, from
    :func:`user_file`, or from the segmenter's words and frequencies (which hold
    the user's words): a plain ``lru_cache`` there would keep one folder's lists
    for the rest of the process.
    """

    def wrap(fn: Callable[..., Any]) -> Any:
        cached = lru_cache(maxsize=maxsize)(fn)
        on_change(cached.cache_clear)
        return cached

    return wrap


def overlay(base: Iterable[T], extra: Iterable[T], key: Callable[[T], object]) -> tuple[T, ...]:
    """``base`` with every item of ``extra`` replacing the one of the same key, or appended."""
    extra = list(extra)
    replaced = {key(item): item for item in extra}
    out = [replaced.pop(key(item), item) for item in base]
    out.extend(item for item in extra if key(item) in replaced)
    return tuple(out)


def layer(builtin: "Glossary") -> "Glossary":
    """The built-in glossary with the active user folder's files laid over it."""
    if _active is None:
        return builtin
    try:
        return _layer(builtin)
    except UserError as exc:  # say which folder: the built-in files have the same names
        raise UserError([f"用户词库文件夹 {_active}：{m}" for m in exc.messages]) from None


def _layer(builtin: "Glossary") -> "Glossary":
    from dataclasses import replace

    # Same package: the per-file loaders (and their self-proving examples) are reused, not copied.
    from .glossary_files import load_acronyms, load_bodies, load_entries, load_places

    g = builtin
    for field in ("terms", "typos", "wording", "wording_hints", "spun"):  # entry lists, overlaid by entry id
        path = user_file(f"{field}.yaml")
        if path:
            g = replace(g, **{field: overlay(getattr(g, field), load_entries(path), lambda e: e.id)})
    path = user_file("acronyms.yaml")
    if path:
        g = replace(g, acronyms={**g.acronyms, **load_acronyms(path)})
    path = user_file("bodies.yaml")
    if path:
        g = replace(g, bodies=overlay(g.bodies, load_bodies(path), lambda b: b.ref))
    path = user_file("places.yaml")
    if path:
        g = replace(g, common_place_words=g.common_place_words | load_places(path))
    return g
