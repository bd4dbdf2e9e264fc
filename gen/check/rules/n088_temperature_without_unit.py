"""N088: a temperature written without its unit (35以上高温日数, 最高气温38.5，).

Weather, emergency and farming reports state heat and cold as readings: "35℃以上高温日数", "最低气温-12.6℃".
A converter that drops the ℃ sign (a symbol many fonts map outside the text), or a writer in a hurry, leaves a
bare figure ("35以上高温日数居1961年以来第一位") that reads as a count. The figure is a temperature only where
the words say so: right before 以上/以下 and 高温/低温 (35以上高温, 0以下低温), or right after 最高气温/最低气温/
平均气温 (with 为, 达 …) and before a mark or 以上, 以下, 左右. A reading outside −60 to 60 is no air
temperature and is left, as is 35度 (a unit, if a loose one) and a figure before a unit of any kind.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N088",
    name="temperature-without-unit",
    severity="warning",
    summary="气温读数漏写单位“℃”（“35以上高温”）",
    doc=(
        "检查什么：紧接“以上高温”“以下低温”的数字（“35以上高温日数”），以及“最高气温”“最低气温”“平均气温”后的读数"
        "（“最高气温38.5，”“最低气温降至-12以下”），后面没有“℃”的。\n"
        "为什么：不写“℃”的温度读起来像个数或天数；转换文档时“℃”符号常被丢掉，应按原文补上。\n"
        "不报的情形：写了“℃”“度”的；读数不在−60到60之间的；“高温日数35天”这类后面有单位的。\n"
        "示例：“35以上高温日数”应为“35℃以上高温日数”。"
    ),
    flag=(
        "今年夏季全县37以上高温日数达21天，为有记录以来最多。",
        "受强冷空气影响，全市最低气温降至-8.5，多地出现冰冻。",
    ),
    keep=(
        "今年夏季全县37℃以上高温日数达21天，为有记录以来最多。",
        "受强冷空气影响，全市最低气温降至-8.5℃，多地出现冰冻。",
        "今年夏季全县37度以上高温日数达21天。",
        # a count before 以上, a figure with its unit after the temperature word
        "全县高温日数21天以上，最高气温出现日数12天。",
    ),
)

_READING = r"(?P<t>[-－]?\d{1,2}(?:\.\d)?)"
_BEFORE_WORD = regex_cache.compile(rf"(?<![\d.．℃°度])(?<![\d.．][-－]){_READING}(?:以上|以下)的?(?:高温|低温|严寒|酷热)")
_AFTER_WORD = regex_cache.compile(
    rf"(?:最高|最低|平均)气温(?:为|达|达到|升至|降至|在|是)?{_READING}(?=[，。、；,;：:\s]|以上|以下|左右)"
)
_LIMIT = Decimal(60)


def _reading(raw: str) -> Decimal:
    return Decimal(raw.replace("－", "-"))


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    found = set()
    if "高温" in text or "低温" in text or "严寒" in text or "酷热" in text:
        # a lookbehind-led pattern re would try at every character: tried near its literals instead
        found.update(m.span("t") for m in near_needles(_BEFORE_WORD, text))
    if "气温" in text:
        found.update(m.span("t") for m in near_needles(_AFTER_WORD, text))
    for start, end in sorted(found):
        raw = text[start:end]
        if abs(_reading(raw)) > _LIMIT:
            continue
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"温度“{raw}”漏写单位，应为“{raw}℃”。", f"{raw}℃")
