"""A name written with one character replaced, where the same text writes it the other way again and again: W027's detector.

A report names its project, fund, body or facility many times over, and a
slip in one of those places is a different character in the same slot (a
殡仪馆 once called 殡葬馆, a 专项资金 once called 专线资金). The text itself is
the reference, as for W023 (gen.check.text_variants, whose machinery this
reuses): the written form and the text's own form have the same length and
differ in one character; the text writes its form at least twice, and at
least twice as often as the written one (a slip copied into a heading and
the cover's 项目名称 field stands twice).

Two different names differ in one character just as often, and the tests
keep them apart (across the 29 annotated sets, read one by one):

- only names: what ends one (项目, 资金, 馆, 中心, 局 …: glossary/name_variants.yaml)
  follows the edit within a few characters, nothing but Chinese between;
- ordinals, levels, places, years, 预/决 name another thing (第一部分 /
  第二部分, 市级资金 / 省级资金, 前旗 / 后旗): never a slip of each other;
- a word that ends the name is the name's kind (财政局 / 民政局: a report of
  one body cites another), so the edit must not fall in it;
- the written form either leaves a character alone that the text's form takes
  into a word, and reads worse by the segmenter's best route (殡葬|馆 against
  殡仪馆), or it reads as words as well, and then the text's form must hold
  the edit well inside a long phrase (two characters each side, six in all:
  财政专线扶贫资金 against the 财政专项扶贫资金 of the rest; 补贴资金用于 /
  补助资金用于 and 阳高县林业 / 阳高县农业 are two things);
- the text's form runs on to the same kind of name as the written one: 江上乡人民 of 江上乡人民政府 is no
  reference for the 江上乡便民服务中心;
- the written form is no generic kind of unit (a 中等专业学校 is a 公办中等职业学校: the kinds list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from ..core import regex_cache
from ..core.datafile import read_yaml_file, string_list
from ..core.errors import UserError
from ..core.regex_trie import alternation
from ..core.resources import data_dir
from ..core.han import is_han
from .text_variants import PHRASE_MIN, SEEN_MIN, _grow, _run, _spans, _support, pair_counts
from .word_examples import prove_file

FILE = "name_variants.yaml"
NAME_REACH = 10  # characters from the edit to the end of the name's last word
WRITTEN_MAX = 2  # times the written form may stand
SIDE_MIN = 2  # characters of the text's form on each side of an edit that reads as words
LONG_MIN = 6  # characters of the text's form around such an edit


class Substitution(NamedTuple):
    start: int
    end: int
    written: str
    right: str  # the span as the text keeps writing it
    support: float  # how much likelier the right form reads (natural log of jieba's route probabilities)


@dataclass(frozen=True)
class Names:
    """What ends a name (a pattern matched right after the edit) and the characters that name another thing."""

    end: re.Pattern
    contrast: frozenset[str]
    kinds: frozenset[str] = frozenset()  # generic kinds of unit (中等职业学校): the text speaks of the kind, not its name


def _fail(message: str) -> UserError:
    return UserError(f"词库文件 {FILE}：{message}")


@lru_cache(maxsize=1)
def names() -> Names:
    """The lists, read and proved by their examples once per process."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    where = f"词库文件 {FILE}"
    if not isinstance(doc, dict):
        raise _fail("内容应为键值表（name_ends、contrast、flag、keep）。")
    ends = string_list(doc, "name_ends", where)
    contrast = string_list(doc, "contrast", where)
    kinds = string_list(doc, "kinds", where) if "kinds" in doc else []
    bad = [w for w in ends + kinds if not all(map(is_han, w))] + [c for c in contrast if len(c) != 1 or not is_han(c)]
    if bad:
        raise _fail(f"“{bad[0]}”不是汉字词语（contrast 须为单个汉字）。")
    # the edit's own run up to a name's end: bounded, the alternation of literal words
    found = Names(regex_cache.compile(f"[\u4e00-\u9fff]{{0,{NAME_REACH}}}?(?:{alternation(ends)})"), frozenset(contrast),
                  frozenset(kinds))
    prove_file(doc, where, lambda text: find(text, found), lambda hit: hit.written, builtin=True)
    return found


def _candidates(text: str) -> list[int]:
    """Positions of a character that meets a neighbour here only (or WRITTEN_MAX times, or shares a hashed
    bucket: the exact tests decide later), between two characters that stand one apart more often elsewhere
    (葬馆 once, 殡_馆 ten times)."""
    pairs = pair_counts(text)
    if pairs is None:
        return []
    han, adj, skip, n_adj, n_skip = pairs
    rare = n_adj[adj] <= WRITTEN_MAX
    often = n_skip[skip] > SEEN_MIN  # the skip pair here, and twice elsewhere
    # character p: the pairs p-1 and p around it, the skip pair p-1 over it
    return (np.flatnonzero(han[:-2] & han[1:-1] & han[2:] & (rare[:-1] | rare[1:]) & often) + 1).tolist()


def _others(text: str, p: int, contrast: frozenset[str]) -> list[str]:
    """Characters the text writes between the two neighbours of ``p`` at least SEEN_MIN times and at least
    twice as often as the one written there, which stands there WRITTEN_MAX times at most."""
    seen: dict[str, int] = {}
    for m in re.finditer(re.escape(text[p - 1]) + "(.)" + re.escape(text[p + 1]), text):
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    own = seen.get(text[p], 0)
    if own > WRITTEN_MAX:
        return []
    return [ch for ch, n in seen.items()
            if n >= max(SEEN_MIN, 2 * own) and ch != text[p] and is_han(ch) and ch not in contrast]


def _reading(text: str, p: int, end: int) -> tuple[set[int], bool]:
    """(positions among p-1 .. p+1 the segmenter leaves alone, and its HMM too; whether the name is another:
    the word holding ``p`` reaches the name's ``end``, its kind (财政局 / 民政局), or the characters left
    alone make a word the HMM reads, one the dictionary lacks (糖业))."""
    lo, hi = _run(text, p, p + 1, right=NAME_REACH + 3)  # CONTEXT on its left, up to a name's end on its right
    spans = [(lo + a, lo + b) for a, b in _spans(text[lo:hi])]
    lone = {a for a, b in spans if b - a == 1 and p - 1 <= a <= p + 1}
    head = any(a <= p < b and b >= end for a, b in spans)
    if lone:  # characters the HMM joins into a word are a word jieba lacks (糖业), not one cut short
        lone &= {lo + a for a, b in _spans(text[lo:hi], hmm=True) if b - a == 1}
        head = head or not lone
    return lone, head


def find(text: str, rules: Names | None = None) -> list[Substitution]:
    """Each name's span written with one character other than the way the text keeps writing it."""
    rules = rules or names()
    found: list[Substitution] = []
    for p in _candidates(text):
        if text[p] in rules.contrast:
            continue
        end = rules.end.match(text, p + 1)
        if not end:
            continue
        for ch in _others(text, p, rules.contrast):
            lone, head = _reading(text, p, end.end())
            if head:
                break
            support = _support(text, p, p + 1, ch, lone) if lone else 0.0
            if support is None or (lone and support <= 0):
                continue
            grown = _grow(text, p, p + 1, ch)
            if not grown:
                continue
            written, right, lo, hi = grown
            if any(k in written for k in rules.kinds):
                continue  # 公办中等职业学校 in a 中等专业学校's report: the kind it is, not its name
            if text[lo:p] + ch + text[p + 1:end.end()] not in text:
                continue  # the text's form never runs on to this name's kind (江上乡人民政府 / 江上乡便民服务中心)
            if len(right) < PHRASE_MIN or ch in text[p - 1:p + 2:2] or (not lone and (p - lo < SIDE_MIN or hi - p - 1 < SIDE_MIN
                                                          or len(right) < LONG_MIN)):
                continue
            found.append(Substitution(lo, hi, written, right, support))
    return found
