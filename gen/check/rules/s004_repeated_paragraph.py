"""S004: a paragraph repeated verbatim.

Long paragraphs do not repeat by design; a second copy is a paste made
twice. Short lines (slogans, table cells, 同上) repeat legitimately and are
ignored, as are table rows.
"""

from __future__ import annotations

import re

from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S004",
    name="repeated-paragraph",
    severity="warning",
    summary="段落重复出现",
    doc=(
        "检查什么：与前文某段完全相同的段落（忽略空白，不计较短的段落和表格行）。\n"
        "为什么：整段重复多是粘贴了两次，报告显得拼凑。\n"
        "示例：“存在问题”和“改进措施”两部分出现了一字不差的同一段话。"
    ),
    flag=(
        "受疫情影响，部分项目启动较晚，实施周期相对较长，导致项目验收晚，预算执行进度偏慢，相对比较集中。\n"
        "二、改进措施\n"
        "受疫情影响，部分项目启动较晚，实施周期相对较长，导致项目验收晚，预算执行进度偏慢，相对比较集中。",
    ),
    keep=(
        "（五）奖励扶助\n提高计划生育家庭发展能力。\n（六）一次性奖励\n提高计划生育家庭发展能力。",
        "产出指标\t数量指标\t全血采集量\t22000U\t22000U\n\t\t国家免疫规划疫苗接种率\t≥90%\t≥90%\n\t\t国家免疫规划疫苗接种率\t≥90%\t≥90%",
    ),
)

MIN_CHARS = 40
_SPACE = re.compile(r"\s")


def check(ctx):
    seen: dict[str, int] = {}
    for span in ctx.paragraphs:
        if "\t" in span.text:
            continue
        key = _SPACE.sub("", span.text)
        if len(key) < MIN_CHARS:
            continue
        if key in seen:
            line, _ = ctx.line_col(seen[key])
            yield Finding(span.start, span.end, RULE.code, RULE.severity, f"本段与第{line}行的段落完全相同，疑似重复粘贴。")
        else:
            seen[key] = span.start
