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
    from ..core.glossary import segmenter_words

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


def find_organisations(text: str, places: list[Any]) -> list[Name]:
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
