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
from ..core.resources import data_dir

FILE = "disclosure_phrases.yaml"
LONG = 10  # a phrase this long is read in any text: no other wording lies one edit from it


@dataclass(frozen=True)
class Phrase:
    text: str
    accept: tuple[str, ...]  # other wordings one edit away that are right
    flag: tuple[str, ...]
    keep: tuple[str, ...]


@dataclass(frozen=True)
class Slip:
    start: int
    end: int
    phrase: str
    kind: str  # lost / added / changed
    char: str  # the character lost or added, or the one written for the phrase's
    meant: str  # the phrase's character that a changed one stands for ("" when lost or added)
    at: int  # the edit's offset in the span


def edit(written: str, phrase: str) -> Optional[tuple[str, int, str]]:
    """(kind, position, character) when ``written`` is ``phrase`` with one character inside it (not its first nor
    its last) lost, added or changed to another Han character; else None."""
    n, m = len(written), len(phrase)
    k = 0
    while k < min(n, m) and written[k] == phrase[k]:
        k += 1
    if n == m and k < m and written[k + 1:] == phrase[k + 1:] and 0 < k < m - 1 and is_han(written[k]):
        return "changed", k, written[k]
    if n == m - 1 and written[k:] == phrase[k + 1:] and 0 < k < m - 1 and is_han(phrase[k]):
        return "lost", k, phrase[k]
    if n == m + 1 and written[k + 1:] == phrase[k:] and 0 < k < m and is_han(written[k]):
        return "added", k, written[k]
    return None


def _anchored(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Spans of len(phrase)-1 … +1 that start with the phrase's first half or end with its second half."""
    half = len(phrase) // 2
    head, tail = phrase[:half], phrase[half:]
    i = text.find(head)
    while i >= 0:
        for size in (len(phrase) - 1, len(phrase), len(phrase) + 1):
            yield i, i + size
        i = text.find(head, i + 1)
    j = text.find(tail)
    while j >= 0:
        end = j + len(tail)
        for size in (len(phrase) - 1, len(phrase), len(phrase) + 1):
            if end - size >= 0:
                yield end - size, end
        j = text.find(tail, j + 1)


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
        for s, e in set(_anchored(text, phrase.text)):
            if e > len(text) or (s, e) in out:
                continue
            found = edit(text[s:e], phrase.text)
            if found and not _accepted(text, s, e, phrase):
                meant = phrase.text[found[1]] if found[0] == "changed" else ""
                out[(s, e)] = Slip(s, e, phrase.text, found[0], found[2], meant, found[1])
    # one slip per place: of overlapping spans keep the first (a changed reading and a lost one of the same slip)
    kept: list[Slip] = []
    for slip in sorted(out.values(), key=lambda x: (x.start, x.end)):
        if kept and slip.start < kept[-1].end:
            continue
        kept.append(slip)
    return kept


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
                   tuple(map(str, item.get("flag") or ())), tuple(map(str, item.get("keep") or ())))
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
