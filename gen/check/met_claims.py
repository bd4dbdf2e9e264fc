"""Indicator targets and actual values told in prose, and claims that every target was met.

A report narrates each indicator as "……人次数年初指标值为不低于180人，全年实际
完成值164人" and concludes elsewhere "该项目已按照计划完成目标". Rule N022 reports
an actual value that misses its own stated target in a text that claims every
target met. The words are data (glossary/met_claims.yaml, each pattern proved
by its own examples when the file loads); targets are read by the project's
target reader (:mod:`gen.core.targets`), the same one that reads the data
file's indicators, so ≥/≤/不低于/以上/以内 mean here what they mean there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.resources import data_dir
from ..core.targets import Target, parse_target
from ..core.regex_needles import finditer as near_needles
from .context import CheckContext
from .textspans import last_mark
from .word_examples import prove_file

_FILE = "glossary/met_claims.yaml"
_SENTENCE_STOPS = "。；;！？!?\n"
_PAIR_STOPS = "。！？!?\n"
_CLAUSE_STOPS = "，,。；;！？!?\n（(）)"
_LEAD = regex_cache.compile(r"(?:为|是|：|:|达到|达)?\s{0,2}")
# What may stand between a target and the words of its actual value: a clause mark and a time word.
_GAP = regex_cache.compile(r"[\s，,；;：:]{0,3}(?:全年|年度|年末|年底|当年|截至年底|截至年末|截至目前)?[\s，,：:]{0,2}")
MAX_VALUE = 24  # a target or actual value is a short phrase


@dataclass(frozen=True)
class MetClaims:
    target_words: re.Pattern
    actual_words: re.Pattern
    claims: tuple[tuple[str, re.Pattern], ...]
    hedges: re.Pattern
    admits: re.Pattern
    local: re.Pattern


@dataclass(frozen=True)
class TargetPair:
    """One indicator's target and actual value stated in one clause group."""

    name: str  # the words before the target (the indicator), for messages
    target: Target
    actual: Target
    actual_start: int
    actual_end: int

    def missed(self) -> bool:
        """The actual value falls short of a target with an explicit comparator in the same unit."""
        t, a = self.target, self.actual
        if t.value is None or a.value is None or a.comparator != "=" or not t.unit or t.unit != a.unit:
            return False
        return {"≥": a.value < t.value, ">": a.value <= t.value,
                "≤": a.value > t.value, "<": a.value >= t.value}.get(t.comparator, False)


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str


def _words(entry: dict, key: str) -> re.Pattern:
    words = string_list(entry, key, _FILE)
    return regex_cache.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _proved(entry: object, where: str) -> re.Pattern:
    """An entry's pattern, compiled and proved against its own flag/keep examples."""
    if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
        raise DataFileError(f"{_FILE} {where}：缺少 pattern")
    try:
        pattern = regex_cache.compile(entry["pattern"])
    except re.error as exc:
        raise DataFileError(f"{_FILE} {where}：正则有误（{exc}）") from None
    prove_file(entry, f"{_FILE} {where}", lambda text: [m.group(0)] if (m := pattern.search(text)) else [], str)
    return pattern


@lru_cache(maxsize=1)
def met_claims() -> MetClaims:
    """Load glossary/met_claims.yaml; an entry whose examples fail stops the load."""
    raw = read_yaml_file(data_dir("glossary") / "met_claims.yaml") or {}
    claims = raw.get("claims")
    if not isinstance(claims, list) or not claims:
        raise DataFileError(f"{_FILE}：claims 不能为空")
    return MetClaims(
        target_words=_words(raw, "target_words"),
        actual_words=_words(raw, "actual_words"),
        claims=tuple((str(c.get("id", i + 1)) if isinstance(c, dict) else str(i + 1), _proved(c, f"claims 第{i + 1}项"))
                     for i, c in enumerate(claims)),
        hedges=_proved(raw.get("hedges"), "hedges"),
        admits=_proved(raw.get("admits"), "admits"),
        local=_proved(raw.get("local_claims"), "local_claims"),
    )


@lru_cache(maxsize=None)
def _stop_pattern(stops: str) -> re.Pattern:
    """The first stop after a place."""
    return re.compile("[" + re.escape(stops) + "]")


def _bounds(text: str, pos: int, stops: str, reach: int = 300) -> tuple[int, int]:
    """The stretch around ``pos`` up to the nearest stop on either side (at most ``reach`` away). Each stop is
    found in C, not by stepping a character at a time in Python (800 calls of a long report's target pairs:
    6 ms against 1): the one after by a pattern, the one before by ``textspans.last_mark`` (a greedy
    ``.*`` pattern matched from the stretch's start found it too, but grows with the square of the text it is
    given)."""
    floor, ceil = max(0, pos - reach), min(len(text), pos + reach)
    lo = hi = pos
    if pos > floor:
        last = last_mark(text, stops, pos, floor)
        lo = last + 1 if last >= 0 else floor
    if pos < ceil:
        m = _stop_pattern(stops).search(text, pos, ceil)
        hi = m.start() if m else ceil
    return lo, hi


def _value_at(text: str, pos: int, limit: int) -> tuple[int, int]:
    """The value after the words at ``pos``: up to the next clause stop (or ``limit``)."""
    start = _LEAD.match(text, pos).end()  # type: ignore[union-attr]  # the pattern matches the empty text
    end = start
    ceil = min(limit, start + MAX_VALUE)
    while end < ceil and text[end] not in _CLAUSE_STOPS:
        end += 1
    return start, end


def _pair(text: str, words: MetClaims, m: re.Match) -> Optional[TargetPair]:
    s1 = _bounds(text, m.start(), _PAIR_STOPS)[1]  # "目标值：≥95%；完成值：98%" is one statement
    actual_m = words.actual_words.search(text, m.end(), s1)
    if actual_m is None:
        return None
    t0, t1 = _value_at(text, m.end(), actual_m.start())
    if not _GAP.fullmatch(text, t1, actual_m.start()):
        return None  # words between: the actual value may be another indicator's
    a0, a1 = _value_at(text, actual_m.end(), s1)
    target, actual = parse_target(text[t0:t1]), parse_target(text[a0:a1])
    c0 = _bounds(text, m.start(), _CLAUSE_STOPS)[0]
    return TargetPair(text[c0:m.start()].strip(), target, actual, a0, a1)


def target_pairs(ctx: CheckContext) -> list[TargetPair]:
    """Every target with its actual value stated after it in one sentence (memoised)."""

    def build(c: CheckContext) -> list[TargetPair]:
        words = met_claims()
        found = (_pair(c.text, words, m) for m in words.target_words.finditer(c.text))
        return [p for p in found if p is not None]

    return ctx.memo("met_claims.pairs", build)


def completion_claims(ctx: CheckContext) -> Iterator[Claim]:
    """Statements that every target was met, in sentences without a hedge (基本, 除……外, 确保)."""
    words = met_claims()
    text = ctx.text
    for _, pattern in words.claims:
        for m in near_needles(pattern, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
            s0, s1 = _bounds(text, m.start(), _SENTENCE_STOPS)
            around = text[s0:m.start()] + text[m.end():s1]
            if not words.hedges.search(around) and not words.hedges.search(m.group(0)):
                yield Claim(m.start(), m.end(), m.group(0))


def claimed_here(ctx: CheckContext, pair: TargetPair) -> Optional[Claim]:
    """A claim that the target was met in the pair's own sentence, after its actual value (实际值为84%，达到目标),
    with no hedge before it and no word that owns the miss around it."""
    text = ctx.text
    _, s1 = _bounds(text, pair.actual_end, _SENTENCE_STOPS)
    words = met_claims()
    m = words.local.search(text, pair.actual_end, s1)
    if m is None or words.hedges.search(text, pair.actual_end, m.start()) or admitted(ctx, pair):
        return None  # 虽未完全达到目标, 基本达到目标, or the miss owned: no claim that it was met
    return Claim(m.start(), m.end(), m.group(0))


def admitted(ctx: CheckContext, pair: TargetPair) -> bool:
    """Does the text own the miss where it states it (its sentence or the next)?"""
    text = ctx.text
    s0, s1 = _bounds(text, pair.actual_start, _SENTENCE_STOPS)
    _, n1 = _bounds(text, min(len(text), s1 + 1), _SENTENCE_STOPS) if s1 < len(text) else (s1, s1)
    return bool(met_claims().admits.search(text, s0, max(s1, n1)))
