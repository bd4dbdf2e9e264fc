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
