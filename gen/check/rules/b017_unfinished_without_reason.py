"""B017: an indicator row whose actual value is a word saying the work is not finished, its 原因 cell empty.

A 自评表's actual column may hold words instead of a figure: "新建中心数量 | 1 | 建设中 |". 建设中,
未完成, 推进中 say the target was not reached this year, and the form's column for the reasons of what
was not finished (未完成原因和改进措施) is there for such a row. Left empty, the form admits the miss
without saying why. Read only pipe rows whose status cell follows a cell with a figure (the target),
with every cell after it empty, under a header whose 原因 column comes after its actual column;
a next line of words without cells (four characters or more) is the row's reason carried over, and passes.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles  # the same matches, tried near the pattern's needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B017",
    name="unfinished-without-reason",
    severity="warning",
    summary="指标实际完成值写“建设中”“未完成”等，未完成原因栏却为空",
    doc=(
        "检查什么：自评表表头在实际完成值之后设有“未完成原因和改进措施”（偏差原因）栏，某一指标行的指标值是数字，"
        "实际完成值却写“建设中”“未完成”“推进中”等表示尚未完成的词，该行原因栏为空。\n"
        "为什么：写了未完成，就应当说明原因和改进措施；原因栏空着，自评没有完成。\n"
        "不报的情形：表头没有原因栏或原因栏在实际值之前的；原因栏已填写的；下一行是不分格的文字（原因的续行）；"
        "实际值是数字的（由B015等规则按数字判断）。\n"
        "示例：“数量指标 | 新建体育馆数量 | 1 | 建设中 | |”，原因栏为空。"
    ),
    flag=("一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 |\n"
          "产出指标 | 数量指标 | 新建体育馆数量 | 1个 | 建设中 | |\n",),
    keep=(
        "一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 |\n"
        "产出指标 | 数量指标 | 新建体育馆数量 | 1个 | 建设中 | 受用地审批影响，已于次年开工 |\n",
        # no reason column
        "一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 |\n产出指标 | 数量指标 | 新建体育馆数量 | 1个 | 建设中 |\n",
    ),
)

_STATUS = (r"建设中|在建|正在建设|施工中|未完成|尚未完成|未开工|未完工|推进中|正在推进|实施中|正在实施|进行中"
           r"|未实施|未启动|未验收")
# "| 1个 | 建设中 | | |" up to the line's end: the target's cell, the status cell, empty cells only.
_ROW = regex_cache.compile(r"(?m)\|[ \u3000]{0,2}[^|\n]{0,12}?\d[^|\n]{0,8}\|[ \u3000]{0,2}(" + _STATUS
                  + r")[ \u3000]{0,2}\|[ \u3000|]{0,40}$")
_ACTUAL = regex_cache.compile(r"实际完成值|实际完成情况|实际值|完成值|实际完成")
_REASON = regex_cache.compile(r"原因")
HEADER_REACH = 3000  # the header stands above the form's indicator rows
CARRIED_MIN = 4  # characters of a reason carried over to the next line (a page cut off mid-word leaves fewer)


def _header_orders_reason(text: str, at: int) -> bool:
    """Whether the nearest header line above ``at`` with an actual column has a 原因 column after it."""
    lo = max(0, at - HEADER_REACH)
    end = text.rfind("\n", lo, at)
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        line = text[start:end]
        actual = _ACTUAL.search(line)
        if actual and "|" in line:
            return _REASON.search(line, actual.end()) is not None
        end = start - 1
    return False


def _carried_over(text: str, end: int) -> bool:
    """Whether the next line is words without cells: the reason, carried over from the row."""
    nl = text.find("\n", end)
    if nl < 0:
        return False
    nxt_end = text.find("\n", nl + 1)
    nxt = text[nl + 1:nxt_end if nxt_end >= 0 else len(text)].strip()
    return len(nxt) >= CARRIED_MIN and "|" not in nxt


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "|" not in text:
        return
    for m in near_needles(_ROW, text):
        if _carried_over(text, m.end()) or not _header_orders_reason(text, m.start()):
            continue
        yield Finding(
            m.start(1), m.end(1), RULE.code, RULE.severity,
            f"该指标实际完成值为“{m.group(1)}”，未达到指标值，但未完成原因栏为空，应写明原因和改进措施。",
        )
