"""D008: a plenary session of the Central Committee that never met (党的二十届十六中全会).

A Central Committee holds about seven plenary sessions in its five years (the 十七, 十八 and 十九届 each
held seven), so a session numbered above seven is a slip of the keyboard or of a copy (十六中 for 四中,
六中). With the dated list of sessions (glossary/plenary_sessions.yaml, gen/check/plenums.py), a session
that had not met by the end of the year after the report's (二十届四中全会 in a 2023 report: October
2025) is as impossible. Local committees (省委十二届九次全会, 县委十四届十一中全会) hold more and are left alone.
"""

from __future__ import annotations

from ..finding import Finding
from ..plenums import never_held, session_name
from ..registry import Rule

RULE = Rule(
    code="D008",
    name="plenum-never-held",
    severity="warning",
    summary="提到的中央全会并未召开（届次超出或晚于报告年度）",
    doc=(
        "检查什么：“党的二十届十六中全会”这类不存在的中央全会：每届中央委员会一般召开七次全体会议（十七届、十八届、"
        "十九届都是七次），序号超过七的全会不存在；按全会召开时间表（glossary/plenary_sessions.yaml），"
        "到报告年度的次年年底仍未召开的全会，报告也不可能提到。\n"
        "为什么：全会届次是评审人员首先核对的政治表述，写错是政治性差错。\n"
        "不报的情形：省委、市委、县委等地方党委的全会（次数多，如“县委十四届十一次全会”）；看不出报告年度时只查序号超过七的。\n"
        "示例：“深入贯彻党的二十届十六中全会精神”应核实届次，如“二十届三中全会”。"
    ),
    flag=(
        "某镇2023年工作总结\n深入贯彻党的二十届十六中全会精神，推动高质量发展。",
        # a number of the teens whose unit digit is past seven (十八中): the numeral read whole, not by a table of seven
        "某镇2023年工作总结\n深入贯彻党的二十届十八中全会精神。",
        "2023年度部门整体支出绩效自评报告\n全面贯彻党的二十大和二十届二中、四中全会精神。",
    ),
    keep=(
        "某镇2024年工作总结\n深入贯彻党的二十大和二十届二中、三中全会精神，推动高质量发展。",
        "某镇2023年工作总结\n认真学习县委十四届十一中全会精神。",
        "深入贯彻党的二十届三中全会精神。",
    ),
)


def check(ctx):
    for s in never_held(ctx):
        if not s.held:
            msg = f"“{s.name}”不存在：每届中央委员会一般召开七次全体会议，请核实全会届次。"
        else:
            msg = (f"“{s.name}”在本报告年度及次年尚未召开（此前召开的最近一次是"
                   f"{session_name(s.term, s.held)}），请核实全会届次。")
        yield Finding(s.start, s.end, RULE.code, RULE.severity, msg, None)
