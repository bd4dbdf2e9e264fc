"""A phrase written a character off from the way the same text writes it elsewhere: W023's detector.

A slip is a one-off of wording the writer keeps using, so the text itself is
the reference: 陵区林业局 among three 零陵区林业局, 学校所部门概况 where the
table of contents says 学校部门概况, 镇院卫生 beside 镇卫生院. No list can
carry these over from one report to the next; the report's own repetitions can.

Finding them must cost next to nothing on a long text, so the candidates come
from counts of character pairs taken in one vectorised pass (numpy, hashed
buckets: a shared bucket only adds candidates, which the exact test drops):

- a character lost: two neighbours that meet only here but stand one
  character apart at least twice elsewhere (林育 once, 林抚育 twice), or a
  pair whose left character is nearly always preceded by one other character
  (陵区 after 零 everywhere but once);
- a character added or moved: three characters met only here whose outer two
  are neighbours at least twice elsewhere (校所部 once, 校部 twice).

Each candidate is then tested exactly: the right form, a run of at least
``PHRASE_MIN`` Chinese characters, occurs at least ``SEEN_MIN`` times; the
written form occurs once; the edit is no legitimate short form (a dropped or
added 和, 与, 及, 的, 度 …, as the policy file glossary/text_variants.yaml lists
them, or a character repeated close by, as in 县委县政府 / 县委政府); and the
segmenter reads the written form with a lone character that the right form
takes into a word (消|通道 against 消防|通道), where an added or moved character
must also make the right form read better (jieba's best route). The right form widened to the whole
words around the edit must still be one the text writes (or a dictionary word): a short name beside the full
one (城管委 / 城市管理执法委员会) reads as other words, and no phrase the text never writes is offered.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

import numpy as np

from ..core.datafile import read_yaml_file, string_list
from ..core.errors import UserError
from ..core.glossary_user import per_glossary
from ..core.last_text import last_text
from ..core.resources import data_dir
from ..core.text_pairs import code_points
from .confusion import freq
from ..core.han import is_han
from .split_typos import DOCNO_AFTER, PRODUCTIVE, recent_words
from .word_examples import prove_file

PHRASE_MIN = 4  # characters of the right form the text repeats around the edit
# An added character taken out must leave a longer phrase: 资金已到位 / 资金到位, 主要是用于 / 主要用于
# are two wordings of one thing, where 学校所部门概况 / 学校部门概况 is a name with a slip in it.
CUT_MIN = 6
SEEN_MIN = 2  # times the text writes the right form
CONTEXT = 4  # characters on each side of the edit the segmenter reads
REACH = 6  # characters the phrase may extend on each side of the edit
FILE = "text_variants.yaml"
BULK_MIN = 64  # gaps from which their pairs are counted in one pass over the text


class Variant(NamedTuple):
    start: int
    end: int
    written: str
    right: str  # the written span as the text writes it elsewhere
    support: float  # how much likelier the right form reads (natural log of jieba's route probabilities)


def _hashed(keys: np.ndarray, bits: int) -> np.ndarray:
    """Bucket of each 32-bit key: Fibonacci hashing into 2**bits buckets."""
    return (keys * np.uint32(0x9E3779B1)) >> np.uint32(32 - bits)


class Pairs(NamedTuple):
    han: np.ndarray  # whether each character is Chinese
    adj: np.ndarray  # hashed bucket of each pair of neighbours (i, i+1)
    skip: np.ndarray  # hashed bucket of each pair one character apart (i, i+2)
    n_adj: np.ndarray  # pairs of neighbours per bucket
    n_skip: np.ndarray  # pairs one apart per bucket


@last_text  # W023 and W027 read one text in turn
def pair_counts(text: str) -> Optional[Pairs]:
    """Counts of the text's pairs of Chinese characters, neighbours and one apart, in hashed buckets, in one
    vectorised pass (None for a text too short to hold a phrase)."""
    c = code_points(text)  # read-only, shared (gen.core.text_pairs)
    found = None
    if len(c) >= 4:
        han = (c - np.uint32(0x4E00)) < np.uint32(0x9FFF - 0x4E00 + 1)  # _han, for every character at once
        c = c * han  # other characters count as 0: no pair of two Chinese characters shares their keys
        bits = min(20, max(16, int(len(c)).bit_length() + 3))  # a million buckets at most: they stay in cache
        adj = _hashed((c[:-1] << np.uint32(16)) ^ c[1:], bits)  # Chinese characters fit in 16 bits
        skip = _hashed((c[:-2] << np.uint32(16)) ^ c[2:], bits)
        # counted as intp, bincount's own index type: the same counts, without its casting each key one by one
        found = Pairs(han, adj, skip, np.bincount(adj.astype(np.intp), minlength=1 << bits),
                      np.bincount(skip.astype(np.intp), minlength=1 << bits))
    return found


def _candidates(text: str) -> tuple[list[int], list[int]]:
    """Gaps where a character may be lost, positions of a character that may be added or moved.

    Pairs of neighbours and pairs one character apart are counted in hashed buckets (a shared bucket
    makes a pair look commoner than it is, so a "seen once" test allows two; the exact counts decide
    later). A lost character parts two neighbours that meet here only (at gap g: the pair g-1, g) and
    that stand one apart at least twice elsewhere (林育 / 林抚育). An added or moved character meets both its neighbours here only, and they are neighbours at least
    twice elsewhere (校所部 / 校部)."""
    pairs = pair_counts(text)
    if pairs is None:
        return [], []
    han, adj, skip, n_adj, n_skip = pairs
    rare = np.flatnonzero(han[:-1] & han[1:] & (n_adj[adj] <= 2))  # pairs seen once (or twice: a shared bucket)
    lost = rare[n_skip[adj[rare]] >= SEEN_MIN]
    # two rare pairs in a row around one character, its outer neighbours a pair seen twice or more
    first = rare[:-1][rare[1:] == rare[:-1] + 1]
    added = first[n_adj[skip[first]] >= SEEN_MIN]
    return (lost + 1).tolist(), (added + 1).tolist()


def _pairs_once(text: str, gaps: list[int]) -> list[int]:
    """The gaps whose two neighbours meet there only: a search each for a few, else one exact count of
    every pair of the text against theirs (vectorised, where thousands of searches would read the text
    thousands of times)."""
    if len(gaps) <= BULK_MIN:
        return [g for g in gaps if not _seen(text, text[g - 1:g + 1])]
    c = code_points(text).astype(np.uint64)
    keys = (c[:-1] << np.uint64(21)) | c[1:]  # exact: every code point fits in 21 bits
    at = np.asarray(gaps) - 1
    wanted = np.unique(keys[at])
    where = np.searchsorted(wanted, keys).clip(0, len(wanted) - 1)
    counts = np.bincount(where[wanted[where] == keys], minlength=len(wanted))
    return [g for g, n in zip(gaps, counts[np.searchsorted(wanted, keys[at])].tolist()) if n == 1]


def _seen(text: str, form: str, times: int = SEEN_MIN) -> bool:
    """Whether ``form`` occurs at least ``times`` times: a search that stops there, where counting
    would read the whole text each time (a long text has thousands of candidates)."""
    at = -1
    for _ in range(times):
        at = text.find(form, at + 1)
        if at < 0:
            return False
    return True


def _grow(text: str, s: int, e: int, ins: str) -> tuple[str, str, int, int] | None:
    """(written, right, start, end) of the widest phrase around the edit text[s:e] -> ``ins`` whose right
    form the text writes at least SEEN_MIN times, grown one character at a time (right, then left)."""
    lo, hi = s, e
    if s == e or not ins:  # a lost or an added character: the phrase holds a character on each side
        if not (s > 0 and e < len(text) and is_han(text[s - 1]) and is_han(text[e])):
            return None
        lo, hi = s - 1, e + 1
    right = text[lo:s] + ins + text[e:hi]
    if not _seen(text, right):
        return None
    grown = True
    while grown:
        grown = False
        if hi < len(text) and hi - e < REACH and is_han(text[hi]) and _seen(text, right + text[hi]):
            right, hi, grown = right + text[hi], hi + 1, True
        elif lo > 0 and s - lo < REACH and is_han(text[lo - 1]) and _seen(text, text[lo - 1] + right):
            right, lo, grown = text[lo - 1] + right, lo - 1, True
    if len(right) < (PHRASE_MIN if ins else CUT_MIN):
        return None
    return text[lo:hi], right, lo, hi


def _lost_chars(text: str, g: int) -> list[str]:
    """Characters the text writes between the two neighbours of gap ``g`` elsewhere, the most frequent
    first (the pattern opens with a literal, which the regex engine searches fast)."""
    seen = Counter(re.findall(re.escape(text[g - 1]) + "(.)" + re.escape(text[g]), text))
    return [ch for ch, n in seen.most_common(3) if n >= SEEN_MIN and is_han(ch)]


def _edits(text: str) -> Iterator[tuple[int, int, str, set[int]]]:
    """(start, end, replacement, lone characters) of each edit worth testing: a lost character put back,
    an added one taken out, a character moved one or two places; only where the segmenter leaves a
    character at the edit alone in the written form (a local test, before any pass over the text)."""
    gaps, added = _candidates(text)
    # two words meeting at a gap (完成|保障): a dictionary look-up spares the segmenter; both neighbours
    # of a lost character alone: a short form the segmenter does not know (文旅, 自评)
    lone_at = {g: lone for g in gaps if not (freq(text[g - 2:g]) and freq(text[g:g + 2]))
               for lone in [_lone_at(text, g, g)] if len(lone) == 1}
    once = _pairs_once(text, sorted(lone_at))
    for g in once:  # the two characters a lost one parts meeting elsewhere too: the writer's own form
        for ch in _lost_chars(text, g):
            yield g, g, ch, lone_at[g]
    # the added or moved character stands alone where it is written, and meets neither neighbour elsewhere
    # (服务点 written twice is a suffix of the text's own)
    lone_at = {p: lone for p in added if not (freq(text[p - 1:p + 1]) and freq(text[p:p + 2]))
               for lone in [_lone_at(text, p, p + 1)] if lone}
    once = set(_pairs_once(text, sorted(set(lone_at) | {p + 1 for p in lone_at})))
    for p, lone in lone_at.items():
        if p not in once or p + 1 not in once:
            continue
        for s, e, ins in ((p, p + 1, ""), *((p, p + 1 + k, text[p + 1:p + 1 + k] + text[p]) for k in (1, 2)),
                          *((p - k, p + 1, text[p] + text[p - k:p]) for k in (1, 2))):
            if 0 <= s and e <= len(text):
                yield s, e, ins, lone


@dataclass(frozen=True)
class Policy:
    """Which differences are no slip (glossary/text_variants.yaml): characters a phrase may hold or not
    (``optional``), function words a sentence may add (``particles``), connectives that may stand on
    either side of a word (``movable``), two-character words whose first character a name may leave
    out (``shortened``: 经费, as in 慰问经费 / 慰问费), and those whose last character the accepted short
    form leaves out (``truncated``: 债券, as in 专项债券 / 专项债)."""

    optional: frozenset[str]
    particles: frozenset[str]
    movable: frozenset[str]
    shortened: frozenset[str] = frozenset()
    truncated: frozenset[str] = frozenset()


def _fail(message: str) -> UserError:
    return UserError(f"词库文件 {FILE}：{message}")


def _chars(doc: dict, key: str, where: str) -> frozenset[str]:
    items = string_list(doc, key, where)
    bad = [c for c in items if len(c) != 1 or not (is_han(c) or c == "、")]
    if bad:
        raise _fail(f"{key} 中的“{bad[0]}”不是单个汉字或顿号。")
    return frozenset(items)


def _words(doc: dict, key: str, where: str) -> frozenset[str]:
    items = string_list(doc, key, where, required=False)
    bad = [w for w in items if len(w) != 2 or not all(is_han(c) for c in w)]
    if bad:
        raise _fail(f"{key} 中的“{bad[0]}”不是两个汉字的词。")
    return frozenset(items)


@lru_cache(maxsize=1)
def policy() -> Policy:
    """The lists, read and proved by their examples once per process."""
    path = data_dir("glossary") / FILE
    doc = read_yaml_file(path)
    where = f"词库文件 {FILE}"
    if not isinstance(doc, dict):
        raise _fail("内容应为键值表（optional、particles、movable、shortened、truncated、flag、keep）。")
    lists = Policy(*(_chars(doc, key, where) for key in ("optional", "particles", "movable")),
                   shortened=_words(doc, "shortened", where), truncated=_words(doc, "truncated", where))
    prove_file(doc, where, lambda text: find(text, lists), lambda hit: hit.written, builtin=True)
    return lists


# A session's ordinal: 第 may be written or left out before a numeral that closes with 届 (区第十八届人大常委会 /
# 区十八届人大常委会, 党的十九届三中全会), both the usual forms of one name.
SESSION_AFTER = re.compile(r"[一二三四五六七八九十]{1,3}届")
# A post after 副 (监察委员会副主任 / 监察委员会主任): the deputy and the head are two posts, not a character lost.
POST_AFTER = re.compile(r"主任|[局县市区镇乡州省部处科所站队组院行校社会]长|秘书长|书记|主席|主委|经理|总编|巡视员")
# A grading or negating prefix before a common word (生活半自理能力 / 生活自理能力) makes a second term, not a slip.
GRADING, GRADED_WORD = "半非不未无", 50  # the word after it this common in jieba's dictionary (自理 131)
# An enumeration's ordinal before 是 (原因一是……，二是……): 原因是 / 原因一是 are one phrase, the second opening a list.
ORDINALS = "一二三四五六七八九十"


def _optional(text: str, s: int, e: int, ins: str, rules: Policy) -> bool:
    """Whether the edit is a legitimate short or long form: a connective or 度 put in or left out, a
    connective put elsewhere (商品服务和支出), or a character that repeats close by (县委县政府 / 县委政府,
    区区 left to W002); or the span opens a document issuer (湘交运输〔2022〕), which abbreviates freely, or
    is a productive pattern (应发尽发)."""
    if DOCNO_AFTER.match(text, e) or PRODUCTIVE.search(text, max(0, s - 3), e + 3):
        return True
    if s != e and ins:  # a move: the moved character is the edit's first or last
        return bool(set(ins[0] + ins[-1]) & rules.movable)
    changed = ins or text[s:e]
    if changed == "第" and SESSION_AFTER.match(text, e):
        return True  # 区十八届 / 区第十八届: the session's ordinal 第 is often left out
    if changed == "副" and POST_AFTER.match(text, e):
        return True  # 副主任 / 主任, 副局长 / 局长: two posts
    if len(changed) == 1 and changed in GRADING and freq(text[e:e + 2]) >= GRADED_WORD:
        return True  # 生活半自理能力 / 生活自理能力: the half state and the full one, two terms
    if len(changed) == 1 and changed in ORDINALS and text.startswith("是", e):
        return True  # 原因是 / 原因一是: the ordinal of a list (一是……二是……) put in or left out
    if (ins + text[e:e + 1] if ins else text[s:e + 1]) in rules.shortened:
        return True  # 慰问经费 / 慰问费: the word's first character put in or left out
    if (text[s - 1:s] + ins if ins else text[s - 1:e]) in rules.truncated:
        return True  # 专项债券 / 专项债: the word's last character put in or left out
    if not ins and changed in rules.particles:
        return True
    return bool(set(changed) & rules.optional) or changed in text[max(0, s - 2):e + 2].replace(changed, "", 1)


def _run(text: str, s: int, e: int, left: int = CONTEXT, right: int = CONTEXT) -> tuple[int, int]:
    """The run of Chinese characters around text[s:e], at most ``left`` characters before it and ``right``
    after it (CONTEXT each by default)."""
    lo, hi = s, e
    while lo > 0 and s - lo < left and is_han(text[lo - 1]):
        lo -= 1
    while hi < len(text) and hi - e < right and is_han(text[hi]):
        hi += 1
    return lo, hi


@per_glossary(maxsize=16384)
def _spans(text: str, hmm: bool = False) -> tuple[tuple[int, int], ...]:
    """(start, end) of each word of jieba's reading of a short window (``hmm``: joining the characters
    its dictionary leaves alone into the words its HMM guesses), once per window: reports share wording,
    and the reading depends on the user's glossary words (per_glossary)."""
    from .analyse import get_segmenter

    pos, out = 0, []
    for word in get_segmenter().lcut(text, HMM=hmm):
        out.append((pos, pos + len(word)))
        pos += len(word)
    return tuple(out)


def _lone_at(text: str, s: int, e: int) -> set[int]:
    """Positions of the characters at the edit text[s:e] (the two neighbours of a lost character, the
    added or moved ones) that the segmenter leaves alone, none at the edge of its run (收、支决算: a
    one-character item, not a word cut short)."""
    if s == e and not (0 < s < len(text) and is_han(text[s - 1]) and is_han(text[s])):
        return set()
    lo, hi = _run(text, s, e)
    touched = {s - 1, s} if s == e else set(range(s, e))
    recent = frozenset(recent_words())  # words jieba lacks (自评, 抗疫): a character of one is not alone
    lone = {lo + a for a, b in _spans(text[lo:hi]) if b - a == 1 and lo + a in touched
            and text[lo + a - 1:lo + a + 1] not in recent and text[lo + a:lo + a + 2] not in recent}
    if lone and s == e:  # a character the HMM joins to a neighbour is part of a word jieba lacks (奖补, 基药)
        lone &= {lo + a for a, b in _spans(text[lo:hi], hmm=True) if b - a == 1}
    if s == e and any(a == lo or a == hi - 1 for a in lone):
        return set()
    return lone


def _support(text: str, s: int, e: int, ins: str, lone: set[int]) -> float | None:
    """How much better the right form reads by jieba's best route (natural log), where it takes a lone
    character of the written form, with what it puts there, into one word (消|通道 -> 消防|通道); else None.
    A route over one character more is less likely for that alone: a lost character put back needs the
    word it makes, not a better route. Local: it reads a few characters around the edit only."""
    from .split_typos import route

    lo, hi = _run(text, s, e)
    written, right = text[lo:hi], text[lo:s] + ins + text[e:hi]
    shift = len(ins) - (e - s)
    placed = {a - lo if a < s else a - lo + shift for a in lone if not s <= a < e} | set(range(s - lo, s - lo + len(ins)))
    # an added character taken out leaves nothing to join: it was the lone one
    joined = not ins or any(b - a > 1 and any(a <= x < b for x in placed) for a, b in _spans(right))
    if not joined:
        return None
    return route(right) - route(written)


def _own_term(text: str, g: int, ch: str, lone: set[int]) -> bool:
    """Whether the lone neighbour of a lost character is part of a term of the text's own that the
    segmenter does not know: the text keeps writing it beside its other neighbour, outside the right
    form (自|评 of 自评工作 is no 评价 cut short)."""
    a = next(iter(lone))
    pair, fuller = (text[a - 1:a + 1], text[a - 1:a + 1] + ch) if a == g - 1 else (text[a:a + 2], ch + text[a:a + 2])
    return text.count(pair) - text.count(fuller) >= SEEN_MIN


def find(text: str, rules: Optional[Policy] = None) -> list[Variant]:
    """Each span written a character off from a phrase the text writes the other way at least twice;
    ``rules``: the policy to apply (default: glossary/text_variants.yaml)."""
    rules = rules or policy()
    found: list[tuple[int, float, Variant]] = []
    for s, e, ins, lone in _edits(text):
        if _optional(text, s, e, ins, rules):
            continue
        if s == e and all(text[a] in rules.particles for a in lone):
            continue  # 幼儿的 beside 幼儿园的: the lone one is a particle, alone in either reading
        # the local tests first; those that search the text after
        support = _support(text, s, e, ins, lone)
        if support is None or (support <= 0 and s != e) or (s == e and _own_term(text, s, ins, lone)):
            continue
        grown = _grow(text, s, e, ins)
        if not grown:
            continue
        written, right, lo, hi = grown
        if not _seen(text, written) and not freq(written):
            found.append((-len(right), -support, Variant(lo, hi, written, right, support)))
    kept: list[Variant] = []
    for _, _, v in sorted(found):  # the fullest, best supported reading first
        if not any(k.start < v.end and v.start < k.end for k in kept):
            kept.append(v)
    # A right form widened to whole words that the text never writes, nor the dictionary knows, is no form of
    # the writer's: the written words are others (城管委, the short name of the 城市管理执法委员会 it names in
    # full, read as 城市管 + 委), and 城市管委 would be offered as what the text writes elsewhere.
    widened = (_whole_words(text, v) for v in kept)
    return sorted(w for w in widened if w.right in text or freq(w.right))


def _whole_words(text: str, v: Variant) -> Variant:
    """The variant widened to the words its ends cut (旗乡…部门 -> 红旗乡…部门概况), for the message."""
    lo, hi = _run(text, v.start, v.end)
    spans = _spans(text[lo:hi])
    start = next((lo + a for a, b in spans if lo + a <= v.start < lo + b), v.start)
    end = next((lo + b for a, b in spans if lo + a < v.end <= lo + b), v.end)
    return v._replace(start=start, end=end, written=text[start:end],
                      right=text[start:v.start] + v.right + text[v.end:end])
