"""W009: a function word left between an item and its figure ("基本支出就5967100.39元").

Reports list amounts as "项目 + 数额": 基本支出580万元, 项目支出120万元. An
edit that rewrote the sentence sometimes leaves a 就, 是 or 的 wedged
between the two ("基本支出就580万元"), which reads as a slip. The same
words are right when they carry meaning: "仅基本支出就达580万元" (emphasis,
with 仅/光/单 before and usually a verb after), "本年支出是580万元" (a
copula). So only 就 directly before the figure is reported, and only when no
仅/光/单/只 in the same clause makes it emphatic.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W009",
    name="stray-function-word",
    severity="warning",
    summary="款项名称与金额之间多了“就”字",
    doc=(
        "检查什么：款项名称与金额之间多出的“就”，如“其中：基本支出就580万元，项目支出120万元”。\n"
        "为什么：列举金额时名称后直接接数额，多出的“就”是改写句子时留下的残字，读来不通。\n"
        "不报的情形：表示强调的“仅基本支出就达580万元”“光人员经费就有300万元”（同一分句中有“仅”“光”“单”“只”，"
        "或“就”后是动词）；“现就2023年度自评情况报告如下”。\n"
        "示例：“基本支出就580万元”应为“基本支出580万元”。"
    ),
    flag=(
        "本年支出合计700万元，其中：基本支出就580万元，项目支出120万元。",
        "专项资金就35.6万元，全部用于设备购置。",
    ),
    keep=(
        "本年支出合计700万元，其中：基本支出580万元，项目支出120万元。",
        "仅基本支出就达580万元，占总支出的82.86%。",
        "光人员经费就300万元，压力较大。",
        "现就2023年度部门整体支出绩效自评情况报告如下。",
        "资金到位后就100%用于项目建设。",
    ),
)

# An item of money or quantity: the word ends the label right before 就.
_LABEL = r"(?:支出|收入|经费|资金|预算|拨款|结余|结转|费用|金额|总额|合计|小计|补助|补贴)"
_FIGURE = r"\d[\d,，]*(?:\.\d+)?\s{0,2}(?:亿元|万元|千元|元)"
_STRAY = regex_cache.compile(rf"(?<={_LABEL})就(?={_FIGURE})")
# 仅/光/单/只 earlier in the clause make 就 emphatic: "仅基本支出就580万元" is Chinese.
_EMPHASIS = regex_cache.compile(r"[仅光单只]")
_CLAUSE_BREAK = "，。；：！？,;:\n"


def check(ctx):
    text = ctx.text
    for m in near_needles(_STRAY, text):  # the same matches, tried only near a 就
        lo = m.start()
        while lo > 0 and text[lo - 1] not in _CLAUSE_BREAK:
            lo -= 1
        if _EMPHASIS.search(text, lo, m.start()):
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      "款项名称与金额之间多了“就”字，列举金额时名称后直接接数额。", "")
