"""N054: a count's growth over an earlier year given in 个百分点 (人次……较2019年同期增长34.57个百分点).

A percentage point is the difference of two percentages: a rate (火化率48.3%，比上年增加1.2个百分点)
or a share rises by points. A count (人次, 户, 万元) grows by a percent of itself: "接待游客116.84万人次，
同比增长2.53%，较2019年同期增长34.57个百分点" gives the count's growth over 2019 in points, which
means nothing; it was 34.57%. Read only where the comparison follows the count at once (or
after its own 同比增长X%), with a verb of the count's own change (增长, 增加, 下降, 减少) and an
earlier year as the base: a growth rate compared with another is "高/低/提高/加快…个百分点".
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N054",
    name="count-growth-in-points",
    severity="warning",
    summary="人次、户数、金额等数量的增幅误用“个百分点”",
    doc=(
        "检查什么：人次、人数、户数、金额等数量之后，紧接着写“较（比）某年（上年）增长（增加、下降、减少）X个百分点”。\n"
        "为什么：“个百分点”只用于两个百分数（比率、占比）之差；数量本身的增减应以“%”表示。\n"
        "不报的情形：比率、占比之后的“个百分点”（“火化率48.3%，比上年增加1.2个百分点”）；"
        "比较两个增速的“高（低）X个百分点”“提高X个百分点”。\n"
        "示例：“接待游客116.84万人次，同比增长2.53%，较2019年同期增长34.57个百分点”应为“增长34.57%”。"
    ),
    flag=(
        "全县接待游客56.2万人次，较2019年同期增长12.5个百分点。",
        "实现旅游收入3.6亿元，同比增长8.1%，比2019年增长20.3个百分点。",
    ),
    keep=(
        "全县接待游客56.2万人次，较2019年同期增长12.5%。",
        "火化率48.3%，比上年增加1.2个百分点。",
        "实现旅游收入3.6亿元，同比增长8.1%，较全省平均增速高2.3个百分点。",
        "实现旅游收入3.6亿元，同比增长8.1%，增速比上年提高2.3个百分点。",
    ),
)

_COUNT = (r"(?<![\d.])\d{1,9}(?:\.\d{1,4})?[ \u3000]?(?:万|亿)?(?:人次|人|户|家|个|件|辆|台|套|吨|万元|亿元|元)")
_GROWTH = regex_cache.compile(
    _COUNT + r"[，,](?:同比)?(?:增长|下降)?(?:\d{1,4}(?:\.\d{1,2})?[%％][，,])?"
    r"(?:较|比)(?:\d{4}年|上年|去年|上一年)(?:同期|底|末)?(?:增长|增加|下降|减少)"
    r"(\d{1,4}(?:\.\d{1,2})?个百分点)")


def check(ctx: CheckContext) -> Iterable[Finding]:
    for m in _GROWTH.finditer(ctx.text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"数量的增减应以“%”表示，“{m.group(1)}”只用于两个百分数之差", None)
