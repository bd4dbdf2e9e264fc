"""P022: a stray comma or other mark inside a contents line's leader dots (概况.......,.......1).

A contents entry runs its title to its page number over a row of leader dots. A comma, 顿号
or semicolon among the dots is a key struck while the dots were typed (or a scan's speck read
as a mark); it belongs to no sentence. Read only inside a run of dots: at least three before
the mark and two after it.
"""

from __future__ import annotations

from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P022",
    name="mark-in-leader",
    severity="warning",
    summary="目录引导点中夹杂多余的标点",
    doc=(
        "检查什么：目录行标题与页码之间的引导点（……或......）中夹着逗号、顿号、分号（“概况......,......1”）。\n"
        "为什么：引导点只连接标题和页码，中间的标点是录入时多打的或扫描的污点，应删去。\n"
        "不报的情形：引导点之外的标点；省略号后接逗号的正常句子（“等等……，”后面不再有引导点）。\n"
        "示例：“一、概况........................,...................(1)”中的逗号应删去。"
    ),
    flag=(
        "一、部门概况..............,.........1\n二、收支情况.......................3\n",
        "一、部门概况……………，…………1\n",
    ),
    keep=(
        "一、部门概况........................1\n二、收支情况.......................3\n",
        "开展培训、宣传、检查……，全年共计12次。",
    ),
)

# the leader dots before the mark are matched, not looked behind for: re then tries only where a dot stands
_MARK = regex_cache.compile(r"[.．…·]{3}[ \u3000]{0,2}([,，、;；])[ \u3000]{0,2}(?=[.．…·]{2})")


def check(ctx: CheckContext) -> Iterable[Finding]:
    for m in near_needles(_MARK, ctx.text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"目录引导点中夹有多余的“{m.group(1)}”，应删去。", "")
