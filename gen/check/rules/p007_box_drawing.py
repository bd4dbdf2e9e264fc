"""P007: a box-drawing character standing for = or - ("指标性质 ═ 100").

Table-drawing characters (U+2500–U+257F) end up in text when a form filled
in a spreadsheet or a PDF is pasted: "═" where the 指标性质 column needs "=",
"─" for a dash. A horizontal line character that stands alone cannot draw a
line, so a run of one is a symbol that was meant. Runs of two or more, lines
that draw a frame (several box characters) and vertical characters (which may
separate the cells of a drawn table) are left alone.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.text_pairs import may_hold_any
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P007",
    name="box-drawing-symbol",
    severity="warning",
    summary="用制表线字符代替等号、连接号",
    doc=(
        "检查什么：单独出现的制表线字符，如自评表“指标性质”一栏写“═”（应为“=”），"
        "或“2021─2023年”中的“─”（应为“-”或“—”）。\n"
        "为什么：制表线字符不是文字符号，复制到报告里后读屏、检索和统计都认不出它代表的意思。\n"
        "不报的情形：连续的制表线（“════”）和用制表线画出的表格框线。\n"
        "示例：“政策知晓率 | ═ | 100 | %”中的“═”应为“=”。"
    ),
    flag=(
        "| 社会效益指标 | 群众知晓率 | ═ | 100 | % | 98% | 10 | 9 |\n",
        "规划期为2021─2025年。\n",
    ),
    keep=(
        "| 社会效益指标 | 群众知晓率 | = | 100 | % | 98% | 10 | 9 |\n",
        "┌──────┬──────┐\n│ 项目 │ 金额 │\n└──────┴──────┘\n",
        "规划期为2021—2025年。\n",
    ),
)

_BOX = regex_cache.compile(r"[\u2500-\u257f]+")
_BOX_CHARS = "".join(map(chr, range(0x2500, 0x2580)))
_DOUBLE_HORIZONTAL = frozenset("═")
_HORIZONTAL = frozenset("─━╌╍┄┅┈┉╴╶╸╺═")
# A line with more box characters than this is a drawn frame, not text.
FRAME_MIN = 3


def _suggestion(char: str) -> str:
    return "=" if char in _DOUBLE_HORIZONTAL else "-"


def check(ctx):
    text = ctx.text
    if not may_hold_any(text, _BOX_CHARS) or not _BOX.search(text):  # a long text's characters are known
        return
    start = 0
    for line in text.split("\n"):
        runs = list(_BOX.finditer(line))
        if runs and sum(len(r.group()) for r in runs) < FRAME_MIN:
            for r in runs:
                char = r.group()
                if len(char) != 1 or char not in _HORIZONTAL:
                    continue
                fix = _suggestion(char)
                yield Finding(
                    start + r.start(), start + r.end(), RULE.code, RULE.severity,
                    f"“{char}”是制表线字符，不是文字符号，此处应为“{fix}”。", fix,
                )
        start += len(line) + 1
