"""The one number layer shared by the generator and the checker.

Whatever the generator prints with :func:`format_amount` or :func:`format_percent`
the checker reads back with :func:`extract_quantities` and judges with
:func:`agrees`, so the two directions can never drift apart.

All arithmetic is on :class:`~decimal.Decimal`; rounding is half-up and happens
in exactly one place, :func:`round_half_up`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Iterable, Iterator

from .units import builtin_units, verify as _verify_units

from .number_style import NumberStyle, current_style, trim_zeros

AMOUNT_PLACES = 2
PERCENT_PLACES = 2

_HUNDRED = Decimal(100)


def to_decimal(value: object) -> Decimal | None:
    """Return ``value`` as a finite Decimal, or None for missing/NaN/infinite."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        d = value
    else:
        try:
            d = Decimal(str(value).replace(",", "").strip())
        except (InvalidOperation, ValueError):
            return None
    return d if d.is_finite() else None


def round_half_up(value: Decimal, places: int) -> Decimal:
    """Round half-up to ``places`` decimals: the project's only rounding."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def truncate(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def ratio_percent(part: object, whole: object) -> Decimal | None:
    """``part / whole`` as a percentage rounded to PERCENT_PLACES; None if undefined."""
    p, w = to_decimal(part), to_decimal(whole)
    if p is None or w is None or w == 0:
        return None
    return round_half_up(p / w * _HUNDRED, PERCENT_PLACES)


def change_percent(current: object, previous: object) -> Decimal | None:
    """Year-on-year change in percent of ``previous``; None when previous is 0 or missing."""
    c, p = to_decimal(current), to_decimal(previous)
    if c is None or p is None or p == 0:
        return None
    return round_half_up((c - p) / abs(p) * _HUNDRED, PERCENT_PLACES)


def _group_thousands(digits: str) -> str:
    out = []
    for i, ch in enumerate(reversed(digits)):
        if i and i % 3 == 0:
            out.append(",")
        out.append(ch)
    return "".join(reversed(out))


def _format_fixed(value: Decimal, places: int, grouping: bool) -> str:
    v = round_half_up(value, places)
    sign = "-" if v < 0 else ""
    text = f"{abs(v):.{places}f}"
    if grouping:
        whole, _, frac = text.partition(".")
        text = _group_thousands(whole) + ("." + frac if frac else "")
    return sign + text


def format_amount(value: object, places: int = AMOUNT_PLACES, style: NumberStyle | None = None) -> str:
    """Money in 万元 in the report's number style: ``325,399.34``, ``2229.03``, ``900``."""
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少金额数据，无法输出")
    style = style or current_style()
    text = _format_fixed(d, places, grouping=style.thousands_separator)
    return trim_zeros(text, style.amount_decimals)


def format_percent(value: object, style: NumberStyle | None = None) -> str:
    """A percentage rounded to two decimals, trailing zeros as the style says: ``92.80%``, ``92.8%``, ``99%``.

    Dropping zeros keeps the printed value exact: ``92.8%`` is printed only when
    the two-decimal value is 92.80, which the checker reads with the tolerance of
    one decimal, and the recomputed value rounds to it.
    """
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少百分比数据，无法输出")
    style = style or current_style()
    text = _format_fixed(d, PERCENT_PLACES, grouping=False)
    return trim_zeros(text, style.percent_decimals) + "%"


def format_count(value: object) -> str:
    """Whole counts (people, items): no separators, as the seeds write 166703剂次."""
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少数量数据，无法输出")
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def format_score(value: object) -> str:
    """A score with the precision it was given (89.995 stays 89.995; 90.0 prints 90).

    Never rounded: a rounded score could cross a rating floor (89.995 -> 90 优)
    while its rating, taken from the score as given, says 良.
    """
    d = to_decimal(value)
    if d is None:
        raise ValueError("缺少分数数据，无法输出")
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def rating_for(score: object) -> str | None:
    """The rating (优/良/中/差) of ``score`` as given, under glossary/scales.yaml; None without a score.

    The one rating function: generator, facts, batch summary and the N007 rule call it.
    """
    from .scales import rating_scale  # the scale is data; loaded on first use

    d = to_decimal(score)
    if d is None:
        return None
    return rating_scale().rating(d)


# --------------------------------------------------------------------------
# Reading numbers back out of text
# --------------------------------------------------------------------------

# Units the checker understands (glossary/units.yaml), longest first so that 万元 wins over 元.
UNIT_TABLE = builtin_units()
UNITS = UNIT_TABLE.names
MONEY_FACTORS = UNIT_TABLE.money_factors  # money unit -> 万元 per unit
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))

# A number: optional sign, digits with optional thousands separators (only in
# groups of exactly three so "1,2" in a list is not read as 12), optional fraction.
# Bounded quantifiers keep the pattern linear on long digit runs.
_NUM_RE = r"(?<![\d.,])[-−]?(?:\d{1,3}(?:,\d{3})+|\d{1,30})(?:\.\d{1,12})?(?![\d])"
_COMP_RE = r"(?P<comp>≥|≤|>=|<=|＞|＜|>|<|不低于|不少于|不高于|不超过|达到|达|超过|低于|高于)?"

QUANTITY_RE = re.compile(
    _COMP_RE + r"\s{0,2}(?P<num>" + _NUM_RE + r")\s{0,2}(?P<unit>" + _UNIT_RE + r")?"
)

_COMPARATORS = {
    ">=": "≥", "≥": "≥", "不低于": "≥", "不少于": "≥", "达到": "≥", "达": "≥",
    "<=": "≤", "≤": "≤", "不高于": "≤", "不超过": "≤",
    ">": ">", "＞": ">", "超过": ">", "高于": ">",
    "<": "<", "＜": "<", "低于": "<",
}


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


def extract_quantities(text: str) -> Iterator[Quantity]:
    """Every Arabic-numeral quantity in ``text`` with its unit, comparator and span."""
    for m in QUANTITY_RE.finditer(text):
        parsed = parse_number(m.group("num"))
        if parsed is None:
            continue
        value, decimals = parsed
        unit = m.group("unit") or ""
        comp = _COMPARATORS.get(m.group("comp") or "", "")
        start = m.start("comp") if m.group("comp") else m.start("num")
        end = m.end("unit") if m.group("unit") else m.end("num")
        yield Quantity(value, decimals, unit, start, end, text[start:end], comp)


# Text pasted from web pages, PDFs and WPS carries full-width digits (１２０．５０), the
# full-width ％ and invisible marks (zero-width space, direction marks, BOM) inside a figure.
# A reader sees a number there, so the checker must too.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
             "\u2066\u2067\u2068\u2069\ufeff\u00ad"
# Not "，" (a clause comma between two figures is no thousands separator) and not "－" (a dash).
_WIDE = {**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": "."}
_NUMERAL_FORMS = re.compile("[" + _INVISIBLE + "".join(_WIDE) + "]")


def normalise_numerals(text: str) -> tuple[str, list[int] | None]:
    """``text`` with full-width digits, ％ and ． made ASCII and invisible marks removed, and the
    index map back (``None`` when nothing changed, the common case, which costs one search)."""
    if not _NUMERAL_FORMS.search(text):
        return text, None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        out.append(_WIDE.get(ch, ch))
        where.append(i)
    where.append(len(text))
    return "".join(out), where


def extract_quantities_normalised(text: str) -> Iterator[Quantity]:
    """:func:`extract_quantities` over :func:`normalise_numerals` text; spans refer to ``text``, ``raw`` is as read."""
    clean, where = normalise_numerals(text)
    if where is None:
        yield from extract_quantities(text)
        return
    for q in extract_quantities(clean):
        start, end = where[q.start], where[q.end - 1] + 1 if q.end > q.start else where[q.start]
        yield Quantity(q.value, q.decimals, q.unit, start, end, q.raw, q.comparator)  # raw as read: marks dropped


# Chinese numerals, both directions: the generator numbers headings 一、（二）
# and enumerates 一是…二是…; the checker reads heading numbers and 三十六人 back.
_CN_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_DIGIT_CHARS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (1..99, as outlines number)."""
    if n <= 0 or n >= 100:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGIT_CHARS[ones]
    return ("" if tens == 1 else _CN_DIGIT_CHARS[tens]) + "十" + (_CN_DIGIT_CHARS[ones] if ones else "")


def parse_chinese_numeral(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 一百零五 -> 105, 两千 -> 2000; None if ``text`` is not one numeral.

    Numerals with 万 or 亿 go to cn2an (imported only then: it costs 0.1 s to load).
    """
    if not text:
        return None
    if "万" in text or "亿" in text:
        import cn2an

        try:
            return int(cn2an.cn2an(text, "strict"))
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    total, digit, last_unit = 0, None, 10_000
    for ch in text:
        if ch in _CN_DIGIT_VALUES:
            if digit:  # two digits in a row (一二) is a list, not a numeral; 零 may precede one
                return None
            digit = _CN_DIGIT_VALUES[ch]
        elif ch in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[ch]
            if unit >= last_unit or digit == 0 or (digit is None and (unit != 10 or total)):
                return None  # 百十, 十十: only a leading 十 may stand without its digit
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    return total + (digit or 0)


# Chinese numerals with a counting unit: 三十六人, 两家, 一百零五项. Only units
# that count things, so 一是, 三孩, 一岗双责 are not quantities; slogans where a
# numeral and unit name a concept (四个意识, 千家万户) are left out too.
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
_CN_UNITS = UNIT_TABLE.chinese_names  # longest first, like UNITS
_CN_QUANTITY_RE = re.compile(
    rf"(?<![{_CN_NUMERAL}第])(?P<num>[{_CN_NUMERAL}]{{1,12}})(?P<unit>{'|'.join(_CN_UNITS)})(?!性)"
)
_CN_SLOGANS = re.compile(r"[一二两三四五六七八九十]个(?:意识|自信|维护|一律|全面|代表|确立|必须|务必|是否|坚持|不)|千家万户|百家")


def extract_chinese_quantities(text: str) -> Iterator[Quantity]:
    """Quantities written in Chinese numerals with a counting unit."""
    slogans = [(m.start(), m.end()) for m in _CN_SLOGANS.finditer(text)]
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


def agrees(stated: Decimal, decimals: int, computed: Decimal) -> bool:
    """True when ``computed`` printed at the stated precision gives ``stated``.

    Like statcheck: a value printed with two decimals is right if the recomputed
    value rounds (half-up) or truncates to it.
    """
    return round_half_up(computed, decimals) == stated or truncate(computed, decimals) == stated


def tolerance(decimals: int) -> Decimal:
    """Half a unit in the last printed place."""
    return Decimal(5).scaleb(-(decimals + 1))


# --------------------------------------------------------------------------
# Comparators in targets ("≥95%", "全年55/10万以下", "不断提高")
# --------------------------------------------------------------------------

# Every repeat is bounded: adjacent unbounded ``\s*`` groups made this pattern
# polynomial (n^4) on a long run of spaces. A target is a short phrase.
_TARGET_RE = re.compile(
    r"^\s{0,3}(?P<pre>全年)?\s{0,3}(?P<comp>≥|≤|>=|<=|>|<|＞|＜|=|不低于|不少于|不高于|不超过|达到)?\s{0,3}"
    r"(?P<num>[-−]?\d{1,30}(?:\.\d{1,12})?)\s{0,3}(?P<per>/\s{0,3}(?P<base>\d{0,12})\s{0,3}(?P<baseunit>万|千|百)?)?\s{0,3}"
    r"(?P<unit>%|‰|[^\d\s以上下内]{0,4})?\s{0,3}(?P<post>以上|以下|以内)?\s{0,3}$"
)
MAX_TARGET_CHARS = 100  # longer text is a description, read as qualitative


@dataclass(frozen=True)
class Target:
    """A parsed indicator target or actual value."""

    comparator: str  # "≥", "≤", ">", "<", "=" or "" for qualitative
    value: Decimal | None
    unit: str
    decimals: int
    text: str

    @property
    def qualitative(self) -> bool:
        return self.value is None


def parse_target(text: object) -> Target:
    """Parse ``≥95%``, ``100%``, ``≥2/10万``, ``22000U``, ``全年55/10万以下``, ``不断提高``."""
    raw = "" if text is None else str(text).strip()
    m = _TARGET_RE.match(raw) if len(raw) <= MAX_TARGET_CHARS else None
    if not m:
        return Target("", None, "", 0, raw)
    parsed = parse_number(m.group("num"))
    if parsed is None:
        return Target("", None, "", 0, raw)
    value, decimals = parsed
    comp = _COMPARATORS.get(m.group("comp") or "", m.group("comp") or "")
    post = m.group("post")
    if not comp and post:
        comp = "≥" if post == "以上" else "≤"
    if not comp:
        comp = "="
    unit = m.group("unit") or ""
    if m.group("per"):
        base = m.group("base") or "1"
        unit = "/" + base + (m.group("baseunit") or "") + unit
    return Target(comp, value, unit, decimals, raw)


# --------------------------------------------------------------------------
# Exact ratios for the checker (added for the N rules)
# --------------------------------------------------------------------------


def ratio_percent_exact(part: object, whole: object) -> Decimal | None:
    """``part / whole`` in percent, unrounded; None if undefined.

    The checker judges a printed percentage against this exact value *and*
    against :func:`ratio_percent`, so that a figure the generator rounded once
    to two decimals and a figure a person rounded straight to the printed
    precision both read back as agreeing (no double-rounding false alarms).
    """
    p, w = to_decimal(part), to_decimal(whole)
    if p is None or w is None or w == 0:
        return None
    return p / w * _HUNDRED


def percent_agrees(stated: Decimal, decimals: int, part: object, whole: object) -> bool:
    """True when ``part / whole`` printed at the stated precision gives ``stated``."""
    exact = ratio_percent_exact(part, whole)
    if exact is None:
        return False
    rounded = ratio_percent(part, whole)
    return agrees(stated, decimals, exact) or (rounded is not None and agrees(stated, decimals, rounded))


def numeral_text(raw: str) -> str:
    """The numeral of a quantity as written (``325,399.34`` from ``达325,399.34 万元``)."""
    m = _NUMERAL_ONLY_RE.search(raw)
    return m.group(0) if m else raw


_NUMERAL_ONLY_RE = re.compile(r"[-−]?\d{1,30}(?:,\d{3}){0,10}(?:\.\d{1,12})?")


def sum_tolerance(decimals: Iterable[int]) -> Decimal:
    """Rounding slack of a sum compared with a total: half a unit in the last printed
    place of every figure involved. Whole numbers are taken as exact (counts of people,
    items): they add no slack, so 3＋4 against 8 is wrong, not "within rounding"."""
    return sum((tolerance(d) for d in decimals if d > 0), Decimal(0))


# The unit table proves itself against the readers above, once per process.
_verify_units(
    UNIT_TABLE,
    lambda text: [q.unit for q in extract_quantities(text)],
    lambda text: [q.unit for q in extract_chinese_quantities(text)],
)
