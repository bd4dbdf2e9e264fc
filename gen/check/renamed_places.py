"""Counties and prefectures renamed at a known date, and their old names used as current later.

When a county becomes a district or a city (撤县设区: 达孜县 → 达孜区 in 2017; 撤地设市:
林芝地区 → 林芝市 in 2015), reports of the following years copy last year's text and keep the
old name. D004 sees the slip when the same text writes both names; this module sees it from
the date alone: glossary/renamed_places.yaml lists the changes of 2011-2021 with their years,
and an old name in a report of a later year is out of date.

Precision: nothing without the report's year, or in a report of the change's year or before;
nothing inside a title mark (an older document's name) or in a sentence that speaks of the change
or of the past (原达孜县, 撤县设区, 更名为, 前身, a year up to the change's written in it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..core import regex_cache, text_heads
from ..core.datafile import DataFileError, read_yaml_file
from ..core.glossary_user import per_glossary
from ..core.regex_trie import alternation
from ..core.resources import data_dir
from .context import CheckContext
from .identity import identity
from .word_examples import prove_dated
from .textspans import last_mark

FILE = "renamed_places.yaml"
_KINDS = ("撤县设区", "撤市设区", "撤县设市", "撤地设市", "更名")  # 更名: the Corps' divisions (农七师 to 第七师, 2012)
TITLE = regex_cache.compile(r"《[^《》\n]{0,80}》")
_YEAR = regex_cache.compile(r"(?<!\d)((?:19|20)\d\d)年")
_CLAUSE = "。；;\n"


@dataclass(frozen=True)
class Change:
    old: str
    new: str
    year: int
    kind: str


@dataclass(frozen=True)
class Renamed:
    by_old: dict  # old name -> Change
    pattern: re.Pattern
    counties_gone: tuple  # (municipality, year its last county became a district)
    history: re.Pattern  # words of a clause that tells the past (原, 撤县设区, 更名): not current wording


@dataclass(frozen=True)
class Stale:
    start: int
    end: int
    change: Change
    year: int  # the report's


def _build(doc: dict) -> Renamed:
    rows = doc.get("changes") if isinstance(doc, dict) else None
    if not isinstance(rows, list) or not rows:
        raise DataFileError(f"名单文件 {FILE}：顶层应包含 changes（非空列表）、flag、keep")
    by_old = {}
    for n, row in enumerate(rows, 1):
        ok = isinstance(row, list) and len(row) == 4 and isinstance(row[2], int) and row[3] in _KINDS
        if not ok or not all(isinstance(w, str) and len(w) >= 3 for w in row[:2]) or row[0] in by_old:
            raise DataFileError(f"名单文件 {FILE} 的 changes 第 {n} 项：应为 [旧名称, 新名称, 年份, 改设方式]，"
                                f"名称至少三个字、旧名称不重复，改设方式为 {'、'.join(_KINDS)} 之一")
        by_old[row[0]] = Change(row[0], row[1], row[2], row[3])
    return Renamed(by_old, regex_cache.compile(alternation(by_old)), _counties_gone(doc.get("counties_gone") or []),
                   _history(doc.get("history_words")))


def _history(words: object) -> re.Pattern:
    """``history_words``: the words of a clause that speaks of the past or of the change itself."""
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise DataFileError(f"名单文件 {FILE} 的 history_words：应为非空的词语列表（原、撤县、更名……）")
    # 原 alone opens a past name (原株洲县); inside 草原, 平原, 高原 or as 原因, 原则 it speaks of no past
    guarded = [w for w in words if w != "原"]
    pattern = alternation(guarded) if guarded else ""
    if "原" in words:
        pattern = "|".join(p for p in (pattern, _BARE_YUAN) if p)
    return regex_cache.compile(pattern)


_BARE_YUAN = r"(?<![草平高中还复病])原(?![因则料始创件稿告理])"


def _counties_gone(rows: list) -> tuple:
    """``counties_gone``: [直辖市, 年份] rows, the year its last county became a district."""
    if not isinstance(rows, list) or not all(
            isinstance(r, list) and len(r) == 2 and isinstance(r[0], str) and r[0].endswith("市")
            and isinstance(r[1], int) for r in rows):
        raise DataFileError(f"名单文件 {FILE} 的 counties_gone：每项应为 [直辖市名称, 年份]")
    return tuple((r[0], r[1]) for r in rows)


@per_glossary()
def renamed() -> Renamed:
    """The changes, read once per glossary and proved by the file's examples."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    built = _build(doc)
    prove_dated(doc, FILE, lambda ctx: list(_stale(ctx, built)), lambda s: s.change.old)
    return built


def clause(text: str, start: int, end: int) -> str:
    """The clause (between 。；; and line breaks) that holds text[start:end]."""
    lo = last_mark(text, _CLAUSE, start) + 1
    his = [i for i in (text.find(ch, end) for ch in _CLAUSE) if i >= 0]
    return text[lo:min(his) if his else len(text)]


def outside(text: str, s: int, e: int, titles: list) -> bool:
    """Inside a title mark (``titles``: TITLE's spans) or in a clause that tells the history: not the text's own
    current wording (D005's 全县 of a district, W038's 省委 of a region)."""
    return any(lo <= s and e <= hi for lo, hi in titles) or bool(renamed().history.search(clause(text, s, e)))


def _stale(ctx: CheckContext, built: Renamed) -> Iterator[Stale]:
    text = ctx.text
    # the old names alone, each three characters or more: tried only where one's first three stand (gen.core.text_heads),
    # not at every character that opens one (a few hundred names open with most of a report's characters)
    found = list(text_heads.finditer(built.pattern, text, built.by_old))
    year = identity(ctx).year if found else None
    if year is None:
        return
    titles = None
    for m in found:
        change = built.by_old[m.group()]
        if year <= change.year or text.startswith(change.new, m.start()) or text.startswith("场", m.end()):
            continue
        titles = titles if titles is not None else [t.span() for t in TITLE.finditer(text)]
        clause_text = clause(text, m.start(), m.end())
        if any(s <= m.start() and m.end() <= e for s, e in titles) or built.history.search(clause_text):
            continue
        if any(int(y) <= change.year for y in _YEAR.findall(clause_text)):
            continue
        yield Stale(m.start(), m.end(), change, year)


def stale(ctx: CheckContext) -> list[Stale]:
    """Old names of renamed counties and prefectures used as current in a report of a later year."""
    return list(_stale(ctx, renamed()))
