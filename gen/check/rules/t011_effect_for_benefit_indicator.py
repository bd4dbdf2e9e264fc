"""T011: 效果指标 as a first-level indicator of a project's self-evaluation form, for 效益指标.

A project's 绩效自评表 (财政部《项目支出绩效评价管理办法》, 财预〔2020〕10号, its self-evaluation
form) has three first-level indicators: 产出指标, 效益指标 and 满意度指标, and under 效益指标
the second-level 社会效益, 经济效益, 生态效益 and 可持续影响指标. A form that opens a row of those
second-level benefits with 效果指标 borrowed the name from the other framework, the one for a
department's whole spending (投入, 过程, 产出, 效果), where 效果 is right. So the rule reads only a
form of the project framework: 产出指标 and a first-level 满意度指标 (a row that opens on
满意度指标 then 服务对象满意度) in the text, no 投入指标 or 过程指标 anywhere, and 效果指标 straight
before a benefit's second-level name.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T011",
    name="effect-for-benefit-indicator",
    severity="warning",
    summary="项目支出绩效自评表的一级指标“效益指标”写成了“效果指标”",
    doc=(
        "检查什么：项目支出绩效自评表（一级指标为产出指标、效益指标、满意度指标）中，社会效益、经济效益、生态效益、"
        "可持续影响等二级指标之前的一级指标写成“效果指标”。\n"
        "为什么：项目自评表的一级指标是“效益指标”（财政部《项目支出绩效评价管理办法》的自评表）；“效果指标”是部门整体支出"
        "绩效指标体系（投入、过程、产出、效果）的名称，混用说明表格名称不规范。\n"
        "不报的情形：文中有“投入指标”“过程指标”的（部门整体支出的指标体系，效果指标是对的）；没有一级的“满意度指标”的；"
        "“效果指标”之后不是效益类二级指标的。\n"
        "示例：“效果指标 可持续影响指标 设备使用年限 ≥6年”应为“效益指标 可持续影响指标……”。"
    ),
    flag=(
        "一级指标 二级指标 三级指标\n产出指标 数量指标 办理案件数 ≥5000件\n效果指标 可持续影响指标 设备使用年限 ≥6年\n"
        "满意度指标 服务对象满意度指标 群众满意度 ≥80%\n",
    ),
    keep=(
        "一级指标 二级指标 三级指标\n产出指标 数量指标 办理案件数 ≥5000件\n效益指标 可持续影响指标 设备使用年限 ≥6年\n"
        "满意度指标 服务对象满意度指标 群众满意度 ≥80%\n",
        # a department's whole spending: 投入, 过程, 产出, 效果, with 满意度 under 效果
        "投入指标 预算执行率 100%\n过程指标 资金管理 规范\n产出指标 数量指标 完成任务\n效果指标 社会效益指标 群众受益\n"
        "满意度指标 服务对象满意度指标 群众满意度 ≥80%\n",
        # no first-level 满意度指标: the framework cannot be told
        "产出指标 数量指标 办理案件数 ≥5000件\n效果指标 可持续影响指标 设备使用年限 ≥6年\n",
    ),
)

_EFFECT = regex_cache.compile(
    r"效果指标(?=[ \t\u3000|｜]{0,3}(?:社会效益|经济效益|生态效益|可持续影响))")
# A row of the form opening on the first-level 满意度指标 (the project framework's third).
_SATISFACTION_ROW = regex_cache.compile(r"(?m)^[ \t\u3000|｜]{0,3}满意度指标[ \t\u3000|｜]{0,3}(?:服务对象|社会公众|群众)?满意度")


def check(ctx):
    text = ctx.text
    if "效果指标" not in text or "产出指标" not in text or "投入指标" in text or "过程指标" in text:
        return
    if not _SATISFACTION_ROW.search(text):
        return
    for m in _EFFECT.finditer(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      "项目支出绩效自评表的一级指标是产出指标、效益指标、满意度指标：社会效益、经济效益、生态效益、"
                      "可持续影响之前的一级指标应为“效益指标”，“效果指标”是部门整体支出指标体系的名称。", "效益指标")
