"""N034: an amount said to be paid out in full (全部拨付) that the report's own figures show was not.

"衔接资金2179万元目前已全部拨付" and, a few lines on, "项目资金共2179万元，……已完成拨付
2113.63万元，执行率97%": the same money, the same act (拨付), a part of it and a
rate under 100%. One of the two statements is wrong, and it is the claim of
completeness that the figures contradict.

Read only where it is plain: the claim names its amount right before 全部 and
the act (拨付, 支付, 支出); another sentence of the text states the same amount
as the whole, then the same act with a smaller amount, and an 执行率 (拨付率,
支付率) under 100% in that sentence. An amount paid to someone else (到位 against
拨付) is another act and is not compared.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ...core.text_lines import line_spans
from ...core.numbers import to_decimal
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import AMOUNT_TEXT
from ..registry import Rule

RULE = Rule(
    code="N034",
    name="fully-paid-contradicted",
    severity="warning",
    summary="称资金已全部拨付（支付），文中数字却显示只拨付了一部分",
    doc=(
        "检查什么：“X万元已全部拨付（支付、支出）”的说法，与另一句中“（共）X万元……已拨付Y万元，执行率Z%”"
        "（同一金额X、同一动作、Y小于X、执行率不到100%）相矛盾。\n"
        "为什么：同一笔钱不能既已全部拨付，又只拨付了一部分；多半是“全部”一说与实际不符。\n"
        "不报的情形：两句金额不同；动作不同（到位与拨付）；另一句没有写明不到100%的执行率。\n"
        "示例：“衔接资金2179万元已全部拨付”，后文“项目资金共2179万元，已完成拨付2113.63万元，执行率97%”。"
    ),
    flag=(
        "一、资金到位情况。专项资金860万元已全部拨付到项目单位。\n"
        "二、资金执行情况。项目资金共860万元，截至12月底已拨付822.50万元，执行率95.6%。\n",
    ),
    keep=(
        "一、资金到位情况。专项资金860万元已全部拨付到项目单位。\n"
        "二、资金执行情况。项目资金共860万元，截至12月底已拨付860万元，执行率100%。\n",
        # the claim is about a part named after the amount, not the amount
        "一、资金到位情况。专项资金860万元，其中中央资金600万元已全部拨付。\n"
        "二、资金执行情况。项目资金共860万元，截至12月底已拨付822.50万元，执行率95.6%。\n",
        # another act: the money arrived in full, part of it was paid out
        "一、资金到位情况。专项资金860万元已全部到位。\n"
        "二、资金执行情况。项目资金共860万元，截至12月底已拨付822.50万元，执行率95.6%。\n",
        # another amount
        "专项资金860万元已全部拨付。另一项目资金共500万元，已拨付450万元，执行率90%。\n",
    ),
)

_CLAIM = regex_cache.compile(
    r"(?P<x>" + AMOUNT_TEXT + r")[ \u3000]{0,2}万元[^。；;\n\d]{0,12}?全部(?P<act>拨付|支付|支出)(?:完毕)?"
)
_PAID = regex_cache.compile(r"(?:拨付|支付|支出)[ \u3000]{0,2}(?:资金)?[ \u3000]{0,2}(?P<y>" + AMOUNT_TEXT + r")[ \u3000]{0,2}万元")
_RATE = regex_cache.compile(r"(?:执行|拨付|支付)率[为达]?[ \u3000]{0,2}(?P<z>\d{1,3}(?:\.\d{1,2})?)[ \u3000]{0,2}%")
MAX_SENTENCE = 200
_UNIT = regex_cache.compile(r"[ \u3000]{0,2}万元")


def _value(raw: str) -> Decimal:
    return to_decimal(raw) or Decimal(0)


def _partial_payment(text: str, act: str, whole: str, skip: tuple[int, int]):
    """(paid, rate) of another sentence stating ``whole`` then paying less of it by ``act``, rate under 100%."""
    at = text.find(whole)
    while at != -1:
        start, after = at, at + len(whole)
        at = text.find(whole, after)
        unit = _UNIT.match(text, after)
        if skip[0] <= start < skip[1] or unit is None or (start and (text[start - 1].isdigit() or text[start - 1] in ".,")):
            continue
        end = min((i for i in (text.find(c, unit.end()) for c in "。\n") if i != -1), default=len(text))
        sentence = text[unit.end():min(end, unit.end() + MAX_SENTENCE)]
        paid = next((p for p in _PAID.finditer(sentence) if act in p.group(0)), None)
        rate = _RATE.search(sentence)
        if paid is None or rate is None or rate.start() < paid.end():
            continue
        if _value(paid.group("y")) < _value(whole) and Decimal(rate.group("z")) < 100:
            return paid.group("y"), rate.group("z")
    return None


def _claims(text: str):
    """``_CLAIM.finditer(text)``, searched only on the lines that hold 全部: no claim holds a line break,
    and a digit-led pattern tried at every figure of a long report costs more than the rule's whole work."""
    for lo, hi in line_spans(text, "全部"):
        yield from _CLAIM.finditer(text, lo, hi)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "全部" not in text:
        return
    for m in _claims(text):
        found = _partial_payment(text, m.group("act"), m.group("x"), (m.start(), m.end()))
        if found is None:
            continue
        paid, rate = found
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"称{m.group('x')}万元已全部{m.group('act')}，但文中另写明已{m.group('act')}{paid}万元、执行率{rate}%，"
            "二者矛盾，请核对",
        )
