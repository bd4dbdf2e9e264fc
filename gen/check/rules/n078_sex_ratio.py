"""N078: a sex ratio that its own boys and girls do not give, or a difference of sex ratios in 个百分点.

A 人口和计划生育 report states the births of a period by sex and then their ratio: "出生男孩324人，女孩335人，
性别比为96.72". The sex ratio is by definition the number of males per 100 females (国家统计局 指标解释:
出生人口性别比＝出生男婴数÷出生女婴数×100), so the printed ratio is 男÷女×100 rounded to its own places.
A ratio that is not (324÷335×100 = 96.716 printed 96.71; 164÷131×100 = 125.19 printed 125.20) was miscomputed
or mistyped. Only a ratio stated right after the two counts is read: any other figure between the girls and
the ratio (补报女孩3人) means the ratio is of other counts, and is left alone.

A sex ratio is a ratio (males per 100 females), not a percentage: a gap between two of them is "高1.68", not
"高1.68个百分点". The sentence that names the 性别比 and states the gap in 个百分点, with no rate (率) or
percentage between them that the 个百分点 could belong to, is reported as a warning.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ...core.numbers import round_half_up
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N078",
    name="sex-ratio",
    severity="error",
    summary="性别比与所列男女人数不符，或性别比之差写成“个百分点”",
    doc=(
        "检查什么：紧接男、女出生人数写出的性别比，应等于男÷女×100（按所印小数位数四舍五入）；"
        "性别比之差不应以“个百分点”为单位。\n"
        "为什么：出生人口性别比按定义为每100名女婴对应的男婴数（国家统计局指标解释），是比值而不是百分数；"
        "算错或抄错会使考核指标失真。\n"
        "不报的情形：女婴人数与性别比之间另有数字（补报、其他口径）的；性别比写成“105:100”的；"
        "同一句中“个百分点”之前另有比率或百分数的。\n"
        "示例：“出生男婴164人，女婴131人，出生人口性别比125.20”，164÷131×100＝125.19。"
    ),
    flag=(
        "上半年全镇出生男婴164人，女婴131人，出生人口性别比125.20。",
        "三年共出生男孩324人、女孩335人，性别比为96.71。",
        "全乡出生女婴52人，男婴60人，出生性别比为116.38。",
    ),
    keep=(
        "上半年全镇出生男婴164人，女婴131人，出生人口性别比125.19。",
        "三年共出生男孩324人、女孩335人，性别比为96.72。",
        "全乡出生女婴52人，男婴60人，出生性别比为115.38。",
        # a count between the girls and the ratio: the ratio is of other counts
        "当年出生男孩84人，女孩69人，补报女孩3人，性别比为116.67。",
        "出生男婴110人，女婴100人，性别比为110:100。",
        "出生男孩103人，女孩100人，性别比103，控制在合理范围内。",
        # the 个百分点 of a rate, not of the ratio
        "出生人口性别比控制在110以内，政策符合率比上年提高1.5个百分点。",
        "出生人口性别比为108，比上年下降2.1。",
    ),
)

_BOY = r"男(?:婴|孩|性)"
_GIRL = r"女(?:婴|孩|性)"
_COUNT = r"\s{0,2}(?:为|共)?\s{0,2}(\d{1,6})\s{0,2}(?:人|名|个)"
_GAP = r"[，,、；;\s]{1,3}(?:出生)?"
_TAIL = (r"[，,；;。\s]{1,3}(?:[^\d，,；;。\n]{0,12}?)性别比(?:为|是|达|达到)?\s{0,2}(\d{2,3}(?:\.\d{1,2})?)"
         r"(?![\d.:：/])")
_BOYS_FIRST = regex_cache.compile(_BOY + _COUNT + _GAP + _GIRL + _COUNT + _TAIL)
_GIRLS_FIRST = regex_cache.compile(_GIRL + _COUNT + _GAP + _BOY + _COUNT + _TAIL)
# 性别比 … 高1.68个百分点 in one sentence, no rate or percentage between (a 率 or % would own the 个百分点).
_POINTS = regex_cache.compile(
    r"性别比[^。；;\n率%％‰]{0,160}?(?:高|低|高出|低于|上升|下降|降低|提高|增加|减少)了?\s{0,2}"
    r"(\d{1,2}(?:\.\d{1,2})?)\s{0,2}个百分点")


def _ratio_findings(text: str) -> Iterable[Finding]:
    for pattern, boys_first in ((_BOYS_FIRST, True), (_GIRLS_FIRST, False)):
        for m in pattern.finditer(text):
            first, second, printed = int(m.group(1)), int(m.group(2)), m.group(3)
            boys, girls = (first, second) if boys_first else (second, first)
            if girls == 0 or boys == 0:
                continue
            places = len(printed.partition(".")[2])
            exact = Decimal(boys) * 100 / Decimal(girls)
            expected = round_half_up(exact, places)
            if expected == Decimal(printed):
                continue
            yield Finding(m.start(3), m.end(3), RULE.code, RULE.severity,
                          f"性别比{printed}与所列人数不符：男{boys}÷女{girls}×100＝{expected}。", str(expected))


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "性别比" not in text:
        return
    yield from _ratio_findings(text)
    for m in _POINTS.finditer(text):
        yield Finding(m.start(1), m.end(), RULE.code, "warning",
                      "性别比是每100名女性对应的男性人数，不是百分数，两个性别比之差不宜以“个百分点”为单位。", None)
