"""Another sector's own wording in a body's report: 推进全县建设系统…… in a 财政局's, 依法治教 in a 水务局's.

A line department speaks of its own work in words only its own system uses (人社系统, 全县人社工作, 依法治教,
全县建设系统, 依法治税); other bodies name it from outside (人社部门) or as a partner (配合, 会同, 下达……资金).
Such a word of another sector in a body's report is a paragraph copied from that sector's report.

The knowledge is data (glossary/sector_words.yaml): each sector's body names, the names others call it by, its
own words (some only after a scope, 全县建设系统), the comprehensive bodies whose work spans sectors, the words
of a partner's clause and the sectors that may use each other's words (财政 and 税务). The file proves itself
when it loads: every example body is recognised as its sector, every ``not_sector`` name as none, and the
``flag`` / ``keep`` texts (each with its body) come out as they say, through the same reading W078 runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..core import regex_cache, regex_needles
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.regex_trie import alternation
from ..core.resources import data_dir
from .textspans import last_mark
from .word_examples import prove

FILE = "sector_words.yaml"
# A clause ends at these marks: a partner named in the next clause speaks of nothing in this one.
CLAUSE_MARKS = "，,。；;！!？?\n：:"
_CLAUSE_END = regex_cache.compile("[" + re.escape(CLAUSE_MARKS) + "]")
_LIST_JOINS = "、和及"  # the word as one item of several sectors (教育、卫生、人社工作)
_QUOTES = (("《", "》"), ("“", "”"), ("〈", "〉"))


@dataclass(frozen=True)
class Sector:
    name: str
    bodies: tuple[str, ...]
    partners: tuple[str, ...]
    own_words: tuple[str, ...]
    scoped_words: tuple[str, ...]


@dataclass(frozen=True)
class SectorWords:
    sectors: tuple[Sector, ...]
    comprehensive: tuple[str, ...]
    partner_words: re.Pattern
    related: dict[str, frozenset[str]]
    overseers: frozenset[str]  # sectors that oversee every other's 系统 (应急管理, 审计, 统计)
    words: re.Pattern  # every sector's own words, scoped ones with their scopes
    sector_of_word: dict[str, Sector]
    partner_names: dict[str, re.Pattern]  # sector name -> its bodies and the names others call it by

    def sectors_of(self, body: Optional[str]) -> frozenset[str]:
        """The line sectors a body's name places it in; none for a comprehensive or unknown body."""
        if not body or any(w in body for w in self.comprehensive):
            return frozenset()
        return frozenset(s.name for s in self.sectors if any(b in body for b in s.bodies))

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


def _sector(raw: Any, where: str) -> Sector:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"]:
        raise DataFileError(f"{where}：每个行业须有 name")
    label = f"{where} 行业“{raw['name']}”"
    scoped = raw.get("scoped_words") or []
    if not isinstance(scoped, list) or not all(isinstance(w, str) and w for w in scoped):
        raise DataFileError(f"{label}：字段 scoped_words 须为字符串列表")
    return Sector(raw["name"], string_list(raw, "bodies", label), string_list(raw, "partners", label),
                  string_list(raw, "own_words", label), tuple(scoped))


def _related(doc: dict, names: set[str], label: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for pair in doc.get("related") or []:
        if not isinstance(pair, list) or len(pair) != 2 or not all(p in names for p in pair):
            raise DataFileError(f"{label}：related 的每项须是两个已列出的行业名称，“{pair}”不是")
        out.setdefault(pair[0], set()).add(pair[1])
        out.setdefault(pair[1], set()).add(pair[0])
    return {k: frozenset(v) for k, v in out.items()}


def _overseers(doc: dict, names: set[str], label: str) -> frozenset[str]:
    found = string_list(doc, "overseers", label, required=False)
    unknown = [n for n in found if n not in names]
    if unknown:
        raise DataFileError(f"{label}：overseers 中的“{'、'.join(unknown)}”不是已列出的行业名称")
    return frozenset(found)


def build(doc: Any, label: str) -> SectorWords:
    """The file's lists as one reading, checked for shape (each message names the file and the entry)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("sectors"), list) or not doc["sectors"]:
        raise DataFileError(f"{label}：顶层应包含 sectors 列表")
    sectors = tuple(_sector(raw, label) for raw in doc["sectors"])
    names = [s.name for s in sectors]
    if len(set(names)) != len(names):
        raise DataFileError(f"{label}：行业名称重复")
    scopes = string_list(doc, "scopes", label)
    sector_of_word: dict[str, Sector] = {}
    for s in sectors:
        for word in s.own_words + tuple(scope + w for w in s.scoped_words for scope in scopes):
            if word in sector_of_word and sector_of_word[word] is not s:
                raise DataFileError(f"{label} 行业“{s.name}”：用语“{word}”已列在“{sector_of_word[word].name}”下")
            sector_of_word[word] = s
    return SectorWords(
        sectors=sectors,
        comprehensive=string_list(doc, "comprehensive", label),
        partner_words=regex_cache.compile(alternation(string_list(doc, "partner_words", label))),
        related=_related(doc, set(names), label),
        overseers=_overseers(doc, set(names), label),
        words=regex_cache.compile(alternation(sector_of_word)),
        sector_of_word=sector_of_word,
        partner_names={s.name: regex_cache.compile(alternation(s.bodies + s.partners)) for s in sectors},
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


def _prove_examples(doc: dict, data: SectorWords, label: str) -> None:
    for s in data.sectors:
        for name in string_list({"examples": _examples_of(doc, s.name)}, "examples", f"{label} 行业“{s.name}”"):
            if s.name not in data.sectors_of(name):
                raise DataFileError(f"{label} 行业“{s.name}”：示例单位“{name}”应识别为{s.name}，"
                                    f"实际为{'、'.join(sorted(data.sectors_of(name))) or '无'}；请检查 bodies。")
    for name in string_list(doc, "not_sector", label):
        if data.sectors_of(name):
            raise DataFileError(f"{label}：not_sector 中的“{name}”不应识别为行业，却识别为"
                                f"{'、'.join(sorted(data.sectors_of(name)))}；请检查 bodies 或 comprehensive。")
    cases: dict[str, dict[str, dict]] = {}
    for key in ("flag", "keep"):
        items = doc.get(key)
        if not isinstance(items, list) or not items or not all(
                isinstance(i, dict) and isinstance(i.get("text"), str) and isinstance(i.get("body"), str) for i in items):
            raise DataFileError(f"{label}：{key} 须为示例列表，每项有 text 与 body（本报告单位）")
        cases[key] = {f"{i['body']}｜{i['text']}": i for i in items}
    both = {**cases["flag"], **cases["keep"]}
    prove(cases["flag"], cases["keep"], lambda key: copied(both[key]["text"], both[key]["body"], data),
          lambda message: DataFileError(f"{label}：{message}"), lambda c: c.word)


def _examples_of(doc: dict, name: str) -> Any:
    return next((raw.get("examples") for raw in doc["sectors"] if raw.get("name") == name), None)


def load_file(path: Path) -> SectorWords:
    """The reading of one sector_words.yaml, proved by its own examples (DataFileError naming file and entry)."""
    doc = read_yaml_file(path)
    label = f"词表文件 {path.name}"
    data = build(doc, label)
    _prove_examples(doc, data, label)
    return data


@per_glossary()
def sector_words() -> SectorWords:
    """The built-in list, loaded and proved once per process."""
    return load_file(data_dir("glossary") / FILE)
