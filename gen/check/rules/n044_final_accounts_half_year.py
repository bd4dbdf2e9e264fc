"""N044: a 决算 reviewed with the wrong year's first half (2021年财政决算草案和2024年上半年预算执行情况).

A people's congress standing committee reviews a year's final accounts in the middle of the next
year, together with that next year's first-half budget execution: 关于2021年财政决算和2022年上半年
预算执行情况的报告. The report's title is cited in every 决算 note's opening line (根据……的审议批复), and the
two years are bound: the first half is always of the year after the accounts. A first half of another
year (2024 for a 2021 决算, or the same year) is a slip of the citation, which a reader cannot resolve
without the resolution itself. Read only where 决算 and 上半年……预算执行 stand in one phrase joined by 和、及
or 与, so two years of separate sentences never meet.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N044",
    name="final-accounts-half-year",
    severity="warning",
    summary="决算与上半年预算执行情况并提时年份不衔接",
    doc=(
        "检查什么：“2021年财政决算（草案）和2024年上半年预算执行情况”这样并提的决算与上半年预算执行情况，"
        "上半年的年份不是决算年度的下一年。\n"
        "为什么：人大常委会在次年年中审议上一年决算，同时听取当年上半年预算执行情况，两个年份固定相差一年；"
        "引用的报告名称年份不衔接，多是年份写错，读者无法核对审议批复。\n"
        "不报的情形：年份相差一年的（2021年决算和2022年上半年）；决算与上半年执行情况分属两句、没有用“和、及、与”连在一起的。\n"
        "示例：“对《某县2021年财政决算草案和2024年上半年财政预算执行情况报告》的审议批复”中“2024年”应为“2022年”。"
    ),
    flag=(
        "根据县人大常委会对《某县2021年财政决算草案和2024年上半年财政预算执行情况报告》的审议批复，现公开如下。",
        "听取了关于2022年本级决算及2022年上半年预算执行情况的报告。",
    ),
    keep=(
        "根据县人大常委会对《某县2021年财政决算草案和2022年上半年财政预算执行情况报告》的审议批复，现公开如下。",
        "关于2022年全市决算和2023年上半年预算执行情况的报告已审议通过。",
        "2021年决算已批复。2024年上半年预算执行情况良好。",
    ),
)

# 决算 of a year, joined by 和/及/与 to a first half's budget execution, with at most a few words between.
_PAIR = regex_cache.compile(
    r"((?:19|20)\d\d)[ \u3000]?年度?[\u4e00-\u9fff]{0,8}?决算(?:草案)?[)）]?(?:和|及|与|以及)"
    r"[ \u3000]?((?:19|20)\d\d)[ \u3000]?年上半年[\u4e00-\u9fff]{0,6}?预算执行"
)


def check(ctx):
    for m in near_needles(_PAIR, ctx.text):
        year, half = int(m.group(1)), int(m.group(2))
        if half == year + 1:
            continue
        s, e = m.span(2)
        yield Finding(
            s, e + 1, RULE.code, RULE.severity,
            f"{year}年决算与“{half}年上半年”预算执行情况并提：上半年应为决算年度的下一年（{year + 1}年），请核对年份。",
            None,
        )
