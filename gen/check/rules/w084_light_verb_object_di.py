"""W084: the object of a light verb modified with 地 for 的 (进行了认真细致地考评。 for 认真细致的考评).

进行, 开展, 作出, 给予, 加以 and 予以 take a verb as their object and make it a noun: 进行考评, 给予支持. A modifier of
that object is an attribute and takes 的 (进行了认真细致的考评, 给予大力的支持); 地 marks an adverbial before a verb
that is the clause's own predicate (认真细致地考评了各项工作). A clause that ends on light verb + modifier + 地 + a
two-character verb reads 地 where 的 belongs, a slip reviewers of every sector's reports circle.

Read only a modifier of two to four characters right after the light verb (or its 了), 地 after it, and a
two-character verb closing the clause (a mark or the line's end follows): 开展有效地维护了……, where the verb goes on,
is the clause's predicate and stays silent. A 地 that ends a word of place (实地, 各地, 基地, 当地, 用地, 耕地 …) is
no particle and is not read.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W084",
    name="light-verb-object-di",
    severity="warning",
    summary="“进行（开展、给予）……地+动词”作宾语，修饰语后应用“的”（“进行了认真细致地考评”）",
    doc=(
        "检查什么：“进行”“开展”“作出”“给予”“加以”“予以”后面的宾语是名词化的动词，修饰它的词语后写了“地”，"
        "如“进行了认真细致地考评。”，应为“进行了认真细致的考评”。\n"
        "为什么：“进行”等形式动词的宾语是名词性的，修饰宾语的是定语，用“的”；“地”用在作谓语的动词前"
        "（“认真细致地考评了各项工作”）。\n"
        "不报的情形：动词后还有宾语或“了”（“开展有效地维护了权益”）的；“实地”“各地”“基地”“当地”“用地”等以“地”结尾的词。\n"
        "示例：“对各项工作进行了认真细致地考评。”应为“对各项工作进行了认真细致的考评。”"
    ),
    flag=(
        "考评组对各单位的各项工作进行了认真细致地考评。",
        "专家组对项目资料进行全面系统地梳理，对存在的问题给予及时地整改。\n",
    ),
    keep=(
        "考评组对各单位的各项工作进行了认真细致的考评，认真细致地考评了各项工作。",
        "工作组对水库进行了实地查看，在各地开展了基地建设，专业机构开展了用地评价。",
        "法律援助工作的开展有效地维护了受援人的合法权益，进一步提高服务质量。",
    ),
)

_LIGHT_DI = regex_cache.compile(
    r"(?:进行|开展|作出|做出|给予|加以|予以)了?([\u4e00-\u9fff]{2,4})"
    r"(?<![实各基当本外土场园耕林阵属就异两内源草湿绿田盆营山陆境产腹领高低平天福宝圣墓洼坡目了用等])地"
    r"(?=[\u4e00-\u9fff]{2}(?:[，。；,;！!、）)]|$))",
    re.M,
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "地" not in text:
        return
    for m in _LIGHT_DI.finditer(text):
        modifier = m.group(1)
        if "的" in modifier or "地" in modifier:
            continue
        verb = text[m.end():m.end() + 2]
        yield Finding(
            m.start(1), m.end() + 2, RULE.code, RULE.severity,
            f"“{modifier}地{verb}”是“{text[m.start():m.start(1)]}”的宾语，修饰宾语应用“的”：应为“{modifier}的{verb}”。",
            f"{modifier}的{verb}",
        )
