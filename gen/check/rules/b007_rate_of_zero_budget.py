"""B007: an 执行率 filled in where its budget is 0, so that B/A cannot be computed (in a table, a flattened
funds block, or the 三公 note's sentence 完成预算0万元的100%)."""

from __future__ import annotations

from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import funds_blocks, tables_then_blocks
from ..registry import Rule
from ..tables import percent_column, rate_cells

RULE = Rule(
    code="B007",
    name="rate-of-zero-budget",
    severity="warning",
    summary="预算数为0的行填了执行率（B/A无法计算）",
    doc=(
        "执行率（完成率）是执行数（B）÷预算数（A）。预算数为0时这个比值不存在：应填“—”“/”或留空并"
        "说明原因。表中却填了100%（或别的非零比率），多是整列套用公式或照抄上一行，读者会误以为有预算并已全部执行。"
        "有多个预算数列（年初预算、全年预算）时，只有各列都为0才报告；填0或0%不报告。"
        "表格分析见 B003（识别为自评表的表格也在此检查：F003 对预算为0的行不作判断）。"
        "网页或PDF转出、压成一行文字的自评表资金栏（见 B009）同样检查。"
        "“三公”经费说明的“支出决算为0万元，完成预算0万元的100%”同样报告（0%不报告）。"
        "例：“彩票公益金 | 0 | 0 | 100%”。"
    ),
    flag=(
        "| 资金来源 | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n|---|---|---|---|\n"
        "| 年度资金总额 | 50.00 | 50.00 | 100% |\n| 上年结转资金 | 0 | 0 | 100% |",
        "项目\t预算数（万元）\t执行数（万元）\t执行率（%）\n人员经费\t550.11\t500.00\t90.89\n专项补助\t0.00\t12.50\t100.00",
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n"
        "| 其他资金 | 0 | 0.00 | 0 | 100.00% |",
        # a form flattened to one line by a web page
        "全年预算数（A） 全年执行数（B） 执行率 年度资金总额 80.00 80.00 100% 其中：中央财政资金 80.00 80.00 100% "
        "地方财政资金 0 0 100% 其他资金 资金管理情况",
        # the 三公 note's sentence: a share of a zero budget
        "其中：因公出国（境）费支出决算为0万元，完成预算0万元的100%。",
    ),
    keep=(
        "其中：因公出国（境）费支出决算为0万元，完成预算0万元的0%。",
        "公务接待费支出决算为1.2万元，完成预算10万元的12%。",
        "| 资金来源 | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n|---|---|---|---|\n"
        "| 年度资金总额 | 50.00 | 50.00 | 100% |\n| 上年结转资金 | 0 | 0 | — |",
        "| 资金来源 | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n|---|---|---|---|\n"
        "| 其他资金 | 0 | 0 | 0% |",
        # the budget was adjusted in the year: 全年预算数 is not 0, so the rate is B/全年预算数
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n"
        "| 追加项目 | 0 | 20.00 | 20.00 | 100.00% |",
        "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 新增项目 | 0 | 0 | / |",
        "全年预算数（A） 全年执行数（B） 执行率 年度资金总额 80.00 80.00 100% 其中：中央财政资金 80.00 80.00 100% "
        "地方财政资金 0 0 — 其他资金 资金管理情况",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from tables_then_blocks(_in_tables(ctx), _in_funds_blocks(ctx))
    yield from _in_prose(ctx)


# The 三公 决算 note's own sentence: "……支出决算为0万元，完成预算0万元的100%": a share of a zero budget.
_OF_ZERO = regex_cache.compile(r"(?:完成|为|占)(?:年初|全年|调整)?预算(?:数)?(?:为)?[ \u3000]{0,2}0(?:\.0{1,4})?[ \u3000]{0,2}"
                               r"(?:万元|元)的[ \u3000]{0,2}(0{0,2}[1-9]\d{0,2}(?:\.\d{1,2})?%)")


def _in_prose(ctx: CheckContext) -> Iterable[Finding]:
    for m in near_needles(_OF_ZERO, ctx.text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"预算数为0，完成预算的比例无法计算，却写作{m.group(1)}；应写明未安排预算，不写比例", None)


def _in_funds_blocks(ctx: CheckContext) -> Iterable[Finding]:
    """The same in a 自评表's funds block read from flattened text (gen/check/flat_funds.py)."""
    for block in funds_blocks(ctx):
        budgets = [i for i, role in enumerate(block.roles[:block.amount_columns]) if role == "budget"]
        for row in (block.total, *block.sources):
            cell = block.rate_cell(row)
            if cell is None or len(row.cells) < block.amount_columns:
                continue
            rate = cell.number
            values = [row.cells[i].number for i in budgets]
            if rate is None or not rate.percent or rate.value == 0 or any(v is None or v.value != 0 for v in values):
                continue
            label = row.label.rstrip("：:") or "年度资金总额"
            yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                          f"“{label}”的预算数为0，执行率无法按执行数÷预算数计算，却填为{cell.text}；应填“—”或留空，并说明原因",
                          "—")


def _in_tables(ctx: CheckContext) -> Iterable[Finding]:
    for rc in rate_cells(ctx.tables):
        row, stated, cell = rc.row, rc.stated, rc.cell
        if stated.value == 0:
            continue
        if not (stated.percent or (not stated.unit and percent_column(rc.table, rc.rate.index))):
            continue
        budgets = [row.number(d.index) for _, d in rc.pairs]
        if any(b is None or b.percent for b in budgets) or any(b.value != 0 for b in budgets):
            continue
        yield Finding(
            cell.start, cell.end, RULE.code, RULE.severity,
            f"表格“{row.label}”行的预算数为0，{rc.rate.header or '执行率'}无法按执行数÷预算数计算，"
            f"却填为{cell.text}；应填“—”或留空，并说明原因",
            "—",
        )
