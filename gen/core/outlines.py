"""The registry of document kinds and outlines, read from templates/.

An outline is templates/<kind>/<id>.md.j2 with its description next to it in
templates/<kind>/<id>.yaml (Chinese name, which region's convention it
follows, its sections, the data it needs, aliases, the regions it is chosen
for, and whether it is the kind's default). A kind is a folder with a
kind.yaml (Chinese name and aliases). Adding an outline is adding those two
files; no list of outlines is kept in Python.

The outline for a data file without ``profile`` is chosen by region: the
outline whose ``regions`` name the most specific part of the bureau's region
(county, then city, then province), else the kind's default.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

from .datafile import load_yaml
from .errors import UserError
from .number_style import DEFAULT_STYLE, NumberStyle, style_from
from .resources import data_dir


@dataclass(frozen=True)
class Outline:
    kind: str
    id: str
    name: str
    description: str
    convention: str
    sections: tuple[str, ...]
    needs: tuple[str, ...]
    aliases: tuple[str, ...]
    regions: tuple[str, ...]
    default: bool
    style: NumberStyle = DEFAULT_STYLE  # how this outline's source writes figures

    def needs_field(self, path: str) -> bool:
        """Whether a field is among this outline's needs (a need names a field or a list of them: tasks,
        indicators): what the outline prints, so a sentence elsewhere knows whether its figures stand in the text."""
        return any(path == n or path.startswith((n + ".", n + "[")) for n in self.needs)


@dataclass(frozen=True)
class Kind:
    id: str
    name: str
    aliases: tuple[str, ...]
    outlines: tuple[Outline, ...]

    @property
    def default(self) -> Outline:
        return next(o for o in self.outlines if o.default)


def _read(path: Path) -> dict:
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UserError(f"{path}:{mark.line + 1 if mark else '?'}: YAML 格式错误") from None
    if not isinstance(doc, dict):
        raise UserError(f"{path}: 应为键值对象")
    return doc


def _strs(doc: dict, key: str, path: Path, required: bool) -> tuple[str, ...]:
    value = doc.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or (required and not value) or not all(isinstance(v, str) and v for v in value):
        raise UserError(f"{path}: {key} 应为{'非空的' if required else ''}文字列表")
    return tuple(value)


def _join_lines(text: str) -> str:
    """Folded YAML puts a space at each line break; Chinese text has none (kept between ASCII words)."""
    out = ""
    for part in text.split():
        out += (" " if out and out[-1].isascii() and part[0].isascii() else "") + part
    return out


def _outline(kind: str, path: Path) -> Outline:
    doc = _read(path)
    for key in ("name", "description", "convention"):
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            raise UserError(f"{path}: 缺少 {key}（中文名称、说明、所依据的地区惯例）")
    if not path.with_suffix("").with_suffix(".md.j2").exists() and not (path.parent / f"{path.stem}.md.j2").exists():
        raise UserError(f"{path}: 没有对应的提纲模板 {path.stem}.md.j2")
    return Outline(
        kind=kind, id=path.stem, name=doc["name"].strip(), description=_join_lines(doc["description"]),
        convention=doc["convention"].strip(), sections=_strs(doc, "sections", path, True),
        needs=_strs(doc, "needs", path, False), aliases=_strs(doc, "aliases", path, False),
        regions=_strs(doc, "regions", path, False), default=bool(doc.get("default", False)),
        style=style_from(DEFAULT_STYLE, doc.get("style"), str(path)),
    )


def _kind(folder: Path) -> Kind:
    doc = _read(folder / "kind.yaml")
    if not isinstance(doc.get("name"), str):
        raise UserError(f"{folder / 'kind.yaml'}: 缺少 name（文书类型的中文名称）")
    outlines = tuple(_outline(folder.name, p) for p in sorted(folder.glob("*.yaml")) if p.name != "kind.yaml")
    defaults = [o.id for o in outlines if o.default]
    if len(defaults) != 1:
        raise UserError(f"{folder}: 应恰有一个默认提纲（default: true），现有 {len(defaults)} 个")
    return Kind(folder.name, doc["name"], _strs(doc, "aliases", folder / "kind.yaml", False), outlines)


def _check_unique(kinds: tuple[Kind, ...]) -> None:
    for kind in kinds:
        seen: dict[str, str] = {}
        for o in kind.outlines:
            for label in (o.id, o.name, *o.aliases):
                if label in seen and seen[label] != o.id:
                    raise UserError(f"templates/{kind.id}: 提纲名称或别名“{label}”同时属于 {seen[label]} 和 {o.id}")
                seen[label] = o.id


@lru_cache(maxsize=4)
def load_kinds(folder: Optional[str] = None) -> tuple[Kind, ...]:
    """Every document kind with its outlines, from the bundled templates folder."""
    base = Path(folder) if folder else data_dir("templates")
    kinds = tuple(_kind(d) for d in sorted(base.iterdir()) if (d / "kind.yaml").is_file())
    _check_unique(kinds)
    return kinds


def kind_names() -> dict[str, str]:
    return {k.id: k.name for k in load_kinds()}


def kind_id(label: str) -> Optional[str]:
    """The kind id for an id, a Chinese name or an alias."""
    for k in load_kinds():
        if label in (k.id, k.name, *k.aliases):
            return k.id
    return None


def get_kind(kind: str) -> Kind:
    return next(k for k in load_kinds() if k.id == kind)


def resolve_outline(kind: str, label: str) -> Optional[Outline]:
    """The outline of ``kind`` named ``label`` (id, Chinese name or alias)."""
    for o in get_kind(kind).outlines:
        if label in (o.id, o.name, *o.aliases):
            return o
    return None


def outline_for_region(kind: str, region: Any) -> Outline:
    """The outline chosen for a region: the most specific region match, else the kind's default."""
    k = get_kind(kind)
    for part in (getattr(region, "county", None), getattr(region, "city", None), getattr(region, "province", None)):
        if not part:
            continue
        for o in k.outlines:
            if part in o.regions:
                return o
    return k.default


def all_outline_ids() -> tuple[str, ...]:
    """Every outline id of every kind, in registry order (for drop-down lists)."""
    seen: list[str] = []
    for k in load_kinds():
        seen.extend(o.id for o in k.outlines if o.id not in seen)
    return tuple(seen)
