"""B023: one row of a disclosure report's 第二十条 table left blank where its sibling rows carry their counts.

The format of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号) asks, under 主动公开政府信息情况, for one figure
per row: 行政许可, 行政处罚 and 行政强制 (本年处理决定数量), 行政事业性收费 (本年收费金额). A body with nothing to
report writes 0; a cell left empty is a figure lost. Pages flatten the table into lines parted by |: a row is
its label at a line's start, then its cells on that line or, when each cell took a line of its own, on the
next. A row counts as blank when its line holds nothing but bars after the label and the next line holds
nothing but bars either.

Read only where the sibling rows show the table was filled: at least two of the four rows carry a figure and
exactly one is blank (a table left empty as a whole, every row blank, is read as the body's way of saying
none, and is left alone); only in a text whose head names such a report.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from .. import disclosure_report as dr
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B023",
    name="disclosure-count-blank",
    severity="warning",
    summary="政府信息公开年度报告第二十条表格中，某一行的数字为空，而同表其他行都填了数",
    doc=(
        "检查什么：政府信息公开工作年度报告“主动公开政府信息情况”表中，行政许可、行政处罚、行政强制（本年处理决定数量）"
        "和行政事业性收费（本年收费金额）各行，其他行都填了数字（含0），只有一行空着的。\n"
        "为什么：国办公开办函〔2021〕30号规定的表格每行都应填数，没有发生的填0；只空一格说明数字漏填或在转换中丢失。\n"
        "不报的情形：不是政府信息公开年度报告的；各行都空着的（整表未填）；填了数的行少于两行的。\n"
        "示例：“行政许可 | 0”“行政处罚 | 0”之后“行政强制 |”一格为空，应填0或实际数字。"
    ),
    flag=(
        "某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容 | 本年处理决定数量 |\n行政许可 | 0 |\n"
        "信息内容 | 本年处理决定数量 |\n行政处罚 | 3 |\n行政强制 |\n| ||\n信息内容 | 本年收费金额（单位：万元） |\n"
        "行政事业性收费 | 0 |\n",
    ),
    keep=(
        "某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容 | 本年处理决定数量 |\n行政许可 | 0 |\n"
        "行政处罚 | 3 |\n行政强制 | 0 |\n行政事业性收费 | 0 |\n",
        # every row blank: the table was left empty as a whole
        "某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n行政许可 | |||\n行政处罚 | |||\n行政强制 | |||\n"
        "行政事业性收费 |\n三、收到和处理政府信息公开申请情况\n",
        # each cell on a line of its own
        "某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n行政许可 |\n325 | ||\n行政处罚 |\n49 | ||\n"
        "行政强制 |\n0 | ||\n",
    ),
)

_ROW = regex_cache.compile(r"(?m)^[ \t]{0,4}(行政许可|行政处罚|行政强制|行政事业性收费)[ \t]{0,4}\|([^\n]{0,80})")
_FIGURE = regex_cache.compile(r"\d")
_BARS = regex_cache.compile(r"[|\s]{0,80}")


def _line_after(text: str, end: int) -> str:
    start = text.find("\n", end)
    if start == -1:
        return ""
    stop = text.find("\n", start + 1)
    return text[start + 1:stop if stop != -1 else len(text)]


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "行政强制" not in text or not dr.is_report(text):
        return
    rows = {}
    for m in _ROW.finditer(text):
        if m.group(1) in rows:
            continue  # the first table only
        rest = m.group(2)
        if _FIGURE.search(rest):
            rows[m.group(1)] = None
        elif _BARS.fullmatch(rest):
            after = _line_after(text, m.end())
            if _FIGURE.match(after.strip()):
                rows[m.group(1)] = None
            elif _BARS.fullmatch(after) and after.strip():
                rows[m.group(1)] = m
            else:
                rows[m.group(1)] = False  # unreadable: another line follows
        else:
            rows[m.group(1)] = False
    blank = [m for m in rows.values() if m]
    filled = sum(1 for m in rows.values() if m is None)
    if len(blank) == 1 and filled >= 2:
        m = blank[0]
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"“{m.group(1)}”一行的数字为空，同表其他行都填了数；没有发生的应填0，请补填。", None)
