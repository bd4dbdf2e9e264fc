"""A 决算's carry-over chain whose figures close only when all are read in one unit (N042's).

A 决算 note states the year's funds in a few sentences of one section: 本年收入合计X, 本年支出合计Y, then
年初结转和结余A and 年末结转和结余B. What was carried in plus what came in, less what went out, is what is
carried out: A＋X－Y＝B. When the units of the four are mixed (X and Y in 万元, A and B in 元) and the chain
closes to the rounding on the bare digits, but not as written, one pair's unit is wrong: a 本年收入合计
4822215.6万元 over a 年初结转结余 of 1,850,467.00元 is 482.22万元 written in 元's digits with 万元 after it.
An exact closure of four figures read as written is no accident; the chain written as printed does not close
either (N043 reads a chain in one sentence, with its units as written).

Only the four labels with 本年 (income and spending of the whole unit, not 财政拨款收入 or 基本支出), each
once within WINDOW characters, are read; a chain whose figures are all in one unit is N043's.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple, Optional

from ..core import regex_cache
from ..core.numbers import format_amount, sum_tolerance, to_decimal

_AMOUNT = r"(\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?)[ \u3000]{0,2}(万元|亿元|元)"
_LINK = r"(?:资金)?(?:总额|合计|总计)?[ \u3000]{0,2}(?:为|是|共计|合计)?[:：]?[ \u3000]{0,2}"
_LABELS = {
    "in": regex_cache.compile(r"(?<![\u4e00-\u9fff])(?:上年|年初)结转(?:和|及|与)?(?:结余)?" + _LINK + _AMOUNT),
    "income": regex_cache.compile(r"(?<![\u4e00-\u9fff])本年度?收入" + _LINK + _AMOUNT),
    "spending": regex_cache.compile(r"(?<![\u4e00-\u9fff])本年度?支出" + _LINK + _AMOUNT),
    "out": regex_cache.compile(r"(?<![\u4e00-\u9fff])年末结转(?:和|及|与)?(?:结余)?" + _LINK + _AMOUNT),
}
_FACTOR = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
WINDOW = 400  # characters from the first of the four figures to the last
UNSTATED_SHARE = Decimal("0.05")  # a gap as written within it may be a 结余分配 left unsaid: no proof of a slip


class ChainSlip(NamedTuple):
    start: int  # where the income figure stands
    end: int
    message: str


def _figure(m) -> tuple[Decimal, Decimal, str]:
    """The bare digits of a labelled figure, their rounding slack and its unit."""
    digits = m.group(1)
    places = len(digits.split(".")[1]) if "." in digits else 0
    return to_decimal(digits), sum_tolerance([places]), m.group(2)


def _found(text: str) -> Optional[dict]:
    """The four labelled figures, each once in the text's window around them, or None."""
    found = {}
    for key, pattern in _LABELS.items():
        hits = list(pattern.finditer(text))
        if len(hits) != 1:
            return None
        found[key] = hits[0]
    lo = min(m.start() for m in found.values())
    hi = max(m.end() for m in found.values())
    return found if hi - lo <= WINDOW else None


def carryover_unit_slip(text: str) -> Optional[ChainSlip]:
    """The chain that closes on its bare digits but not with its units as written, or None."""
    if "年末结转" not in text or "本年" not in text:
        return None
    found = _found(text)
    if found is None:
        return None
    figures = {key: _figure(m) for key, m in found.items()}
    units = {unit for _, _, unit in figures.values()}
    if len(units) < 2:
        return None
    bare = figures["in"][0] + figures["income"][0] - figures["spending"][0]
    slack = sum(f[1] for f in figures.values())
    if abs(bare - figures["out"][0]) > slack:
        return None
    written = {key: value * _FACTOR[unit] for key, (value, _, unit) in figures.items()}
    gap = written["in"] + written["income"] - written["spending"] - written["out"]
    if abs(gap) <= (written["in"] + written["income"]) * UNSTATED_SHARE:
        return None
    return ChainSlip(found["income"].start(1), found["income"].end(2), _message(found, figures))


def _message(found: dict, figures: dict) -> str:
    income, carried = found["income"], found["in"] if found["in"].group(2) != found["income"].group(2) else found["out"]
    shown = f"{found['in'].group(1)}＋{income.group(1)}－{found['spending'].group(1)}＝{found['out'].group(1)}"
    hint = ""
    if income.group(2) == "万元" and carried.group(2) == "元":
        hint = f"，如本年收入按元计为{format_amount(figures['income'][0] / _FACTOR['万元'])}万元"
    return (f"本年收入、本年支出与年初、年末结转和结余所写的金额单位不一（“{income.group(2)}”与“{carried.group(2)}”），"
            f"按所写单位前后不衔接；四数按同一单位读正好衔接（{shown}），可见其中一组的单位写错了{hint}，请核对后统一。")
