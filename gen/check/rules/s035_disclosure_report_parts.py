"""S035: a disclosure report of 2021 or later whose six parts are not all there, or not in the format's order.

The format of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号) has six parts in a fixed order: 一、总体情况
二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题
及改进情况 六、其他需要报告的事项 (glossary/disclosure_report.yaml). A report that goes from 三 to 五's 存在的主要问题
left out the 行政复议、行政诉讼 part; one whose 行政复议 part comes before its 收到和处理 part mixed the order.

Read only in a text whose head names such a report of a known year from 2021 on, with at least three of the parts
found as level-1 headings. A page may be cut off at its end: only a part missing before a later part that is present
counts, never the parts after the last one found.
"""

from __future__ import annotations

from .. import disclosure_report as dr
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S035",
    name="disclosure-report-parts",
    severity="warning",
    summary="2021年及以后的政府信息公开工作年度报告缺少格式规定的某一部分，或各部分顺序与格式不符",
    doc=(
        "检查什么：2021年度及以后的政府信息公开工作年度报告，一级标题中的六个部分（总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项）"
        "是否缺少中间的某一部分，或顺序颠倒。\n"
        "为什么：国办公开办函〔2021〕30号规定了年度报告的六个部分及其顺序；缺少一部分（多为行政复议、行政诉讼情况），"
        "说明报告没有按格式编写。\n"
        "不报的情形：看不出年度或2020年度及以前的报告；找到的部分不足三个的；最后找到的部分之后的部分（页面可能截断）。\n"
        "示例：“三、收到和处理政府信息公开申请情况”之后直接是“四、存在的主要问题及改进情况”，缺了行政复议、行政诉讼情况一部分。"
    ),
    flag=(
        "某局2023年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n"
        "三、收到和处理政府信息公开申请情况\n略。\n四、存在的主要问题及改进情况\n略。\n",
        "某局2022年政府信息公开工作年度报告\n一、总体情况\n略。\n二、收到和处理政府信息公开申请情况\n略。\n"
        "三、主动公开政府信息情况\n略。\n四、政府信息公开行政复议、行政诉讼情况\n略。\n",
    ),
    keep=(
        "某局2023年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n"
        "三、收到和处理政府信息公开申请情况\n略。\n四、政府信息公开行政复议、行政诉讼情况\n略。\n",
        "某局2019年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n"
        "三、收到和处理政府信息公开申请情况\n略。\n四、存在的主要问题及改进情况\n略。\n",
        "某局2023年政府信息公开工作年度报告\n一、总体情况\n略。\n三、收到和处理政府信息公开申请情况\n略。\n",
    ),
)

MIN_PARTS = 3


def check(ctx):
    text = ctx.text
    if not dr.is_report(text):
        return
    year = dr.report_year(text)
    fmt = dr.fmt()
    if year is None or year < fmt.from_year:
        return
    first = {}
    for p in dr.parts(text):
        first.setdefault(p.index, p)
    if len(first) < MIN_PARTS:
        return
    seen = sorted(first.values(), key=lambda p: p.start)
    for a, b in zip(seen, seen[1:]):
        if b.index < a.index:
            yield Finding(b.start, b.end, RULE.code, RULE.severity,
                          f"“{fmt.parts[b.index][0]}”应在“{fmt.parts[a.index][0]}”之前（年度报告格式规定的六个部分有固定顺序，"
                          f"依据{fmt.source}）。", None)
            return
    last = max(first)
    lost = [i for i in range(last) if i not in first]
    if lost:
        after = min((p for p in first.values() if p.index > lost[0]), key=lambda p: p.index)
        names = "、".join(f"“{fmt.parts[i][0]}”" for i in lost)
        yield Finding(after.start, after.end, RULE.code, RULE.severity,
                      f"年度报告缺少{names}一部分（依据{fmt.source}，报告分六个部分，依次为总体情况、主动公开政府信息情况、"
                      f"收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项）。",
                      None)
