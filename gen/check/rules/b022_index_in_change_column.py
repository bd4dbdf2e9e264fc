"""B022: a column headed as a change on the year (比上年涨跌（%）) that holds index values (上年=100: 101.0, 98.4).

Statistical bulletins print price and volume indices two ways: as the index with the previous year at 100
(居民消费价格总指数 101.0, 食品烟酒 98.4) or as the change in percent (1.0, −1.6). A table headed 比上年涨跌（%）
whose every figure lies around 100 prints the indices under the heading of the changes: read as printed, every
price rose by about 100 %. The column's heading or its figures are wrong.

Precision: only a column whose heading names a change in percent (涨跌, 增减, 增长, 涨幅, 增幅, 升降 with %), and
only when it holds three figures or more, every one between 80 and 120 and none negative: a table of changes has
some near nought; a real change of 80 % to 120 % for every row of a table does not occur. A heading that names
the index itself (指数, 上年=100) is no change column.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B022",
    name="index-in-change-column",
    severity="warning",
    summary="表格栏目为“比上年涨跌（%）”，所列却是以上年为100的指数",
    doc=(
        "检查什么：表头为“比上年涨跌（%）”“比上年增长（%）”等增减幅度的栏目，所列数字却都在100上下"
        "（101.0、98.4、102.0），是以上年为100的指数。\n"
        "为什么：按栏目读，每一项都上涨了约100%，与实际不符；应把栏目改为“指数（上年=100）”，或把数字改为涨跌幅度"
        "（1.0、−1.6、2.0）。\n"
        "不报的情形：栏目本身写明是指数（“指数”“上年=100”）的；该栏数字少于三个的；有数字不在80至120之间或为负数的。\n"
        "示例：“指标 | 比上年涨跌(%) |”下列“居民消费价格总指数 | 101.0 |”“食品烟酒 | 98.4 |”。"
    ),
    flag=(
        "表3 主要商品零售价格\n| 指标 | 比上年涨跌（%） |\n|---|---|\n| 商品零售价格总指数 | 101.5 |\n"
        "| 食品类 | 99.2 |\n| 日用品类 | 102.3 |\n| 燃料类 | 104.8 |\n",
    ),
    keep=(
        "表3 主要商品零售价格\n| 指标 | 比上年涨跌（%） |\n|---|---|\n| 商品零售价格总指数 | 1.5 |\n"
        "| 食品类 | -0.8 |\n| 日用品类 | 2.3 |\n| 燃料类 | 4.8 |\n",
        "表3 主要商品零售价格\n| 指标 | 指数（上年=100） |\n|---|---|\n| 商品零售价格总指数 | 101.5 |\n"
        "| 食品类 | 99.2 |\n| 日用品类 | 102.3 |\n",
        # a column of growth rates some of which are near 100: not every one
        "| 指标 | 比上年增长（%） |\n|---|---|\n| 快递业务量 | 98.5 |\n| 网上零售额 | 12.3 |\n| 新能源汽车产量 | 105.0 |\n",
    ),
)

_CHANGE_HEADER = regex_cache.compile(r"(?:涨跌|增减|增长|涨幅|增幅|升降|增速)(?:幅度|率)?\s{0,2}[（(]\s{0,2}[%％]\s{0,2}[）)]")
_INDEX_HEADER = regex_cache.compile(r"指数|上年\s{0,2}=\s{0,2}100|=\s{0,2}100")
MIN_FIGURES = 3
LOW, HIGH = Decimal(80), Decimal(120)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for table in ctx.tables:
        for column in table.columns:
            if not _CHANGE_HEADER.search(column.header) or _INDEX_HEADER.search(column.header):
                continue
            cells = [c for r in table.body if (c := r.cell(column.index)) is not None and c.number is not None]
            if len(cells) < MIN_FIGURES or not all(LOW <= c.number.value <= HIGH for c in cells):  # type: ignore[union-attr]
                continue
            shown = "、".join(c.text for c in cells[:3])
            heads = [c for r in table.rows[:table.header_rows] if (c := r.cell(column.index)) is not None and c.text]
            at = heads[-1] if heads else cells[0]  # the heading that names the figures wrongly, else the first figure
            yield Finding(
                at.start, at.end, RULE.code, RULE.severity,
                f"栏目为“{column.header}”，所列数字（{shown}……）却都在100上下，是以上年为100的指数，"
                f"不是涨跌幅度：应把栏目改为“指数（上年=100）”，或把数字改为涨跌幅度。",
            )
