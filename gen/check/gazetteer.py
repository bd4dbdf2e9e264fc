"""China's administrative divisions, for telling the report's own place from others.

The table is project data, ``glossary/divisions.tsv`` (code, TAB, name),
copied from the division table the ``cpca`` package ships by
``scripts/make_divisions.py``: the checker needs that one table, not cpca and
the pandas it carries. Codes give the hierarchy for free: a county's first
four digits are its city's, the first two its province's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..core.errors import UserError
from ..core.resources import data_dir

DIVISIONS_FILE = "divisions.tsv"

# Longest suffix first: "自治县" must be cut before "县".
_SUFFIXES = ("特别行政区", "自治县", "自治旗", "自治州", "自治区", "地区", "林区", "省", "市", "区", "县", "旗", "盟")
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}


@dataclass(frozen=True)
class Division:
    code: str  # 12-digit adcode
    name: str  # full name, e.g. 荔湾区
    short: str  # without its suffix, e.g. 荔湾 ("" when too short to be safe)

    @property
    def level(self) -> int:
        """1 province, 2 city (prefecture), 3 county/district."""
        if self.code[2:] == "0" * 10:
            return 1
        if self.code[4:] == "0" * 8:
            return 2
        return 3

    @property
    def ancestors(self) -> tuple[str, ...]:
        out = [self.code[:2] + "0" * 10]
        if self.level == 3:
            out.append(self.code[:4] + "0" * 8)
        return tuple(c for c in out if c != self.code)

    def contains(self, other: "Division") -> bool:
        return self.code in other.ancestors


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return ""


@dataclass(frozen=True)
class Place:
    """A division named in a text, with every division of that name (several 朝阳区)."""

    start: int
    end: int
    text: str
    divisions: tuple[Division, ...]


class Gazetteer:
    """Lookup of divisions by full and short name; matching is a dictionary scan."""

    def __init__(self, divisions: Iterable[Division]):
        self.divisions = tuple(divisions)
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        self.by_code: dict[str, Division] = {}
        for d in self.divisions:
            self.by_code[d.code] = d
            self.by_name.setdefault(d.name, []).append(d)
            if d.short:
                self.by_short.setdefault(d.short, []).append(d)
        # Longest first, the lengths of the names ending with each character (市, 县, 区… nine of them); the
        # regex engine finds those characters, where a loop over every character in Python read a long text
        # one by one. A one-character name (县) is never found in a text.
        lengths: dict[str, set[int]] = {}
        for n in self.by_name:
            if len(n) >= 2:
                lengths.setdefault(n[-1], set()).add(len(n))
        self._lengths = {ch: tuple(sorted(ns, reverse=True)) for ch, ns in lengths.items()}
        # The same by each name's first character, for names read forward from a place (a year's 2023本溪县):
        # most places hold no name's first character, told by one look-up instead of a slice per length.
        heads: dict[str, set[int]] = {}
        for n in self.by_name:
            if len(n) >= 2:
                heads.setdefault(n[0], set()).add(len(n))
        self._head_lengths = {ch: tuple(sorted(ns, reverse=True)) for ch, ns in heads.items()}
        self._end_at = re.compile("[" + "".join(map(re.escape, sorted(lengths))) + "]") if lengths else None

    def ending_at(self, text: str, end: int, not_before: int = 0) -> Optional[tuple[int, list[Division]]]:
        """The longest full division name that ends at ``end`` (exclusive) and starts at ``not_before`` or
        later: (start, its divisions), or None."""
        if end < 1:
            return None
        for length in self._lengths.get(text[end - 1], ()):
            s = end - length
            if s < not_before:  # also s < 0
                continue
            found = self.by_name.get(text[s:end])
            if found:
                return s, found
        return None

    def starting_at(self, text: str, at: int, longest: int) -> Optional[str]:
        """The longest full division name of at most ``longest`` characters (two or more) that starts at ``at``, or None."""
        room = min(longest, len(text) - at)
        for length in self._head_lengths.get(text[at:at + 1], ()):
            if length <= room and text[at:at + length] in self.by_name:
                return text[at:at + length]
        return None

    def find(self, text: str) -> Iterator[tuple[int, int, list[Division]]]:
        """Full division names in ``text`` (longest at each end position, no overlaps)."""
        if self._end_at is None:
            return
        last_end = 0
        for m in self._end_at.finditer(text):
            hit = self.ending_at(text, m.start() + 1, last_end)
            if hit:
                yield hit[0], m.start() + 1, hit[1]
                last_end = m.start() + 1

    def places(self, text: str) -> list[Place]:
        """:meth:`find` as :class:`Place` records."""
        return [Place(s, e, text[s:e], tuple(divs)) for s, e, divs in self.find(text)]

    def own_places(self, name: str) -> tuple[Division, ...]:
        """Divisions named in a body's name (广州市荔湾区卫生健康局 -> 广州市, 荔湾区).

        An ambiguous county name (several 朝阳区) is narrowed by the city or
        province named with it when there is one.
        """
        hits = [divs for _, _, divs in self.find(name)]
        named = {d.code for divs in hits for d in divs if len(divs) == 1}
        out = []
        for divs in hits:
            narrowed = [d for d in divs if any(a in named for a in d.ancestors)] if len(divs) > 1 else divs
            out.extend(narrowed or divs)
        return tuple(out)

    def related(self, division: Division, own: tuple[Division, ...]) -> bool:
        """True when ``division`` is the own place, above it or below it.

        Only the lowest own places count for "below": a sibling district is
        below the own city but is not the own place.
        """
        if not own:
            return False
        lowest = max(o.level for o in own)
        for o in own:
            if division.name == o.name:
                return True
            if o.level != lowest:
                continue
            if division.code == o.code or division.contains(o) or o.contains(division):
                return True
        return False


def read_divisions(path: Path) -> Iterator[Division]:
    """Rows of a divisions table; a malformed row names its file and line instead of being skipped."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"无法读取行政区划表 {path}：{exc}") from None
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, sep, name = line.partition("\t")
        if not sep or len(code) != 12 or not code.isdigit() or not name.strip() or name.strip() in _PLACEHOLDERS:
            raise UserError(f"行政区划表 {path.name} 第{number}行：应为“12位区划代码<Tab>名称”，实为“{line[:40]}”")
        yield Division(code, name.strip(), _short(name.strip()))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, read once per process."""
    return Gazetteer(read_divisions(data_dir("glossary") / DIVISIONS_FILE))
