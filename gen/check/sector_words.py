"""Another sector's own wording in a body's report: 推进全县建设系统…… in a 财政局's, 依法治教 in a 水务局's.

A line department speaks of its own work in words only its own system uses (人社系统, 全县人社工作, 依法治教,
全县建设系统, 依法治税); other bodies name it from outside (人社部门) or as a partner (配合, 会同, 下达……资金).
Such a word of another sector in a body's report is a paragraph copied from that sector's report.

The knowledge is the sector registry's (gen.core.sectors: glossary/sectors/<id>.yaml, one file a sector, and
glossary/sectors_shared.yaml): each sector's body-name patterns, the names others call it by, its own words
(some only after a scope, 全县建设系统), the comprehensive bodies whose work spans sectors, the words of a
partner's clause and the sectors that may use each other's words (财政 and 税务). The registry proves its
recognition when it loads (every example body recognised as its sector, every ``not_sector`` name as none);
here its ``flag`` / ``keep`` texts (each with its body) are run through the same reading W078 runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..core import regex_cache, regex_needles
from ..core.datafile import DataFileError
from ..core.glossary_user import per_glossary
from ..core.regex_trie import alternation
from ..core.sector_files import FOLDER, SHARED, load_registry
from ..core.sectors import Registry, Sector
from .textspans import last_mark
from .word_examples import prove

# A clause ends at these marks: a partner named in the next clause speaks of nothing in this one.
CLAUSE_MARKS = "，,。；;！!？?\n：:"
_CLAUSE_END = regex_cache.compile("[" + re.escape(CLAUSE_MARKS) + "]")
_LIST_JOINS = "、和及"  # the word as one item of several sectors (教育、卫生、人社工作)
_QUOTES = (("《", "》"), ("“", "”"), ("〈", "〉"))


@dataclass(frozen=True)
class SectorWords:
    registry: Registry
    partner_words: re.Pattern
    related: dict[str, frozenset[str]]  # sector name -> the names of its related sectors
    overseers: frozenset[str]  # sectors that oversee every other's 系统 (应急管理, 审计, 统计)
    words: re.Pattern  # every sector's own words, scoped ones with their scopes
    sector_of_word: dict[str, Sector]
    partner_names: dict[str, re.Pattern]  # sector name -> its bodies' patterns and the names others call it by

    def sectors_of(self, body: Optional[str]) -> frozenset[str]:
        """The line sectors a body's name places it in; none for a comprehensive or unknown body."""
        return frozenset(s.name for s in self.registry.line_sectors(body))

    def allowed(self, own: frozenset[str]) -> frozenset[str]:
        """The sectors whose words a body of ``own`` may use: its own and their related ones."""
        out = set(own)
        for name in own:
            out |= self.related.get(name, frozenset())
        return frozenset(out)


@dataclass(frozen=True)
class Copied:
    start: int
    end: int
    word: str
    sector: str  # the sector whose own word it is
    own: tuple[str, ...]  # the report's body's sectors


def _related(registry: Registry) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for s in registry.sectors:
        for other in map(registry.by_id, s.related):
            out.setdefault(s.name, set()).add(other.name)
            out.setdefault(other.name, set()).add(s.name)
    return {k: frozenset(v) for k, v in out.items()}


def build(registry: Registry) -> SectorWords:
    """W078's reading of the sector registry: each sector's own words (a word listed under two sectors is a
    DataFileError naming the sector's file), the partner words, related sectors and overseers."""
    sector_of_word: dict[str, Sector] = {}
    for s in registry.sectors:
        for word in s.own_words + tuple(scope + w for w in s.scoped_words for scope in registry.scopes):
            if word in sector_of_word and sector_of_word[word] is not s:
                raise DataFileError(f"词表文件 {FOLDER}/{s.id}.yaml：用语“{word}”已列在“{sector_of_word[word].name}”下")
            sector_of_word[word] = s
    return SectorWords(
        registry=registry,
        partner_words=regex_cache.compile(alternation(registry.partner_words)),
        related=_related(registry),
        overseers=frozenset(s.name for s in registry.sectors if s.overseer),
        words=regex_cache.compile(alternation(sector_of_word)),
        sector_of_word=sector_of_word,
        partner_names={s.name: regex_cache.compile(alternation(s.patterns + s.partners)) for s in registry.sectors},
    )


def _inside_quote(text: str, lo: int, at: int) -> bool:
    """An open 《 or “ between the clause's start and the word: a title or a name quoted, not the report's words."""
    return any(text.rfind(a, lo, at) > text.rfind(b, lo, at) for a, b in _QUOTES)


def _partner_clause(data: SectorWords, text: str, lo: int, hi: int, m: re.Match, sector: Sector) -> bool:
    """The clause around the word speaks of that sector from outside: it names one of its bodies, a partner's
    verb (配合, 会同, 与), money the body passes on (下达……资金) or oversight (检查, 审计)."""
    names = data.partner_names[sector.name]
    for a, b in ((lo, m.start()), (m.end(), hi)):
        if data.partner_words.search(text, a, b) or names.search(text, a, b):
            return True
    return False


def copied(text: str, body: Optional[str], data: SectorWords) -> list[Copied]:
    """Own words of another sector than the body's, outside any partner's clause, list or quotation."""
    own = data.sectors_of(body)
    if not own:
        return []
    allowed = data.allowed(own)
    overseer = bool(own & data.overseers)
    out = []
    for m in regex_needles.finditer(data.words, text):  # tried only near its words' characters
        sector = data.sector_of_word[m.group()]
        if sector.name in allowed or (overseer and "系统" in m.group()):
            continue  # its own or a related sector's word; an overseer's object (全县交通运输系统 to 应急管理)
        s, e = m.start(), m.end()
        if (s and text[s - 1] in _LIST_JOINS + "原") or (e < len(text) and text[e] in _LIST_JOINS):
            continue  # 教育、卫生、人社工作 (one of several sectors); 原国土资源系统 (the past)
        lo = last_mark(text, CLAUSE_MARKS, s) + 1  # read back in widening windows: a mark the text lacks is cheap
        end = _CLAUSE_END.search(text, e)
        hi = end.start() if end else len(text)
        if _inside_quote(text, lo, s) or _partner_clause(data, text, lo, hi, m, sector):
            continue
        out.append(Copied(s, e, m.group(), sector.name, tuple(sorted(own))))
    return out


def _key(case: tuple[str, str]) -> str:
    """An example's name in messages: its body and its text (某县水务局｜深入推进依法治教)."""
    body, text = case
    return f"{body}｜{text}"


def _prove_examples(data: SectorWords) -> None:
    """The shared file's W078 examples: each ``flag`` text (with its body) found, each ``keep`` text not."""
    cases = {_key(case): case for case in data.registry.flag + data.registry.keep}
    prove([_key(c) for c in data.registry.flag], [_key(c) for c in data.registry.keep],
          lambda key: copied(cases[key][1], cases[key][0], data),
          lambda message: DataFileError(f"词表文件 {SHARED}：{message}"), lambda c: c.word)


def load_folder(folder: Optional[Path] = None) -> SectorWords:
    """W078's reading of the registry in glossary folder ``folder`` (the built-in one when None), proved by the
    registry's examples and its own (DataFileError naming file and entry)."""
    data = build(load_registry(folder))
    _prove_examples(data)
    return data


@per_glossary()
def sector_words() -> SectorWords:
    """The built-in registry's reading, loaded and proved once per process."""
    return load_folder()
