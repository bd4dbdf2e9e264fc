"""D006: a list of plenary sessions that stops before one held ahead of the report's year.

"贯彻党的十八届三中、四中全会精神" in a 2016 budget was right a year earlier: the 五中全会 met in
October 2015. The dates are data (glossary/plenary_sessions.yaml, read by gen/check/plenums.py). A stale list
closed by 会议 for 全会 (十九届二中、三中会议精神 in 2022) is one copied slip, reported here once with both parts.
"""

from __future__ import annotations

from ..finding import Finding
from ..plenums import session_name, stale_lists
from ..registry import Rule

RULE = Rule(
    code="D006",
    name="plenum-list-stale",
    severity="warning",
    summary="列举的中央全会止于较早的一次，漏了报告年度开始前已召开的全会",
    doc=(
        "检查什么：“党的十九大和十九届二中、三中、四中全会精神”这类列举中最后一次全会，早于报告年度开始前"
        "已召开的同届最近一次全会（词库 glossary/plenary_sessions.yaml），如2016年预算写“十八届三中、四中全会精神”"
        "（十八届五中全会已于2015年10月召开）。\n"
        "为什么：全会的列举逐年加长，少了最近的全会，说明句子照抄往年报告。\n"
        "不报的情形：看不出报告年度时；只提一次全会的；同一分句写了更早年份、讲当年做了什么的。\n"
        "示例：2016年度报告中的“十八届三中、四中全会精神”应为“十八届三中、四中、五中全会精神”。"
    ),
    flag=(
        "2016年部门预算说明\n全面贯彻党的十八届三中、四中全会精神，编制部门预算。",
        # the list copied from an older report and its 全会 rewritten as 会议
        "某镇2022年人大工作报告\n深入学习贯彻党的十九届四中、五中会议精神，依法履行职责。",
    ),
    keep=(
        "2016年部门预算说明\n全面贯彻党的十八届三中、四中、五中全会精神，编制部门预算。",
        "部门预算说明\n全面贯彻党的十八届三中、四中全会精神，编制部门预算。",
        # current in its year: the 会议 is W068's alone
        "某镇2019年人大工作报告\n深入学习贯彻党的十九届二中、三中全会精神，依法履行职责。",
    ),
)


def check(ctx):
    for s in stale_lists(ctx):
        meeting = "；列举末尾的“会议”也应为“全会”" if s.as_meeting else ""
        yield Finding(s.start, s.end, RULE.code, RULE.severity,
                      f"本报告为{s.year}年度，此前已召开{session_name(s.term, s.due)}，这里的列举止于"
                      f"{session_name(s.term, s.named)}，应补上此后召开的全会{meeting}。", None)
