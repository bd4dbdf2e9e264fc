"""D001: a standard political formulation written in a wrong form.

A government reviewer reads these first: 习近平新时代中国特色社会主义思想 with a
character missing, 党的二十大报告精神 for 党的二十大精神, 二十大三中全会 for
二十届三中全会, 两个确立 / 两个维护 / 四个意识 / 四个自信 misspelt or out of
order, a meeting learnt without its 精神. The forms and their sources are
glossary data (glossary/formulations.yaml), each entry proven by its examples.
"""

from __future__ import annotations

from ...core.glossary import load, scan
from .. import unspaced
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
        "繁体字网页按简体核对。\n"
        "示例：“深入学习贯彻党的二十大报告精神”应改为“深入学习贯彻党的二十大精神”。"
    ),
    flag=(
        "2023年度某县教育局部门整体支出绩效自评报告\n一、基本情况\n坚持以习近平新时代特色社会主义思想为指导。",
        "某区民政局2023年度绩效自评报告\n一、基本情况\n全面贯彻落实党的二十大，深入学习贯彻党的二十大报告精神。",
        # a Traditional mirror's page: the formulation read in Simplified
        "某區統戰部2019年工作總結\n一、理論學習\n全區統戰成員對照黨章開展學習，單位會議研討報告內容，設立學習專欄，發揮黨員作用，國家、區、縣各級部門員工進一步堅定“四個意識”，增強“四個自信”，做到“兩個維護”，實現組織建設與業務發展的統一。",
    ),
    keep=(
        "2023年度某县教育局部门整体支出绩效自评报告\n一、基本情况\n坚持以习近平新时代中国特色社会主义思想为指导，"
        "全面贯彻落实党的二十大精神。",
        "某区民政局2024年度绩效自评报告\n一、基本情况\n党的二十大报告指出，要健全现代预算制度。",
        "某區統戰部2019年工作總結\n一、理論學習\n全區統戰成員對照黨章開展學習，單位會議研討報告內容，設立學習專欄，發揮黨員作用，國家、區、縣各級部門員工進一步增強“四個意識”，堅定“四個自信”，做到“兩個維護”，實現組織建設與業務發展的統一。",
    ),
)


def check(ctx):
    """Read on the plain view (gen.check.unspaced): a Traditional mirror's 堅定“四個意識” is the same formulation in
    Simplified, and a space a PDF put inside one (治理体系和治理 能力) hides nothing; spans map back to the text."""
    who = identity(ctx)
    view = unspaced.plain_of(ctx)
    for hit in scan(load().formulations, view.text, who.year, who.earliest):
        start, end = view.span(hit.start, hit.end)
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"“{hit.text}”写法不规范，应为“{hit.suggestion}”。{hit.entry.reason}", hit.suggestion,
        )
