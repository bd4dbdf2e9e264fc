"""W013: grammar slips made of right words in a wrong combination, from glossary/wording.yaml.

A spell checker passes 因由于, 以办公室牵头, 交于平台使用, 促进就业率 and
"……完成情况进行自评": every word is a word. What is wrong is the
combination — two connectives that say the same (因 + 由于, 约 + 左右), two
sentence patterns blended (严格执行 + 按照……执行), a preposition used for
another (以 for 由), a verb with an object it cannot take (促进 + 率), a
preposition left out (对……进行), one verb said twice (执行……的执行情况),
a purpose clause left standing as a sentence (为……，确保……。), and so a basis
(按照……的原则。) with nothing done by it. Reviewers
in every sector meet the same slips, so each class is one glossary entry that states the pattern, what to
write instead, and the correct forms other bureaus write (its ``keep``
examples, proved at load). Read through the unspaced view like W001, so a
PDF's stray blank does not hide a slip.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.glossary import load
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W013",
    name="wording-slip",
    severity="warning",
    summary="语病：语义重复、句式杂糅、介词误用或搭配不当",
    doc=(
        "检查什么：词库 glossary/wording.yaml 登记的公文常见语病——语义重复（“因由于”“目的是为了”“约……左右”"
        "“≥95%以上”“近300多人”“逾20多万人次”“约6万余人”“几十余位”“数百余人”“1286余份”（确数后接概数词）“包括含”“内设8个内设机构”“截至到”“执行……的执行情况”“又将再次”“2023年本年度”“年处理量3000吨/年”“此项项目”“预备金资金”“较去年同比增长”“共承办……共计9件”）、句式杂糅（“严格执行按照……规定”“主要包括……共有5个”"
        "“原因是……造成的”“本着……为原则”“开展对……进行调研”“随着……，使得……”“原因是……调整后，导致……”“下设办公室在……”“根据……统计报表显示，”“成立了……领导小组，由……任组长，……为成员的……领导小组”）、介词误用（“以办公室牵头”应为“由办公室牵头”，“交于平台使用”应为“交由”）、"
        "搭配不当（“促进就业率”“增加……精神”“提高……建设”“起到……目的”“召开……培训”“防治……蔓延”“接收……领导”“可以减少了……”“事关全局性的”“服务人次……万名”）、成分残缺（“……完成情况进行自评”缺“对”，"
        "“为……，确保……。”只有目的没有主句，“我镇按照……的原则。”只有依据没有谓语）、数量表达（“下降2倍”“下设二个科室”）、条款层级（“第二十条第（二）款”应为“第（二）项”）、用词（职责中“拟定全县……规划”“拟定并组织实施”应为“拟订”，“市委政府”应为“市委、市政府”，“邮编号码”应为“邮政编码”，“群众切实利益”应为“切身利益”，“十三五”规划的“攻关之年”，“……的提案”（第10号建议）文种混称）、"
        "修订残留（“今年本2023年”“2023本年度”“八87部分”“复议和、诉讼和申诉”“主动公开政府信息主动公开情况”）、"
        "输入法误选（“结论及那建议”“让那个更多”“建设的和你规划”“调查评价共组，”）、修订残留的单独状语（“，认真，并扎实宣传”）、常用词漏字（“主要用城乡就业”“对……进采取”“分别制在4%”“孵化基招商”“信息查服务”）。\n"
        "为什么：这类错误每个词都对，拼写检查查不出来，却是评审人员改稿时最常圈出的问题。\n"
        "不报的情形：“由于……”“约30天”“30天左右”“以财政局为牵头单位”“交由平台使用”“提交于3月15日”"
        "“促进就业率提高”“对……情况进行自评”“结合实际情况进行评价”“预算执行单位的执行情况”"
        "“包括本级在内共有5个”“提高建设水平”“为……，确保……，我局……”“已拟定工作计划”“拟定了方案”“县委县政府”。\n"
        "示例：“因由于项目暂未完工”应改为“由于项目暂未完工”。"
    ),
    flag=(
        "因由于项目暂未完工，资金结转下年使用。",
        "我局以办公室牵头组织开展绩效自评。",
        "一辆公务用车交于平台使用。",
    ),
    keep=(
        "由于项目暂未完工，资金结转下年使用。",
        "我局由办公室牵头组织开展绩效自评，以财务科为牵头单位编制预算。",
        "一辆公务用车交由平台使用，报告已提交于3月15日。",
        # the report quotes an indicator's wording to criticise it: quoted as written
        "部分指标设置不够细化，如“提升自然资源管理水平”“因由于项目暂未完工”等表述过于宽泛。",
    ),
)


# A quoted wording the report is discussing (如“加强生态保护力度”等表述过于宽泛): quoted as written, not to be mended.
_DISCUSSED = regex_cache.compile(r"[“”\u4e00-\u9fff]{0,40}?(?:表述|提法|说法|写法|字样|措辞)")
QUOTE_REACH = 40


def _discussed(text: str, s: int, e: int) -> bool:
    opened = text.rfind("“", max(0, s - QUOTE_REACH), s)
    closed = text.find("”", e, e + QUOTE_REACH)
    return opened != -1 and closed != -1 and "”" not in text[opened:s] and bool(_DISCUSSED.match(text, closed + 1))


def check(ctx):
    for (s, e), hit in unspaced.glossary_hits(ctx, load().wording):
        if _discussed(ctx.text, s, e):
            continue
        yield Finding(s, e, RULE.code, hit.entry.severity or RULE.severity,
                      f"“{hit.text}”有语病，宜改为“{hit.suggestion}”。{hit.entry.reason}", hit.suggestion)
