"""D001: a standard political formulation written in a wrong form.

A government reviewer reads these first: 习近平新时代中国特色社会主义思想 with a
character missing, 党的二十大报告精神 for 党的二十大精神, 二十大三中全会 for
二十届三中全会, 两个确立 / 两个维护 / 四个意识 / 四个自信 misspelt or out of
order, a meeting learnt without its 精神. The forms and their sources are
glossary data (glossary/formulations.yaml), each entry proven by its examples.
"""

from __future__ import annotations

from ...core.glossary import load, scan
from ..finding import Finding
from ..identity import identity
from ..registry import Rule

RULE = Rule(
    code="D001",
    name="formulation-form",
    severity="warning",
    summary="标准政治表述写法不规范",
    doc=(
        "检查什么：词库 glossary/formulations.yaml 登记的标准表述是否写对：“习近平新时代中国特色社会主义思想”缺字或改字，"
        "“党的二十大报告精神”（应为“党的二十大精神”），“二十大三中全会”（应为“二十届三中全会”），"
        "“两个确立”“两个维护”“四个意识”“四个自信”写错或顺序不对，“贯彻落实党的二十大，”漏了“精神”。\n"
        "为什么：这些是评审人员首先核对的固定表述，错一个字就是政治性差错。\n"
        "不报的情形：书名号内引用的文件名照录；“党的二十大报告指出”等本来就说报告的句子。\n"
        "示例：“深入学习贯彻党的二十大报告精神”应改为“深入学习贯彻党的二十大精神”。"
    ),
    flag=(
        "2023年度某县教育局部门整体支出绩效自评报告\n一、基本情况\n坚持以习近平新时代特色社会主义思想为指导。",
        "某区民政局2023年度绩效自评报告\n一、基本情况\n全面贯彻落实党的二十大，深入学习贯彻党的二十大报告精神。",
    ),
    keep=(
        "2023年度某县教育局部门整体支出绩效自评报告\n一、基本情况\n坚持以习近平新时代中国特色社会主义思想为指导，"
        "全面贯彻落实党的二十大精神。",
        "某区民政局2024年度绩效自评报告\n一、基本情况\n党的二十大报告指出，要健全现代预算制度。",
    ),
)


def check(ctx):
    who = identity(ctx)
    for hit in scan(load().formulations, ctx.text, who.year, who.earliest):
        yield Finding(
            hit.start, hit.end, RULE.code, RULE.severity,
            f"“{hit.text}”写法不规范，应为“{hit.suggestion}”。{hit.entry.reason}", hit.suggestion,
        )
