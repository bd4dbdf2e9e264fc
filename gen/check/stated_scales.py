"""The rating scale a text states for itself, and the scale a score's rating is judged on.

Bureaus outside the national 优/良/中/差 say which scale they rate on, in one
of two shapes: "90分（含）以上为优秀，80（含）-90分为良好，60（含）-80分为合格，
60分以下为不合格", or "优（90-100分）、良（80-89分）、中（60-79分）、差（0-59分）".
A run of at least three such bands, a few characters apart, with distinct
names and floors and a bottom band that starts at 0, is read as the text's
own scale. Anything less (two bands, floors that do not chain, a bottom band
that does not meet the next) is not a scale, and the rule falls back to the
grounding data's scale or the registered scales (glossary/scales/).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterator, Optional

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles
from ..core.scales import DEFAULT_SCALE, Grade, Scale, scales
from ..core.text_pairs import MIN_CHARS, figures_before

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_INCL = r"(?:[（(](?:含|包含)[）)])?"
# A band after its lower figure (group lo), which opens it.
_BAND_REST = (rf"\s*分?\s*{_INCL}\s*(?:(?P<up>及以上|以上)|[-－—–~～至到]\s*(?P<hi>{_NUM})\s*分?\s*"
              rf"(?:[（(]不?含[）)])?(?:以下)?|(?P<down>以下))")
_BAND = rf"(?P<lo>{_NUM}){_BAND_REST}"
_WORD = r"[A-E](?:级|档|等)?|[\u4e00-\u9fff]{1,4}?"
_QUOTED = (rf"(?:[“\"「](?P<quoted>{_WORD})[”\"」]|(?P<name>{_WORD})(?:等级|等次)?(?=[，,；;、。\s）)]|$))")
# "90分（含）以上为优秀" and "优秀（90分及以上）". The lookahead is implied by the band (its figure, then blanks,
# 分 or the bracketed 含, then the band's first character): it changes no match, but turns most of a report's
# figures away in one cheap test (0 bands in 500k characters of reports read 27 -> 14 ms). It is tested behind
# the figure's first digit, from where the match starts, so that the pattern opens with that digit and re skips
# to digits by itself instead of trying the lookahead at every character (the same matches again). Its runs
# are possessive: the three classes share no character, so giving back a digit or a blank can never let the
# next class match (the same answer without the retries: 9.0 -> 6.6 ms over 500,000 characters).
_BAND_AHEAD = r"[\d.]{1,6}+[\s分（(含包）)]*+[及以\-－—–~～至到]"
_LEAD_DIGIT = rf"(?P<lo>\d(?<=(?={_BAND_AHEAD})\d)\d{{0,2}}(?:\.\d{{1,2}})?)"  # {_NUM}, its lookahead inside
_RANGE_FIRST = regex_cache.compile(rf"{_LEAD_DIGIT}{_BAND_REST}\s*(?:的)?(?:为|是|评为|定为|属于|：|:)\s*{_QUOTED}")
# "优秀（90分及以上）": found from its bracket (a pattern that starts with a character class scans fast),
# the name read back to the separator before it
_NAME_FIRST = regex_cache.compile(rf"[（(]\s*{_BAND}\s*[）)]")
_NAME_BEFORE = regex_cache.compile(rf"(?:^|[为是：:、，,；;\s“\"「])(?P<name>{_WORD})[”\"」]?\s*$")
_GAP = 40  # most characters between two bands of one scale


@dataclass(frozen=True)
class _Band:
    start: int
    end: int
    name: str
    floor: Decimal
    top: Optional[Decimal]  # the upper bound a "80-89分" band states
    below: bool  # "60分以下": the bottom band, up to ``floor`` exclusive
    has_unit: bool


def _band(m: re.Match[str], start: int, name: str) -> _Band:
    hi = Decimal(m.group("hi")) if m.group("hi") else None
    return _Band(start, m.end(), name, Decimal(m.group("lo")), hi, bool(m.group("down")), "分" in m.group(0))


# _BAND_AHEAD's classes: the characters between a band's figure and its mark (with the blanks), and the marks.
_AHEAD_GAPS = "分（(含包）)"
_AHEAD_MARKS = "及以-－—–~～至到"
_FIGURE_MOST = 6  # _BAND_AHEAD's [\d.]{1,6}+: a match starts at most this far before its figure's end


def _range_firsts(text: str) -> Iterator[re.Match[str]]:
    """_RANGE_FIRST's matches. In a long report only where a figure's end is followed by a band's mark
    (text_pairs.figures_before, one vectorised pass): a pattern led by a digit is tried at every digit (4 ms of
    200,000 characters to 1). Exact: a match's lookahead reads its figure's digits and points to an end that a
    mark follows (past blanks and gaps) within six characters, and nothing between two such ends can start one;
    at each end the leftmost start past the last match is taken, as finditer takes it."""
    if len(text) < MIN_CHARS:
        yield from _RANGE_FIRST.finditer(text)
        return
    last_end = 0
    for end in figures_before(text, _AHEAD_MARKS, _AHEAD_GAPS):
        for at in range(max(last_end, end - _FIGURE_MOST), end):
            m = _RANGE_FIRST.match(text, at)
            if m is not None:
                last_end = m.end()
                yield m
                break


def _bands(text: str) -> list[_Band]:
    found: dict[int, _Band] = {}
    for m in _range_firsts(text):
        found[m.start()] = _band(m, m.start(), m.group("quoted") or m.group("name"))
    for m in near_needles(_NAME_FIRST, text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if before is not None:
            found.setdefault(before.start("name"), _band(m, before.start("name"), before.group("name")))
    return [found[k] for k in sorted(found)]


def _runs(bands: list[_Band]) -> list[list[_Band]]:
    runs: list[list[_Band]] = []
    for b in bands:
        if runs and b.start - runs[-1][-1].end <= _GAP:
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def _as_scale(run: list[_Band], text: str) -> Optional[Scale]:
    """The run as a scale, or None when it is not one beyond doubt."""
    if len(run) < 3 or not any(b.has_unit for b in run) or len({b.name for b in run}) != len(run):
        return None
    bottom = [b for b in run if b.below]
    ranged = sorted((b for b in run if not b.below), key=lambda b: b.floor, reverse=True)
    if len(bottom) > 1 or (bottom and not ranged):
        return None
    floors = [b.floor for b in ranged]
    if len(set(floors)) != len(floors):
        return None
    if bottom and bottom[0].floor != floors[-1]:
        return None  # "60分以下" must meet the lowest band above it
    if not bottom and floors[-1] != 0:
        return None
    for higher, lower in zip(ranged, ranged[1:]):  # "80-89分" / "80-90分" under "90分以上"
        if lower.top is not None and not (higher.floor - 1 <= lower.top <= higher.floor):
            return None
    grades = [Grade(b.floor, b.name, text[b.start:b.end], "") for b in ranged]
    if bottom:
        grades.append(Grade(Decimal(0), bottom[0].name, text[bottom[0].start:bottom[0].end], ""))
    return Scale("stated", "文中所述的等级标准", 3, tuple(_with_words(g) for g in grades))


def _with_words(g: Grade) -> Grade:
    """A stated 优 also answers to 优秀, as on the registered scale that has the grade 优."""
    words = tuple(w for s in scales().values() for r in s.grades if r.name == g.name for w in r.words)
    return Grade(g.floor, g.name, g.range_text, g.tier, words)


def stated_scales(text: str) -> list[tuple[int, Scale]]:
    """Every scale the text states, with where it starts."""
    out = []
    for run in _runs(_bands(text)):
        s = _as_scale(run, text)
        if s is not None:
            out.append((run[0].start, s))
    return out


def scale_for(ctx: Any, pos: int, word: str) -> Optional[Scale]:
    """The scale the rating ``word`` at ``pos`` is judged on, or None when no scale knows the word.

    The text's own scale first (the nearest stated before ``pos``, else the first
    after it), then the grounding data's (its rule set's ``grades``), then the
    registered scale that has the word (the national one first; a word that two
    other scales share is left alone).
    """
    stated = ctx.memo("stated_scales", lambda c: stated_scales(c.text))
    if stated:
        before = [s for at, s in stated if at <= pos]
        own = before[-1] if before else stated[0][1]
        return own if own.canonical(word) else None
    data = getattr(ctx, "data", None)
    if data is not None:
        from ..core.errors import UserError
        from ..core.scoring import rule_set

        forms = getattr(data, "forms", None)
        try:
            s = rule_set(forms.rule_set if forms is not None else None).scale
        except UserError:  # an unknown rule set is the data's error, reported where the data loads
            return None
        return s if s.canonical(word) else None
    all_scales = scales()
    if all_scales[DEFAULT_SCALE].canonical(word):
        return all_scales[DEFAULT_SCALE]
    knowing = [s for s in all_scales.values() if s.canonical(word)]
    return knowing[0] if len(knowing) == 1 else None


def rating_words(ctx: Any) -> tuple[str, ...]:
    """Every word that names a grade on a scale this text can use, longest first."""
    words = {w for s in scales().values() for g in s.grades for w in (g.name, *g.words)}
    for _, s in ctx.memo("stated_scales", lambda c: stated_scales(c.text)):
        words.update(w for g in s.grades for w in (g.name, *g.words))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))
