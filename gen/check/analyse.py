"""The language analysis shared by the rules, built once per process.

Loading jieba's dictionary and building the spaCy pipeline costs about a second;
a multi-file check or a batch self-check must pay that once, not per file, hence
the ``lru_cache``. Rules reach all of this through :class:`CheckContext`
(``ctx.doc``, ``ctx.tokens``, ``ctx.headings``, ``ctx.places``,
``ctx.organisations``), lazily, so a rule that only needs regexes never loads
jieba or spaCy.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Sentence-final punctuation for spaCy's sentencizer (Chinese and Western).
SENTENCE_PUNCT = ["。", "！", "？", "!", "?", "；", ";", "…", "……", "\n"]


@lru_cache(maxsize=1)
def get_segmenter() -> Any:
    """The jieba module, quiet, with its dictionary loaded and glossary terms added."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    from ..glossary import segmenter_words

    for word in segmenter_words():
        jieba.add_word(word)
    return jieba


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """spaCy on a blank "zh" model with the jieba segmenter and a sentencizer."""
    get_segmenter()  # glossary words first: spaCy's tokenizer uses the same jieba module
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    nlp.max_length = 50_000_000  # a blank pipeline needs little memory; inputs are size-limited by read.py
    return nlp


@dataclass(frozen=True)
class Token:
    """One word from the segmenter, with its span in the analysed text."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` (jieba, glossary-aware), whitespace dropped; no spaCy needed."""
    seg = get_segmenter()
    return [Token(s, e, w) for w, s, e in seg.tokenize(text) if w.strip()]


# --------------------------------------------------------------------------
# Headings
# --------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "一二三四五六七八九十"

# Numbering styles of Chinese official documents, outermost first (GB/T 9704 usage:
# 一、 （一） 1. （1）). ``level`` follows that order; Markdown '#' headings use their depth.
_HEADING_RE = re.compile(
    rf"(?P<mark>(?P<cn>[{_CN_NUM}]{{1,3}})(?P<cnsep>[、.．]{{1,2}})"
    rf"|[（(](?P<pcn>[{_CN_NUM}]{{1,3}})[）)](?P<pcnsep>[、.．]?)"
    r"|(?P<ar>\d{1,2})(?P<arsep>[、．]|\.(?!\d))(?P<arsep2>[、]?)"
    r"|[（(](?P<par>\d{1,2})[）)](?P<parsep>[、.．]?)"
    r"|(?P<md>#{1,6})\s)"
)


@dataclass(frozen=True)
class Heading:
    """A numbered line: its mark (``（二）``), number, level and title."""

    start: int  # offset of the line's first non-space character
    end: int  # end of the line
    mark_end: int  # end of the numbering mark
    mark: str  # the numbering as written, e.g. "（一）、" (separator included)
    style: str  # "cn" 一、  "pcn" （一）  "ar" 1.  "par" （1）  "md" #
    number: int  # value of the numbering (0 for Markdown headings)
    level: int  # 1 一、, 2 （一）, 3 1., 4 （1）; Markdown: the number of '#'
    title: str  # the rest of the line
    separator: str  # what follows the numeral: "、", ".", "" ...

    @property
    def text(self) -> str:
        return self.mark + self.title


def chinese_numeral(text: str) -> int:
    """Value of a small Chinese numeral (一 .. 九十九): 十 = 10, 十二 = 12, 二十三 = 23."""
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS.get(ch, 0)
        return value
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def find_headings(text: str) -> list[Heading]:
    """Every line that starts with a numbering mark, in order.

    A line counts as a heading or numbered item whatever follows the mark, so
    "1.贯彻执行……" (a numbered paragraph) is included: structure rules check the
    numbering sequence of both.
    """
    out: list[Heading] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.lstrip(" \t\u3000")
        lead = len(line) - len(stripped)
        m = _HEADING_RE.match(stripped)
        if m:
            g = m.groupdict()
            if g["cn"]:
                style, number, level, sep = "cn", chinese_numeral(g["cn"]), 1, g["cnsep"]
            elif g["pcn"]:
                style, number, level, sep = "pcn", chinese_numeral(g["pcn"]), 2, g["pcnsep"]
            elif g["ar"]:
                style, number, level, sep = "ar", int(g["ar"]), 3, g["arsep"] + (g["arsep2"] or "")
            elif g["par"]:
                style, number, level, sep = "par", int(g["par"]), 4, g["parsep"]
            else:
                style, number, level, sep = "md", 0, len(g["md"]), ""
            start = pos + lead
            mark = m.group("mark") if style != "md" else g["md"]
            title = stripped[m.end():].strip()
            out.append(Heading(start, start + len(stripped.rstrip()), start + len(mark), mark, style,
                               number, level, title, sep))
        pos += len(line) + 1
    return out


# --------------------------------------------------------------------------
# Place and organisation names
# --------------------------------------------------------------------------

_PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "特别行政区", "街道", "省", "市", "区", "县", "旗", "镇", "乡")
# Words ending like a place that name no particular place.
_GENERIC_PLACES = frozenset(
    "地区 社区 城区 辖区 市区 郊区 山区 园区 景区 片区 库区 老区 灾区 专区 学区 病区 院区 诊区 "
    "城市 都市 超市 上市 城乡 下乡 返乡 家乡 县乡 区县 市县 省市 省区 全省 全市 全区 全县 全镇 全乡 "
    "本市 本区 本县 各区 各县 各市 各省 我省 我市 我区 我县 该区 该县 该市 重点区 示范区 试点县 核心区".split()
)
_NOT_NAME_START = "我本全各该此其每诸"
# An organisation: a place name, then up to 16 characters without clause
# punctuation or function words, then the kind of body.
_ORG_TAIL = re.compile(
    r"[^\s，。；：、,.;:！？!?“”\"是的在和与及对为了将把向从由等]{0,16}?"
    r"(?:卫生健康委员会|卫生和计划生育委员会|委员会|人民政府|政府|办公室|疾病预防控制中心|服务中心|中心|"
    r"人民医院|医院|卫生院|保健院|局|委|厅|所|站)"
)


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


def find_places(tokens: list[Token]) -> list[Name]:
    """Administrative place names among the segmenter's words (广州市, 荔湾区, 高阳县).

    A word counts when it has at least three characters, ends with a division
    suffix and is not a generic word (社区, 全市, 我区); consecutive divisions
    (广州市 荔湾区) stay separate names.
    """
    out = []
    for tok in tokens:
        w = tok.text
        if (len(w) >= 3 and w.endswith(_PLACE_SUFFIXES) and w not in _GENERIC_PLACES
                and w[0] not in _NOT_NAME_START and w[-2:] not in _GENERIC_PLACES and all("\u4e00" <= ch <= "\u9fff" for ch in w)):
            out.append(Name(tok.start, tok.end, w))
    return out


def find_organisations(text: str, places: list[Name]) -> list[Name]:
    """Organisation names that start with a place (广州市荔湾区卫生健康局, 高阳县人民政府).

    Consecutive place names are one prefix, so "广州市荔湾区卫生健康局" is one
    organisation, not two.
    """
    out: list[Name] = []
    i = 0
    while i < len(places):
        start = places[i].start
        j = i
        while j + 1 < len(places) and places[j + 1].start == places[j].end:
            j += 1
        m = _ORG_TAIL.match(text, places[j].end)
        if m and m.end() > places[j].end:
            out.append(Name(start, m.end(), text[start:m.end()]))
        i = j + 1
    return out
