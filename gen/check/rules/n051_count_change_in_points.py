"""N051: a count or an amount whose change on a period is stated in 个百分点 (接待游客116.84万人次，较2019年同期增长34.57个百分点).

个百分点 measures the change of a rate or a share (满意度由90%提高到92%，提高2个百分点). A count (人次, 家) or an
amount (万元) changes by a percentage: "较上年增长34.57%", never by points. Read only where the change compares
with a period (较上年, 比去年, 较2019年同期, 与去年同期相比) and the words between it and the last count or amount of its clause
group name no rate (率, 比重, 占比, 增速, 满意度…) and state no level in % (only that count's own growth rate, 同比增长2.53%):
then the points can only be the count's.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N051",
    name="count-change-in-points",
    severity="warning",
    summary="人次、金额等数量的增减幅度误写作“个百分点”",
    doc=(
        "检查什么：“接待游客116.84万人次，较2019年同期增长34.57个百分点”这样，人次、人数、金额等数量与上年或某年同期相比的增减，"
        "写成了“个百分点”。\n"
        "为什么：“个百分点”是两个百分比之差，只用于比率、比重的变化；数量的增减幅度应写作百分数（增长34.57%）。\n"
        "不报的情形：两者之间写有比率、比重、增速、满意度等（“占比30%，较上年提高2个百分点”）或另一个百分比水平；"
        "“较全省增速高X个百分点”这类不与某一时期相比的说法。\n"
        "示例：全州接待过夜游客116.84万人次，同比增长2.53%，较2019年同期增长34.57个百分点（应为34.57%）。"
    ),
    flag=(
        "全县接待过夜游客116.84万人次，同比增长2.53%，较2019年同期增长34.57个百分点。",
        "全年实现旅游收入49.37亿元，比上年增长6.2个百分点。",
        # the period told as 与……相比
        "一季度完成工业产值12.40亿元，总量居全县第二，与去年同期相比增长9.3个百分点。",
    ),
    keep=(
        "全年实现旅游收入49.37亿元，占全市的5.43%，较上年提高0.6个百分点。",
        "全年实现旅游收入49.37亿元，同比增长19.57%，较全省总体增速高5.37个百分点。",
        "全年实现旅游收入49.37亿元，增速较上年提高6.2个百分点。",
        "全年实现旅游收入49.37亿元，比上年增长6.2%。",
        "一季度完成工业产值12.40亿元，增速与去年同期相比提高9.3个百分点。",
        "一季度完成工业产值12.40亿元，与去年同期相比增长9.3%。",
    ),
)

_CHANGE = regex_cache.compile(
    r"(?:(?:较|比)(?:上年|去年|上一年|(?:19|20)\d\d年)(?:度)?(?:同期)?"
    r"|与(?:上年|去年|上一年|(?:19|20)\d\d年)(?:度)?(?:同期)?(?:相比|比较)[，,]?\s{0,2})"
    r"(?P<verb>增长|下降|增加|减少|提高|降低)了?\s{0,2}"
    r"(?P<n>\d{1,4}(?:\.\d{1,3})?)\s{0,2}个百分点")
_QUANTITY = regex_cache.compile(
    r"\d(?:[\d,，.]{0,14}\d)?\s{0,2}(?:万人次|人次|万人|万户|户|人|亿元|万元|元|家|个|辆|吨|公里|亩|套|台|件|张|批次)")
_RATE_WORD = regex_cache.compile(r"率|比重|占比|占全|占比重|增速|增幅|比例|份额|水平|指数|满意度|程度|系数|达到|恢复至")
_PERCENT = regex_cache.compile(r"(\d{1,4}(?:\.\d{1,3})?)\s{0,2}[%％]")
_OWN_GROWTH = regex_cache.compile(r"(?:增长|下降|增加|减少)了?\s{0,2}$")
_GROUP_STOPS = "。；;！？!?\n"
MAX_BACK = 120


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "个百分点" not in text:
        return
    for m in _CHANGE.finditer(text):
        lo = max([text.rfind(c, max(0, m.start() - MAX_BACK), m.start()) + 1 for c in _GROUP_STOPS]
                 + [max(0, m.start() - MAX_BACK)])
        last = None
        for q in _QUANTITY.finditer(text, lo, m.start()):
            last = q
        if last is None:
            continue
        between = text[last.end():m.start()]
        if _RATE_WORD.search(between) or _RATE_WORD.search(text, lo, last.start()):
            continue
        if any(not _OWN_GROWTH.search(text, max(0, last.end() + p.start() - 6), last.end() + p.start())
               for p in _PERCENT.finditer(between)):
            continue  # a level in % between (占5.43%): the points may be that share's
        yield Finding(
            m.start("n"), m.end(), RULE.code, RULE.severity,
            f"“{text[last.start():last.end()]}”是数量，其增减幅度应写作百分数（{m.group('verb')}{m.group('n')}%），"
            "“个百分点”只用于比率、比重之差",
        )
