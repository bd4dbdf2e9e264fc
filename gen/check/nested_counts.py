"""Two-level breakdowns of a count of published items: kinds, each with its own parts.

政府信息公开工作年度报告 break the year's published items down by column or kind and then break a kind down
again, in brackets after it or in a clause opened by 包含/包括 and closed by a semicolon::

    共公开各类政务信息122条，其中政务公开专栏74条（包括公开指南1条、……、其他12条），政府信息公开46条（包括……）
    总共公开政府信息352条，其中：政策文件类公开207条，包含事故调查类11条，……，其他类文件97条；工作动态公开145条；……

The flat reader (N072's) stops at such a nesting; this one reads both levels, so N076 can judge the kinds
against the total and each kind's parts against the kind. Only counts in 条 (published items); labels may
carry a year (2020年政府信息工作报告1条) or a hyphen (重点领域-安全生产26条). Anything that is no
``名称+条数`` ends the list: a clause in another unit (共收到建议提案4件) closes it, anything else within the
list (a figure in brackets that is no part, a stray word) gives up (None). The kinds are parted by one
kind of mark: a list run with 、 or ， ends at a semicolon (what follows is another count with its own 其中).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache

_PART = regex_cache.compile(
    r"((?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff“”‘’][\u4e00-\u9fff“”‘’、\-－—·]{0,24}?)(?:为|有|达|共)?\s{0,1}"
    r"(\d{1,6})\s{0,1}(条|件|个|篇|项|次|期|份)"
)
# A kind's own parts, in brackets right after it: （包括A1条、B2条）.
_BRACKET_OPEN = regex_cache.compile(r"\s{0,1}[（(]\s{0,1}(?:包括|包含|含|其中|内含|内有)?\s{0,1}[：:]?\s{0,1}")
# A kind's own parts in the clause after it: ，包含A11条，B95条；
_CLAUSE_OPEN = regex_cache.compile(r"\s{0,1}[，,]\s{0,1}(?:包括|包含|含|其中|内含|内有)\s{0,1}[：:，,]?\s{0,1}")
_SUB_SEP = regex_cache.compile(r"\s{0,1}[，,、]\s{0,1}")
_TOP_SEP = regex_cache.compile(r"\s{0,1}[，,、；;]\s{0,1}")
_END = regex_cache.compile(r"\s{0,1}(?:[。\n]|$)")
_OTHER = regex_cache.compile(r"[“\s]{0,2}其[他它余]")
MAX_PARTS = 30


@dataclass(frozen=True)
class Part:
    label: str
    count: int
    start: int
    end: int  # end of the part with its own parts
    subs: tuple["Part", ...] = ()
    head_end: int = 0  # end of the part's own label and count (before its parts)

    @property
    def other(self) -> bool:
        """Is this part the 其他 of its list (其他信息, 其他类文件)?"""
        return bool(_OTHER.match(self.label))


def _sub_list(text: str, pos: int, close: str) -> Optional[tuple[list[Part], int]]:
    """Parts from ``pos`` up to the closing mark (one of ``close``); None when anything else stands between."""
    subs: list[Part] = []
    while len(subs) < MAX_PARTS:
        m = _PART.match(text, pos)
        if not m or m.group(3) != "条":
            return None
        subs.append(Part(m.group(1), int(m.group(2)), m.start(), m.end()))
        pos = m.end()
        if pos < len(text) and text[pos] in close:
            return subs, pos
        sep = _SUB_SEP.match(text, pos)
        if not sep:
            # the clause form ends at a semicolon or the sentence's end; the bracket form only at its bracket
            if close != "）)" and (pos >= len(text) or _END.match(text, pos)):
                return subs, pos
            return None
        pos = sep.end()
    return None


def nested_list(text: str, pos: int) -> Optional[tuple[list[Part], int]]:
    """The kinds from ``pos`` (right after 其中) with their own parts, and where the list ends.

    None unless the list holds at least two kinds and one of them is broken down on its own.
    """
    kinds: list[Part] = []
    marks: list[str] = []  # the marks parting the kinds: one kind of mark in one list
    while len(kinds) < MAX_PARTS:
        m = _PART.match(text, pos)
        if not m:
            return None
        if m.group(3) != "条":
            if len(kinds) >= 2:
                break  # another matter in another unit (共收到建议提案4件): the list closed before it
            return None
        start, pos, subs = m.start(), m.end(), ()
        bracket = _BRACKET_OPEN.match(text, pos)
        clause = None if bracket else _CLAUSE_OPEN.match(text, pos)
        if bracket:
            got = _sub_list(text, bracket.end(), "）)")
            if got is None:
                return None
            subs, pos = tuple(got[0]), got[1] + 1
        elif clause:
            got = _sub_list(text, clause.end(), "；;。\n")
            if got is None:
                return None
            subs, pos = tuple(got[0]), got[1]
        kinds.append(Part(m.group(1), int(m.group(2)), start, pos, subs, m.end()))
        if _END.match(text, pos):
            break
        sep = _TOP_SEP.match(text, pos)
        if not sep:
            return None
        mark = sep.group().strip().replace(";", "；").replace(",", "，")
        if clause and mark != "；":
            return None  # after a clause of parts only a semicolon parts the kinds
        if marks and mark != marks[0]:
            break  # 镇街动态3条、通知公告5条；政策文件类信息4条: another mark parts other matters, the list is over
        marks.append(mark)
        pos = sep.end()
    if len(kinds) < 2 or not any(k.subs for k in kinds) or any(len(k.subs) == 1 for k in kinds):
        return None
    return kinds, kinds[-1].end


# A kind of documents counted in 件 (规范性文件11件) among kinds of published items counted in 条: the report counts
# documents as it counts them elsewhere, but they are items of the list all the same. The item next to it (either
# side, within the clause group) is in 条.
_DOC_COUNT = regex_cache.compile(r"文件\s{0,1}\d{1,5}\s{0,1}(件)")
_NEXT_IN_ITEMS = regex_cache.compile(r"\s{0,1}[；;，,、]\s{0,1}[^。；;，,、\d\n]{1,24}?\d{1,5}\s{0,1}条")
_PREV_IN_ITEMS = regex_cache.compile(r"\d\s{0,1}条\s{0,1}[；;，,、]\s{0,1}[^。；;，,、\d\n]{1,24}?$")
_PREV_REACH = 32


def documents_as_items(text: str) -> str:
    """``text`` with the 件 of a document kind listed among items in 条 read as 条 (one character for one, so every
    offset holds): "其中：发布工作信息421条；制定并发布规范性文件11件；发布统计信息2条" is one list of six kinds."""
    if "文件" not in text:
        return text
    chars = None
    for m in _DOC_COUNT.finditer(text):
        s = m.start()
        if _NEXT_IN_ITEMS.match(text, m.end()) or _PREV_IN_ITEMS.search(text[max(0, s - _PREV_REACH):s]):
            chars = chars or list(text)
            chars[m.start(1)] = "条"
    return text if chars is None else "".join(chars)
