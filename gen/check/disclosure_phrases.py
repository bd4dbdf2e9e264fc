"""The standard wording of the 政府信息公开工作年度报告, found written one character off (rule W044).

Every body's report repeats the same phrases of the format (国办公开办函〔2021〕30号) and of the 条例: 本报告中所列
数据的统计期限…, 除特别说明外, 收到和处理政府信息公开申请情况, the rows of the application table. Copied thousands of
times, a phrase that lost, gained or changed one character (本报告中列数据, 除特别说明的外, 国办公开函) is a slip a
reader sees at once; a list of each slip would never end, so the phrases are data (glossary/disclosure_phrases.yaml)
and the slips are derived: a span one edit away from a phrase, the edit inside it (the phrase's first and last
characters stand: a lost edge is the next word's start, 报告中所列数据 inside 本报告中所列数据), the edited character
a Han one (a line break, a space or a bracket of the page is not a slip of wording), the span no accepted wording
of the phrase (``accept``: 除特别注明外, 存在的主要问题和改进情况).

Cost: each phrase's two halves are found with str.find (an edit leaves one half whole), and only the few spans at
such an anchor are compared, so the pass is linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from ..core.datafile import DataFileError, read_yaml_file
from ..core.han import is_han
from ..core.text_pairs import first_positions
from ..core.resources import data_dir

FILE = "disclosure_phrases.yaml"
LONG = 10  # a phrase this long is read in any text: no other wording lies one edit from it
WORD_LOST = 9  # a phrase this long is read for a whole two-character word lost inside it (收到和处理政府信息申请情况)
CUT_REST = 6  # a sentence opening on a phrase's rest this long, its first two characters lost (告的电子版可在)
# Modifiers whose loss leaves an accepted shorter wording (收到信息公开申请, 如对本报告有疑问, 存在的问题及改进情况):
# 信息公开 is the usual short of 政府信息公开, and 任何, 主要, 继续, 相关 only stress. No lost word, these.
DROPPABLE = frozenset({"政府", "任何", "主要", "继续", "相关"})
# A phrase shorter than this, asked for swaps, is searched for its swapped forms themselves (_swap_anchored); a longer
# one keeps its first three characters or a half whole under any swap but the first and is reached by _anchored.
SWAP_ANCHOR_MAX = 8
KINDS = ("lost", "added", "changed")  # the edits read in every phrase unless its entry names its own (``edits``)


@dataclass(frozen=True)
class Phrase:
    text: str
    accept: tuple[str, ...]  # other wordings one edit away that are right
    flag: tuple[str, ...]
    keep: tuple[str, ...]
    edits: tuple[str, ...] = KINDS  # the kinds of slip read in it; a long phrase adds lost2, swapped and cut


@dataclass(frozen=True)
class Slip:
    start: int
    end: int
    phrase: str
    kind: str  # lost / added / changed; lost2 (a two-character word), swapped (two such words), cut (the head)
    char: str  # the character(s) lost or added, or the one(s) written for the phrase's
    meant: str  # the phrase's character that a changed one stands for ("" when lost or added)
    at: int  # the edit's offset in the span


def edit(written: str, phrase: str) -> Optional[tuple[str, int, str]]:
    """(kind, position, character) when ``written`` is ``phrase`` with one character inside it (not its first nor
    its last) lost (a Han character or a list's 、), added or changed to another Han character; else None."""
    n, m = len(written), len(phrase)
    k = 0
    while k < min(n, m) and written[k] == phrase[k]:
        k += 1
    if n == m and k < m and written[k + 1:] == phrase[k + 1:] and 0 < k < m - 1 and is_han(written[k]):
        return "changed", k, written[k]
    # a list's 、 lost between two items of the phrase (申请行政复议提起行政诉讼) is read as a lost character
    if n == m - 1 and written[k:] == phrase[k + 1:] and 0 < k < m - 1 and (is_han(phrase[k]) or phrase[k] == "、"):
        return "lost", k, phrase[k]
    if n == m + 1 and written[k + 1:] == phrase[k:] and 0 < k < m and is_han(written[k]):
        return "added", k, written[k]
    if (n == m - 2 and written[k:] == phrase[k + 2:] and 0 < k < m - 2 and all(map(is_han, phrase[k:k + 2]))
            and phrase[k:k + 2] not in DROPPABLE):
        return "lost2", k, phrase[k:k + 2]
    if (n == m and 0 < k <= m - 4 and written[k:k + 4] == phrase[k + 2:k + 4] + phrase[k:k + 2]
            and written[k + 4:] == phrase[k + 4:] and phrase[k:k + 2] != phrase[k + 2:k + 4]):
        return "swapped", k, written[k:k + 4]
    return None


def _cut_heads(text: str, phrase: "Phrase") -> Iterator[tuple[int, int, str]]:
    """(start, end, head) where a sentence opens on the phrase short of its first two characters, the cut splitting
    a word (本报|告的电子版可在: 报告 is a word, 告的 none): the writer's head was lost, the rest is no wording of its own."""
    from .confusion import freq

    for form in (phrase.text, *phrase.accept):
        if len(form) < CUT_REST + 2 or freq(form[1:3]) == 0 or freq(form[2:4]) > 0:
            continue
        rest = form[2:]
        for i in _offsets(text, rest):
            j = i
            while j > 0 and text[j - 1] in " \t\u3000":
                j -= 1
            wrapped = j > 0 and text[j - 1] == "\n" and text[max(0, j - 8):j - 1].rstrip().endswith(form[:2])
            if (j == 0 or text[j - 1] in _SENTENCE_ENDS) and not wrapped:  # 本报\n告…: a cell wrapped, nothing lost
                yield i, i + len(rest), form[:2]


_SENTENCE_ENDS = frozenset("。！？；;!?\n")


def _anchored(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Spans of len(phrase)-1 … +1 that start with the phrase's first half or end with its second half.

    Each half's offsets come from gen.core.text_pairs (a long text's sorted pairs, read by bisection): the
    halves of the sixty-odd phrases mostly stand nowhere in a report, and a search that finds nothing reads
    the whole text (10 ms of a 200,000-character check). The same offsets, overlapping ones too."""
    half = len(phrase) // 2
    head, tail = phrase[:half], phrase[half:]
    for i in _offsets(text, head):
        for size in (len(phrase) - 2, len(phrase) - 1, len(phrase), len(phrase) + 1):
            yield i, i + size
    for j in _offsets(text, tail):
        end = j + len(tail)
        for size in (len(phrase) - 2, len(phrase) - 1, len(phrase), len(phrase) + 1):
            if end - size >= 0:
                yield end - size, end
    # a two-character word lost or two swapped across the middle leave neither half whole: the first three stand
    for k in _offsets(text, phrase[:3]) if len(phrase) >= 8 else ():
        yield k, k + len(phrase) - 2
        yield k, k + len(phrase)


def _swap_anchored(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Spans of each form of the phrase with two of its two-character words swapped. A short phrase swapped just
    after its first character (依公开申请 for 依申请公开) keeps neither half whole, so _anchored cannot reach it; only
    the short phrases whose entry asks for swaps are searched this way (a few str.find each)."""
    for k in range(1, len(phrase) - 3):
        form = phrase[:k] + phrase[k + 2:k + 4] + phrase[k:k + 2] + phrase[k + 4:]
        for i in _offsets(text, form):
            yield i, i + len(phrase)


def _offsets(text: str, word: str) -> list[int]:
    """Every offset of ``word`` in ``text``, overlapping ones too, in order (``str.find`` one after another)."""
    return first_positions(text, word, len(text) + 1)


def _accepted(text: str, s: int, e: int, phrase: Phrase) -> bool:
    """The span is, or lies in, the phrase itself or one of its accepted wordings."""
    for form in (phrase.text, *phrase.accept):
        lo = max(0, s - len(form))
        i = text.find(form, lo, e + len(form))
        while i >= 0:
            if i < e and i + len(form) > s:
                return True
            i = text.find(form, i + 1, e + len(form))
    return False


def slips(text: str, phrases: tuple[Phrase, ...], any_text: bool = True) -> list[Slip]:
    """The spans one edit away from a standard phrase (only the long ones unless ``any_text``)."""
    out: dict[tuple[int, int], Slip] = {}
    for phrase in phrases:
        if not any_text and len(phrase.text) < LONG:
            continue
        spans = set(_anchored(text, phrase.text))
        if "swapped" in phrase.edits and len(phrase.text) < SWAP_ANCHOR_MAX:
            spans.update(_swap_anchored(text, phrase.text))
        for s, e in spans:
            if e > len(text) or (s, e) in out:
                continue
            found = edit(text[s:e], phrase.text)
            if found and found[0] not in _kinds(phrase):
                continue
            if found and not _accepted(text, s, e, phrase):
                meant = {"changed": phrase.text[found[1]], "swapped": phrase.text[found[1]:found[1] + 4]}.get(found[0], "")
                out[(s, e)] = Slip(s, e, phrase.text, found[0], found[2], meant, found[1])
        if "cut" in _kinds(phrase):
            for s, e, head in _cut_heads(text, phrase):
                out.setdefault((s, e), Slip(s, e, phrase.text, "cut", head, "", 0))
    # one slip per place: of overlapping spans keep the first (a changed reading and a lost one of the same slip)
    kept: list[Slip] = []
    for slip in sorted(out.values(), key=lambda x: (x.start, x.end)):
        if kept and slip.start < kept[-1].end:
            continue
        kept.append(slip)
    return kept


def _kinds(phrase: Phrase) -> tuple[str, ...]:
    """The edits read in the phrase: its own list, or one character for any phrase and, in a long one, a whole
    two-character word lost or two swapped, and its head lost at a sentence's start (a specific slip only there)."""
    if phrase.edits is not KINDS:
        return phrase.edits
    return KINDS + ("lost2", "swapped", "cut") if len(phrase.text) >= WORD_LOST else KINDS


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    """The phrases, each proved at load by its own examples: every flag sentence has a slip of that phrase, and no
    keep sentence has one, so an entry that would not work fails here, not silently."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    if not isinstance(doc, dict) or not isinstance(doc.get("phrases"), list):
        raise DataFileError(f"{FILE}：应包含 source 和 phrases")
    out = []
    for item in doc["phrases"]:
        p = Phrase(str(item["phrase"]), tuple(map(str, item.get("accept") or ())),
                   tuple(map(str, item.get("flag") or ())), tuple(map(str, item.get("keep") or ())),
                   tuple(map(str, item["edits"])) if item.get("edits") else KINDS)
        if len(p.text) < 5 or not p.flag or not p.keep:
            raise DataFileError(f"{FILE}：“{p.text}”应至少5个字，并附 flag 和 keep 例句")
        for sentence in p.flag:
            if not any(x.phrase == p.text for x in slips(sentence, (p,))):
                raise DataFileError(f"{FILE}：“{p.text}”的 flag 例句没有被认出：{sentence}")
        for sentence in p.keep:
            if slips(sentence, (p,)):
                raise DataFileError(f"{FILE}：“{p.text}”的 keep 例句被误报：{sentence}")
        out.append(p)
    return tuple(out)
