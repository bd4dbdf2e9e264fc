"""N060: a cost given per person-day without its money (差旅费 470 人/天 for 470元/人·天).

A 成本指标 prices a unit of work: 培训费 320元/人·天, 差旅费 470元/人·天. A form that writes
the unit as 人/天 (or 人/日, 人·天) after a fee's figure has lost the 元: read as written, the
fee is a number of people a day. Only an item named as a fee (…费) is read, with the figure
right after it (a table's cells run into a line, or 为/标准 between), so a count of trainees
(培训人数 320人/天) passes.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N060",
    name="cost-per-person-day",
    severity="warning",
    summary="费用指标的单位写成“人/天”，缺少“元”",
    doc=(
        "检查什么：以“费”命名的成本指标（差旅费、培训费、伙食费、住宿费、会议费）后面的数值，单位写成"
        "“人/天”“人/日”“人·天”，而不是“元/人·天”“元/人/天”。\n"
        "为什么：费用的单位应是金额；写成“人/天”读来是每天多少人，指标值无法核对。\n"
        "不报的情形：培训人数、参会人数等以人计的指标；单位中写了元的。\n"
        "示例：“检查差旅费 470 人/天”应为“470元/人·天”。"
    ),
    flag=(
        "产出指标 成本指标 下乡检查差旅费 450 人/天 10",
        "成本指标|培训费|≤300人/天|280人/天|10|10|",
        "会议伙食费标准为120人·天。",
    ),
    keep=(
        "产出指标 成本指标 下乡检查差旅费 450 元/人·天 10",
        "成本指标|培训费|≤300元/人/天|280元/人/天|10|10|",
        "数量指标 培训人数 320 人/天",
        "会议费用于120人·天的会务保障。",
    ),
)

# A fee's name, then at most a few linking characters or cell breaks, the figure, and 人/天 with no 元.
_FEE = regex_cache.compile(
    r"费(?<![人次]费)(?:标准|用)?(?:为|是|按)?[ \t\u3000|｜]{0,4}(?:[≤≥<>＜＞=＝]{1,2})?[ \t\u3000]{0,2}"
    r"(\d{1,6}(?:\.\d{1,2})?)[ \t\u3000]{0,2}(人[/／·•]?(?:天|日))(?![\u4e00-\u9fff])")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for m in _FEE.finditer(text):
        unit = m.group(2)
        yield Finding(m.start(1), m.end(2), RULE.code, RULE.severity,
                      f"费用指标的值“{m.group(1)}{unit}”缺少金额单位，应为“{m.group(1)}元/人·天”一类的写法", None)
