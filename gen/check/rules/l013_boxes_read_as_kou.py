"""L013: a chart's legend boxes read as the character 口 (口第一产业口第二产业口第三产业).

A chart's legend puts a small square before each series' name; text recognition and PDF
extraction read the square as 口, the character it looks like, and the legend comes out as
"口第一产业口第二产业口第三产业". No word is built that way: three or more names in a row,
each after a 口, all of one length and sharing their head or their tail (第…产业, …支出), are
a legend's (or a form's tick boxes') squares, not text. A single 口 after a word (人口,
出口, 窗口) never repeats so.
"""

from __future__ import annotations

from os.path import commonprefix
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L013",
    name="boxes-read-as-kou",
    severity="warning",
    summary="图例或方框符号被识别成“口”字",
    doc=(
        "检查什么：连续三个以上“口”字各自引出一个名称，名称字数相同、开头或结尾相同"
        "（“口第一产业口第二产业口第三产业”）。\n"
        "为什么：这是图表图例或选项前的小方框被文字识别成了形状相近的“口”字，不是正文，应删去或改回方框。\n"
        "不报的情形：“人口”“出口”“窗口”等词中的“口”；名称长短不一、没有共同部分的。\n"
        "示例：“口第一产业口第二产业口第三产业”是图例，应删去。"
    ),
    flag=(
        "就业人员构成见下图。口第一产业口第二产业口第三产业\n",
        "资金来源：口财政资金口自筹资金口社会资金\n",
    ),
    keep=(
        "全县户籍人口第一产业从业人员12万人，出口第二产业产品3亿元。",
        "设立便民窗口3个，港口1个，路口改造2处。",
    ),
)

_HAN = "[\u4e00-\u53e2\u53e4-\u9fff]"  # a Chinese character other than 口 (U+53E3) itself
# written with its literal 口 first, so re skips to each 口 instead of trying the group at every character
_LEGEND = regex_cache.compile(f"口{_HAN}{{2,8}}(?:口{_HAN}{{2,8}}){{2,7}}")
_NAME = regex_cache.compile(f"口({_HAN}{{2,8}})")


def _siblings(names: list[str]) -> bool:
    if len(names) < 3 or len({len(n) for n in names}) != 1:
        return False
    tails = commonprefix([n[::-1] for n in names])
    return len(commonprefix(names)) >= 2 or len(tails) >= 2


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for m in _LEGEND.finditer(text):
        names = _NAME.findall(text, m.start(), m.end())
        if _siblings(names):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”中的“口”是图例或选项前的方框被识别成的字，不是正文，应删去。", None)
