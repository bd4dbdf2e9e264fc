"""G001: a figure stated for a named quantity that the data file contradicts."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import num
from ..registry import Rule

RULE = Rule(
    code="G001",
    name="data-contradicts",
    severity="error",
    summary="所述数字与数据文件不符",
    doc=(
        "用 --data 给出报告的数据文件（与 jixiao generate 读取的格式相同）时，检查正文中为有名称的数量"
        "（本年收入、本年支出、基本支出、人员经费、日常公用经费、项目支出、政府采购金额、预算执行率、"
        "支出进度、自评得分、编制与在岗人数，以及数据中的任务指标和绩效指标名称）写出的数字："
        "按所写的小数位数四舍五入或截断后与数据不一致时报错，并给出数据中的值。"
        "Markdown 表格中的数字按所在行的项目名称和列标题中的单位（如“金额（万元）”）核对。"
        "名称与数字的对应关系见 glossary/grounding.yaml。"
        "例：数据中本年支出为322,145.23万元，正文写“本年支出322,415.23万元”。"
    ),
    flag=("调整后预算30,758.63万元，实际到位资金30,785.63万元。", "资金使用率为90%。"),
    keep=(
        "调整后预算30,758.63万元，实际到位资金30,758.63万元，资金使用率为89.45%。",
        "事业收入1,000.00万元。",
    ),
    needs_data=True,
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    # imported here: only a check with --data runs this rule, and a plain check need not load grounding
    from ..grounding import data_value_text, formatted, judged

    for j in judged(ctx):
        if j.agrees:
            continue
        q = j.q
        yield Finding(
            q.start, q.end, RULE.code, RULE.severity,
            f"{j.expected.name}此处为{num(q)}{q.unit}，与数据不符：数据为{data_value_text(q, j.expected)}",
            formatted(q, j.expected),
        )
