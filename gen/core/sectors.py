"""The sector registry: which line of work a body belongs to (health, education, finance ...), for both pipelines.

One file per sector in glossary/sectors/<id>.yaml (adding a sector is one file) and one shared file,
glossary/sectors_shared.yaml, for what belongs to no sector: the words of a comprehensive body's name, the
scopes and partner words W078 reads, the names that are in no line sector and W078's own examples. The files
are read and proved by gen.core.sector_files; this module holds what was read and the one reading of a body's
name, :meth:`Registry.recognise`, that generation and the checker share:

- generation (:func:`sector_for`) takes the first sector it gives: of the sectors with generation wording
  (``terms``; a corpus pack corpus/sectors/<id>.yaml changes the draft), then of the others, the one of the
  longest pattern found in the name;
- W078 (:meth:`Registry.line_sectors`) takes them all (民政和人力资源社会保障局 is in two), and none for a
  comprehensive body: a name holding a shared comprehensive word (人民政府, 街道, 人大, 党委 …) or recognised
  as a sector flagged ``comprehensive`` (政协, whose work spans every sector though generation has its words).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Sector:
    id: str
    name: str
    patterns: tuple[str, ...]  # in a body's name, the body is of this sector
    terms: tuple[str, ...] = ()  # generation's words of this sector only (no other sector's report holds one)
    partners: tuple[str, ...] = ()  # W078: the names other bodies call this sector by (人社部门)
    own_words: tuple[str, ...] = ()  # W078: its bodies' own words for their work (依法治教)
    scoped_words: tuple[str, ...] = ()  # W078: own words only after a scope (全县建设系统)
    related: tuple[str, ...] = ()  # ids of sectors whose words its bodies may use, and the other way round
    overseer: bool = False  # W078: oversees every sector, whose 系统 are its objects (应急管理, 审计, 统计)
    comprehensive: bool = False  # W078: its bodies' work spans sectors (政协): in no line sector


@dataclass(frozen=True)
class Registry:
    sectors: tuple[Sector, ...]
    comprehensive: tuple[str, ...]  # in a body's name, the body is comprehensive (人民政府, 街道, 人大 …)
    scopes: tuple[str, ...]  # 全县, 全市 …: before a scoped word
    partner_words: tuple[str, ...]  # a clause speaking of another sector as a partner (配合, 下达, 检查 …)
    flag: tuple[tuple[str, str], ...] = ()  # W078's examples: (body, text) it must flag
    keep: tuple[tuple[str, str], ...] = ()  # and must leave alone
    # each pattern's first character -> (pattern, its sector's place): a name is read once, not once a pattern
    _first: dict[str, tuple[tuple[str, int], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first: dict[str, list[tuple[str, int]]] = {}
        for n, sector in enumerate(self.sectors):
            for pattern in sector.patterns:
                first.setdefault(pattern[0], []).append((pattern, n))
        object.__setattr__(self, "_first", {k: tuple(v) for k, v in first.items()})

    def by_id(self, sector_id: str) -> Sector:
        return next(s for s in self.sectors if s.id == sector_id)

    def recognise(self, name: Optional[str]) -> tuple[Sector, ...]:
        """Every sector a pattern of which occurs in ``name``: those with generation wording first, then by the
        longest pattern found, ties in file order (the first is generation's sector)."""
        longest: dict[int, int] = {}
        for i, ch in enumerate(name or ""):
            for pattern, n in self._first.get(ch, ()):
                if len(pattern) > longest.get(n, 0) and name.startswith(pattern, i):  # type: ignore[union-attr]
                    longest[n] = len(pattern)
        places = sorted(longest, key=lambda n: (not self.sectors[n].terms, -longest[n], n))
        return tuple(self.sectors[n] for n in places)

    def is_comprehensive(self, name: str, found: tuple[Sector, ...]) -> bool:
        return any(s.comprehensive for s in found) or any(w in name for w in self.comprehensive)

    def line_sectors(self, name: Optional[str]) -> tuple[Sector, ...]:
        """The line sectors W078 places a body in: all it is recognised as, none when it is comprehensive."""
        found = self.recognise(name)
        return () if not found or self.is_comprehensive(name or "", found) else found


def registry() -> Registry:
    """The built-in registry, read and proved once per process."""
    from .sector_files import load_registry

    return load_registry()


def load_sectors() -> tuple[Sector, ...]:
    return registry().sectors


def sector_ids() -> tuple[str, ...]:
    return tuple(s.id for s in registry().sectors)


def sector_names() -> dict[str, str]:
    """Each sector's id and Chinese name (卫生健康, 教育 …): what the batch workbook's drop-down shows."""
    return {s.id: s.name for s in registry().sectors}


def sector_id(text: str) -> Optional[str]:
    """The id a data file's ``bureau.sector`` names: an id as it stands, or a sector's Chinese name."""
    if text in sector_ids():
        return text
    return next((i for i, n in sector_names().items() if n == text), None)


def sector_for(name: str, given: Optional[str] = None) -> Optional[str]:
    """The sector id of a body: ``given`` (bureau.sector) if set, else generation's reading of ``name``."""
    if given:
        return given
    found = registry().recognise(name)
    return found[0].id if found else None
