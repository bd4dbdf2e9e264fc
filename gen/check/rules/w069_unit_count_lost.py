"""W069: a count of a body's units whose figure was lost between the verb and 个 (有个内设机构, 下设个科室).

A report's 概况 counts what a body is made of: "内设5个科室", "下辖12个行政村", "设有3个内设机构,分别为……". When the
figure is lost in editing or extraction, the measure word stays glued to the verb: "有个内设机构，分别为：办公室……".
Chinese puts a numeral before 个 in a count; a verb of having or setting up (有, 设有, 下设, 下辖) followed at once by
个 and a unit of a body is that count without its number, and the reader cannot tell how many there are.

Read only 个 right after such a verb and before a unit of a body (内设机构, 科室, 股室, 行政村, 社区, 党支部 …) within
a few characters. 个别, 个人, 个体 and 个性 are words of their own (有个别科室, 现有个人档案) and stay silent, as does any
count with its figure (设有3个科室, 下辖十二个行政村).

The same loss in a run of counts parted by 、: each item is figure, measure word and what was held (举办12次培训班、
5次展览); an item that opens on the measure word of the count before it with no figure of its own (12次培训班、次展览)
lost it. Read only the measure words of events (次, 场, 期) and not the words they open (次年, 次日, 次数, 场所, 场地,
期间, 期限 …).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W069",
    name="unit-count-lost",
    severity="warning",
    summary="机构、科室、村（社区）的个数漏了数字（“有个内设机构”“下设个科室”），或“、”列举的次数漏了数字（“12次培训班、次展览”）",
    doc=(
        "检查什么：“有”“设有”“下设”“下辖”“共有”等之后直接接“个”和内设机构、科室、股室、行政村、社区、党支部等单位，"
        "个数的数字漏了，如“有个内设机构，分别为”。\n"
        "为什么：计数时“个”前面必有数字（内设5个科室、下辖12个行政村）；数字在编辑或转换中丢了，读者无从知道有几个。\n"
        "不报的情形：“个别”“个人”“个体”“个性”（“有个别科室”“现有个人档案”）；写了数字的（设有3个科室、下辖十二个行政村）。\n"
        "“、”连起的几项计数（“12次培训班、5次展览”）中，一项以前一项的量词“次”“场”“期”开头而没有数字的（“12次培训班、次展览”），同样漏了数字；“次年”“场地”“期间”等词不报。\n"
        "示例：“某幼儿园有个内设机构，分别为：办公室、保教处”应写明个数，如“有2个内设机构”。"
    ),
    flag=(
        "某中心小学有个内设机构，分别为：办公室、教导处、总务处。\n",
        "本局下设个股室，即办公室、业务股。\n",
        "全镇下辖个行政村和2个社区。\n",
        "参加各项业务知识培训，12次培训班、次展览。\n",
    ),
    keep=(
        "某中心小学有3个内设机构，分别为：办公室、教导处、总务处。\n",
        "本局下设四个股室。仍有个别科室工作进度滞后。现有个人档案120份。\n",
        "全镇下辖12个行政村和2个社区，有个体工商户300户。\n",
        "举办12次培训班、5次展览；完成3场演出、场地改造和2期培训、期间接待群众500人次，5次检查、次年复查。\n",
    ),
)

_UNITS = ("内设机构|机构|职能科室|科室|股室|处室|部门|事业单位|行政村|村民委员会|村委会|社区|居委会|党支部|支部"
          "|分局|中队|站所|分支机构|直属单位|下属单位")
_LOST = regex_cache.compile(
    rf"(?:下设|设有|设置|内设|共有|现有|下辖|管辖|包括|有|辖)个(?!别|人|体|性|案)(?=[\u4e00-\u9fff]{{0,4}}?(?:{_UNITS}))"
)

# A count of events (12次培训班), 、, and the next item opening on the same measure word with no figure (次展览).
_ITEM_LOST = regex_cache.compile(
    r"([0-9０-９一二三四五六七八九十]{1,8}([次场期])[\u4e00-\u9fff]{1,8})、(\2)"
    r"(?!年|日|月|数|要|序|级|生|第|均|场|所|地|馆|景|合|面|长|间|限|刊|末|初|中|内|货|望|待|盼)(?=[\u4e00-\u9fff])"
)


def check(ctx):
    text = ctx.text
    if "个" in text:
        for m in near_needles(_LOST, text):
            s = m.end() - 1
            verb = text[m.start():s]
            yield Finding(s, m.end(), RULE.code, RULE.severity,
                          f"“{verb}”与“个”之间漏了个数：计数的“个”前应有数字（如“{verb}3个”），请按实际补上。", None)
    if "、次" in text or "、场" in text or "、期" in text:  # the item that lost its figure opens on one of these
        for m in _ITEM_LOST.finditer(text):
            measure = m.group(3)
            yield Finding(m.start(3), m.end(3), RULE.code, RULE.severity,
                          f"“、{measure}”之后漏了个数：前一项写作“{m.group(1)}”，"
                          f"这一项的“{measure}”前也应有数字，请按实际补上。", None)
