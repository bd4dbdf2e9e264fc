"""The sector registry: which line of work a body belongs to (health, education ...).

The sector decides which corpus pack (corpus/sectors/<id>.yaml) may add its
wording, so that a 民政局 never receives a 卫生健康局's sentences. It is data in
glossary/sectors.yaml: patterns recognise a sector from the body's name, and
like glossary entries every pattern is proved at load by an example name (and
near-misses by names that must match nothing), so a broken entry fails loudly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

from .datafile import load_yaml
from .errors import UserError
from .resources import data_dir


@dataclass(frozen=True)
class Sector:
    id: str
    name: str
    patterns: tuple[str, ...]
    terms: tuple[str, ...]


def _strs(raw: Any, where: str, key: str, required: bool = True) -> tuple[str, ...]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise UserError(f"sectors.yaml {where}：{key} 应为非空的文字列表")
    return tuple(v.strip() for v in value)


def _match(sectors: tuple[Sector, ...], name: str) -> Optional[Sector]:
    """The sector whose longest pattern occurs in ``name``; earlier sectors win ties."""
    best: Optional[tuple[int, Sector]] = None
    for sector in sectors:
        for pattern in sector.patterns:
            if pattern in name and (best is None or len(pattern) > best[0]):
                best = (len(pattern), sector)
    return best[1] if best else None


def _parse(doc: Any) -> tuple[Sector, ...]:
    if not isinstance(doc, dict) or not isinstance(doc.get("sectors"), list):
        raise UserError("sectors.yaml：顶层应包含 sectors 列表")
    sectors: list[Sector] = []
    examples: list[tuple[str, str, tuple[str, ...]]] = []
    for n, raw in enumerate(doc["sectors"], 1):
        where = f"第{n}个行业"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("name"), str):
            raise UserError(f"sectors.yaml {where}：应有 id 和 name")
        if any(s.id == raw["id"] for s in sectors):
            raise UserError(f"sectors.yaml {where}：行业代码 {raw['id']} 重复")
        where = f"{where}（{raw['id']}）"
        sector = Sector(raw["id"], raw["name"], _strs(raw, where, "patterns"), _strs(raw, where, "terms"))
        sectors.append(sector)
        examples.append((where, sector.id, _strs(raw, where, "examples")))
    registry = tuple(sectors)
    _prove(registry, examples, doc.get("not_matched") or [])
    return registry


def _prove(registry: tuple[Sector, ...], examples: list[tuple[str, str, tuple[str, ...]]], misses: list) -> None:
    """Every example names its own sector and every pattern is used by an example."""
    for where, sector_id, names in examples:
        used: set[str] = set()
        for name in names:
            got = _match(registry, name)
            if got is None or got.id != sector_id:
                raise UserError(f"sectors.yaml {where}：示例“{name}”应识别为{sector_id}，实际为{got.id if got else '无'}")
            used.update(p for p in got.patterns if p in name)
        sector = next(s for s in registry if s.id == sector_id)
        unproved = [p for p in sector.patterns if p not in used]
        if unproved:
            raise UserError(f"sectors.yaml {where}：关键词 {'、'.join(unproved)} 没有示例证明")
    for name in misses:
        got = _match(registry, str(name))
        if got is not None:
            raise UserError(f"sectors.yaml not_matched：“{name}”不应识别为任何行业，实际为{got.id}")


@lru_cache(maxsize=4)
def load_sectors(folder: Optional[str] = None) -> tuple[Sector, ...]:
    """The registry from glossary/sectors.yaml (validated against its own examples)."""
    path = Path(folder or data_dir("glossary")) / "sectors.yaml"
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UserError(f"{path}:{mark.line + 1 if mark else '?'}: YAML 格式错误") from None
    return _parse(doc)


def sector_ids() -> tuple[str, ...]:
    return tuple(s.id for s in load_sectors())


def sector_for(name: str, given: Optional[str] = None) -> Optional[str]:
    """The sector id of a body: ``given`` (bureau.sector) if set, else recognised from ``name``."""
    if given:
        return given
    found = _match(load_sectors(), name)
    return found.id if found else None
