"""N062: a share of a measured whole (总里程, 总面积) that the whole its siblings agree with contradicts.

"农村公路2011.8公里……等级公路1349.8公里，占总里程的67.1%；等外公路662公里，占总里程的22.9%":
662 ÷ 2011.8 is 32.9%, not 22.9%. N001 finds a share's whole by its name among the labels of
earlier figures, and a length's or an area's whole is named generically (总里程, 总面积) while
its figure's label is the road's or the land's own name, so N001 cannot find it. This rule
finds it by the figures themselves: among the earlier figures of the same unit in the
paragraph, the whole is the one that two or more of the sibling shares agree with. A share
of a whole named the same way (or by the tail of the others' name) that this whole
contradicts is reported. Only measured units (length, area, volume, weight) are read: counted
shares (人, 个, 项) and money are N001's.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

from ...core import regex_cache
from ...core.numbers import percent_agrees
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N062",
    name="measured-share",
    severity="error",
    summary="长度、面积等占总量的比例与文中数字不符",
    doc=(
        "检查什么：“等外公路662公里，占总里程的22.9%”这类长度、面积、体积、重量的占比。"
        "同一段中前文写出的同单位数字里，有两个以上同类占比都与之相符的那一个就是总量，"
        "用它重算其余占比（名称相同或是其名称的后半部分，如“总里程”之于“农村公路总里程”），不符的报告。\n"
        "为什么：占比写错会误导对结构的判断；总量的名称泛称“总里程”“总面积”，N001 按名称找不到总数，由此补上。\n"
        "不报的情形：没有两个以上占比与同一个总量相符的（总量不能确定）；金额与个数、人数的占比（见 N001）。\n"
        "示例：农村公路2011.8公里，等级公路1349.8公里，占67.1%；等外公路662公里，占总里程的22.9%（应为32.9%）。"
    ),
    flag=(
        "全县农村公路2011.8公里，其中县道264.6公里，占总里程的13.2%；等级公路1349.8公里，占农村公路总里程的67.1%；"
        "等外公路662公里，占总里程的22.9%。",
    ),
    keep=(
        "全县农村公路2011.8公里，其中县道264.6公里，占总里程的13.2%；等级公路1349.8公里，占农村公路总里程的67.1%；"
        "等外公路662公里，占总里程的32.9%。",
        # one share only: no sibling confirms which earlier figure is the whole
        "全县农村公路2011.8公里，其中等外公路662公里，占总里程的22.9%。",
        # a share of another whole (the township roads) is not judged against the county's
        "全县公路2000公里，其中县道500公里，占总里程的25%；乡道1000公里，占总里程的50%；乡道中硬化道路300公里，占乡道总里程的30%。",
    ),
)

_UNITS = r"平方公里|平方米|公里|千米|公顷|万亩|亩|万吨|吨|万立方米|立方米"
# A figure in a measured unit (not one part of a longer number or of a range).
_FIGURE = regex_cache.compile(r"(?<![\d.])(\d{1,9}(?:\.\d{1,4})?)[ \u3000]?(" + _UNITS + r")")
# A part's figure, then 占, a whole's name ending in a generic 总 word, and the share.
_SHARE = regex_cache.compile(
    r"(?<![\d.])(\d{1,9}(?:\.\d{1,4})?)[ \u3000]?(" + _UNITS + r")[，,]?占"
    r"([\u4e00-\u9fff]{0,12}总(?:里程|面积|长度|量|产量|体积|规模))的?(\d{1,3}(?:\.\d{1,2})?)[%％]")
REACH = 400  # characters before a share where its whole may stand


def _paragraphs(text: str):
    """The paragraphs (start, end of line) holding three or more 占: every share holds one, and a paragraph
    of fewer cannot hold the three shares ``check`` needs. Found from the 占s, not by running the share's
    pattern (which opens with digits, so re tries it at every character) over each of a long report's
    nine thousand lines (some 10 ms on 200k characters)."""
    at = text.find("占")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text.count("占", start, end) >= 3:
            yield start, end
        at = text.find("占", end)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for lo, hi in _paragraphs(text):
        shares = list(_SHARE.finditer(text, lo, hi))
        if len(shares) < 3:
            continue
        figures = list(_FIGURE.finditer(text, lo, hi))
        yield from _judge(shares, figures)


def _judge(shares, figures) -> Iterable[Finding]:
    for unit in {m.group(2) for m in shares}:
        claims = [m for m in shares if m.group(2) == unit]
        first = claims[0].start()
        wholes = [f for f in figures if f.group(2) == unit and first - REACH <= f.start() < first]
        for whole in wholes:
            w = Decimal(whole.group(1))
            agree = [c for c in claims if _agrees(c, w)]
            if len(agree) < 2:
                continue
            names = {c.group(3) for c in agree}
            for c in claims:
                part = Decimal(c.group(1))
                if c in agree or part >= w or not any(n.endswith(c.group(3)) for n in names):
                    continue
                stated = c.group(4)
                places = Decimal(1).scaleb(-len(stated.split(".")[1])) if "." in stated else Decimal(1)
                got = (part / w * 100).quantize(places, ROUND_HALF_UP)
                yield Finding(c.start(4), c.end(), RULE.code, RULE.severity,
                              f"{c.group(1)}{unit}÷{whole.group(1)}{unit}＝{got}%，不是{c.group(4)}%"
                              f"（同段另有{len(agree)}处占比按总量{whole.group(1)}{unit}计算相符）", None)
            break


def _agrees(c, whole: Decimal) -> bool:
    stated = c.group(4)
    decimals = len(stated.split(".")[1]) if "." in stated else 0
    return percent_agrees(Decimal(stated), decimals, Decimal(c.group(1)), whole)
