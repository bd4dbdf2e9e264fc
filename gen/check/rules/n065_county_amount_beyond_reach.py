"""N065: an amount of a county's own larger than any county's economy (全县实现农业总产值930919亿元).

The largest county economies of the country produce a few thousand 亿元 a year; the whole country's gross
domestic product is some 130万亿元 (国家统计局's yearly 国民经济和社会发展统计公报). An amount a county
report states of the county itself (全县, 我县, 县域 …) at 10万亿元 or more is beyond any county by a
factor of ten and more: its unit was typed wrong (930919万元 written 亿元) or digits were doubled or a year
typed in. The bound is deliberately far out (precision first): a district of a great city may hold bank
deposits of many 万亿元, so 区 and 市 are not read, and a sentence that names the country, a province or the
world (全国, 全省, 全球) is left alone whatever else it says.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core.text_heads import matches_at
from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N065",
    name="county-amount-beyond-reach",
    severity="error",
    summary="全县的金额达10万亿元以上，任何一个县都不可能，疑为单位或数字有误",
    doc=(
        "检查什么：写明是本县（全县、我县、本县、县域、全旗、全镇、全乡）的金额达到10万亿元（100000亿元）以上。\n"
        "为什么：经济规模最大的县一年的生产总值也不过数千亿元，全国国内生产总值约130万亿元；县里的数字达到10万亿元，"
        "多是把“万元”写成了“亿元”（“全县实现农业总产值930919亿元”应为930919万元），或数字多写、重复。\n"
        "不报的情形：同一句提到全国、全省、全球等更大范围的；区、市的金额（大城市的区存贷款余额可达数万亿元）；"
        "不到10万亿元的金额。\n"
        "示例：“全县实现农业总产值930919亿元”。"
    ),
    flag=(
        "全县实现农业总产值930919亿元，农民人均纯收入18352元。",
        "2023年我县完成固定资产投资2023560亿元。",
        "县域生产总值达到15.6万亿元。",
    ),
    keep=(
        "全县实现农业总产值93.09亿元，农民人均纯收入18352元。",
        "全县实现农业总产值930919万元。",
        "全国国内生产总值1260582亿元，我县生产总值182.3亿元。",
        "全区金融机构本外币存款余额120000亿元。",
    ),
)

BOUND = Decimal(100000)  # 亿元: ten times beyond any county's yearly output
_AMOUNT = regex_cache.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,14})(?P<frac>\.\d{1,6})?[ \u3000]?(?P<unit>万亿|萬億|亿|億|万|萬)元")
# Where an amount's 元 stands after its unit: _AMOUNT opens with a look-behind and a digit, tried at every character
# of the text (5 ms per 200,000 of them); the figure before each such 元 is found by reading back over its digits,
# commas and points (a match opens where that run does: no digit, comma or point stands before it).
_YUAN_AT = regex_cache.compile("元(?<=[万亿萬億]元)")
_RUN = regex_cache.compile(r"[\d.,]*")  # read in the reversed text: the figure's characters back from its end
_IN_YI = {"万亿": Decimal(10000), "萬億": Decimal(10000), "亿": Decimal(1), "億": Decimal(1),
          "万": Decimal("0.0001"), "萬": Decimal("0.0001")}
# The integer digits (no leading zero) an amount in each unit needs to reach BOUND: 10万亿, 100000亿, 1000000000万.
# Told from the digits, the thousand amounts of a long report below it are not made into Decimals (1.5 ms per 200k chars).
_DIGITS_AT_BOUND = {"万亿": 2, "萬億": 2, "亿": 6, "億": 6, "万": 10, "萬": 10}
# The county itself, in simplified or traditional script (a page a site served converted).
_COUNTY = regex_cache.compile(r"全[县縣旗镇鎮乡鄉]|[我本][县縣]|[县縣]域")
_WIDER = regex_cache.compile(r"全[国國省]|[我中][国國]|国家|國家|全球|世界|国际|國際|中央")
_ENDS = "。！？!?\n"
REACH = 200  # characters back from the figure to its sentence's start


def _sentence(text: str, at: int, end: int) -> tuple[int, int]:
    lo, i = max(0, at - REACH), at
    while i > lo and text[i - 1] not in _ENDS:
        i -= 1
    j, hi = end, min(len(text), end + REACH)
    while j < hi and text[j] not in _ENDS:
        j += 1
    return i, j


def _amounts(text: str):
    """``_AMOUNT.finditer(text)``'s matches, tried only where one can start."""
    size, back, places = len(text), text[::-1], set()
    for m in near_needles(_YUAN_AT, text):  # the same matches, found from 万元/亿元 (a 元 alone is common)
        end = m.start() - (2 if text[m.start() - 2:m.start()] in ("万亿", "萬億") else 1)  # where the unit opens
        if end and text[end - 1] in " \u3000":
            end -= 1
        run = _RUN.match(back, size - end)
        places.add(end - (run.end() - run.start()))
    return matches_at(_AMOUNT, text, sorted(places))


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for m in _amounts(text):
        whole = m.group("num").replace(",", "")
        if len(whole.lstrip("0")) < _DIGITS_AT_BOUND[m.group("unit")]:
            continue
        value = Decimal(whole + (m.group("frac") or "")) * _IN_YI[m.group("unit")]
        if value < BOUND:
            continue
        lo, hi = _sentence(text, m.start(), m.end())
        if not _COUNTY.search(text, lo, m.start()) or _WIDER.search(text, lo, hi):
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"本县的金额“{m.group()}”达10万亿元以上，远超任何一个县的经济规模（全国生产总值约130万亿元），"
                      "疑为单位写错（如“万元”写成“亿元”）或数字多写", None)
