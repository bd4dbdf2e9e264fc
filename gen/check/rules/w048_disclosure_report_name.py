"""W048: the report's own name short of 公开: 政府信息工作年度报告 for 政府信息公开工作年度报告.

The format (国办公开办函〔2021〕30号, following 《中华人民共和国政府信息公开条例》第五十条) names the report
政府信息公开工作年度报告; reports also write 政府信息公开年度报告, 政府信息公开工作报告 or 政府信息公开年报, all of
which keep 政府信息公开, the thing reported on (glossary/disclosure_report.yaml lists them). 政府信息工作年度报告
or 政府信息年度报告 lost the 公开 that makes it this report; there is no such thing as a 政府信息工作 report.
政务信息公开工作报告 blends the report's name with 政务公开 (a wider work with reports of its own): the thing this
report is on is 政府信息公开, whatever the body calls its daily work. So is the application the 条例 provides for
(第二十七条, and the report's own table 收到和处理政府信息公开申请情况): a 政府信息公开申请, never a 政务信息公开申请
(街道未收到政务信息公开申请).
"""

from __future__ import annotations

from ...core import regex_cache
from .. import disclosure_report as dr
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W048",
    name="disclosure-report-name",
    severity="warning",
    summary="政府信息公开工作年度报告的名称漏了“公开”（政府信息工作年度报告）或写成“政务信息公开工作报告”，“政府信息公开申请”写成“政务信息公开申请”",
    doc=(
        "检查什么：“政府信息工作年度报告”“政府信息年度报告”“政府信息工作报告”等少了“公开”的报告名称；"
        "把“政府”写成“政务”的“政务信息公开工作报告”和“政务信息公开申请”。\n"
        "为什么：《中华人民共和国政府信息公开条例》第五十条和国办公开办函〔2021〕30号规定的名称是“政府信息公开工作年度报告”，"
        "报告的是政府信息公开工作；少了“公开”，名称就不通；条例规定的申请是“政府信息公开申请”（第二十七条）。\n"
        "不报的情形：“政府信息公开年度报告”“政府信息公开工作报告”“政府信息公开年报”等保留了“政府信息公开”的常见写法；"
        "“政府信息化工作”等别的词。\n"
        "示例：“我厅编制了2023年度政府信息工作年度报告”应为“政府信息公开工作年度报告”。"
    ),
    flag=(
        "根据条例要求，我局编制了2023年度政府信息工作年度报告。现报告如下：",
        "某县某局2022年政府信息年度报告\n一、总体情况\n",
        "按照通知要求，现将某市信访局2022年政务信息公开工作报告如下。\n一、总体情况\n",
        "2023年，本单位未收到政务信息公开申请，未发生行政复议。",
    ),
    keep=(
        "根据条例要求，我局编制了2023年度政府信息公开工作年度报告。现报告如下：",
        "某县某局2022年政府信息公开年度报告\n一、总体情况\n",
        "某县某局2022年政府信息公开工作报告\n一、总体情况\n",
        "推进电子政务和政府信息化工作，年度报告按时报送。",
        "我局成立了政务信息公开领导小组，政务公开工作年度报告另行发布。",
        "2023年，本单位未收到政府信息公开申请，政务信息公开专栏运行正常。",
    ),
)

_SHORT = regex_cache.compile(r"政府信息(?:工作)?年度报告|政府信息工作报告")
_BLEND = regex_cache.compile(r"政务信息公开(?:工作)?(?:年度)?报告")
_APPLICATION = regex_cache.compile(r"政务(信息公开申请)")


def check(ctx):
    text = ctx.text
    for m in _SHORT.finditer(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"报告名称“{m.group()}”漏了“公开”，应为“{dr.fmt().title}”。", dr.fmt().title)
    if "政务信息公开" in text:
        for m in _BLEND.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"报告名称“{m.group()}”不规范：报告的是政府信息公开工作，应为“{dr.fmt().title}”。", dr.fmt().title)
        for m in _APPLICATION.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "条例规定的申请是“政府信息公开申请”（第二十七条），不是“政务信息公开申请”。", "政府" + m.group(1))
