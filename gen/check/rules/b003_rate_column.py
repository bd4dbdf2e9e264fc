"""B003: an 执行率 column whose figure is not B/A of its own row; a change rate not its row's change over last year.

A 决算's "三公" table sets last year's figure, this year's, the change and its rate side by side
(上年 | 本年 | 增减额 | 增减幅度): the rate is the change over last year's figure. The three amounts
prove the row's layout themselves (the change is this year's less last year's, to its last place),
under a table that names the change (增减幅度, 增长率…); a rate, with its %, that the change over
last year does not give at its printed precision was miscomputed or copied from another row.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ...core.numbers import format_percent, percent_agrees, ratio_percent, round_half_up
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import funds_blocks, tables_then_blocks
from ..flat_rates import row_rates
from ..forms_find import inside_form
from ..registry import Rule
from ..tables import percent_column, rate_cells

RULE = Rule(
    code="B003",
    name="table-rate-column",
    severity="error",
    summary="表格中的执行率（完成率）不等于本行执行数÷预算数",
    doc=(
        "表头为执行率、完成率、支出进度等的列，按同一行的执行数（B）÷预算数（A）重算；表头写明"
        "“B/A”并有“（A）”“（B）”列时按字母取列，否则取该列左侧的执行数列与预算数列（有多个预算数列时"
        "任一组合相符即可）。识别为自评表的表格由 F003 核对，本规则不再重复报告。"
        "压成一行文字的自评表资金栏（见 B009）按本行金额同样核对，只差末位一个单位的留给 N015；表头写明“执行率(%)”时，格中不带%的100、0按百分数核对。按所填百分数的小数位数四舍五入或截断后仍不相等时报错。"
        "例：全年预算数100.00、全年执行数95.00，执行率填98.50%（应为95%）。"
    ),
    flag=(
        "| 项目 | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n|---|---|---|---|\n"
        "| 公共卫生服务 | 100.00 | 95.00 | 98.50% |",
        "项目\t预算数（万元）\t执行数（万元）\t执行率（%）\n人员经费\t550.11\t500.00\t99.00",
        # a form flattened to one line by a web page: the total's rate copied as 100%
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 120 120 96 10 100% 10 "
        "其中：当年财政拨款 120 120 96 上年结转资金 其他资金 年度总体目标",
        # the total row alone, its sources printed in another layout
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 200 200 150 10 80% 8 按收入性质分：200",
        # one cell per line, a header cell broken over two lines by the page (全年 / 执行数)
        "年初\n预算数\n全年预算数\n全年\n执行数\n分值\n执行率\n得分\n年度资金总额\n500万元\n500万元\n"
        "400万元\n10\n100%\n10\n按收入性质分：\n",
        # a page's table copied one cell per line, the % in the header only: a bare 0 beside equal amounts
        "年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率(%) |\n得分 |\n|||\n|\n年度资金总额 |\n0 |\n6.5 |\n"
        "6.5 |\n10 |\n100 |\n10 |\n|||\n|\n其中:财政拨款 |\n0 |\n4 |\n4 |\n—— |\n100 |\n—— |\n|||\n|\n"
        "其他资金 |\n0 |\n2.5 |\n2.5 |\n—— |\n0 |\n—— |\n|||\n|\n年度总体目标 |\n",
        # a "三公" table's change rates not the change over last year's figure
        "单位：万元\n项目 | 2014年决算数 | 2015年决算数 | 比上年增、减情况 | |\n增、减额 | 增、减幅度 | |||\n"
        "1、因公出国（境）费 | 12.23 | 65.98 | 53.75 | 437.7% |\n2、公务接待费 | 977.3 | 918.5 | -58.8 | -6.1% |\n",
    ),
    keep=(
        # the same block with every bare rate under 执行率(%) agreeing with its amounts
        "年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率(%) |\n得分 |\n|||\n|\n年度资金总额 |\n0 |\n6.5 |\n"
        "6.5 |\n10 |\n100 |\n10 |\n|||\n|\n其中:财政拨款 |\n0 |\n4 |\n4 |\n—— |\n100 |\n—— |\n|||\n|\n"
        "其他资金 |\n0 |\n2.5 |\n2.5 |\n—— |\n100 |\n—— |\n|||\n|\n年度总体目标 |\n",
        "年初\n预算数\n全年预算数\n全年\n执行数\n分值\n执行率\n得分\n年度资金总额\n500万元\n500万元\n"
        "400万元\n10\n80%\n8\n按收入性质分：\n",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 200 200 150 10 75% 7.5 按收入性质分：200",
        "| 项目 | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n|---|---|---|---|\n"
        "| 公共卫生服务 | 100.00 | 95.00 | 95% |",
        "项目\t预算数（万元）\t执行数（万元）\t执行率（%）\n人员经费\t550.11\t500.00\t90.89",
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n"
        "| 年度资金总额 | 80.00 | 100.00 | 95.00 | 95.00% |",
        "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 新增项目 | 0 | 0 | — |",
        "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 甲 | 200 | 190 | 0.95 |",
        # a header shifted against its data (merged first cell dropped from the data rows)
        "预算执行情况 | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分\n"
        "总额 | 3.36 | 3.36 | 100.00% | 10 | 10 |\n其中：财政资金 | 3.36 | 3.36 | 100.00% | / | / |",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 100 120 96 10 80% 8 "
        "其中：当年财政拨款 100 120 96 上年结转资金 其他资金 年度总体目标",
        # a "三公" table's change rates, each the change over last year's figure (one rounded, one cut)
        "单位：万元\n项目 | 2022年决算数 | 2023年决算数 | 比上年增、减情况 | |\n增、减额 | 增、减幅度 | |||\n"
        "合计 | 1953.72 | 1957.23 | 3.51 | 0.2% |\n1、因公出国（境）费 | 12.23 | 65.98 | 53.75 | 439.5% |\n"
        "2、公务接待费 | 977.3 | 918.5 | -58.8 | -6.0% |\n3、公务用车费 | 964.19 | 972.75 | 8.56 | 0.89% |\n",
        # figures that are no last year, this year and change (the third is no difference): no rate of change
        "项目 | 预算数 | 执行数 | 结余 | 增幅 |\n甲 | 100 | 90 | 5 | 12% |\n",
    ),
)


def _agrees(stated, b, a, bare: bool) -> bool:
    """As a percentage (unless ``bare``: no % anywhere in its column); a figure without %
    may also be a fraction (0.95 for 95%)."""
    if not bare and percent_agrees(stated.value, stated.decimals, b, a):
        return True
    return not stated.unit and stated.decimals >= 2 and percent_agrees(
        stated.value * 100, stated.decimals - 2, b, a)


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from tables_then_blocks(_in_tables(ctx), _in_funds_blocks(ctx))
    yield from _change_rates(ctx)


# A table's words that name a change column: its header rows, or the line of title above it.
_CHANGE_WORDS = regex_cache.compile(r"增、?减(?:幅度|率|变动|%|（%）|\(%\))|增幅|降幅|增长率|变动率|比上年增、?减")
_CHANGE_NEEDLES = ("增减", "增、减", "增幅", "降幅", "增长率", "变动率")  # every word of _CHANGE_WORDS holds one
CHANGE_HEAD_ROWS = 3  # rows at a table's top that may hold its header
CHANGE_ABOVE = 160  # characters above a table where its title may name the change


def _change_table(ctx: CheckContext, table) -> bool:
    top = " ".join(c.text for r in table.rows[:CHANGE_HEAD_ROWS] for c in r.cells if c.number is None)
    first = table.rows[0].cells[0].start if table.rows and table.rows[0].cells else 0
    words = top + " " + ctx.text[max(0, first - CHANGE_ABOVE):first]
    return any(w in words for w in _CHANGE_NEEDLES) and bool(_CHANGE_WORDS.search(words))


def _change_rates(ctx: CheckContext) -> Iterable[Finding]:
    """上年 | 本年 | 增减额 | 增减幅度% rows whose rate is not the change over last year's figure. The row's
    figures are read first (few rows hold three amounts that differ by their change); the table's words only
    for a row whose rate disagrees."""
    if "%" not in ctx.text:
        return
    for table in ctx.tables:
        if len(table.columns) < 4:
            continue
        named = None  # whether the table's words name a change: read once, when a row needs it
        for row in table.rows:
            # the text's % first: a cell's figure is parsed when asked for, and most cells are never asked
            rates = [c for c in row.cells if c.col >= 3 and c.text.endswith("%") and c.number is not None
                     and c.number.unit == "%"]
            if not rates:
                continue
            cells = {c.col: c for c in row.cells}
            for cell in rates:
                k, rate = cell.col, cell.number
                got = [cells.get(j) for j in (k - 3, k - 2, k - 1)]
                if any(c is None or c.number is None or c.number.unit == "%" for c in got):
                    continue
                before, now, change = (c.number for c in got)
                places = max(before.decimals, now.decimals, change.decimals)
                if before.value <= 0 or abs(now.value - before.value - change.value) > Decimal(1).scaleb(-places) / 2:
                    continue  # not last year, this year and their change: no rate of change to recompute
                if percent_agrees(rate.value, rate.decimals, change.value, before.value) or percent_agrees(
                        abs(rate.value), rate.decimals, abs(change.value), before.value):
                    continue
                if named is None:
                    named = _change_table(ctx, table)
                if not named or inside_form(ctx, cell.start):
                    continue
                right = f"{round_half_up(change.value / before.value * 100, rate.decimals)}%"  # at the printed places
                yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                              f"表格“{row.label}”行的增减幅度为{cell.text}，按本行增减额{change.value}÷上年数{before.value}"
                              f"应为{right}", right)


def _in_funds_blocks(ctx: CheckContext) -> Iterable[Finding]:
    """The 执行率 of each row of a 自评表's funds block read from flattened text (flat_funds.py): B/A of
    the row's own amounts, any budget column as A. A rate one unit off in its last place is N015's."""
    for block in funds_blocks(ctx):
        for rr in row_rates(block):
            if rr.verdict != "wrong":
                continue
            right = rr.shown(round_half_up(rr.ratios[-1], 2 if not rr.fraction else rr.decimals))
            label = rr.row.label.rstrip("：:") or "年度资金总额"
            yield Finding(rr.cell.start, rr.cell.end, RULE.code, RULE.severity,
                          f"自评表“{label}”的执行率为{rr.cell.text}，按本行执行数÷预算数应为{right}", right)


def _in_tables(ctx: CheckContext) -> Iterable[Finding]:
    for rc in rate_cells(ctx.tables):
        table, rate, row, stated, cell = rc.table, rc.rate, rc.row, rc.stated, rc.cell
        if stated.unit not in ("%", ""):
            continue
        if inside_form(ctx, cell.start):
            continue  # a 自评表's 执行率 is F003's
        bare = not stated.unit and not percent_column(table, rate.index)
        if bare and not (stated.decimals >= 2 and stated.value <= Decimal("1.5")):
            continue  # a bare figure in a column with no percentage, and not a fraction: unreadable
        figures = [(row.number(n.index), row.number(d.index)) for n, d in rc.pairs]
        figures = [(b, a) for b, a in figures if b is not None and a is not None and a.value != 0
                   and not b.percent and not a.percent]
        if not figures or any(_agrees(stated, b.value, a.value, bare) for b, a in figures):
            continue
        b, a = figures[0]
        right = ratio_percent(b.value, a.value)
        yield Finding(
            cell.start, cell.end, RULE.code, RULE.severity,
            f"表格“{row.label}”行的{rate.header or '执行率'}为{cell.text}，"
            f"按本行{b.value}÷{a.value}应为{format_percent(right)}",
            format_percent(right),
        )
