"""Reading the sector registry's files (glossary/sectors/<id>.yaml and glossary/sectors_shared.yaml) and proving them.

Like every glossary file, the registry proves itself when it loads, with a Chinese message naming the file and
the entry: every example name is recognised as its sector (and, for a sector with generation wording, as the
sector generation takes), every pattern is used by one of its sector's examples, a sector's near misses are not
recognised as it, and the shared ``not_sector`` names are in no line sector. W078's own examples in the shared
file (``flag`` / ``keep``) are proved by the checker, which runs them (gen.check.sector_words).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from . import proof_stamp
from .datafile import DataFileError, read_yaml_file, string_list
from .regex_cache import compile as compile_regex
from .resources import data_dir
from .sectors import Registry, Sector

FOLDER = "sectors"  # glossary/sectors/<id>.yaml, one file per sector
SHARED = "sectors_shared.yaml"  # glossary/sectors_shared.yaml, what belongs to no sector
_ID = compile_regex(r"[a-z][a-z0-9_]*")
_LISTS = ("terms", "partners", "own_words", "scoped_words", "related")
_FLAGS = ("overseer", "comprehensive")
_KNOWN = {"id", "name", "patterns", "examples", "near_misses", *_LISTS, *_FLAGS}


def _texts(raw: dict, key: str, label: str) -> tuple[str, ...]:
    """An optional list of texts (absent or empty: none)."""
    value = raw.get(key)
    if value is None or value == []:
        return ()
    return string_list(raw, key, label)


def _sector(raw: Any, path: Path) -> Sector:
    label = f"词表文件 {FOLDER}/{path.name}"
    if not isinstance(raw, dict):
        raise DataFileError(f"{label}：应为一个行业的字段表（id、name、patterns、examples……）")
    unknown = sorted(set(raw) - _KNOWN)
    if unknown:
        raise DataFileError(f"{label}：不认识的字段 {'、'.join(map(str, unknown))}（可用：{'、'.join(sorted(_KNOWN))}）")
    sector_id, name = raw.get("id"), raw.get("name")
    if not isinstance(sector_id, str) or not _ID.fullmatch(sector_id) or sector_id != path.stem:
        raise DataFileError(f"{label}：id 应为英文小写加下划线的行业代码，且与文件名相同（{path.stem}）")
    if not isinstance(name, str) or not name.strip():
        raise DataFileError(f"{label}：应有中文名称 name")
    for flag in _FLAGS:
        if not isinstance(raw.get(flag, False), bool):
            raise DataFileError(f"{label}：{flag} 应为 true 或 false")
    lists = {key: _texts(raw, key, label) for key in _LISTS}
    return Sector(sector_id, name.strip(), string_list(raw, "patterns", label), **lists,
                  overseer=raw.get("overseer", False), comprehensive=raw.get("comprehensive", False))


def _cases(doc: dict, key: str, label: str) -> tuple[tuple[str, str], ...]:
    items = doc.get(key)
    if not isinstance(items, list) or not items or not all(
            isinstance(i, dict) and isinstance(i.get("text"), str) and isinstance(i.get("body"), str) for i in items):
        raise DataFileError(f"{label}：{key} 须为示例列表，每项有 text 与 body（本报告单位）")
    return tuple((i["body"], i["text"]) for i in items)


def build(docs: dict[Path, Any], shared: Any) -> Registry:
    """The registry from each sector file's value (by path, in file order) and the shared file's, checked for
    shape (each message names the file and the entry); its examples are proved by :func:`prove`."""
    label = f"词表文件 {SHARED}"
    if not docs:
        raise DataFileError(f"词表文件夹 {FOLDER}/ 中没有行业文件")
    if not isinstance(shared, dict):
        raise DataFileError(f"{label}：顶层应为字段表（scopes、comprehensive、partner_words……）")
    sectors = tuple(_sector(doc, path) for path, doc in docs.items())
    seen: dict[str, str] = {}
    for s in sectors:
        if s.name in seen:
            raise DataFileError(f"词表文件 {FOLDER}/{s.id}.yaml：行业名称“{s.name}”已用于 {seen[s.name]}")
        seen[s.name] = s.id
    ids = {s.id for s in sectors}
    for s in sectors:
        unknown = [r for r in s.related if r not in ids or r == s.id]
        if unknown:
            raise DataFileError(f"词表文件 {FOLDER}/{s.id}.yaml：related 中的“{'、'.join(unknown)}”不是其他行业的代码")
    return Registry(sectors, comprehensive=string_list(shared, "comprehensive", label),
                    scopes=string_list(shared, "scopes", label),
                    partner_words=string_list(shared, "partner_words", label),
                    flag=_cases(shared, "flag", label), keep=_cases(shared, "keep", label))


def _shown(found: tuple[Sector, ...]) -> str:
    return "、".join(f"{s.name}（{s.id}）" for s in found) or "无"


def _prove_sector(registry: Registry, sector: Sector, doc: dict) -> None:
    label = f"词表文件 {FOLDER}/{sector.id}.yaml"
    used: set[str] = set()
    for name in string_list(doc, "examples", label):
        found = registry.recognise(name)
        if sector not in found or (sector.terms and found[0] is not sector):
            raise DataFileError(f"{label}：示例单位“{name}”应识别为{sector.name}（{sector.id}），"
                                f"实际为{_shown(found)}；请检查 patterns。")
        used.update(p for p in sector.patterns if p in name)
    unproved = [p for p in sector.patterns if p not in used]
    if unproved:
        raise DataFileError(f"{label}：patterns 中的“{'、'.join(unproved)}”没有示例单位证明；请在 examples 中补充。")
    for name in _texts(doc, "near_misses", label):
        if sector in registry.recognise(name):
            raise DataFileError(f"{label}：near_misses 中的“{name}”不应识别为{sector.name}；请检查 patterns。")


def prove(registry: Registry, docs: dict[Path, Any], shared: dict) -> None:
    """Every sector's examples and near misses, and the shared names that are in no line sector."""
    for sector, doc in zip(registry.sectors, docs.values()):
        _prove_sector(registry, sector, doc)
    for name in string_list(shared, "not_sector", f"词表文件 {SHARED}"):
        found = registry.line_sectors(name)
        if found:
            raise DataFileError(f"词表文件 {SHARED}：not_sector 中的“{name}”不应识别为行业，却识别为{_shown(found)}；"
                                "请检查各行业的 patterns 或 comprehensive。")


def load_registry(folder: Optional[Path] = None) -> Registry:
    """The registry of the glossary folder ``folder`` (the built-in one when None), proved by its own examples."""
    return _load(Path(folder) if folder is not None else data_dir("glossary"))


@lru_cache(maxsize=4)
def _load(base: Path) -> Registry:
    docs = {path: read_yaml_file(path) for path in sorted((base / FOLDER).glob("*.yaml"))}
    shared = read_yaml_file(base / SHARED)
    registry = build(docs, shared)
    if not proof_stamp.skipping():  # a preflight whose stamp says these very files proved themselves before
        prove(registry, docs, shared)
    return registry
