"""T018: a judgment or a ruling said to be a procuratorate's (对于人民检察院的刑事判决、裁定是否正确……).

Judgments and rulings are made by the people's courts alone; a procuratorate brings the public prosecution and
supervises whether the courts' judgments and rulings are right (人民检察院组织法第二十条: 对判决、裁定等生效法律
文书的执行工作实行法律监督; 刑事诉讼法第二百二十八条: 人民检察院认为本级人民法院第一审的判决、裁定确有错误的……).
A procuratorate's duty list copied by hand swaps the two bodies (对于人民法院的刑事判决、裁定是否正确实行监督 written
with 人民检察院), and the sentence gives the procuratorate the court's power.

Read only where 检察院 is joined to the judgment by 的 or 作出的 alone: a procuratorate that protests a court's
judgment (检察院对法院的判决提出抗诉) or names the judgment it supervises (检察院认为判决确有错误) puts other words
between them.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T018",
    name="judgment-by-procuratorate",
    severity="warning",
    summary="判决、裁定写成由人民检察院作出（判决、裁定只由人民法院作出）",
    doc=(
        "检查什么：把判决、裁定写成人民检察院的，如“对于人民检察院的刑事判决、裁定是否正确实行监督”。\n"
        "为什么：判决、裁定由人民法院作出，人民检察院提起公诉并对判决、裁定是否正确实行法律监督；"
        "抄写职责时两个机关写反，句意就成了检察院行使审判权。\n"
        "不报的情形：检察院对法院的判决提出抗诉、检察院认为判决确有错误等，检察院与判决之间有其他词语。\n"
        "示例：“对于人民检察院的刑事判决、裁定是否正确实行监督”应为“对于人民法院的刑事判决、裁定是否正确实行监督”。"
    ),
    flag=(
        "对于刑事案件提起公诉；对于人民检察院的刑事判决、裁定是否正确实行监督。",
        "对某县检察院作出的民事裁定提出异议。",
    ),
    keep=(
        "对于人民法院的刑事判决、裁定是否正确实行监督，人民检察院对法院的判决提出抗诉。",
        "某县人民检察院认为判决确有错误，依法提出抗诉，检察院对执行的裁定实行监督。",
    ),
)

_JUDGMENT = regex_cache.compile(r"检察院(?:的|作出的|所作的)(?:刑事|民事|行政|生效)?(?:判决|裁定)")


def check(ctx):
    text = ctx.text
    if not contains(text, "检察院"):
        return
    for m in _JUDGMENT.finditer(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”把判决、裁定写成检察院的：判决、裁定由人民法院作出，检察院对其是否正确实行监督，"
                      "请改为“人民法院”的判决、裁定。", None)
