"""N016's reading of a figure bare after a word that carries a unit elsewhere: the same figure anywhere in the text
(海拔1500以上 beside 海拔1500米以上), or another figure in an earlier clause of the same sentence (小麦……总产12.5万吨；
油菜……总产8900)."""

from __future__ import annotations

from typing import Iterator, Optional

from ...core import regex_cache
from ...core.quantities import Quantity, numeral_text
from ..context import CheckContext
from ..textspans import line_around

# A figure written with its unit in one place (海拔1500米以上) and bare in another after the same word (海拔1500以上):
# the bare one lost the unit the text itself gives the figure. Measures and counts only; money is W026's.
_RESTATED_UNITS = frozenset("米 公里 千米 平方米 平方公里 亩 万亩 公顷 吨 万吨 人 人次 个 件 项 户 家 所 台 辆 座 条 处 次 "
                            "只 头 套 份 场 名".split())
_TWO_HAN = regex_cache.compile(r"[\u4e00-\u9fff]{2}")
_YEAR_LIKE = regex_cache.compile(r"(?:19|20)\d\d")
_BARE_END = ("以上", "以下", "左右")


def restated_bare(ctx: CheckContext, not_label) -> Iterator[tuple[Quantity, str, str]]:
    """(bare figure, the unit it lost, what shows it) for a figure bare after a word that carries a unit
    elsewhere: the same figure anywhere in the text, or another figure in an earlier clause of the same sentence."""
    text, qs = ctx.text, ctx.quantities
    with_unit: dict[tuple[str, str], str] = {}
    by_word: dict[str, list[Quantity]] = {}
    for q in qs:
        if q.unit in _RESTATED_UNITS:
            word = text[max(0, q.start - 2):q.start]
            if _TWO_HAN.fullmatch(word):
                with_unit.setdefault((word, numeral_text(q.raw)), q.unit)
                by_word.setdefault(word, []).append(q)
    if not with_unit:
        return
    for q in qs:
        if q.unit or q.comparator or q.end >= len(text):
            continue
        at_end = text[q.end] in "，,。；;\n"
        if not at_end and text[q.end:q.end + 2] not in _BARE_END:
            continue
        word = text[max(0, q.start - 2):q.start]
        if not_label.search(word) or _YEAR_LIKE.fullmatch(q.raw):
            continue
        unit = with_unit.get((word, q.raw))
        shown = f"文中另一处同样写作“{word}{numeral_text(q.raw)}{unit}”"
        if unit is None and at_end:
            unit, shown = _parallel_with_unit(text, q, by_word.get(word, ()))
        if unit is None:
            continue
        line = text[slice(*line_around(text, q.start))]
        if "|" in line or "\t" in line:
            continue  # a table row: its unit stands in the header
        yield q, unit, shown


# A parallel clause of the same sentence gives the same word's figure with its unit (小麦……总产12.5万吨；油菜……总产8900):
# the later, bare figure lost it. Read back at most PARALLEL_REACH characters, across a clause mark, no full stop.
PARALLEL_REACH = 60
_SENTENCE_BREAK = regex_cache.compile(r"[。！？!?\n]")
_FIGURE_GOES_ON = regex_cache.compile(r"\n[ \u3000\n]{0,4}\d")


def _parallel_with_unit(text: str, q: Quantity, mentions) -> tuple[Optional[str], str]:
    if "占" in text[max(0, q.start - 8):q.start]:
        return None, ""  # a share of the word's whole (占全市总产35): its % is what it lost, read with the rates
    if _FIGURE_GOES_ON.match(text, q.end):
        return None, ""  # a figure split by a line break (马铃薯总产1\n\n2、2168吨), its unit on the next line
    for p in reversed(mentions):
        if p.end > q.start or q.start - p.end > PARALLEL_REACH:
            continue
        between = text[p.end:q.start - 2]
        if _SENTENCE_BREAK.search(between) or not any(mark in between for mark in "，,；;"):
            continue
        return p.unit, f"同一句并列的“{text[p.start - 2:p.end]}”带单位"
    return None, ""
