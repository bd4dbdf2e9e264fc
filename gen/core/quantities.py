"""Reading figures back out of text: Arabic numerals with their units and comparators.

The checker's half of the number layer (:mod:`gen.core.numbers` prints and
rounds). Kept apart because its job is pattern work — the unit table
(glossary/units.yaml), full-width digits and invisible marks from pasted text,
Chinese numerals with a counting unit — and the unit table proves itself
against these readers once per process when this module is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterator

from . import regex_cache
from .chinese_numerals import CN_NUMERAL, parse_chinese_numeral
from .records import direct_init
from .regex_needles import finditer as near_needles
from .text_pairs import MIN_CHARS, may_hold_any
from .units import builtin_units, verify as _verify_units

# Units the checker understands (glossary/units.yaml), longest first so that 万元 wins over 元.
UNIT_TABLE = builtin_units()
UNITS = UNIT_TABLE.names
MONEY_FACTORS = UNIT_TABLE.money_factors  # money unit -> 万元 per unit
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))

# A number: optional sign, digits with optional thousands separators (only in
# groups of exactly three so "1,2" in a list is not read as 12), optional fraction.
# Bounded quantifiers keep the pattern linear on long digit runs.
_NUM_RE = r"(?<![\d.,])[-−]?(?:\d{1,3}(?:,\d{3})+|\d{1,30})(?:\.\d{1,12})?(?![\d])"
_COMPARATOR_WORDS = ("≥", "≤", ">=", "<=", "＞", "＜", ">", "<", "不低于", "不少于", "不高于", "不超过", "达到", "达",
                     "超过", "低于", "高于")  # in this order: 达到 before 达
_COMP_RE = r"(?P<comp>" + "|".join(re.escape(w) for w in _COMPARATOR_WORDS) + ")"
# Every match starts with a comparator's first character, a sign or a digit. Saying so first changes
# no match, but lets re reject most positions of a text with one character test instead of trying
# every comparator there: the number layer reads every figure of every report.
_FIRST_CHAR = "(?=[" + re.escape("".join(sorted({w[0] for w in _COMPARATOR_WORDS}))) + r"\d\-−])"

# The blanks between a comparator and its number belong to the comparator's part: a match without one
# starts at the number itself. Blanks before a bare number were once part of its match (comp, number, unit
# and where a quantity starts and ends came out the same, see _quantities), which made every blank of a
# table row a place to try the number three times (once per blank taken), some 40 % of the reading.
QUANTITY_RE = regex_cache.compile(
    _FIRST_CHAR + "(?:" + _COMP_RE + r"\s{0,2})?(?P<num>" + _NUM_RE + r")\s{0,2}(?P<unit>" + _UNIT_RE + r")?"
)

COMPARATORS = {
    ">=": "≥", "≥": "≥", "不低于": "≥", "不少于": "≥", "达到": "≥", "达": "≥",
    "<=": "≤", "≤": "≤", "不高于": "≤", "不超过": "≤",
    ">": ">", "＞": ">", "超过": ">", "高于": ">",
    "<": "<", "＜": "<", "低于": "<",
}


@direct_init  # made by the ten thousand per report (gen.core.records)
@dataclass(frozen=True)
class Quantity:
    """A number found in text: value as written (scaled by 万/亿 only via ``unit``)."""

    value: Decimal
    decimals: int
    unit: str
    start: int
    end: int
    raw: str
    comparator: str = ""

    def in_yuan_wan(self) -> Decimal | None:
        """The amount in 万元 if this is money, else None."""
        f = MONEY_FACTORS.get(self.unit)
        return None if f is None else self.value * f


def parse_number(raw: str) -> tuple[Decimal, int] | None:
    """Parse one numeral as written (``325,399.34``) into value and decimals."""
    text = raw.replace(",", "").replace("−", "-").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    frac = text.partition(".")[2]
    return value, len(frac)


# Numerals as written -> parse_number's answer: a report writes the same figures again and again (100%, 2023,
# its totals), and a Decimal is immutable, so one parse serves every occurrence. Emptied when it grows large.
_PARSED: dict[str, tuple[Decimal, int] | None] = {}
_MAX_PARSED = 100_000


def extract_quantities(text: str) -> Iterator[Quantity]:
    """Every Arabic-numeral quantity in ``text`` with its unit, comparator and span."""
    return iter(_quantities(text))


_COMP, _NUM, _UNIT = (QUANTITY_RE.groupindex[name] for name in ("comp", "num", "unit"))


def _quantities(text: str) -> list[Quantity]:
    """:func:`extract_quantities` as a list, made in one loop (every figure of every report passes here): the
    groups by number, and a match with a unit ends where its unit ends."""
    parsed_of = _PARSED
    out: list[Quantity] = []
    append = out.append
    for m in QUANTITY_RE.finditer(text):
        comp_raw, num, unit = m.group(_COMP, _NUM, _UNIT)  # one call
        parsed = parsed_of.get(num, _PARSED)
        if parsed is _PARSED:
            if len(parsed_of) >= _MAX_PARSED:
                parsed_of.clear()
            parsed = parsed_of[num] = parse_number(num)
        if parsed is None:
            continue
        start = m.start()  # the comparator's start when there is one, else the number's: the match opens with it
        end = m.end() if unit else m.end(_NUM)
        append(Quantity(parsed[0], parsed[1], unit or "", start, end, text[start:end],
                        COMPARATORS.get(comp_raw, "") if comp_raw else ""))
    return out


# Text pasted from web pages, PDFs and WPS carries full-width digits (１２０．５０), the
# full-width ％ and invisible marks (zero-width space, direction marks, BOM) inside a figure.
# A reader sees a number there, so the checker must too.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
             "\u2066\u2067\u2068\u2069\ufeff\u00ad"
# Not "，" (a clause comma between two figures is no thousands separator) and not "－" (a dash).
# The Traditional 萬 and 億 are the units 万 and 亿 (2.8萬元 is 2.8万元), and so are the Traditional forms of
# the counting units (14項 is 14项, 5個 is 5个, 3處 is 3处): read so, every unit of the table (万元, 亿元, 万人,
# 万亩, 项, 条 …) serves a Traditional-script report (a mirror site's copy) too, and no rule spells its units twice.
_TRADITIONAL_UNITS = {"萬": "万", "億": "亿", "項": "项", "條": "条", "個": "个", "畝": "亩", "劑": "剂", "臺": "台",
                      "噸": "吨", "場": "场", "處": "处", "歲": "岁", "張": "张", "戶": "户", "類": "类", "輛": "辆",
                      "間": "间", "頃": "顷"}
_WIDE = {**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": ".", **_TRADITIONAL_UNITS}
_WIDE_TABLE = str.maketrans(_WIDE)
_NUMERAL_CHARS = _INVISIBLE + "".join(_WIDE)
_NUMERAL_FORMS = regex_cache.compile("[" + _NUMERAL_CHARS + "]")


def normalise_numerals(text: str) -> tuple[str, list[int] | None]:
    """``text`` with full-width digits, ％ and ． made ASCII, 萬 and 億 made 万 and 亿, and invisible marks
    removed, and the index map back (``None`` when every character keeps its place: nothing changed, the
    common case, which costs one search, or characters replaced one for one)."""
    # a long text's characters are read once (gen.core.text_pairs): most hold none of these, told without a search
    if (len(text) >= MIN_CHARS and not may_hold_any(text, _NUMERAL_CHARS)) or not _NUMERAL_FORMS.search(text):
        return text, None
    if not (may_hold_any(text, _INVISIBLE) if len(text) >= MIN_CHARS else any(ch in text for ch in _INVISIBLE)):
        return text.translate(_WIDE_TABLE), None  # one for one: the places stay
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        out.append(_WIDE.get(ch, ch))
        where.append(i)
    where.append(len(text))
    return "".join(out), where


def quantities_normalised(text: str) -> list[Quantity]:
    """:func:`extract_quantities` over :func:`normalise_numerals` text, as a list; spans refer to ``text``,
    ``raw`` is as read."""
    clean, where = normalise_numerals(text)
    if where is None:
        return _quantities(clean)
    out = []
    for q in _quantities(clean):
        start, end = where[q.start], where[q.end - 1] + 1 if q.end > q.start else where[q.start]
        out.append(Quantity(q.value, q.decimals, q.unit, start, end, q.raw, q.comparator))  # raw as read: marks dropped
    return out


def extract_quantities_normalised(text: str) -> Iterator[Quantity]:
    """:func:`quantities_normalised`, one by one."""
    return iter(quantities_normalised(text))


@lru_cache(maxsize=16384)
def numeral_text(raw: str) -> str:
    """The numeral of a quantity as written (``325,399.34`` from ``达325,399.34 万元``).

    Once per distinct figure as written: the rules that name figures in their messages (N011 names both
    operands of every share a report states) ask for the same few thousand again and again."""
    m = _NUMERAL_ONLY_RE.search(raw)
    return m.group(0) if m else raw


_NUMERAL_ONLY_RE = regex_cache.compile(r"[-−]?\d{1,30}(?:,\d{3}){0,10}(?:\.\d{1,12})?")


# Chinese numerals with a counting unit: 三十六人, 两家, 一百零五项. Only units
# that count things, so 一是, 三孩, 一岗双责 are not quantities; slogans where a
# numeral and unit name a concept (四个意识, 千家万户) are left out too.
_CN_UNITS = UNIT_TABLE.chinese_names  # longest first, like UNITS
# The numeral's first character is matched before the lookbehind that tests the one in front of it (so re
# skips to numerals by itself instead of trying the lookbehind at every character): the same matches.
_CN_QUANTITY_RE = regex_cache.compile(
    rf"(?P<num>[{CN_NUMERAL}](?<![{CN_NUMERAL}第][{CN_NUMERAL}])[{CN_NUMERAL}]{{0,11}})(?P<unit>{'|'.join(_CN_UNITS)})(?!性)"
)
_CN_SLOGANS = regex_cache.compile(r"[一二两三四五六七八九十]个(?:意识|自信|维护|一律|全面|代表|确立|必须|务必|是否|坚持|不)|千家万户|百家")


def extract_chinese_quantities(text: str) -> Iterator[Quantity]:
    """Quantities written in Chinese numerals with a counting unit."""
    # near their literals (gen.core.regex_needles): the same matches, found without trying the class at every character
    slogans = [(m.start(), m.end()) for m in near_needles(_CN_SLOGANS, text)]
    for m in _CN_QUANTITY_RE.finditer(text):
        if any(a <= m.start() < b for a, b in slogans):
            continue
        numeral = m.group("num")
        if numeral[0] in "万亿" or numeral in ("零", "〇"):
            continue
        parsed = parse_chinese_numeral(numeral)
        if parsed is None:
            continue
        yield Quantity(Decimal(parsed), 0, m.group("unit"), m.start(), m.end(), m.group(), "")


# The unit table proves itself against the readers above, once per process.
_verify_units(
    UNIT_TABLE,
    lambda text: [q.unit for q in extract_quantities(text)],
    lambda text: [q.unit for q in extract_chinese_quantities(text)],
)
