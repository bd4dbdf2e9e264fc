"""The 政府信息公开工作年度报告's own frame sentences and headers gone wrong (read by W044).

Every such report opens by naming its parts in one sentence, on the format's words (国办公开办函〔2021〕30号):
"本报告由总体情况、主动公开政府信息情况、……、其他需要报告的事项六个部分组成". Writers retyping it break it in a
few ways that recur from bureau to bureau:

- the two frames mixed: "本报告包括……等部分组成" (包括 lists, 组成 needs 由);
- the predicate lost: "本年报由……其他需要报告的事项等6项内容。" (由 with no 组成);
- the count lost: "其他需要报告的事项个部分" (a measure word with no numeral);
- a part typed twice, the first time cut: "因政府信息公开工作被申请行政复议、因政府信息公开工作被申请行政复议和
  提起行政诉讼情况".

The format's table of 主动公开 heads its columns 本年制发件数, 本年废止件数 and 现行有效件数; a header that lost its
数 (现行有效件) is a cut cell. (转结 for 结转, the applications carried over, is W001's: glossary/typos.yaml 转结-结转,
read in any report.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..core import regex_cache

# The parts sentence: the report (全文, 本年报) and the frame verb, up to the sentence's end.
_PARTS_OPEN = regex_cache.compile(r"(?:本报告|本年报|本年度报告|全文|年度报告|报告)(由|包括|包含)")
SENTENCE_MAX = 400
_SENTENCE_END = regex_cache.compile(r"[。\n]")
# A parts sentence names the format's parts: two of these at least.
_PART_WORDS = ("总体情况", "主动公开", "依申请公开", "收到和处理", "行政复议", "存在的主要问题", "改进情况", "其他需要报告")
PART_WORDS_MIN = 2
_PREDICATE = regex_cache.compile(r"(?:组成|构成)")
# The sentence ends on its count of parts (等6项内容。, 六个部分。): the predicate would stand there.
_ENDS_ON_COUNT = regex_cache.compile(r"(?:[一二三四五六七八九十\d]{1,2}|几)(?:个|项)?(?:部分|方面|内容|项内容)[ \t]{0,2}$")
# A measure word with no numeral before it, after the last part's name (的事项个部分).
_COUNT_LOST = regex_cache.compile(r"(?<=[项况])个(?:部分|方面)")
_ITEM_SPLIT = regex_cache.compile(r"[、，,；;]")
ITEM_MIN = 6  # characters of an item that, cut, opens the next

# The format's headers that end in 件数 cut of their 数 (a figure may follow the cut cell), and those that end in 数量
# cut of their 量 — read only as a cell, alone up to the line's end (本年处理决定数为0 is a sentence).
_HEADER_CUT = regex_cache.compile(
    r"(?:本年制发|本年废止|现行有效)件(?![数\u4e00-\u9fff])"
    r"|(?:本年处理决定|本年新收政府信息公开申请|上年结转政府信息公开申请)数(?=[ \t\u3000]{0,4}(?:\n|$))")


@dataclass(frozen=True)
class FrameSlip:
    start: int
    end: int
    message: str
    suggestion: str | None


def _parts_sentences(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _PARTS_OPEN.finditer(text):
        end_m = _SENTENCE_END.search(text, m.end(), m.end() + SENTENCE_MAX)
        if not end_m:
            continue
        body = text[m.end():end_m.start()]
        if sum(w in body for w in _PART_WORDS) >= PART_WORDS_MIN:
            yield m.start(), end_m.start(), m.group(1)


# The words of a sentence whose 由 names its maker (本报告由某局编制，主要内容包含……六个部分): not the parts frame.
_MAKER = regex_cache.compile(r"编制|制作|汇总|包含|包括|分为")
PARTS_REACH = 20  # characters after 由 within which the first part is named (2022年度政府信息公开工作总体情况)


def _parts_follow(text: str, s: int, e: int) -> bool:
    """由 opens the list of parts (本年报由……总体情况), in a sentence that names no maker and no other frame."""
    at = text.index("由", s, e) + 1
    head = text[at:at + PARTS_REACH]
    return any(w in head for w in _PART_WORDS) and not _MAKER.search(text, at, e)


def _repeated_item(text: str, s: int, e: int) -> Iterator[FrameSlip]:
    """An item that, whole, opens the item after it: typed once, cut, and typed again."""
    pos, items = s, []
    for m in _ITEM_SPLIT.finditer(text, s, e):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, e))
    for (a, b), (c, d) in zip(items, items[1:]):
        item, nxt = text[a:b], text[c:d]
        if len(item) >= ITEM_MIN and len(nxt) > len(item) and nxt.startswith(item):
            yield FrameSlip(a, d, f"“{item}”与后一项“{nxt}”重复：报告组成部分列了两遍，前一项应删去。", None)


def slips(text: str) -> Iterator[FrameSlip]:
    """The frame's slips in a text that is such a report."""
    for s, e, verb in _parts_sentences(text):
        sentence = text[s:e]
        has_predicate = _PREDICATE.search(sentence) is not None
        if verb != "由" and has_predicate:
            p = _PREDICATE.search(text, s, e)
            yield FrameSlip(s, p.end(), f"“{verb}……{p.group()}”句式杂糅：应为“由……{p.group()}”，或“{verb}……等部分”。", None)
        elif verb == "由" and not has_predicate and _ENDS_ON_COUNT.search(sentence) and _parts_follow(text, s, e):
            yield FrameSlip(max(s, e - 12), e, "“由……等N项内容”缺少谓语，应为“由……组成”。", None)
        for m in _COUNT_LOST.finditer(text, s, e):
            yield FrameSlip(max(s, m.start() - 4), m.end(), f"“{m.group()}”前缺少数目（如“六个部分”）。", None)
        yield from _repeated_item(text, s, e)
    for m in _HEADER_CUT.finditer(text):
        lost = "量" if m.group().endswith("数") else "数"
        yield FrameSlip(m.start(), m.end(), f"表头“{m.group()}”缺“{lost}”字，年度报告格式的栏目为“{m.group()}{lost}”。",
                        m.group() + lost)
