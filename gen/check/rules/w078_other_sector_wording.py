"""W078: another sector's own wording in a body's report (推进全县建设系统…… in a 财政局's, 依法治教 in a 水务局's).

A line department speaks of its own line of work in words only its own system uses: 人社系统, 全县人社工作,
依法治教, 全县建设系统, 依法治税, 公安队伍. Other bodies name that sector from outside (人社部门) or as a partner
(配合, 会同, 下达……资金). One of those words in the report of a body of another sector is a paragraph copied from
that sector's report and not rewritten; three rounds of measurement had missed every such case.

Read only when the report's own body (gen.check.identity, or the data file's bureau) is recognised as a line sector
by the sector registry (glossary/sectors/, read by gen.check.sector_words): a comprehensive body (人民政府, 乡镇,
街道, 人大, 政协, 党委部门, 发改, 机关事务) speaks of every sector, and an unknown one tells nothing. A word of the body's own sector, or
of a related one (财政 and 税务; 医保 and 人社, 卫健), is its own. Left alone too: a clause naming a body of that
sector or a partner's verb, money or oversight (配合人社部门, 与县住建局联合, 下达……资金, 对……开展检查); the word
as one of several sectors (教育、卫生、人社工作); a title or a name in quotation marks; a name read from a page's
publisher field (the site's, not the report's).
"""

from __future__ import annotations

from ..finding import Finding
from ..identity import identity
from ..registry import Rule
from ..sector_words import copied, sector_words

RULE = Rule(
    code="W078",
    name="other-sector-wording",
    severity="warning",
    summary="报告中出现其他行业部门的自称用语（财政局报告写“推进全县建设系统……”），疑从其他单位报告照抄",
    doc=(
        "检查什么：本报告单位属于某一行业（财政局、教育局、人社局、住建局、水务局……），文中却出现另一行业部门"
        "讲自己工作时才用的说法（glossary/sectors/ 各行业的 own_words）：“全县建设系统”“全市人社工作”“依法治教”“依法治税”"
        "“公安队伍”“全县民政系统”等。\n"
        "为什么：这些说法只有该行业自己的单位使用，其他单位提到该行业时说“人社部门”“教育部门”，或是“配合”“会同”"
        "人家的工作；出现在别的行业的报告里，多是整段照抄其他单位的报告、忘了改写。\n"
        "不报的情形：本行业或相关行业（财政与税务，医保与人社、卫健）自己的用语；政府、乡镇街道、人大政协、党委部门、"
        "发改、机关事务等综合部门和识别不出行业的单位；同一分句点了该行业的单位，或有“配合”“协助”“联合”“会同”"
        "“支持”“与”等合作用语、“资金”“下达”等拨款用语、“检查”“审计”“督促”等监管用语；几个行业并列"
        "（教育、卫生、人社工作）；书名号、引号内的名称。\n"
        "示例：某县财政局的报告写“扎实推进全县建设系统安全生产标准化建设”，“建设系统”是住房和城乡建设部门的自称用语。"
    ),
    flag=(
        "某县财政局2023年部门整体支出绩效自评报告\n一年来，我局扎实推进全县建设系统安全生产标准化建设，工程质量稳步提升。\n",
        "某市自然资源局2022年工作总结\n全局干部职工团结一心，为全市人社工作高质量发展作出了积极贡献。\n",
        "某县水务局2023年部门整体支出绩效自评报告\n二、主要工作\n深入推进依法治教，全面提升干部职工法治素养。\n",
    ),
    keep=(
        # the site's name alone on its first line (the 司法局 that put the page out); the title names the report's body
        "某县司法局\n搜索位置\n某县交通运输局2025年法治政府建设报告\n发布机构: 县司法局\n加强交通运输系统法治化建设，为全县交通运输事业高质量发展营造良好环境。\n",
        "某县人力资源和社会保障局2023年工作总结\n全县人社系统干部职工团结一心，为全县人社工作高质量发展作出了积极贡献。\n",
        "某县人民政府2023年工作报告\n深入推进依法治教，全县建设系统安全生产形势平稳。\n",
        "某县财政局2023年工作总结\n积极配合人社部门做好全县人社工作，下达全县建设系统专项资金500万元。\n",
        "某县应急管理局2023年工作总结\n教育、卫生健康、人社工作领域安全形势平稳。\n",
        "2023年部门整体支出绩效自评报告\n深入推进依法治教，全面提升干部职工法治素养。\n",
    ),
)


def _body_word(name: str) -> str:
    return f"{name}部门"


def check(ctx):
    who = identity(ctx)
    if not who.name or who.published_by:
        return
    data = sector_words()
    for c in copied(ctx.text, who.name, data):
        own = "、".join(_body_word(s) for s in c.own)
        yield Finding(c.start, c.end, RULE.code, RULE.severity,
                      f"“{c.word}”是{_body_word(c.sector)}的自称用语，本报告单位为{who.name}（{own}），"
                      "疑从其他单位报告照抄。",
                      f"核对此段是否照抄自{_body_word(c.sector)}的报告，改用本单位（{own}）自己的表述")
