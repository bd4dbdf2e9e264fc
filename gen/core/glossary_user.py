"""A user's glossary folder that extends or overrides the built-in glossary.

A review office keeps its own terms (a local body's old name, a typo its staff
keep making, an acronym of its own) in a folder named by ``glossary = "..."`` in
``jixiao.toml``. Files there carry the built-in names (terms.yaml, typos.yaml,
acronyms.yaml, bodies.yaml, places.yaml, reduplications.yaml) and only what
differs: an entry with a built-in id (or acronym, self-reference) replaces it,
a new one is added. User entries prove themselves at load exactly like the
built-in ones, so a broken one names its file and entry.

The folder is one per process, like the segmenter that learns its words: the
check command sets it from the configuration before the first rule runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional, TypeVar

from .errors import UserError

if TYPE_CHECKING:
    from .glossary import Glossary

T = TypeVar("T")

# Files a user folder may hold (anything else there is a mistake worth naming).
LAYERED_FILES = ("terms.yaml", "typos.yaml", "acronyms.yaml", "bodies.yaml", "places.yaml", "reduplications.yaml",
                 "wording.yaml", "wording_hints.yaml", "documents.yaml")

_active: Optional[Path] = None


def use_user_glossary(folder: Optional[Path]) -> None:
    """Make ``folder`` this process's user glossary (None: built-in only); caches are dropped."""
    global _active
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise UserError(f"找不到用户词库文件夹：{folder}")
        unknown = sorted(p.name for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.name not in LAYERED_FILES)
        if unknown:
            raise UserError(f"用户词库文件夹 {folder} 中有不认识的文件：{'、'.join(unknown)}（可用：{'、'.join(LAYERED_FILES)}）")
    _active = folder
    from . import glossary

    glossary.load.cache_clear()
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
    """Register a cache to drop when the user glossary changes (W002's word lists)."""
    _on_change.append(hook)
    return hook


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
    for field in ("terms", "typos", "wording", "wording_hints"):  # entry lists, overlaid by entry id
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
