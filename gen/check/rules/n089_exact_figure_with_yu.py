"""N089: an exact figure made approximate with 余 (101余台, 37087 余人, 129余条).

余 after a figure says "somewhat more than": it follows a round figure, one that ends in a zero (100余台, 30余人)
or a 万/千 (3.7万余人次). After a figure whose last digit is not zero (101余台) the figure is exact and 余 claims
it is not: one of the two is wrong (101台, or 100余台). Read only a whole figure of digits (a decimal or a figure
with thousands separators is left) right before 余 (one blank allowed) and a measure word or 万/千/亿 after it;
余额, 余量, 余下 and other words that open with 余 are no approximation. N041 reads a figure of four digits or more
glued to its 余 (清理垃圾811989余吨) as a malformed amount; a span it reports is left to it (one finding per slip).
"""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule, unreported
from . import n041_malformed_figure

RULE = Rule(
    code="N089",
    name="exact-figure-with-yu",
    severity="warning",
    summary="确数后接表约数的“余”（101余台、37087余人）",
    doc=(
        "检查什么：末位不是0的整数后紧跟“余”和量词（“101余台”“129余条”“37087 余人”）。\n"
        "为什么：“余”表示比前面的数多一些，只跟在整数位为0的约数或“万”“千”之后（“100余台”“3.7万余人次”）；"
        "末位不是0的数是确数，再加“余”自相矛盾，应写确数（101台）或约数（100余台）。\n"
        "不报的情形：“100余台”“30余人”“3.7万余人次”；带小数或千位分隔符的数；“余额”“余量”“余下”等以“余”起头的词。"
    ),
    flag=(
        "出动101余台车辆，转移群众300余人。",
        "全年累计接待读者37087 余人，开展阅读活动129余场。",
    ),
    keep=(
        "出动100余台车辆，转移群众3.7万余人次，发放物资20余万件。",
        "年末结转结余25万元，其余资金按规定使用；资金余额15元，剩余3人另行安排。",
        "截至2023年余下的12项工作已完成，全年盈余5个百分点。",
        # four digits or more glued to 余: N041's malformed amount, reported once, by it
        "全年累计清理生活垃圾811989余吨。",
    ),
)

# What follows 余 in an approximation: a measure word, or 万/千/亿 (20余万件).
_AFTER = frozenset("人户台个件条次项名家所座处吨亩只头辆套份篇场株棵元天批期起宗例张本册部间栋幢公平立千万亿")
_DIGITS = frozenset("0123456789")


def _figure_before(text: str, at: int) -> int:
    """Where the whole figure of digits ending just before ``at`` (one blank between allowed) starts, or -1."""
    end = at - 1 if at > 0 and text[at - 1] == " " else at
    start = end
    while start > 0 and text[start - 1] in _DIGITS and end - start < 9:
        start -= 1
    if start == end or start > 0 and text[start - 1] in ".．,０１２３４５６７８９":
        return -1
    return start


def check(ctx: CheckContext) -> Iterable[Finding]:
    return unreported(ctx, _exact_with_yu(ctx.text), (n041_malformed_figure,))


def _exact_with_yu(text: str) -> Iterable[Finding]:
    at = text.find("余")
    while at >= 0:
        nxt = text[at + 1:at + 2]
        if nxt in _AFTER and nxt:
            start = _figure_before(text, at)
            end = at - 1 if text[at - 1] == " " else at
            if start >= 0 and text[end - 1] != "0":
                figure = text[start:end]
                yield Finding(start, at + 2, RULE.code, RULE.severity,
                              f"“{text[start:at + 2]}”：{figure}是确数，不应再加表约数的“余”；"
                              f"应写确数“{figure}{nxt}”或改为整数位为0的约数。", f"{figure}{nxt}")
        at = text.find("余", at + 1)
