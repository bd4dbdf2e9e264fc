"""W008: a stray character between a figure and its unit ("0毛岁" for 0～6岁, "95哈%").

OCR and careless conversion turn a range mark or a digit into a Chinese
character: "0～6岁" becomes "0毛岁". Between a figure and 岁 only a few words
can stand (周岁, 多岁, 余岁, 至/到 a range); between a figure and % none at
all. Anything else there is a slip the reader cannot decode, so the rule
needs no dictionary: it knows what may stand there and reports the rest.

A blank typed after the decimal point of an amount ("补助资金1107. 8万元") is the same slip: one figure
split in two. Read only inside a sentence (a Chinese character or a colon before the digits), where
"1. 8万元…" cannot be a list item's number followed by its amount. A blank where the point itself
stood ("自治区资金29 6万元" for 29.6万元) splits the figure the same way: read only straight after a
Chinese character and before 万元/亿元, with one or two digits after the blank, so that a flattened table's
columns (a count, a blank, then an amount: "| 3 | 5万元") never match.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..textspans import finditer_from
from ..registry import Rule

RULE = Rule(
    code="W008",
    name="stray-char-in-figure",
    severity="warning",
    summary="数字与单位之间夹了不该有的字（识别或录入错误）",
    doc=(
        "检查什么：数字和“岁”之间夹了一个不是“周、多、余、至、到”等的字（“0毛岁”应为“0～6岁”），"
        "数字和“%”之间夹了汉字（“95哈%”）；金额的小数点后夹了空格（“1107. 8万元”）。\n"
        "为什么：这多是扫描识别或格式转换留下的错字，读者无法知道原来的数字。\n"
        "不报的情形：“6周岁”“60多岁”“3至6岁”等正常写法；行首的序号“1. ”后接金额。\n"
        "示例：“将0毛岁儿童、65岁以上老年人纳入管理”中的“0毛岁”应为“0～6岁”。"
    ),
    flag=(
        "将0毛岁儿童、65岁以上老年人纳入健康管理。",
        "群众满意度达95哈%。",
        "发放耕地地力补贴2316. 45万元，惠及农户1.2万户。",
        "全县一般公共预算收入完成70,734,万元。",
        "下达省级补助资金18 5万元，市级配套3 2万元。",
    ),
    keep=(
        "将0～6岁儿童、65岁以上老年人纳入健康管理。",
        "为60周岁以上、80多岁及3至6岁的人群提供服务，满意度达95%。",
        # a list item's number before an amount: the blank follows the item's point
        "主要支出如下：\n1. 8万元用于设备购置；\n2. 5万元用于培训。",
        "全县一般公共预算收入完成70,734万元，增长5.2%，人均1,200元。",
        # a table's cells flattened: a count, then an amount, each after a blank
        "设备购置 3 5万元\n培训 12 2.5万元",
    ),
)

# What may stand between a figure and 岁: 周岁, 多岁/余岁, a range (3至6岁), a Chinese numeral (五十几岁).
_AGE_OK = frozenset("周多余至到及和或、来几虚足半十百")
_STRAY = regex_cache.compile(r"(?<=\d)([\u4e00-\u9fff])(?=岁|[%％])")
# the unit after the stray character, a digit before that: tried only there, not at each of a report's %
_UNIT = regex_cache.compile("[岁%％](?<=\\d[\u4e00-\u9fff][岁%％])")

# a blank after the point of an amount inside a sentence (a Chinese character or a colon before its digits)
_SPLIT_POINT = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff：:])(\d{1,9})\.[ \u3000]{1,2}(\d{1,4})(?![\d.])(?=[ \u3000]?(?:万元|亿元|元|万|亿))")


# a blank where the point stood (资金29 6万元): a Chinese character straight before the digits, 万元/亿元 after
# (searched from its blank, a literal; the digits before it and the character before them are read back)
_LOST_POINT = regex_cache.compile(r" (\d{1,2})(?=万元|亿元)")


def _split_point(text: str):
    for m in _SPLIT_POINT.finditer(text):
        fixed = f"{m.group(1)}.{m.group(2)}"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"金额“{m.group()}”的小数点后多了空格，应为“{fixed}”，请核对。", fixed)


def _lost_point(text: str):
    for m in _LOST_POINT.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isdigit() and m.start() - start <= 5:
            start -= 1
        if not 1 <= m.start() - start <= 5 or not start or not "\u4e00" <= text[start - 1] <= "\u9fff" \
                or text[start - 1] == "第":
            continue
        fixed = f"{text[start:m.start()]}.{m.group(1)}"
        yield Finding(start, m.end(), RULE.code, RULE.severity,
                      f"金额“{text[start:m.end()]}”中间是空格，应是漏了小数点（“{fixed}”），请核对原数字。", fixed)


# a thousands comma left at an amount's end, before its unit (70,734,万元): the figure reads on into nothing
_TRAILING_COMMA = regex_cache.compile(r"(?<=\d)[,，](?=万元|亿元|元)")


_COMMA_UNIT = (",万元", ",亿元", ",元", "，万元", "，亿元", "，元")  # the pattern runs only on a text that holds one


def _trailing_comma(text: str):
    if not any(contains(text, x) for x in _COMMA_UNIT):
        return
    for m in _TRAILING_COMMA.finditer(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"金额的数字和单位之间多了“{m.group()}”，请删去。", "")


def check(ctx):
    text = ctx.text
    if contains(text, ". ") or contains(text, ".\u3000"):
        yield from _split_point(text)
    if contains(text, " "):
        yield from _lost_point(text)
    yield from _trailing_comma(text)
    for m in finditer_from(_STRAY, text, _UNIT, 1):
        char = m.group(1)
        unit = text[m.end()]
        if unit == "岁" and char in _AGE_OK:
            continue
        yield Finding(
            m.start() - 1, m.end() + 1, RULE.code, RULE.severity,
            f"数字与“{unit}”之间夹了“{char}”，应是识别或录入错误，请核对原数字。", None,
        )
