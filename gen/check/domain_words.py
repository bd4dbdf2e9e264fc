"""The domain's own words and their near misses: the data behind W011.

W003 finds typos anywhere by segmenting the whole text, which costs more
than the default rules may spend. Most slips a reviewer marks, though, sit
in a few hundred words every budget report repeats (财政拨款, 一般公共预算,
政府采购). Turning the search around makes it cheap: every misspelling of
those words that the confusion sets allow (one same-sound or similar-shape
character, glossary/confusion.tsv) or that loses the word's first character
is listed once per process, and the text is scanned for the list with one
set lookup per position. A lost first character is looked for only at the
start of a line, cell or clause (四、政拨款收入…), where headings and table
names lose it; inside a clause the shorter form is usually a phrase. Only the few hits are segmented, to make sure the
written characters do not read as other words in their context.

The words are data (glossary/domain_words.yaml), one list that W005 reads
too (its words of four characters or more, minus its ``skip``); each rule's
section holds examples that must be flagged and kept, proved the first time
the rule's list is built.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..core import kept_results, regex_cache
from ..core.datafile import read_yaml_file, string_list
from ..core.errors import UserError
from ..core.glossary_user import per_glossary
from ..core.resources import data_dir
from ..core.text_pairs import MIN_CHARS, han_runs
from .confusion import confusions, freq, frequencies
from .word_examples import builtin_examples, prove

FILE = "domain_words.yaml"
MIN_LEN = 3
MAX_LEN = 12
# A word that lost its first character may start with one of these and still be a phrase
# (本指标, 各项经费 → 项经费 after 三), and so may one that starts with an administrative level
# (城市道路 → 市道路运输服务中心, 乡镇财政 → 镇财政所): such variants are not listed.
_DETERMINERS = frozenset("本该此各每其全总这那个两一二三四五六七八九十几多某上下前后年月日省市县区州乡镇村")
# A word made with 反 (反不正当竞争, 反垄断) names a fight against what follows it, a phrase of its own: 查处不正当竞争
# 行为 lost no 反, so no lost-first-character variant is listed for it.
_AGAINST = "反"
_WORD = regex_cache.compile(r"[\u4e00-\u9fff]{%d,%d}" % (MIN_LEN, MAX_LEN))
_HAN_RUN = regex_cache.compile(r"[\u4e00-\u9fff]{2,}")
# An aside in brackets that closes right before a run, after the words it qualifies (住房(含人才住房)): the run goes
# on with the clause. A heading's number ((二)员经费) has no words before it and only a numeral inside; a pinyin
# reading (按(guī)章制度) no Chinese word inside.
_ASIDE_BEFORE = regex_cache.compile(r"[\u4e00-\u9fff][(（][^()（）\n]{0,20}[\u4e00-\u9fff](?<![一二三四五六七八九十])[^()（）\n]{0,20}[)）]$")
CONTEXT = 6  # characters on each side segmented to confirm a hit


@dataclass(frozen=True)
class Miss:
    """One near miss in a text: ``written`` at start..end, where ``word`` was meant."""

    start: int
    end: int
    written: str
    word: str
    kind: str  # "sub" (a character swapped) or "lost" (the first character dropped)
    at: int  # index in ``written`` of the swapped character (0 for a lost one)


@dataclass(frozen=True)
class DomainWords:
    words: tuple[str, ...]
    variants: dict  # written -> (word, kind, index of the changed character)
    anchors: frozenset  # first two characters of every variant
    lengths: tuple[int, ...]
    flag: tuple[str, ...]
    keep: tuple[str, ...]


def _fail(message: str) -> UserError:
    return UserError(f"词库文件 {FILE}：{message}")


def _read(path: Path) -> dict:
    doc = read_yaml_file(path)  # libyaml: the same values, a tenth of the time
    if not isinstance(doc, dict):
        raise _fail("文件顶层应包含 words、w005、w011。")
    return doc


def _variants(words: tuple[str, ...], substituted: Optional[frozenset] = None) -> dict:
    """Every misspelling of every word that is not itself a word or a piece of another domain word.

    ``substituted``: the words whose one-character swaps are listed (all when None); every word's lost
    first character is. Each word of ten characters has about a hundred swaps: listing them for the
    whole vocabulary is a third of a second at every cold start, for slips the long names rarely show.
    """
    out: dict = {}
    # confusion.tsv says, for a written character, what may have been meant; here the meant
    # character is known (the word's), so the table is read backwards.
    # Only the characters of the words are ever looked up, so only theirs are listed (a cold check's first use).
    needed = frozenset("".join(words))
    written_for: dict[str, list[str]] = {}
    for written, (sound, shape) in confusions().items():
        for meant in sound + shape:
            if meant in needed:
                written_for.setdefault(meant, []).append(written)

    # Which word holds each substring ("" when words not containing one another do): a variant that is a
    # piece of another domain word is no slip. Shortest words first, so that a piece of 事业单位 stays
    # 事业单位's when longer words hold it too (行政事业单位: 业单位 is still its lost first character).
    # One word per substring, not a set: this runs at a cold check's first use.
    holders: dict[str, str] = {}
    for x in sorted(words, key=len):
        for i in range(len(x)):
            for j in range(i + 1, len(x) + 1):
                piece = x[i:j]
                held = holders.setdefault(piece, x)
                if held != x and held not in x:
                    holders[piece] = ""

    # Some 32,000 candidates at a cold check's first use: the test is written out in the loop, and the
    # frequency table looked up directly (freq(v) is frequencies().get(v), per glossary like this list).
    held, frequent = holders.get, frequencies().get
    for w in words:
        for k, ch in enumerate(w if substituted is None or w in substituted else ()):
            alts = written_for.get(ch)
            if not alts:
                continue
            head, tail = w[:k], w[k + 1:]
            for alt in alts:
                if alt != ch:
                    v = head + alt + tail
                    if v not in out and held(v, w) == w and not frequent(v):
                        out[v] = (w, "sub", k)
        if len(w) >= MIN_LEN + 1 and w[1] not in _DETERMINERS and w[0] != _AGAINST:
            v = w[1:]
            if v not in out and held(v, w) == w and not frequent(v):
                out[v] = (w, "lost", 0)
    return out


def _kept_variants(words: tuple[str, ...], substituted: frozenset) -> dict:
    """:func:`_variants`, read back when an earlier start kept them (gen.core.kept_results: some 65,000
    misspellings, ~80 ms to list at each cold start). The key holds the words, the substituted ones and the
    confusion table; the frequencies are the bundled glossary's and jieba's, which the stamp's key covers
    (with a user glossary nothing is kept)."""
    key = hashlib.sha256(repr((words, sorted(substituted), sorted(confusions().items()))).encode("utf-8")).hexdigest()
    found = kept_results.get("domain_variants", key)
    if found is kept_results.MISSING:
        found = _variants(words, substituted)
        kept_results.put("domain_variants", key, found)
    return found


@lru_cache(maxsize=1)
def word_file() -> dict:
    """The one list of domain words, in groups, and each rule's section (W005 and W011 read the same file)."""
    doc = _read(data_dir("glossary") / FILE)
    groups = doc.get("words")
    if not isinstance(groups, dict) or not groups:
        raise _fail("words 应为分组的词表（组名: [词, …]）。")
    for name in groups:
        words = string_list(groups, name, f"词库文件 {FILE} 的 words.{name}")
        bad = [w for w in words if not _WORD.fullmatch(w)]
        if bad:
            raise _fail(f"“{bad[0]}”不是{MIN_LEN}到{MAX_LEN}个汉字的词。")
    for rule in ("w005", "w011"):
        if not isinstance(doc.get(rule), dict):
            raise _fail(f"缺少 {rule} 一节（该规则所读的 groups 及 flag、keep 示例）。")
        _section_groups(doc, rule, "groups")
    return doc


def _section_groups(doc: dict, rule: str, key: str) -> tuple[str, ...]:
    """The group names a rule's section lists under ``key`` (``groups``, W011's ``substitute``), each
    proved to be a group of ``words``."""
    names = string_list(doc[rule], key, f"词库文件 {FILE} 的 {rule}.{key}")
    unknown = [g for g in names if g not in doc["words"]]
    if unknown:
        raise _fail(f"{rule}.{key} 中的组“{unknown[0]}”不在 words 中。")
    return tuple(names)


def rule_words(doc: dict, rule: str) -> tuple[str, ...]:
    """The words of the groups one rule's section names, in file order, each once."""
    out: dict[str, None] = {}
    for group in doc[rule]["groups"]:
        out.update(dict.fromkeys(doc["words"][group]))
    return tuple(out)


def _group_words(doc: dict, rule: str, key: str) -> tuple[str, ...]:
    """The words of the groups a rule's section names under ``key`` (W011's ``substitute``)."""
    return tuple(w for g in _section_groups(doc, rule, key) for w in doc["words"][g])


def rule_examples(doc: dict, rule: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(flag, keep): the examples of one rule's section of the word file."""
    where = f"词库文件 {FILE} 的 {rule} 一节"
    return string_list(doc[rule], "flag", where), string_list(doc[rule], "keep", where)


@per_glossary()
def domain_words() -> DomainWords:
    """The word list with its misspellings, built and proved once per process."""
    doc = word_file()
    words = rule_words(doc, "w011")
    variants = _kept_variants(words, frozenset(_group_words(doc, "w011", "substitute")))
    lists = DomainWords(words, variants, frozenset(v[:2] for v in variants), tuple(sorted({len(v) for v in variants})),
                        *rule_examples(doc, "w011"))
    _prove(lists)
    return lists


def _prove(lists: DomainWords) -> None:
    prove(builtin_examples(lists.flag), builtin_examples(lists.keep), lambda text: find(text, lists), _fail,
          lambda hit: hit.written)


def find(text: str, lists: Optional[DomainWords] = None) -> list[Miss]:
    """The near misses of domain words in ``text`` that its context confirms."""
    builtin = lists is None
    lists = lists or domain_words()
    out: list[Miss] = []
    runs = zip(*han_runs(text)) if len(text) >= MIN_CHARS else (m.span() for m in _HAN_RUN.finditer(text))
    for s, e in runs:
        local = _builtin_candidates(text[s:e]) if builtin else _candidates(text[s:e], lists)
        if not local:
            continue
        i = s  # left to right, going on after a hit; only the places with candidates can hold one
        for at in sorted(local):
            if s + at < i:
                continue
            if s + at >= e - 1:
                break
            hit = _confirmed_hit(text, s + at, local[at])
            if hit is not None and hit.kind == "lost" and _ASIDE_BEFORE.search(text, max(0, s - 24), s):
                continue  # after an aside's closing bracket (住房(含人才住房)的建设) the clause goes on: no start
            if hit is not None:
                out.append(hit)
                i = hit.end
    return out


Candidate = tuple[int, str, str, int]  # length, word, kind, index of the changed character


def _candidates(run: str, lists: DomainWords) -> dict[int, tuple[Candidate, ...]]:
    """For each position of a run of Chinese characters, the variants written there, longest first.

    Everything here depends on the run alone: a variant lies inside the run, a
    lost first character counts only at the run's start (the character before
    a run is no Chinese one), and a correct occurrence of the word overlapping
    the span is Chinese characters too, so inside the run. Only the segmenter's
    confirmation (:func:`_confirmed`) looks past the run, so it is left to the caller.
    """
    out: dict[int, tuple[Candidate, ...]] = {}
    for i in range(len(run) - 1):
        if run[i:i + 2] not in lists.anchors:
            continue
        found = []
        for n in reversed(lists.lengths):
            if i + n > len(run):
                continue
            variant = lists.variants.get(run[i:i + n])
            if variant is None:
                continue
            word, kind, k = variant
            if kind == "lost" and i > 0:
                continue  # only at a line, cell or clause start (四、政拨款…): inside a clause it is a phrase
            if _inside_word(run, i, i + n, word):
                continue
            found.append((n, word, kind, k))
        if found:
            out[i] = tuple(found)
    return out


@per_glossary(maxsize=8192)
def _builtin_candidates(run: str) -> dict[int, tuple[Candidate, ...]]:
    """:func:`_candidates` with the built-in list (one per process), once per distinct run.

    Reports repeat most of their clauses (a batch's template wording, an
    office's standard paragraphs), so most runs are looked up once.
    Callers only read the result.
    """
    return _candidates(run, domain_words())


def _confirmed_hit(text: str, i: int, local: tuple[Candidate, ...]) -> Optional[Miss]:
    for n, word, kind, k in local:
        if _confirmed(text, i, i + n, k):
            return Miss(i, i + n, text[i:i + n], word, kind, k)
    return None


def _inside_word(text: str, s: int, e: int, word: str) -> bool:
    """The written span is part of a correct occurrence of the word (政拨款 inside 财政拨款)."""
    lo = max(0, s - len(word))
    return any(lo + m.start() < e and lo + m.end() > s for m in re.finditer(re.escape(word), text[lo:e + len(word)]))


def _confirmed(text: str, s: int, e: int, k: int) -> bool:
    """The segmenter reads the span as a unit of its context and leaves the changed character weak.

    A span that starts or ends inside a word of its context (资本支出 holds 本支出)
    or whose changed character belongs to a known word there (市民政部门) is text
    that merely looks like a misspelling.
    """
    from .analyse import short_words  # loaded lazily: only hits need it

    lo, hi = max(0, s - CONTEXT), min(len(text), e + CONTEXT)
    pos, starts, weak, end_ok = lo, set(), False, False
    for word in short_words(text[lo:hi]):
        end = pos + len(word)
        starts.add(pos)
        if pos <= s + k < end:
            weak = len(word) == 1 or not freq(word)
        # The span may end inside a compound that begins within it (员经费|支出 read as 员 / 经费支出).
        if pos < e <= end:
            end_ok = e == end or pos > s
        pos = end
    return weak and s in starts and end_ok
