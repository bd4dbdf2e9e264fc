"""W057: 分别是 before a single item (下属事业单位分别是芙蓉区职工服务(帮扶)中心。).

分别 (each, respectively) pairs several subjects with several items: 下属单位分别是甲中心、乙中心. When a report
lists one item after 分别是, the word promises a list the sentence does not give: either items were lost in editing
or 分别 is a wrong word for 是. A reviewer marks it as a misused word.

Read only 分别是 or 分别为 followed by one item that runs to the sentence's end (。；! ? or a line's end) with no
list separator (、，,；和 及 与 或), no colon (a list set out below), no quotes pair after pair, no range (至, 到, ~)
and no 等. A single figure after 分别为 is left silent: 两项指标完成率分别为100% is loose but common wording for
均为, and a reviewer may accept it.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W057",
    name="respectively-one-item",
    severity="warning",
    summary="“分别是/分别为”后只有一项（“下属事业单位分别是某某中心。”）",
    doc=(
        "检查什么：“分别是”“分别为”后只列了一项就结束了句子，中间没有顿号、逗号、“和”“及”“与”等分隔，"
        "如“下属事业单位分别是芙蓉区职工服务（帮扶）中心。”。\n"
        "为什么：“分别”要求多个对象与多个项目一一对应；只列一项时，要么漏列了其他项目，要么“分别”用错，应改为“是”。\n"
        "不报的情形：列了两项以上的（分别是甲中心、乙中心）；冒号后另起列举的（分别是：）；“分别为”后是一个数字的"
        "（两项指标完成率分别为100%，常见的宽松写法）；含“等”或范围（至、到）的。\n"
        "示例：“下属事业单位分别是芙蓉区职工服务（帮扶）中心。”应补全其他单位，或改为“下属事业单位是芙蓉区职工服务（帮扶）中心。”。"
    ),
    flag=(
        "根据编办核定，某区总工会包括本级、二级机构2个。下属事业单位分别是某区职工服务（帮扶）中心。",
        "本单位内设机构分别为办公室\n",
        "两个项目的实施单位分别是县交通运输局；项目已完工。",
    ),
    keep=(
        "下属事业单位分别是某区职工服务中心、某区职工学校。",
        "内设机构分别为办公室和业务科。",
        "下属单位分别是：\n1.某区职工服务中心\n2.某区职工学校",
        "两项指标完成率分别为100%。收入、支出分别为120.5万元，108.3万元。",
        "各季度执行进度分别是一季度至四季度均衡推进。",
        "抽查的单位分别为“某中心”“某学校”。",
        "下属单位分别是某中心等。",
    ),
)

# 分别是/分别为, then one run with no separator, colon, quote-after-quote, range or 等 up to the sentence's end.
_ONE_ITEM = regex_cache.compile(r"分别(是|为)([^、，,；;和及与或：:\n。！!？?“”\"至到~～等\s]{1,40}(?:“[^“”\n]{1,20}”)?"
                                r"[^、，,；;和及与或：:\n。！!？?“”\"至到~～等\s]{0,20})(?=[。；;！!？?]|\n|$)")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "分别是" not in text and "分别为" not in text:
        return
    for m in _ONE_ITEM.finditer(text):
        verb, item = m.group(1), m.group(2)
        if verb == "为" and item[:1].isdigit():
            continue
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“分别{verb}”后只列了一项（{item}）：“分别”要求多项一一对应，应补全漏列的项目，或把“分别{verb}”改为“{verb}”。",
        )
