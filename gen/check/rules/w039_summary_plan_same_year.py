"""W039: a summary-and-plan title whose two years are one (2023年工作总结和2023年工作打算).

A bureau's year-end report is titled after its two halves: the year it looks back on and
the year it plans, the next one (2023年工作总结和2024年工作打算). Written over last year's
title, one of the two years is changed and the other is not, or both are set to the same
year: 2023年度工作总结和2023年度工作打算 plans the year it has already summed up. Only the
two halves named in one phrase are read — a year, up to a short body name, 工作总结 (总结),
then 和/及/与/暨, a year, a short gap and 工作打算 (计划, 思路, 安排, 要点) — and a half of a
year (上半年工作总结和下半年工作计划, 2023年上半年…2023年下半年…) or a quarter between
them is a mid-year report, whose two halves are of one year by right.

The same phrase with its conjunction lost is read too: 工作总结 run straight into the next year's plan
(2023年文化旅游工作总结2024年工作计划汇报如下), no 和/及/与/暨 and no blank between the halves, reads as one
garbled noun — whatever the body or the sector, the title's two halves are always joined. A blank or a line
break between them is a title's layout and is left.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W039",
    name="summary-plan-same-year",
    severity="warning",
    summary="“××年工作总结和××年工作打算（计划）”中总结与打算写的是同一年，或两者之间漏了“和”“及”",
    doc=(
        "检查什么：工作总结和下一年工作打算（计划、思路、安排、要点）并列成题时，两处写的年份相同，"
        "如“2023年度工作总结和2023年度工作打算”。\n"
        "为什么：年度工作总结回顾当年，打算（计划）说的是下一年；两处同一年，总有一处是照抄上年标题时漏改的"
        "（应为“2023年工作总结和2024年工作打算”，或“2022年工作总结和2023年工作打算”）；"
        "“工作总结”后紧接下一年的“工作计划”，中间漏了“和”“及”（“2023年工作总结2024年工作计划”），两个短语连成一串读不通。\n"
        "不报的情形：两个年份不同的；半年、季度的总结和打算（“2023年上半年工作总结和下半年工作计划”"
        "“2023年上半年工作总结和2023年下半年工作安排”）；总结与计划不在同一个短语里的。\n"
        "示例：“某县教育局2023年度工作总结和2023年度工作打算”应为“……2023年度工作总结和2024年度工作打算”。"
    ),
    flag=(
        "某县教育局2023年度工作总结和2023年度工作打算\n一、2023年工作总结\n",
        # a body's name between the year and the summary, 计划打算 for the plan
        "2023年教育局工作总结与2023年工作计划打算(全文)\n",
        "某镇2021年工作总结及2021年工作思路\n",
        # the conjunction lost between the halves
        "现将我局2023年安全生产工作总结2024年工作打算报告如下：",
    ),
    keep=(
        "某县教育局2023年度工作总结和2024年度工作打算\n",
        "某县教育局2022年工作总结和2023年工作计划\n",
        # a mid-year report: both halves of one year
        "某局2023年上半年工作总结和下半年工作计划\n",
        "某局2023年上半年工作总结和2023年下半年工作安排\n",
        "2023年第一季度工作总结及2023年第二季度工作计划\n",
        # two sentences, not one title
        "全面完成2023年工作总结。和2023年工作计划一并报送县政府。\n",
        # a blank or a line between the halves is layout; 总结 as a verb before a year
        "某局2023年工作总结 2024年工作计划\n会议总结2023年工作，部署2024年工作计划。\n",
    ),
)

# A gap inside a half of the title: a body's name (教育局), never a half-year, a quarter or a month (上半年,
# 第一季度, 1—6月), and no clause mark (the two halves are one phrase).
_GAP = r"(?:(?!半年|季度|[季月])[^\n，,。；;：:、0-9]){0,12}?"
_SUMMARY_PLAN = regex_cache.compile(
    r"((?:19|20)\d\d)[ \u3000]?年度?" + _GAP + r"(?:工作)?总结[ \u3000]?(?:和|及|与|暨|以及)[ \u3000]?"
    r"((?:19|20)\d\d)[ \u3000]?年度?" + _GAP + r"(?:工作)?(?:打算|计划|思路|安排|要点)"
)


# 工作总结 run straight into a year's plan: the conjunction between the two halves lost.
_RUN_TOGETHER = regex_cache.compile(
    r"(?<=工作总结)(?=(?:19|20)\d\d年度?(?:(?!半年|季度|[季月])[^\n\s，,。；;：:、0-9]){0,12}?(?:打算|计划|思路|安排|要点))")


def _run_together(text: str):
    for m in _RUN_TOGETHER.finditer(text):
        at = m.start()
        year = text[at:at + 5]
        yield Finding(at - 2, at, RULE.code, RULE.severity,
                      f"“工作总结”与后面的“{year}……”打算（计划）直接连写，漏了连词，应为“工作总结和{year}……”（或“及”）。",
                      "总结和")


def check(ctx):
    text = ctx.text
    if "总结" not in text:
        return
    yield from _run_together(text)
    for m in _SUMMARY_PLAN.finditer(text):
        if m.group(1) != m.group(2):
            continue
        year = int(m.group(1))
        yield Finding(m.start(2), m.end(2) + 1, RULE.code, RULE.severity,
                      f"工作总结与打算（计划）写的是同一年（{year}年）：总结回顾当年，打算说的是下一年，"
                      f"应为“{year}年……总结和{year + 1}年……打算”（或“{year - 1}年……总结和{year}年……打算”），"
                      "两处年份必有一处未随报告更新。")
