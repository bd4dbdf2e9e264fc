"""Matching with loaded glossary entries: an entry's hits in a text, and which self-reference fits a body.

Kept apart from loading (:mod:`gen.core.glossary_files`) because the rules call
this on every paragraph while loading runs once per process: the hot path reads
in one short module, and the YAML validation can grow without touching it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from .regex_pruned import finditer as near_needles  # regex_needles' search, with only the alternatives a text can hold
from .regex_needles import may_match
from .regex_trie import as_trie

# How far around a hit an ``unless`` pattern is looked for (characters each side).
UNLESS_WINDOW = 100


def apply_replacements(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``text`` with each (old, new) substring replacement of an entry's ``replace`` applied in order."""
    for old, new in pairs:
        text = text.replace(old, new)
    return text


@dataclass(frozen=True)
class Hit:
    """One match of a glossary entry in a text."""

    start: int
    end: int
    text: str
    suggestion: str
    entry: "Entry"


@dataclass(frozen=True)
class Entry:
    """One glossary entry: a pattern, what to write instead, and its exceptions."""

    id: str
    file: str
    pattern: re.Pattern
    expected: str  # replacement for the whole match (regex entries may use \\g<n>)
    replace: tuple[tuple[str, str], ...]  # or: substring replacements inside the match
    reason: str
    unless: tuple[re.Pattern, ...]
    from_year: Optional[int]  # flag only in reports of this year or later (unknown year: flag)
    words: tuple[str, ...]  # words the segmenter should know
    flag: tuple[tuple[str, Optional[int]], ...] = field(default=(), repr=False)
    keep: tuple[tuple[str, Optional[int]], ...] = field(default=(), repr=False)
    until_year: Optional[int] = None  # flag only in reports of this year or earlier
    needs_year: bool = False  # unknown report year: do not flag
    source: str = ""  # where the reform date or the standard form is documented
    when_text_has: str = ""  # flag only in a text that itself writes this (the standard form, elsewhere)
    unless_text_has: tuple[str, ...] = ()  # not in a text that writes one of these (another rule's finding there,
    # or the text's own name for the body the entry would call obsolete)
    severity: str = ""  # "info": a preference of style that careful writers differ on, told as a hint
    # The event that dates the entry, named (十九大), when it came late in the year before ``from_year`` (a party
    # congress in October): a report looking back on that whole year (its 决算, its year's summary) was written
    # after it, unless the sentence names the event itself (D002).
    year_end: str = ""
    # The name of a body set up after ``until_year`` (卫生健康局 before the 2018 reform): a report of an earlier year
    # names the body as it was called then; the site's header, naming it as it is called now, is left alone (T001).
    newer_name: bool = False

    def applies_to(self, year: Optional[int], earliest: Optional[int] = None) -> bool:
        """Whether the entry speaks for a report of ``year`` (None: year unknown). ``earliest``, with the
        year unknown, is the first year the report can be about (a 决算 page published in 2022 is of 2021
        or later): enough for an entry that only starts at a year, never for one that ends at one."""
        if year is None:
            if earliest is not None and self.needs_year and self.from_year is not None and self.until_year is None:
                return earliest >= self.from_year
            return not self.needs_year
        if self.from_year is not None and year < self.from_year:
            return False
        return self.until_year is None or year <= self.until_year

    def suggest(self, match: re.Match) -> str:
        if self.replace:
            return apply_replacements(match.group(), self.replace)
        return match.expand(self.expected)

    def finditer(self, text: str, year: Optional[int] = None, earliest: Optional[int] = None) -> Iterator[Hit]:
        """Hits of this entry in ``text``, minus those an ``unless`` context covers."""
        if not self.applies_to(year, earliest) or not may_match(self.pattern, text):
            return
        if self.when_text_has and self.when_text_has not in text:
            return
        if any(form in text for form in self.unless_text_has):
            return
        for m in near_needles(as_trie(self.pattern) or self.pattern, text):  # same matches, found faster
            s, e = m.span()
            if s == e or self._excused(text, s, e):
                continue
            yield Hit(s, e, m.group(), self.suggest(m), self)

    def _excused(self, text: str, s: int, e: int) -> bool:
        lo = max(0, s - UNLESS_WINDOW)
        window = text[lo : e + UNLESS_WINDOW]
        for pat in self.unless:
            for m in pat.finditer(window):
                if m.start() + lo <= s and m.end() + lo >= e:
                    return True
                if m.start() + lo > s:
                    break
        return False


# The last few scans, by (entries, year), with the text they read: W001, W005 and W011 all ask
# for the typo list's hits in the same text, one after another. Entries and text are matched by
# identity (the cache holds them, so their ids stay theirs); the answer is the same list's copy.
_RECENT: dict[tuple[int, Optional[int], Optional[int]], tuple[object, str, tuple[Hit, ...]]] = {}
_RECENT_MAX = 16


def scan(entries: Iterable[Entry], text: str, year: Optional[int] = None, earliest: Optional[int] = None) -> list[Hit]:
    """Every entry's hits in ``text``, in order; where entries overlap (卫计委 / 卫计) the longest one speaks.
    ``earliest``: the first year an undated report can be about (Entry.applies_to)."""
    if not isinstance(entries, tuple):  # only the glossary's own (immutable) lists are remembered
        return _scan(entries, text, year, earliest)
    key = (id(entries), year, earliest)
    recent = _RECENT.get(key)
    if recent is not None and recent[0] is entries and recent[1] is text:
        return list(recent[2])
    out = _scan(entries, text, year, earliest)
    if len(_RECENT) >= _RECENT_MAX:
        _RECENT.clear()
    _RECENT[key] = (entries, text, tuple(out))
    return out


def _scan(entries: Iterable[Entry], text: str, year: Optional[int], earliest: Optional[int] = None) -> list[Hit]:
    hits = sorted((h for e in entries for h in e.finditer(text, year, earliest)), key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    last_end = -1
    for hit in hits:
        if hit.start >= last_end:
            out.append(hit)
            last_end = hit.end
    return out


@dataclass(frozen=True)
class BodyRef:
    """A self-reference (我局) and the name endings of the bodies it fits (局)."""

    ref: str
    fits: tuple[str, ...]
    label: str  # what kind of body, in Chinese (局, 委员会...)
    strict: bool  # a mismatch is flagged (我院/我所 may quote a subordinate unit: not strict)
    budget_level: bool = False  # its 本级 is its own budget's (镇本级), not its county's



def body_type(bodies: Iterable[BodyRef], name: str) -> Optional[BodyRef]:
    """The self-reference that fits an organisation ``name`` (longest ending wins)."""
    best: Optional[tuple[int, BodyRef]] = None
    for body in bodies:
        for suffix in body.fits:
            if name.endswith(suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), body)
    return best[1] if best else None


def budget_level_of(bodies: Iterable[BodyRef], name: str, self_ref: str = "") -> Optional[str]:
    """The level a body's own 本级 names when it is not its county's: 镇 for a 镇人民政府, 街道 for a
    街道办事处 (``budget_level`` bodies), else None.

    The name is searched, not only its ending: a 镇人民政府's 办公室 spends 镇本级 funds too. Only endings
    longer than the label count (镇人民政府, not 镇), so a 城市街道照明所 is no street office; where
    the name says nothing, the self-reference the data chose (我镇) decides."""
    best: Optional[tuple[int, str]] = None
    for body in bodies:
        if not body.budget_level:
            continue
        for fit in body.fits:
            at = name.rfind(fit) if fit != body.label and fit.startswith(body.label) else -1
            if at >= 0 and (best is None or at > best[0]):
                best = (at, body.label)
    if best is not None:
        return best[1]
    return next((b.label for b in bodies if b.budget_level and b.ref == self_ref), None)
