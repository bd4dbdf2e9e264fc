"""B018: a flattened table row whose name cell holds an item and the next section's heading.

A statistics table copied from a PDF loses its row breaks where a section heading stands
between two items: "#养老机构 四、社会救助 城市最低生活保障 |", then "个 | 245 |" on the next
line. The item's name and the next section's numbered heading (四、社会救助) share one cell,
the row holds no figure, and the figures have slid down a line, so every value below reads
against the wrong name. Only a row's first cell is read, and only when the rest of the row
is empty: a cell that holds a name, a blank, a 一、-style heading and no figure anywhere in
the row cannot be one row of a table.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.text_lines import line_spans
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B018",
    name="row-names-run-together",
    severity="warning",
    summary="表格行错位：两个指标名称并入同一行，数值移到下一行",
    doc=(
        "检查什么：以竖线分隔的表格行中，第一格里先是一个指标名称，空格后又是下一部分的编号标题"
        "（“#养老机构 四、社会救助”），该行其余各格都是空的。\n"
        "为什么：这是从PDF复制表格时丢了换行，指标名称与分类标题挤在一行，数值移到了下一行，"
        "以下各行的数值都对不上名称。\n"
        "不报的情形：行内有数值的；编号标题在格首的（“三、提供住宿的民政机构 | 个 | 258”）。\n"
        "示例：“离婚登记* 七、社会组织 |”下一行是“对 | 4,621 |”。"
    ),
    flag=(
        "指标 | 单位 | 数量 |\n#敬老院 三、社会救助 |\n个 | 24 |\n",
        "一、民政事业费支出 二、乡镇行政区划单位 | | |\n万元 | 5732.8 | |\n",
    ),
    keep=(
        "指标 | 单位 | 数量 |\n三、提供住宿的民政机构 | 个 | 258 |\n#养老机构 | 个 | 245 |\n",
        "项目名称 一、基本支出 | 120 |\n",
        "二、部门预算收支情况 三、其他事项\n",
    ),
)

_ROW = regex_cache.compile(
    r"(?m)^[ \u3000]{0,4}([^|\n]{1,40}?[\u4e00-\u9fff*＊）)][ \u3000]{1,4})"
    r"([一二三四五六七八九十]{1,3}、[\u4e00-\u9fff][^|\n\d]{1,30}?)[ \u3000]{0,4}\|[| \t\u3000]{0,30}$")


def _rows(text: str):
    """``_ROW.finditer(text)``, run only on the lines that hold both a 、 and a |: a match never leaves its line
    (no part of the pattern reads a line break) and holds both. Over the whole text the pattern is tried at
    every character (some 7 ms on 200k characters)."""
    for start, end in line_spans(text, "、"):
        if text.find("|", start, end) >= 0:
            yield from _ROW.finditer(text, start, end)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "|" not in text:
        return
    for m in _rows(text):
        name, heading = m.group(1).strip(), m.group(2).strip()
        if any(ch.isdigit() for ch in name):
            continue  # a figure in the name cell: a row of its own, not a name
        yield Finding(m.start(2), m.start(2) + len(heading), RULE.code, RULE.severity,
                      f"表格行错位：“{name}”与“{heading}”并在同一行，本行没有数值，数值移到了下一行，请按原表分行核对。",
                      None)
