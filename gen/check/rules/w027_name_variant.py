"""W027: a name written with one character replaced, where the same text keeps writing it the other way.

A report names its project, fund, body or facility again and again, and a
slip in one of those places is often a different character in the same slot
(殡仪馆 on the title page and through the text, 殡葬馆 in the 项目名称 field),
which W023 (a character lost, added or moved) does not read. No list carries
such slips from one report to the next; the report's own repetitions do.
gen.check.name_variants finds them in names only (a name's end follows the
edit), where the characters are no ordinal, level or place (第一/第二, 市级/
省级: another thing), the edit is not in the name's kind (财政局 / 民政局: a
report cites other bodies), and the written form reads worse than the text's
own or differs well inside a long phrase. The typo rules that know the word
(W001, W016, W018, W020) and W023 keep their findings; this rule reports only
spans none of them touches.
"""

from __future__ import annotations

from .. import name_variants
from ..finding import Finding
from ..registry import Rule, unreported
from . import w001_typo, w016_typo_variant, w018_body_name_typo, w020_standard_title_typo, w023_text_variant

RULE = Rule(
    code="W027",
    name="name-variant",
    severity="warning",
    summary="疑似笔误：名称与本文别处反复出现的写法相差一个字（换了一个字）",
    doc=(
        "检查什么：项目、资金、单位、设施等名称在本文别处至少写了两次，此处同一位置换了一个字，"
        "且这样写读不通（分词后留下孤立的单字，按本文的写法则成词），或差在一个长名称的中间，"
        "如“某县殡葬馆建设项目”（本文别处均作“某县殡仪馆建设项目”）、“财政专线扶贫资金”（别处作“财政专项扶贫资金”）。\n"
        "为什么：一份报告反复写同一个项目、资金或单位的名称，个别地方换错一个字，错字表收不全；"
        "但正确的写法往往就在同一篇报告里。\n"
        "不报的情形：差在序数、层级、方位、年度、预算与决算等字上的（第一部分／第二部分、市级资金／省级资金：另一个名称，"
        "词库 glossary/name_variants.yaml）；差在名称类别词上的（财政局／民政局：另一个单位）；两种写法都读得通且差在名称边缘的"
        "（补助资金／补贴资金）；其他错字规则（W001、W016、W018、W020、W023）已报的。\n"
        "示例：“河口县殡葬馆建设项目”应为“河口县殡仪馆建设项目”。"
    ),
    flag=(
        "河口县殡仪馆建设项目启动。河口县殡仪馆占地30亩。河口县殡葬馆建设项目绩效评价报告。",
        "本年投入财政专项扶贫资金500万元。财政专项扶贫资金全部拨付。财政专线扶贫资金使用规范。",
    ),
    keep=(
        # the text's form (河口乡人民 of 河口乡人民政府) never names the kind the written one does (服务中心)
        "河口乡人民政府负责全乡工作。河口乡人民政府下设办公室。二级单位是河口乡便民服务中心。",
        "河口县殡仪馆建设项目启动。河口县殡仪馆占地30亩。河口县殡仪馆建设项目绩效评价报告。",
        "根据河口县财政局的通知。河口县民政局负责救助。河口县民政局全年发放资金。",
        "本年下达市级资金100万元。市级资金全部到位。下达省级资金50万元。",
    ),
)

# The rules whose findings on a span are the finding there: a listed slip, a frequent word's slip, a body's
# name, a standard title, a character lost, added or moved.
_OTHERS = (w001_typo, w016_typo_variant, w018_body_name_typo, w020_standard_title_typo, w023_text_variant)


def check(ctx):
    for v in unreported(ctx, name_variants.find(ctx.text), _OTHERS):
        yield Finding(v.start, v.end, RULE.code, RULE.severity,
                      f"名称“{v.written}”与本文别处反复出现的“{v.right}”相差一字，疑为笔误。", v.right)
