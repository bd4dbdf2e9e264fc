"""A frequent word with one character swapped for a same-sound or look-alike one: W016's detector.

The candidates come from gen.check.typo_index, which finds, in one
vectorised pass and without segmenting the text, every two- or
three-character form that is a one-character misspelling of a frequent word
(依具 for 依据, 宜传 for 宣传, 数援 for 救援). Most such forms in a real report
are no slip: the end of one word and the start of the next (财政|拨款 holds
no misspelling, but 收不|抵支 looks like 抵制), a name (梅苑路, 非遗处), a
document issuer (财建〔2022〕), or a word newer than jieba's dictionary
(抗疫, 智造). So a hit stands only when all of these hold:

- the written form occurs once in the text (names and abbreviations recur; a
  slip seldom does) and is no word the segmenter knows (the glossary's
  words included), nor one of the newer words in glossary/recent_words.txt;
- no figure touches it (剂次 after a number), it is no productive pattern
  (应养尽养), and it does not open a unit or place name (a name suffix such as
  处, 股, 路, 镇 ends it or follows it), a document issuer (…〔2023〕), or a
  short item of a 、-list (莲华、红云);
- the best segmentation (jieba's DAG route) of the clause around it becomes
  much likelier with the word restored (``DELTA_MIN``, natural log).
- a form that lost a character (gen.check.long_typos: 齐心协 for 齐心协力)
  stands inside one line and one table cell, and no dictionary word runs
  across its edges (施工者 holds 工者, 工作者 without 作, as 施工 | 者): a
  lost character leaves its neighbours strangers to the form.

Where two hits overlap (急数 and 数援), the one the context supports more is kept.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Optional

from ..core import regex_cache
from ..core.errors import UserError
from ..core.glossary_user import per_glossary
from ..core.text_pairs import han_run_edges
from . import long_typos, side_typos, typo_index
from .confusion import confusions, data_lines, freq
from ..core.han import is_han

# How much likelier the restored clause must read (log of the ratio of best-route probabilities).
DELTA_MIN = 8.0
# A word spelled right this often elsewhere in the text is evidence that it was meant; the support
# its reading then needs. Same-side slips (gen.check.side_typos) stand on that evidence only.
SPELT_MIN = 2
SPELT_DELTA_MIN = 7.0
CONTEXT = 4  # Chinese characters on each side that the route is computed over
RECENT_FILE = "recent_words.txt"
# Productive patterns whose middle character is no slip: 应收尽收, 应养尽养.
PRODUCTIVE = regex_cache.compile(r"应(.)尽\1")
_DIGIT_NEAR = regex_cache.compile(r"[0-9０-９一二三四五六七八九十百千万两几]")
# Characters that end a unit's or a place's name (财务处, 医政股, 梅苑路, 翟店镇).
NAME_SUFFIX = frozenset("路街巷村镇乡县处股科室部院局所站队厅")
# A document issuer's abbreviation runs up to the bracketed year of a document number (财建〔2022〕),
# through a bracketed sub-issuer where one is named (公警保（财）〔2018〕).
DOCNO_AFTER = regex_cache.compile(r"[\u4e00-\u9fff]{0,6}(?:[(（][\u4e00-\u9fff]{1,2}[)）])?[〔［\[【﹝(（]\s*(?:19|20)\d{2}")
_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")
_LIST_MARK = "、"
LIST_ITEM_MAX = 4  # a 、-list item this short is a name (莲华、红云), not a clause


@lru_cache(maxsize=1)
def recent_words() -> tuple[str, ...]:
    """Words reports use that jieba's dictionary lacks (glossary/recent_words.txt)."""
    words = []
    for n, line in data_lines(RECENT_FILE):
        word = line.strip()
        if len(word) < 2 or " " in word:
            raise UserError(f"词库文件 {RECENT_FILE} 第{n}行格式有误：每行应为一个词（至少两个字）。")
        words.append(word)
    return tuple(words)


@lru_cache(maxsize=1)
def _listing() -> tuple[str, list[int], str]:
    """Every character's sound and look-alike lists joined in one string, where each character's part of it
    starts (the end last), and the characters in that order: the sets read backwards by a search of the string.

    Turning the lists into a map from each listed character to the characters that list it was a loop over
    some 73,000 entries (~13 ms of every cold check) for the hundred characters a report's candidates hold;
    a character is found in the joined string by the string's own search (a memchr-like scan)."""
    table = confusions()
    lists = [sound + shape for sound, shape in table.values()]
    return "".join(lists), list(accumulate(map(len, lists), initial=0)), "".join(table)


def _listed_by(ch: str) -> set[str]:
    """The characters whose sound or look-alike lists name ``ch``."""
    joined, starts, owners = _listing()
    out = set()
    find = joined.find
    at = find(ch)
    while at >= 0:
        out.add(owners[bisect_right(starts, at) - 1])  # the last list starting at or before it (empty ones skipped)
        at = find(ch, at + 1)
    return out


@lru_cache(maxsize=None)
def _meant_chars(ch: str) -> tuple[str, ...]:
    """Characters that may have been meant where ``ch`` is written: typo_index.written_for read
    backwards (its sound and shape sets, both ways round), one character at a time,
    so a cold check pays only for the characters it meets."""
    sound, shape = confusions().get(ch, ("", ""))
    return tuple(sorted(set(sound + shape) | _listed_by(ch)))


def meant(written: str) -> list[str]:
    """The frequent words ``written`` is a one-character misspelling of."""
    return list(_meant(written))


@per_glossary(maxsize=16384)
def _meant(written: str) -> tuple[str, ...]:
    """:func:`meant`, once per distinct form: the answer depends on the form, the confusion sets and
    the word frequencies (which hold the user's glossary words, hence per_glossary); reports repeat forms."""
    need = typo_index.MIN_FREQ.get(len(written), long_typos.QUAD_MIN_FREQ if len(written) == 4 else 1 << 62)
    domain = typo_index.domain_words()
    out = []
    for k, ch in enumerate(written):
        for alt in _meant_chars(ch):
            word = written[:k] + alt + written[k + 1:]
            if freq(word) >= need or word in domain:
                out.append(word)
    return tuple(out)


@per_glossary(maxsize=32768)
def route(text: str) -> float:
    """Log probability of jieba's best route through ``text``, once per distinct clause and process.

    It depends on the clause and the segmenter's words, which hold the user's
    glossary: the cache is dropped when the user's folder changes (per_glossary). The clauses
    around the candidates of one batch's reports repeat, as their wording does.
    """
    from .analyse import get_segmenter

    dt = get_segmenter().dt
    best: dict = {}
    dt.calc(text, dt.get_DAG(text), best)
    return best[0][0]


class _Runs:
    """The runs of Chinese characters of one text, found once for all its candidates (one vectorised pass:
    a report has tens of thousands of runs, and a regex pass building a span for each cost more than the rest)."""

    def __init__(self, text: str):
        starts, ends = han_run_edges(text)  # one vectorised pass (gen.core.text_pairs)
        self.starts = starts.tolist()
        self.ends = ends.tolist()
        self.text = text

    def around(self, s: int, e: int) -> tuple[int, int]:
        """The run of Chinese characters around ``text[s:e]``: from ``s`` back over the Chinese
        characters before it, from ``e`` on over those after it."""
        text = self.text
        lo = self.starts[bisect_right(self.starts, s - 1) - 1] if s > 0 and is_han(text[s - 1]) else s
        hi = self.ends[bisect_right(self.starts, e) - 1] if e < len(text) and is_han(text[e]) else e
        return lo, hi


def _named(text: str, s: int, e: int, runs: Optional[_Runs] = None) -> bool:
    """Whether the form is part of a name: a unit or place, a document issuer, a short list item.

    A form that ends in a name suffix and is a word ending in that suffix with an inner character lost
    (办室 for 办公室: 请与医疗保障局办室联系) is the word itself, cut, not the start of a name: it is judged."""
    if NAME_SUFFIX.intersection(text[e - 1:e + 2]) and not _suffix_word_cut(text, s, e):
        return True
    if DOCNO_AFTER.match(text, e):
        return True
    lo, hi = (runs or _Runs(text)).around(s, e)
    listed = text[lo - 1:lo] == _LIST_MARK or text[hi:hi + 1] == _LIST_MARK
    return listed and hi - lo <= LIST_ITEM_MAX


def _suffix_word_cut(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` ends in a name suffix that no name suffix follows and is a frequent word ending
    in that same suffix with an inner character lost (办室, 办公室): the suffix is the word's own."""
    last = text[e - 1]
    return (last in NAME_SUFFIX and not NAME_SUFFIX.intersection(text[e:e + 2])
            and any(w[-1] == last for w in typo_index.restored(text[s:e])))


@lru_cache(maxsize=1)
def _recent_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """recent_words() grouped by length, for :func:`_recent`."""
    by_len: dict[int, set[str]] = {}
    for word in recent_words():
        by_len.setdefault(len(word), set()).add(word)
    return tuple((n, frozenset(words)) for n, words in sorted(by_len.items()))


def _recent(text: str, s: int, e: int) -> bool:
    """Whether a recent word (glossary/recent_words.txt) occurs in ``text`` overlapping ``text[s:e]``.

    Each place such an occurrence can start is looked up in a set per word
    length (a few dozen lookups) instead of searching the text for every word.
    """
    for n, words in _recent_by_length():
        for at in range(max(0, s - n + 1), min(e, len(text) - n + 1)):
            if text[at:at + n] in words:
                return True
    return False


def recent_at(text: str, at: int) -> bool:
    """Whether one of the newer words jieba's dictionary lacks starts at ``at`` (加大|大数据: W002)."""
    return any(text.startswith(word, at) for word in recent_words() if word[0] == text[at:at + 1])


def _domain_slip(text: str, s: int, e: int, runs: Optional[_Runs] = None) -> bool:
    """Whether the form is part of a misspelt domain word (财政拔款), which W011 reports at warning."""
    lo, hi = (runs or _Runs(text)).around(s, e)
    return any(lo + start < e and s < lo + end for start, end in _domain_spans(text[lo:hi]))


@per_glossary(maxsize=8192)
def _domain_spans(run: str) -> tuple[tuple[int, int], ...]:
    """Spans of the misspelt domain words in one run of Chinese characters, once per distinct run."""
    from .domain_words import find as domain_misses

    return tuple((m.start, m.end) for m in domain_misses(run))


def _deltas(text: str, s: int, e: int, words: list[str]) -> list[tuple[float, str]]:
    """(support, word) for each word, best first: how much likelier the clause reads with it."""
    lo, hi = s, e
    while lo > 0 and s - lo < CONTEXT and is_han(text[lo - 1]):
        lo -= 1
    while hi < len(text) and hi - e < CONTEXT and is_han(text[hi]):
        hi += 1
    if not words:
        return []
    base = route(text[lo:hi])
    return sorted(((_restored_route(text[lo:s] + word + text[e:hi], word) - base, word) for word in words), reverse=True)


def _restored_route(clause: str, word: str) -> float:
    """:func:`route` of a clause with ``word`` restored; a domain word under the frequency floor counts
    at the floor's frequency (typo_index.raised), as if the segmenter had been given it as the glossary's words are."""
    frequency = freq(word)
    need = typo_index.raised(word, frequency)
    if need == frequency:
        return route(clause)
    from .analyse import get_segmenter

    dt = get_segmenter().dt
    table, logtotal = dt.FREQ, math.log(dt.total)
    dag, best = dt.get_DAG(clause), {len(clause): (0.0, 0)}
    for i in range(len(clause) - 1, -1, -1):  # jieba's Tokenizer.calc, with the one word's frequency raised
        best[i] = max((math.log((need if clause[i:j + 1] == word else table.get(clause[i:j + 1])) or 1)
                       - logtotal + best[j + 1][0], j) for j in dag[i])
    return best[0][0]


def _judged(text: str, s: int, e: int, written: str, indexed: bool) -> tuple[float, str] | None:
    """(support, word) for a hit that stands, else None. ``indexed``: the form is in the index of
    same-sound and look-alike misspellings; else it came from the side index alone.

    A slip is a one-off of a word the writer keeps using, so a word the text spells right at least
    ``SPELT_MIN`` times elsewhere is evidence of its own: with it a reading needs ``SPELT_DELTA_MIN``
    of support instead of ``DELTA_MIN`` (项自 among seven 项目). A same-side slip (支信 for 支付)
    needs that evidence: an abbreviation such as 迎检 or 维稳 is one side from a word the text never
    uses, or uses once in passing (凝心聚力 and 下定决心). The same evidence chooses between readings:
    减灭 reads as 歼灭 or, one side away, as 减灾, which the text uses twice more."""
    words = meant(written) + [w for w in typo_index.restored(written) if _lost_fits(text, s, e)] if indexed else []
    scored = _deltas(text, s, e, words)
    best = scored[0] if scored and scored[0][0] >= DELTA_MIN else None
    if len(written) == 2:
        side = side_typos.meant(written, typo_index.SIDE_MIN_FREQ, typo_index.domain_words())
        scored = sorted(scored + _deltas(text, s, e, [w for w in side if w not in words]), reverse=True)
    # Counting a word's uses costs a pass over the text: only for the readings strong enough to need it.
    return next((h for h in scored if h[0] >= SPELT_DELTA_MIN and text.count(h[1]) >= SPELT_MIN), best)


_BOUNDARY = frozenset("\n\r\t|\u3000 ")


def _lost_fits(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` may be a word that lost a character: it stands inside a line and a cell, and
    no dictionary word runs across either of its edges (a form such as 防期 is also the end of one word
    and the start of the next, where its neighbours make words with it: 预防|期间, 国防期刊)."""
    if s == 0 or e >= len(text) or text[s - 1] in _BOUNDARY or text[e] in _BOUNDARY:
        return False
    for edge in (s, e):
        for i in range(max(0, edge - 3), edge):
            for j in range(edge + 1, min(len(text), edge + 3) + 1):
                if j - i >= 2 and (i < s or j > e) and freq(text[i:j]):
                    return False
    return True


def find(text: str, known: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, written, word) for each confirmed misspelling; spans in ``known`` are never judged."""
    found = []
    runs = _Runs(text)
    indexed = typo_index.find(text)
    candidates = dict(indexed)
    for written, at in side_typos.find(text, typo_index.side_codes()).items():
        if not freq(written):  # most side hits are the words themselves
            candidates.setdefault(written, at)
    for written, (s, count) in sorted(candidates.items()):
        if count != 1 or freq(written):
            continue  # a form that recurs is a name or an abbreviation; a known word is no slip
        e = s + len(written)
        if any(lo < e and s < hi for lo, hi in known) or _DIGIT_NEAR.search(text[max(0, s - 1):e + 1]):
            continue
        if PRODUCTIVE.search(text[max(0, s - 2):e + 2]) or _named(text, s, e, runs) or _recent(text, s, e):
            continue
        if _domain_slip(text, s, e, runs):
            continue  # W011 reports it, as a misspelt domain word
        best = _judged(text, s, e, written, written in indexed)
        if best:
            found.append((best[0], s, e, written, best[1]))
    kept: list[tuple[int, int, str, str]] = []
    # The best supported first (to six places: two readings of one clause tie up to float noise, which
    # the word list's other entries move); of two that restore the same clause, the longer (脚踏实第 before
    # 实第: it names the word meant), then the one whose word is commoner (数援 before 急数: 救援 before
    # 急救), then the first.
    for _, s, e, written, word in sorted(found, key=lambda h: (-round(h[0], 6), h[1] - h[2], -freq(h[4]), h[1])):
        if not any(lo < e and s < hi for lo, hi, _, _ in kept):
            kept.append((s, e, written, word))
    return sorted(kept)
