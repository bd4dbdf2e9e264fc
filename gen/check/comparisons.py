"""Comparisons stated in words between two named figures, judged against the sentence's own figures.

Reports explain a variance with a fixed phrase ("决算数小于预算数的主要原因是……",
"支出大于收入的原因是……") that is easily copied from the line above, where it
was true, to a line whose figures say the opposite or show no difference at all.
This module reads such a comparison, finds each side's figure stated before it
in the same sentence (or a rate of one side over the other: 完成年初预算的108.41%)
and says which relation the figures show at their printed precision. Rule N025
reports a stated relation the figures contradict. The words are data
(glossary/comparisons.yaml), proved by its own examples when the file loads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Optional

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.numbers import tolerance
from ..core.resources import data_dir
from .context import CheckContext
from .numbers_text import Item, exceeds, items, sum_slack
from .word_examples import prove_file

_FILE = "glossary/comparisons.yaml"
_CLAUSE_STOPS = "，,。；;：:！？!?\n（）()"
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Side:
    name: str
    words: tuple[str, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True)
class ComparisonWords:
    sides: tuple[Side, ...]
    ratios: tuple[tuple[tuple[str, ...], str, str], ...]  # (rate label words, numerator side, denominator side)
    relations: dict[str, str]  # verb -> "greater" | "less" | "equal" | "with"
    negations: tuple[str, ...]
    pattern: re.Pattern
    standards: tuple[str, ...]  # words that name what a figure is compared with (目标值, 平均水平)
    adjacent: re.Pattern  # the gap after a figure, then a higher or lower verb


@dataclass(frozen=True)
class Comparison:
    """A comparison in words and what the sentence's figures show."""

    start: int
    end: int
    text: str  # the comparison as written
    stated: str  # "greater", "less" or "equal": of the first side to the second
    shown: str  # "greater", "less" or "equal" (printed equal): what the figures show
    evidence: tuple[Item, ...]  # the two amounts, or the one rate
    sides: tuple[str, str]  # the two sides' names (决算数, 预算数; or a figure's label and the standard's)
    adjacent: bool = False  # a figure, then the verb and the standard ("88%，高于年度目标值90%")

    def contradicted(self) -> bool:
        return self.stated != self.shown


def _words(raw: dict) -> ComparisonWords:
    sides = []
    for i, s in enumerate(raw.get("sides") or []):
        where = f"{_FILE} sides 第{i + 1}项"
        if not isinstance(s, dict) or not isinstance(s.get("name"), str):
            raise DataFileError(f"{where}：缺少 name")
        sides.append(Side(s["name"], string_list(s, "words", where), string_list(s, "labels", where)))
    names = {s.name for s in sides}
    ratios = []
    for i, r in enumerate(raw.get("ratios") or []):
        where = f"{_FILE} ratios 第{i + 1}项"
        over = string_list(r, "over", where) if isinstance(r, dict) else ()
        if len(over) != 2 or not set(over) <= names:
            raise DataFileError(f"{where}：over 须为 sides 中的两个名称")
        ratios.append((string_list(r, "labels", where), over[0], over[1]))
    relations_raw = raw.get("relations")
    if not isinstance(relations_raw, dict) or not sides:
        raise DataFileError(f"{_FILE}：须有 sides 与 relations")
    relations = {}
    for kind in ("greater", "less", "equal", "with"):
        for verb in string_list(relations_raw, kind, f"{_FILE} relations"):
            relations[verb] = kind
    side_words = sorted({w for s in sides for w in s.words}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in side_words)
    direct = "|".join(re.escape(v) for v, k in relations.items() if k != "with")
    joint = "|".join(re.escape(v) for v, k in relations.items() if k == "with")
    pattern = regex_cache.compile(rf"(?P<a>{alt})(?:(?P<verb>{direct})(?P<b>{alt})|(?:与|和|同)(?P<b2>{alt})(?P<verb2>{joint}))")
    near = "|".join(re.escape(v) for v, k in relations.items() if k in ("greater", "less"))
    adjacent = regex_cache.compile(rf"\s{{0,2}}[，,]?\s{{0,2}}(?<![不未])(?P<verb>{near})")
    return ComparisonWords(tuple(sides), tuple(ratios), relations, string_list(raw, "negations", _FILE), pattern,
                           string_list(raw, "standards", _FILE), adjacent)


def _side_of(words: ComparisonWords, written: str) -> Side:
    return next(s for s in words.sides if written in s.words)


def _figure(side: Side, other: Side, candidates: list[Item]) -> Optional[Item]:
    """The one amount the side names among the sentence's figures (all alike, or None)."""
    found = [it for it in candidates
             if it.q.unit != "%" and any(w in it.label for w in side.labels) and not any(w in it.label for w in other.labels)]
    if not found or any(f.money is None for f in found) or len({f.money for f in found}) != 1:
        return None
    return found[-1]


def _relation_of_amounts(a: Item, b: Item) -> Optional[str]:
    va, vb = a.money, b.money
    assert va is not None and vb is not None
    if va == vb and a.q.decimals == b.q.decimals:
        return "equal"
    slack = sum_slack([a, b])
    if exceeds(va, vb, slack):
        return "greater"
    if exceeds(vb, va, slack):
        return "less"
    return None


def _relation_of_rate(words: ComparisonWords, a: Side, b: Side, candidates: list[Item]) -> Optional[tuple[str, Item]]:
    for labels, num, den in words.ratios:
        if {num, den} != {a.name, b.name}:
            continue
        rates = [it for it in candidates if it.q.unit == "%" and not it.q.comparator
                 and any(w in it.label for w in labels)]
        if len(rates) != 1:
            continue
        r = rates[0]
        tol = tolerance(r.q.decimals)
        shown = "greater" if exceeds(r.q.value, HUNDRED, tol) else "less" if exceeds(HUNDRED, r.q.value, tol) else None
        if shown is None:
            return None
        if num != a.name:
            shown = "less" if shown == "greater" else "greater"
        return shown, r
    return None


def _negated(text: str, words: ComparisonWords, m: re.Match) -> bool:
    lo = m.start()
    while lo > max(0, m.start() - 40) and text[lo - 1] not in _CLAUSE_STOPS:
        lo -= 1
    return any(n in text[lo:m.start()] or n in m.group(0) for n in words.negations)


MAX_SENTENCE_FIGURES = 40  # figures of one sentence looked at before a comparison


def _sentence_before(all_items: list[Item], end: int, pos: int) -> list[Item]:
    """The figures before ``pos`` in its sentence, walking back from item ``end`` (bounded, so a
    text with many comparisons stays linear)."""
    out: list[Item] = []
    for it in reversed(all_items[max(0, end - MAX_SENTENCE_FIGURES):end]):
        if it.seg_end <= pos:
            break
        out.append(it)
    return out[::-1]


def comparisons_in(ctx: CheckContext, words: ComparisonWords) -> Iterator[Comparison]:
    """Every comparison in words whose two sides the sentence's figures show a relation for."""
    text = ctx.text
    all_items = items(ctx)
    starts = [it.q.start for it in all_items]
    for m in words.pattern.finditer(text):
        verb = m.group("verb") or m.group("verb2")
        a, b = _side_of(words, m.group("a")), _side_of(words, m.group("b") or m.group("b2"))
        if a.name == b.name or _negated(text, words, m):
            continue
        before = _sentence_before(all_items, bisect_left(starts, m.start()), m.start())
        candidates = [it for it in before if not it.q.comparator and not it.year == "上年"]
        stated = words.relations[verb]
        stated = "equal" if stated == "with" else stated
        fa, fb = _figure(a, b, candidates), _figure(b, a, candidates)
        if fa is not None and fb is not None and fa is not fb:
            shown = _relation_of_amounts(fa, fb)
            if shown is not None:
                yield Comparison(m.start(), m.end(), m.group(0), stated, shown, (fa, fb), (a.name, b.name))
            continue
        by_rate = _relation_of_rate(words, a, b, candidates)
        if by_rate is not None:
            yield Comparison(m.start(), m.end(), m.group(0), stated, by_rate[0], (by_rate[1],), (a.name, b.name))


_GAP_BEFORE_VERB = regex_cache.compile(r"\s{0,2}[，,]?\s{0,2}$")
_NOUN = regex_cache.compile(r"^[\u4e00-\u9fff]{0,12}$")


def _standard_named(text: str, words: ComparisonWords, verb_end: int, b: Item, b_start: int) -> Optional[str]:
    """How the comparand is named: "noun" (高于年度目标值90%), "of" (低于90%的目标), or None."""
    between = text[verb_end:b_start]
    after = text[b.q.end:b.q.end + 8]
    if not _NOUN.match(between):
        return None
    if after.startswith("的") and any(after[1:].startswith(w) for w in words.standards) and not between:
        return "of"
    if between and any(w in between for w in words.standards) and not after.startswith("的"):
        return "noun"
    return None


def adjacent_in(ctx: CheckContext, words: ComparisonWords) -> Iterator[Comparison]:
    """"满意度88%，高于年度目标值90%", "执行率96.5%，低于95%的目标": a figure, then a verb and the
    standard it is compared with. Only readings that cannot be a difference are judged: a higher
    verb before any named standard (A above the standard by B needs B ≤ A), a lower verb only
    before "B的目标" (低于目标值5% may mean by 5%)."""
    text = ctx.text
    all_items = items(ctx)
    for a, b in zip(all_items, all_items[1:]):
        if a.seg_start != b.seg_start or a.q.comparator or a.q.unit != b.q.unit:
            continue
        # the number layer reads "低于95%" as a bound: the verb is then the start of b's own text
        verb = next((v for v in words.relations if b.q.raw.startswith(v)), None) if b.q.comparator else None
        if b.q.comparator and (verb is None or words.relations[verb] not in ("greater", "less")):
            continue
        if verb is not None:
            if not _GAP_BEFORE_VERB.match(text, a.q.end, b.q.start):
                continue
            verb_start, verb_end = b.q.start, b.q.start + len(verb)
        else:
            m = words.adjacent.match(text, a.q.end, b.q.start)
            if m is None:
                continue
            verb, verb_start, verb_end = m.group("verb"), m.start("verb"), m.end("verb")
        stated = words.relations[verb]
        how = _standard_named(text, words, verb_end, b, max(b.q.start, verb_end))
        if how is None or (stated == "less" and how != "of"):
            continue
        va, vb = (a.money, b.money) if a.money is not None else (a.q.value, b.q.value)
        slack = sum_slack([a, b]) if a.money is not None else tolerance(a.q.decimals) + tolerance(b.q.decimals)
        shown = "greater" if exceeds(va, vb, slack) else "less" if exceeds(vb, va, slack) else None
        if shown is not None and shown != stated:
            yield Comparison(verb_start, b.q.end, text[verb_start:b.q.end], stated, shown, (a, b),
                             (a.label, text[verb_end:max(b.q.start, verb_end)] or "标准"), adjacent=True)


@lru_cache(maxsize=1)
def comparison_words() -> ComparisonWords:
    """Load glossary/comparisons.yaml and prove it against its own example sentences."""
    raw = read_yaml_file(data_dir("glossary") / "comparisons.yaml") or {}
    words = _words(raw)
    prove_file(raw, _FILE, lambda text: [c for c in _all(CheckContext(text), words) if c.contradicted()],
               lambda c: c.text)
    return words


def _all(ctx: CheckContext, words: ComparisonWords) -> Iterator[Comparison]:
    yield from comparisons_in(ctx, words)
    yield from adjacent_in(ctx, words)


def contradicted(ctx: CheckContext) -> list[Comparison]:
    """The comparisons in words that the sentence's own figures contradict."""
    return [c for c in _all(ctx, comparison_words()) if c.contradicted()]
