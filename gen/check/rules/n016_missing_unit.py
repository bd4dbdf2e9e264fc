"""N016: a figure in a list of amounts that lacks the unit every neighbour carries."""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.quantities import Quantity, numeral_text
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N016",
    name="missing-unit",
    severity="warning",
    summary="并列的金额（数量）中，一项漏写了单位",
    doc=(
        "“市场监管专项1.29万元，执法3.1万元；消费者权益保护0.17；药品事务0.18万元”这样并列列出各项金额时，"
        "某一项的数字后面没有单位，而它前后相邻的两项带着同一个单位：多是漏写，读者无法确定是万元还是元。"
        "只在数字紧跟项目名称、其后就是“，；、。”等分隔符，且前后两项都带同一单位时报告；"
        "整段都不写单位（如表头已注明“单位：万元”）、编号、年份、“第1”之类不报。"
    ),
    flag=(
        "具体包括：设备购置1.29万元，人员培训3.1万元；宣传印刷0.17；专家咨询0.18万元。",
        "各乡镇完成率分别为：城关镇98.5%，河口镇97.2，石桥镇99.1%。",
    ),
    keep=(
        "具体包括：设备购置1.29万元，人员培训3.1万元；宣传印刷0.17万元；专家咨询0.18万元。",
        "（单位：万元）具体包括：设备购置1.29，人员培训3.1；宣传印刷0.17；专家咨询0.18。",
        "设备购置1.29万元，见附表2，专家咨询0.18万元。",
        "设备购置1.29万元，第3，专家咨询0.18万元。",
    ),
)

_SEPARATOR = "，,；;、。）)\n"
_LABEL_END = regex_cache.compile(r"[\u4e00-\u9fff]$")
_NOT_LABEL = regex_cache.compile(r"(?:第|表|图|号|附件|之|年|月|日|至|到|约|近|共|前|后|级|期|批|类|组|区|段|条|款|项|章|节)$")


def _bare(text: str, q: Quantity) -> bool:
    """A figure with no unit, right after an item's name and right before a separator."""
    if q.unit or q.comparator or q.end >= len(text) or text[q.end] not in _SEPARATOR:
        return False
    before = text[max(0, q.start - 6):q.start]
    return bool(_LABEL_END.search(before)) and not _NOT_LABEL.search(before)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    qs = ctx.quantities
    for i in range(1, len(qs) - 1):
        q, prev, nxt = qs[i], qs[i - 1], qs[i + 1]
        if not _bare(text, q) or not prev.unit or prev.unit != nxt.unit:
            continue
        between = text[prev.end:nxt.start]
        if "。" in between or "\n" in between or len(between) > 60:
            continue  # neighbours in another sentence do not make a list with this figure
        yield Finding(
            q.start, q.end, RULE.code, RULE.severity,
            f"并列各项都写了单位“{prev.unit}”，此处“{numeral_text(q.raw)}”漏写单位",
            f"{numeral_text(q.raw)}{prev.unit}",
        )
