"""N068: a rate said to exceed its target by so many points, where the target the text states gives another.

Work summaries report an indicator against the year's target: "覆盖人口比例达88%、超目标任务1个百分点", the
target stated in the plan part of the same text ("提升……覆盖人口比例至86%以上"). The points over the target are
the difference of the two rates (88 − 86 = 2), which the reader can work out; a different figure is a slip in
one of the three.

Precision: the target is read only where the text names the same measure (its last characters, 覆盖人口比例)
right before "至/到/达到/不低于 Z%", and only when every such place states one value; a target that is no
lower than the rate achieved is no reading of "超"; the difference is compared within the printed precision of
the rate and of the points (a target is a figure set, exact as printed).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import tolerance
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N068",
    name="points-over-target",
    severity="warning",
    summary="“超目标若干个百分点”与文中所列目标值和实际值之差不符",
    doc=(
        "检查什么：“覆盖人口比例达88%、超目标任务1个百分点”这样写明比率超出目标的百分点数，而同一文中对同一指标写明了目标"
        "（“提升……覆盖人口比例至86%以上”），两者之差（88−86＝2个百分点）与所写的百分点数不符。\n"
        "为什么：超出目标的百分点数就是实际值与目标值之差，读者可以自行核算；不符的，是实际值、目标值或百分点数有一处写错。\n"
        "不报的情形：文中没有写明同一指标的目标值的；同一指标写了几个不同的目标值的；目标值不低于实际值的；"
        "差额在打印精度以内的（写成整数的百分点数按四舍五入读）。\n"
        "示例：目标“森林覆盖率提高到62.5%”，实际“森林覆盖率达63.8%，超目标任务0.3个百分点”，应为1.3个百分点。"
    ),
    flag=(
        "今年的目标是将农村自来水普及率提高到95%以上。截至年底，全县农村自来水普及率达98%，超目标任务1个百分点。",
        "年度计划：森林覆盖率提高到62.5%。全年造林1.2万亩，森林覆盖率达63.8%，超出年度目标0.3个百分点。",
    ),
    keep=(
        "今年的目标是将农村自来水普及率提高到95%以上。截至年底，全县农村自来水普及率达98%，超目标任务3个百分点。",
        "年度计划：森林覆盖率提高到62.5%。全年造林1.2万亩，森林覆盖率达63.8%，超出年度目标1.3个百分点。",
        # points written whole: 0.6 rounds to 1
        "年度计划：森林覆盖率提高到62.5%。全年造林1.2万亩，森林覆盖率达63.1%，超出年度目标1个百分点。",
        # no target stated for the measure: nothing to compute
        "全县农村自来水普及率达98%，超目标任务1个百分点。",
        # two targets stated for the measure (two years): which one is meant cannot be told
        "普及率2023年提高到95%，2025年提高到97%。全县农村自来水普及率达98%，超目标任务1个百分点。",
    ),
)

_PCT = r"(\d{1,3}(?:\.\d{1,3})?)\s{0,2}[%％]"
# The measure achieved, its rate, then (in the same sentence) the points over the target.
_CLAIM = regex_cache.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,16}?(?:率|比例|比重|占比))\s{0,2}(?:达到|达|为|提高到|提升至|提高至|提升到)\s{0,2}"
    + _PCT.replace("(", "(?P<rate>", 1) + r"[^。；;\n]{0,30}?(?:超|超过|超出|高于)(?:年度|全年|省定|市定)?"
    r"(?:目标任务|目标值|预期目标|计划目标|目标|计划)\s{0,2}(?P<points>\d{1,3}(?:\.\d{1,2})?)\s{0,2}个百分点")
_OVER = regex_cache.compile(r"(?:超|超过|超出|高于)(?:年度|全年|省定|市定)?(?:目标任务|目标值|预期目标|计划目标|目标|计划)"
                            r"\s{0,2}\d{1,3}(?:\.\d{1,2})?\s{0,2}个百分点")
_CLAIM_BACK = 80  # characters before the points the measure and its rate are read in
_TAIL = 4  # characters of the measure's name a target must be stated after
_TARGET = regex_cache.compile(r"\s{0,2}(?:提高|提升|增加|达)?\s{0,2}(?:至|到|达到|不低于|≥)\s{0,2}" + _PCT)


def _target(text: str, name: str, claim: tuple[int, int]) -> Optional[tuple[Decimal, int]]:
    """The one target rate the text states for the measure ``name`` outside the claim, or None."""
    tail = name[-_TAIL:] if len(name) > _TAIL else name
    found = set()
    at = text.find(tail)
    while at >= 0:
        m = _TARGET.match(text, at + len(tail))
        if m and (m.end() <= claim[0] or at >= claim[1]):
            found.add((Decimal(m.group(1)), _decimals(m.group(1))))
        at = text.find(tail, at + 1)
    values = {v for v, _ in found}
    if len(values) != 1:
        return None
    return max(found, key=lambda f: f[1])


def _decimals(raw: str) -> int:
    return len(raw.split(".")[1]) if "." in raw else 0


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "个百分点" not in text:
        return
    for over in _OVER.finditer(text):  # the claim read back from each "超目标N个百分点", not tried at every character
        m = _CLAIM.search(text, max(0, over.start() - _CLAIM_BACK), over.end())
        if m is None or m.end() != over.end():
            continue
        target = _target(text, m.group("name"), m.span())
        if target is None:
            continue
        rate, points = Decimal(m.group("rate")), Decimal(m.group("points"))
        if target[0] >= rate:
            continue
        over = rate - target[0]
        # a target is a figure set, not measured: exact as printed; the rate and the points are rounded (half up),
        # so they agree when the intervals they stand for meet: the difference within the sum of half-units
        slack = tolerance(_decimals(m.group("rate"))) + tolerance(_decimals(m.group("points")))
        if abs(over - points) < slack:
            continue
        yield Finding(
            m.start("points"), m.end("points"), RULE.code, RULE.severity,
            f"“{m.group('name')}”为{m.group('rate')}%，文中所定目标为{target[0]}%，超出"
            f"{format(over.normalize(), 'f')}个百分点，而文中写“超{m.group('points')}个百分点”：实际值、目标值或百分点数有一处写错。",
            format(over.normalize(), "f"),
        )
