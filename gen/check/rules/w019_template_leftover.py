"""W019: the template's own text left in a published report.

决算 notes, 决算公开 texts and 自评报告 are filled in from a template handed down,
and are published with its instructions, its either-or brackets and its
placeholder names still in them. Each is a wording slip a reviewer circles
(annotators file it under W), and a warning: the text is plainly unfinished,
yet nothing is wrong with its figures. The policy — which bracketed words are
an instruction to the filler (请/需/如无…删除/此处/比照…格式/根据实际填写), which
word pairs are a choice left open, which names are placeholders — is
glossary/template_text.yaml, proved by its own examples when it loads
(gen/check/template_text.py).

S010 keeps the generator's 【待补充：…】 and the bare XXX / □□ blanks (info, a draft
is expected to have them); a placeholder name W019 reports (XXXX部门, 20XX年,
××年度) is left out of S010, so one defect is reported once.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..template_text import hits

RULE = Rule(
    code="W019",
    name="template-leftover",
    severity="warning",
    summary="报告中留有模板原文：填写说明、未选定的括注、未替换的占位名称",
    doc=(
        "检查什么：照模板填写的报告里没删的模板原文（glossary/template_text.yaml）——括号里写给填表人的说明"
        "（“（注：请单位根据实际注明页码）”“（比照……的内容格式）”“（需公开……）”“（如无此项请删除）”"
        "“（此处填写……）”“（没有的单位应说明）”、字数限制“（200字以内）”）；留空的发文序号（“〔2021〕第  号”）；只有下划线的联系方式（“值班电话：____”）；没有择一的括注（“增加（减少）0万元”“增长（下降）0%”“是/否”）；"
        "没有替换的占位名称（“第一部分 部门名称概况”“××年度××部门/单位”“XX单位”“20XX年”）；"
        "范文或删去数字的副本里空着的数字（“提升至万份/日”“截至月日”“上升至第名”“开展了轮检测”“预算指标 万元”）。\n"
        "为什么：这些是模板的话，不是报告的内容；留在公开文本里，说明报告照模板填写后没有校对。\n"
        "不报的情形：正常的括号（（一）、（含……）、（单位：万元）、（以下简称……）、（见附表）、（参照公务员法管理））；"
        "表头“增加（减少）额”“增（减）%”；标签“部门名称：某县司法局”“单位名称（盖章）”；隐去地名的“XX省”“XXX厅”；"
        "生成器的“【待补充：……】”和单独的 XXX、□□（由 S010 提示）。\n"
        "示例：“较上年增加（减少）0万元，增长（下降）0%”应按实际写作“与上年持平”。"
    ),
    flag=(
        "十三、财政拨款“三公”经费支出决算表（注：请单位根据实际注明页码）",
        "年初结转结余0万元，较上年增加（减少）0万元，增长（下降）0%。",
        "第一部分 部门名称概况",
        # a 范文 whose figures were deleted: the count, the date and the rank are blanks
        "截至月日，累计接种疫苗万剂次，排名上升至第名。",
        "××年度××部门/单位",
        "附件6 XXXX部门20XX年项目预算、决算明细表",
    ),
    keep=(
        "（一）人员情况（含离退休人员），详见附表（见附表1）。",
        "截至6月30日，累计接种疫苗近万剂次，排名位居全省前列。",
        "收入支出决算总表（单位：万元）；较上年增加（减少）额。",
        "部门名称：某县司法局；第一部分 某县退役军人事务局概况。",
        "主要职责：【待补充：主要职责（此处填写单位职能）】。本年收入XXX万元。",
        "年末实有人数50人（行政编制23人，参照公务员法管理事业人员2人）。",
        # a tracked deletion's balloon in an exported copy: the placeholder after it was deleted
        "第三部分 Deleted: ××部门 2019年度部门决算情况说明",
        # a site's metadata table, its 文号 field blank
        "名        称 2022年某县政府工作报告\n文        号 〔〕号 有  效  性\n来        源 某县人民政府办公室\n",
    ),
)


# Word's balloon for a tracked deletion, kept when a reviewed copy is exported: the words after it were
# deleted, so a placeholder there was already replaced (the balloon itself is L001's English word).
_DELETED_BALLOON = regex_cache.compile(r"(?:Deleted|已删除|删除的内容)[:：][ \u3000]{0,3}$")


# A site's metadata table, its labels letter-spaced to one width (名        称, 文        号): the 文号 field is the
# site's, left blank (〔〕号) where the page has none, not the report's template.
_SITE_FIELD = regex_cache.compile(r"[ \t\u3000]{0,4}文[ \t\u3000]{2,12}号[ \t\u3000]{1,4}$")


def check(ctx: CheckContext) -> Iterable[Finding]:
    for hit in hits(ctx):
        if _DELETED_BALLOON.search(ctx.text, max(0, hit.start - 16), hit.start):
            continue
        if _SITE_FIELD.match(ctx.text, ctx.text.rfind("\n", 0, hit.start) + 1, hit.start):
            continue  # 文        号 〔〕号: the site's metadata table, its number field left blank by the site
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity, f"“{hit.text}”：{hit.message}。")
