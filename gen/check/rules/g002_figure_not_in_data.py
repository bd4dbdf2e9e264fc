"""G002: a figure in the text that matches no data value and no fact derived from the data."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..not_quantities import is_not_a_quantity
from ..numbers_text import num
from ..registry import Rule

RULE = Rule(
    code="G002",
    name="figure-not-in-data",
    severity="info",
    summary="数字在数据文件中找不到来源",
    doc=(
        "用 --data 给出数据文件时，正文中的每个数字都应来自数据，或由数据推算得出（金额、比率、占比、"
        "增减额与增减幅度、个数、得分、任务指标和绩效指标的值，以及数据中文字里写到的数字）。"
        "找不到来源的数字可能是手工改动、抄自其他报告或已经过时，提示核对。"
        "年份、日期、序号（第…、1.、（1））、文号中的数字（〔2020〕6号）和书名号内的数字不检查；"
        "已由 G001 核对过的数字不重复提示。"
    ),
    flag=("全年开展健康讲座1,234场。",),
    keep=(
        "2021年共87个项目，实际到位资金30,758.63万元，实际支出27,512.96万元，资金使用率89.45%。",
        "根据《关于做好2022年度绩效自评工作的通知》（荔财〔2020〕6号），第3项任务已完成。",
    ),
    needs_data=True,
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    # imported here: only a check with --data runs this rule, and a plain check need not load grounding
    from ..grounding import grounding, judged

    g = grounding(ctx)
    seen = {(j.q.start, j.q.end) for j in judged(ctx)}
    text = ctx.text
    for q in ctx.quantities:
        if (q.start, q.end) in seen or is_not_a_quantity(text, q) or g.is_known(q):
            continue
        yield Finding(
            q.start, q.end, RULE.code, RULE.severity,
            f"数字{num(q)}{q.unit}在数据文件中找不到来源，也不是由数据推算得出，请核对",
            None,
        )
