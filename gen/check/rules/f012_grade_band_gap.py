"""F012: a graded standard (优/良/中/差) whose percentage bands leave a gap between two grades.

A 绩效目标表 may grade an indicator by bands: 优 100%, 良 80%-100%, 中 60%-80%, 差 <60%. Each
band starts where the one above it ends, so that every value has a grade. A band that stops short
of the next (中 60%-80%, 差 <50%) leaves 50%-60% with no grade: one of the two bounds was typed
wrong. Read only runs of at least three percentage bands a few characters apart, falling from one
band to the next, after a word of grading (优, 良, 等级, 标准); a gap of one unit (80%-89% over
90%-100%, bands of whole numbers) is no gap.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.text_pairs import char_positions
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..runs import split_runs

RULE = Rule(
    code="F012",
    name="grade-band-gap",
    severity="warning",
    summary="绩效标准的分档之间留有空档",
    doc=(
        "检查什么：按优、良、中、差分档的绩效标准，连续三档以上的百分比区间从高到低排列时，"
        "某一档的下限与下一档的上限不衔接，如“中 60%-80%，差 <50%”，50%至60%没有归属。\n"
        "为什么：分档应覆盖全部取值，每一档从上一档的下限接起；留有空档，说明某一档的界限写错了。\n"
        "不报的情形：不足三档的；前文没有优、良、等级、标准等分档字样的；相差不超过1个单位的（80%-89%与90%-100%）；"
        "区间不是从高到低排列的。\n"
        "示例：“100%　80%-100%　60%-80%　<50%”中“差”应为“<60%”。"
    ),
    flag=("绩效标准 优 良 中 差\n资金到位率 100% 80%-100% 60%-80% <50%\n",),
    keep=(
        "绩效标准 优 良 中 差\n资金到位率 100% 80%-100% 60%-80% <60%\n",
        "评价等级 优 良 中 差\n完成率 90%-100% 80%-89% 60%-79% 60%以下\n",
        # no grading named: ranges of something else
        "年龄构成 30%-40%、20%-25%、10%-12%。\n",
    ),
)

_NUM = r"(\d{1,3}(?:\.\d{1,2})?)"
# A band starts at a figure (checked in _runs not to be the tail of a longer one) or at <, 低于:
# a pattern that starts with a character class, not a lookbehind, scans a report's figures fast.
_BAND = regex_cache.compile(
    r"(?:[<＜]|低于|小于|不足)[ \u3000]{0,2}" + _NUM + r"[ \u3000]{0,2}%"  # <50%: group 1
    r"|" + _NUM + r"(?:%?[ \u3000]{0,2}[-~～—–至到][ \u3000]{0,2}" + _NUM + r"[ \u3000]{0,2}%"  # 60%-80%: groups 2, 3
    r"|[ \u3000]{0,2}%[ \u3000]{0,2}(?:以下|以内))"  # 50%以下: group 2 alone
)
_BETWEEN = regex_cache.compile(r"[\s|，,、；;：:（）()优良中差秀好格等]{0,6}")
_GRADING = regex_cache.compile(r"优|良|等级|等次|标准|分档")
LOOKBACK = 300
MIN_RUN = 3
_RANGE_MARK = regex_cache.compile(r"\d[ \u3000]{0,2}%?[ \u3000]{0,2}[-~～—–至到][ \u3000]{0,2}\d")
CLUSTER = 100  # most characters from the first % of three bands to the third
WINDOW_BEFORE = 24  # a band's figures (60 - 80 %) and 低于 before its %
WINDOW_AFTER = 6  # 以下 after it
GAP = Decimal(1)  # whole-number bands (80%-89%, 90%-100%) step by one unit


def _bounds(m: re.Match[str]) -> tuple[Optional[Decimal], Decimal]:
    """A band's (floor, ceiling); a band with no floor (<50%, 50%以下) has None."""
    if m.group(3) is not None:
        return Decimal(m.group(2)), Decimal(m.group(3))
    return None, Decimal(m.group(1) or m.group(2))


def _windows(text: str) -> Iterable[tuple[int, int]]:
    """Stretches of the text where three % signs lie close together: the only places a run of three
    bands can be (a report has thousands of figures, and few such clusters)."""
    signs = char_positions(text, "%")
    lo = hi = -1
    for a, b in zip(signs, signs[MIN_RUN - 1:]):
        if b - a > CLUSTER:
            continue
        if a - WINDOW_BEFORE > hi:
            if hi > lo:
                yield lo, hi
            lo = max(0, a - WINDOW_BEFORE)
        hi = b + WINDOW_AFTER
    if hi > lo:
        yield lo, hi


def _runs(text: str) -> Iterable[list[re.Match[str]]]:
    """Runs of bands that follow each other with only separators (or grade words) between."""
    for lo, hi in _windows(text):
        if len(_RANGE_MARK.findall(text, lo, hi)) < MIN_RUN - 1:
            continue  # all but the lowest band are ranges: a cluster of plain percentages has no run
        # a band right after a digit or point is the tail of a longer figure, not a band
        bands = (m for m in _BAND.finditer(text, lo, hi)
                 if not (m.start() > 0 and text[m.start() - 1] in "0123456789."))
        yield from split_runs(bands, lambda prev, m: _BETWEEN.fullmatch(text, prev.end(), m.start()) is not None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "%" not in text:
        return
    for run in _runs(text):
        if len(run) < MIN_RUN or not _GRADING.search(text, max(0, run[0].start() - LOOKBACK), run[0].start()):
            continue
        bounds = [_bounds(m) for m in run]
        if any(lo is None for lo, _ in bounds[:-1]) or any(lo > hi for lo, hi in bounds if lo is not None):
            continue  # only the lowest band may lack a floor; a band must read low to high
        if any(a[1] <= b[1] for a, b in zip(bounds, bounds[1:])):
            continue  # not falling from band to band
        for (upper, upper_band), (lower, lower_band) in zip(zip(bounds, run), zip(bounds[1:], run[1:])):
            if upper[0] - lower[1] > GAP:
                yield Finding(
                    lower_band.start(), lower_band.end(), RULE.code, RULE.severity,
                    f"上一档为“{upper_band.group()}”，下一档却为“{lower_band.group()}”，"
                    f"{lower[1]}%至{upper[0]}%之间没有归属，分档应当衔接。",
                )
