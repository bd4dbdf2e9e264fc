"""N050: a share whose decimal point was lost (占283% for 占28.3%), read from its siblings.

A text copied from a PDF or a scanned page loses small marks, the decimal point among
them: "第一产业占283%，第二产业占293%，第三产业占424%" was 28.3%, 29.3% and 42.4%. A share
of more than 100% is not wrong by itself (an execution against a budget, 占预算的105%),
but a run of sibling shares that makes exactly 100% once each three-digit whole share is
read with a point before its last digit, and does not as written, is a whole broken down
with its points dropped. Only that evidence is used: a lone 占283% is left alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N050",
    name="share-lost-point",
    severity="error",
    summary="占比丢失小数点（占283%应为占28.3%）",
    doc=(
        "检查什么：同一处连续列出的几个占比（“占…%”）中，有三位整数、超过100%的占比，"
        "把它们读作一位小数（283%读作28.3%）后各占比之和恰为100%，照写的却不是。\n"
        "为什么：从PDF或扫描件转出的文字常丢失小数点，各部分占比超过100%不可能，"
        "而补上小数点后正好合成一个整体，说明是小数点丢了。\n"
        "不报的情形：单独一个超过100%的占比（如执行数占预算的105%）；补上小数点后仍合不成100%的。\n"
        "示例：“第一产业占283%，第二产业占293%，第三产业占424%”应为28.3%、29.3%、42.4%。"
    ),
    flag=(
        "全县从业人员中，农业人员占283%，工业人员占293%，服务业人员占424%。",
        # one share lost its point among others that kept theirs
        "本年支出中，基本支出占615%，项目支出占38.5%。",
    ),
    keep=(
        "全县从业人员中，农业人员占28.3%，工业人员占29.3%，服务业人员占42.4%。",
        # an execution against its own budget: above 100% and no breakdown
        "税收收入完成1200万元，占预算的105%；非税收入完成300万元，占预算的98%。",
        # three-digit shares that make no whole even with points
        "甲项目支出占预算的120%，乙项目支出占预算的130%。",
    ),
)

# A share: 占, a short name of the whole (no figure, no clause mark), then the figure and %.
_SHARE = regex_cache.compile(r"占(?:[^\d，。；;,\n%％]{0,16}?)?(\d{1,3}(?:\.\d{1,2})?)[%％]")
GAP = 40  # characters between two shares of one run at most
_BREAK = "。\n"  # a run of siblings stays within one sentence


def _runs(text: str):
    run = []
    for m in _SHARE.finditer(text):
        if run and (m.start() - run[-1].end() > GAP or any(c in text[run[-1].end():m.start()] for c in _BREAK)):
            yield run
            run = []
        run.append(m)
    if run:
        yield run


def _lost(raw: str) -> bool:
    """A whole three-digit share over 100: its point may have been dropped before the last digit."""
    return "." not in raw and len(raw) == 3 and int(raw) > 100


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for run in _runs(text):
        if len(run) < 2:
            continue
        raws = [m.group(1) for m in run]
        if not any(_lost(r) for r in raws):
            continue
        values = [Decimal(r) / 10 if _lost(r) else Decimal(r) for r in raws]
        slack = Decimal("0.05") * len(values)  # each share rounded at one decimal at most
        if abs(sum(values) - 100) > slack or abs(sum(Decimal(r) for r in raws) - 100) <= slack:
            continue
        for m, raw, value in zip(run, raws, values):
            if _lost(raw):
                yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                              f"占比{raw}%超过100%，疑为{value}%（丢失小数点）：按此读，同处各占比之和恰为100%", None)
