"""The 政府信息公开工作年度报告's own frame sentences and headers gone wrong (read by W044).

Every such report opens by naming its parts in one sentence, on the format's words (国办公开办函〔2021〕30号):
"本报告由总体情况、主动公开政府信息情况、……、其他需要报告的事项六个部分组成". Writers retyping it break it in a
few ways that recur from bureau to bureau:

- the two frames mixed: "本报告包括……等部分组成" (包括 lists, 组成 needs 由);
- the predicate lost: "本年报由……其他需要报告的事项等6项内容。" (由 with no 组成), or the sentence ending on the last
  part's name ("本报告由概述、……、行政诉讼情况。": the count and 组成 both lost);
- the count lost: "其他需要报告的事项个部分" (a measure word with no numeral);
- a part typed twice, the first time cut: "因政府信息公开工作被申请行政复议、因政府信息公开工作被申请行政复议和
  提起行政诉讼情况".

- a part named without its 情况 where the other parts carry it ("主动公开政府信息情况，收到和处理政府信息公开申请，
  政府信息公开行政复议、行政诉讼情况"): the format's title cut, not another wording, since its siblings are whole.

The format's sentence on reviews and suits names each with its verb: 因政府信息公开被申请行政复议、提起行政诉讼. Where
提起 stands before 行政诉讼 and 行政复议 has none (未因信息公开行政复议和提起行政诉讼), the first verb was lost.

The format's table of 主动公开 heads its columns 本年制发件数, 本年废止件数 and 现行有效件数; a header that lost its
数 (现行有效件) is a cut cell. (转结 for 结转, the applications carried over, is W001's: glossary/typos.yaml 转结-结转,
read in any report.)

The format's own text left as it stands, or cut: the 2019 table's column 本年增/减 cut to 本年增/, a 数量 column cut
before its last word (本年新 for 本年新制作数量, twice over the two columns); the format's choice
本行政区域（或本部门） written out whole, where the body should keep the one that is it; a year glued before that
heading (2020年本行政区域…) other than the report's. And a part's heading run into its first sentence
(主动公开政府信息情况某县林业局2023年共发布…): a heading of the format at a line's start, then at once a year or the
body's name that opens a sentence — the line break (or the heading's number) between them lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..core import regex_cache
from . import disclosure_report as dr

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
# The sentence ends on the last part's own name (……、行政诉讼情况。): the count and 组成 both lost after it.
_ENDS_ON_PART = regex_cache.compile(r"(?:情况|事项|措施)[ \t]{0,2}$")
# A measure word with no numeral before it, after the last part's name (的事项个部分).
_COUNT_LOST = regex_cache.compile(r"(?<=[项况])个(?:部分|方面)")
_ITEM_SPLIT = regex_cache.compile(r"[、，,；;]")
ITEM_MIN = 6  # characters of an item that, cut, opens the next

# The format's headers that end in 件数 cut of their 数 (a figure may follow the cut cell), and those that end in 数量
# cut of their 量 — read only as a cell, alone up to the line's end (本年处理决定数为0 is a sentence).
_HEADER_CUT = regex_cache.compile(
    r"(?:本年制发|本年废止|现行有效)件(?![数\u4e00-\u9fff])"
    r"|(?:本年处理决定|本年新收政府信息公开申请|上年结转政府信息公开申请)数(?=[ \t\u3000]{0,4}(?:\n|$))")


# The format's column cut after its slash; the format's choice of subject left whole; a year glued before it.
_SLASH_CUT = regex_cache.compile(r"本年增/(?![ \t\n\u3000]{0,4}减)")
_CHOICE_LEFT = regex_cache.compile(r"本行政区域[(（]或本部门[)）]")
_TABLE_YEAR = regex_cache.compile(r"((?:19|20)\d\d)年(?=本(?:行政区域|部门)(?:[(（]或本部门[)）])?[\u4e00-\u9fff]{0,6}政府信息公开)")


@lru_cache(maxsize=1)
def _heading_run_in() -> re.Pattern:
    """A part's heading at a line's start, its sentence's opening (a year, the body's name, 本局) glued on; the
    titles are the format's own (glossary/disclosure_report.yaml), all but 总体情况, which a sentence may open with."""
    titles = "|".join(re.escape(title) for title, _ in dr.fmt().parts[1:])
    return regex_cache.compile(
        r"(?m)^[ \t\u3000]{0,4}(?:[(（][一二三四五六七八九十][)）]|[一二三四五六七八九十]、)?[ \t]{0,2}"
        rf"({titles})(?=(?:19|20)\d\d年|[本我](?:局|委|办|单位|机关|部门)"
        r"|[\u4e00-\u9fff]{1,8}?[县市区旗州][\u4e00-\u9fff]{1,10}?(?:局|委员会|办公室|政府)(?:19|20)\d\d年)")


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


def _part_without_qingkuang(text: str, s: int, e: int) -> Iterator[FrameSlip]:
    """An item that is a part's title of the format short of its closing 情况, beside items that end in 情况."""
    cut = {title[:-2]: title for title, _ in dr.fmt().parts if title.endswith("情况") and len(title) > 6}
    items, pos = [], s
    for m in _ITEM_SPLIT.finditer(text, s, e):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, e))
    whole = sum(text[a:b].endswith("情况") for a, b in items)
    if whole < 2:
        return  # the writer's own habit of naming the parts, not one cut
    for a, b in items:
        item = text[a:b].strip()
        if item in cut:
            yield FrameSlip(a, b, f"报告组成部分“{item}”漏了“情况”，与其他部分不一致，应为“{cut[item]}”。", cut[item])


# 因政府信息公开行政复议和提起行政诉讼: the second member carries its verb, the first lost 申请 (or 被申请).
_REVIEW_VERB_LOST = regex_cache.compile(
    r"因(?:政府)?信息公开(?:工作)?(行政复议)(?=[、和及或与]提起行政诉讼)")


def _template_slips(text: str, year: int | None) -> Iterator[FrameSlip]:
    for m in _SLASH_CUT.finditer(text):
        yield FrameSlip(m.start(), m.end(), "表头“本年增/”缺“减”字，年度报告格式的栏目为“本年增/减”。", "本年增/减")
    for m in _CHOICE_LEFT.finditer(text):
        yield FrameSlip(m.start(), m.end(), f"“{m.group()}”是格式中供选择的写法，应按报告主体只保留“本行政区域”或“本部门”。", None)
    for m in _TABLE_YEAR.finditer(text):
        if year and int(m.group(1)) != year:
            yield FrameSlip(m.start(), m.end(), f"本报告为{year}年度，表中“{m.group()}”的年份不符，应为“{year}年”。", f"{year}年")
    for m in _heading_run_in().finditer(text):
        yield FrameSlip(m.start(1), m.end(1), f"标题“{m.group(1)}”与下文连在一起，标题后应换行（或补上标题序号）。", None)


# The format's column headers of the 主动公开 table ending in 数量 (2019 and 2021 formats), and a cell that holds only
# the head of one, cut before its last word (本年新 for 本年新制作数量 and 本年新公开数量, 对外公开 for 对外公开总数量).
_COLUMNS = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "处理决定数量", "本年收费金额")
_CUT_CELL = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(本年新(?:制作|公开)?|对外公开总?|上一年项目|处理决定|本年收费)[ \t\u3000]{0,2}(?:\|[ \t|]{0,8})?$")
CUT_PAGE = 40  # characters that must follow a cut cell: a page cut off there lost the rest with it, no cell


def _cut_cells(text: str) -> Iterator[FrameSlip]:
    """A header cell of the format's table cut short (本年新 |, twice, where 本年新制作数量 and 本年新公开数量 stand). Not a
    cell wrapped onto the next line (本年新 / 制作数量, a PDF's or a page's layout), nor the page's last lines."""
    for m in _CUT_CELL.finditer(text):
        head = m.group(1)
        rest = text[m.end():].lstrip(" \t\u3000|\n")
        if len(rest) < CUT_PAGE or any(rest.startswith(c[len(head):len(head) + 2]) for c in _COLUMNS if c.startswith(head)):
            continue
        whole = "”“".join(c for c in _COLUMNS if c.startswith(head))
        yield FrameSlip(m.start(1), m.end(1), f"表头“{head}”不完整，年度报告格式的栏目为“{whole}”，应补全。", None)


def slips(text: str, year: int | None = None) -> Iterator[FrameSlip]:
    """The frame's slips in a text that is such a report (year: the report's, for the table's year)."""
    yield from _template_slips(text, year)
    if "本年新" in text or "对外公开" in text or "上一年项目" in text or "处理决定" in text or "本年收费" in text:
        yield from _cut_cells(text)
    for s, e, verb in _parts_sentences(text):
        sentence = text[s:e]
        has_predicate = _PREDICATE.search(sentence) is not None
        if verb != "由" and has_predicate:
            p = _PREDICATE.search(text, s, e)
            yield FrameSlip(s, p.end(), f"“{verb}……{p.group()}”句式杂糅：应为“由……{p.group()}”，或“{verb}……等部分”。", None)
        elif verb == "由" and not has_predicate and _ENDS_ON_COUNT.search(sentence) and _parts_follow(text, s, e):
            yield FrameSlip(max(s, e - 12), e, "“由……等N项内容”缺少谓语，应为“由……组成”。", None)
        elif verb == "由" and not has_predicate and _ENDS_ON_PART.search(sentence) and _parts_follow(text, s, e):
            yield FrameSlip(max(s, e - 12), e, "“由……”列完组成部分后缺少谓语，应为“由……等N个部分组成”。", None)
        for m in _COUNT_LOST.finditer(text, s, e):
            yield FrameSlip(max(s, m.start() - 4), m.end(), f"“{m.group()}”前缺少数目（如“六个部分”）。", None)
        yield from _repeated_item(text, s, e)
        yield from _part_without_qingkuang(text, s, e)
    for m in _REVIEW_VERB_LOST.finditer(text):
        yield FrameSlip(m.start(1), m.end(1), "“行政复议”前漏了动词：与后文“提起行政诉讼”并列，应为“被申请行政复议”"
                        "（或“申请行政复议”）。", "被申请行政复议")
    for m in _HEADER_CUT.finditer(text):
        lost = "量" if m.group().endswith("数") else "数"
        yield FrameSlip(m.start(), m.end(), f"表头“{m.group()}”缺“{lost}”字，年度报告格式的栏目为“{m.group()}{lost}”。",
                        m.group() + lost)
