"""B019: a table row whose figure stands in the unit column and whose value column is empty.

A statistics table in three columns (指标 | 单位 | 数量) gives each row a unit and a figure:
"| 困境儿童 | 人 | 476,907 |". A row written "| 困境儿童 | 487,828 | |" has lost its unit and
put the figure one column early, so the figure reads as the unit and the row has no value.
Only a table whose rows mostly hold a short unit in the second column and a figure in the
third is read (at least three such rows), and only a row whose second cell is a bare figure
with every later cell empty is reported.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B019",
    name="value-in-unit-column",
    severity="warning",
    summary="表格中数值写在了单位栏，缺计量单位",
    doc=(
        "检查什么：“指标 | 单位 | 数量”这样的表格中，某一行的单位栏是数字、数量栏却是空的"
        "（“| 困境儿童 | 487,828 | |”）。\n"
        "为什么：数值错列到单位栏，这一行既没有计量单位，数量栏也空着，读者无法确认数值的含义。\n"
        "不报的情形：表格中按“单位 | 数量”填写的行不足三行的；单位栏为空的分类标题行。\n"
        "示例：“| (1)困境儿童 | 487,828 | |”应为“| (1)困境儿童 | 人 | 487,828 |”。"
    ),
    flag=(
        "| 指标 | 单位 | 数量 |\n| 机构总数 | 个 | 154 |\n| 服务人数 | 人 | 2,087 |\n| 困境儿童 | 487,828 | |\n"
        "| 孤儿 | 人 | 1,227 |\n",
    ),
    keep=(
        "| 指标 | 单位 | 数量 |\n| 机构总数 | 个 | 154 |\n| 服务人数 | 人 | 2,087 |\n| 困境儿童 | 人 | 487,828 |\n"
        "| 孤儿 | 人 | 1,227 |\n",
        # the tail of a row slid down a line: its unit opens the row (the name is above, B018's)
        "指标 | 单位 | 数量 |\n#敬老院 三、社会救助 |\n个 | 24 | |\n低保人数 | 人 | 595 |\n特困人数 | 人 | 216 |\n孤儿 | 人 | 12 |\n",
        # a table of two columns (name | amount): the second column is the value's own
        "| 项目 | 金额 |\n| 基本支出 | 120.5 |\n| 项目支出 | 80.2 | |\n| 合计 | 200.7 |\n",
    ),
)

_FIGURE = regex_cache.compile(r"[≥≤]?\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?|[≥≤]?\d{1,12}(?:\.\d{1,4})?")
_UNIT = regex_cache.compile(r"[\u4e00-\u9fff%％/·]{1,5}")
# A row that opens with a unit is the tail of a row that slid down a line (B018's), its name left above.
_BARE_UNIT = regex_cache.compile(r"(?:万|亿)?(?:元|人次|人|个|户|对|家|所|项|次|公里|亩|吨|张|件|台|辆|套|座|处)|[%％]")
MIN_ROWS = 3  # rows of unit and figure that show the table's columns


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _blocks(text: str):
    """Runs of consecutive lines holding a cell bar: (start offset, lines)."""
    block, start, pos = [], 0, 0
    for line in text.split("\n"):
        if "|" in line:
            if not block:
                start = pos
            block.append(line)
        elif block:
            yield start, block
            block = []
        pos += len(line) + 1
    if block:
        yield start, block


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "|" not in text:
        return
    for start, lines in _blocks(text):
        rows = [_cells(line) for line in lines]
        shaped = [c for c in rows if len(c) >= 3 and _UNIT.fullmatch(c[1]) and _FIGURE.fullmatch(c[2])]
        if len(shaped) < MIN_ROWS:
            continue
        units = {c[1] for c in shaped}
        pos = start
        for line, cells in zip(lines, rows):
            if len(cells) >= 3 and cells[0] and _FIGURE.fullmatch(cells[1]) and not any(cells[2:]) \
                    and cells[0] not in units and not _BARE_UNIT.fullmatch(cells[0]):
                at = line.find(cells[1], line.find("|", line.find(cells[0]) + len(cells[0])))
                yield Finding(pos + at, pos + at + len(cells[1]), RULE.code, RULE.severity,
                              f"“{cells[0]}”一行的数值“{cells[1]}”写在了单位栏，数量栏为空，缺计量单位，请核对。", None)
            pos += len(line) + 1
