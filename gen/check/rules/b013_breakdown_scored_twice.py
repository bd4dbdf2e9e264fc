"""B013: a 其中 row of a funds table scored again with its total row's 分值 and 得分.

In the 资金情况 block of a 自评表 the 分值 and 得分 of budget execution belong to
the 年度资金总额 row; the 其中 rows under it (本年财政拨款, 上年结转资金, 其他资金)
only break its amounts down, and the form leaves their 分值 and 得分 blank or
"—". A 其中 row carrying the same 分值 as its total, with a score of its own,
counts the same points twice, so the form's points no longer add up to 100.

Read only where it is plain: a table whose columns name 分值 and 得分, a 其中
row (row role ``breakdown``, glossary/tables.yaml) with both filled, under a
total row (``funds_total_rows``) with both filled and the same 分值. Rows of a
recognised 自评表 are left to the F rules.
"""

from __future__ import annotations

from ...core.numbers import format_score
from ..finding import Finding
from ..forms_find import inside_form
from ..registry import Rule
from ..flat_funds import is_funds_total

RULE = Rule(
    code="B013",
    name="breakdown-scored-twice",
    severity="warning",
    summary="资金情况中的“其中”分项行重复填写了总额行的分值和得分",
    doc=(
        "检查什么：自评表“资金情况”部分，“其中：本年财政拨款”等分项行填写了与“年度资金总额”行相同的分值，"
        "并另有得分。\n"
        "为什么：预算执行率的分值和得分只属于年度资金总额一行，分项行只是把金额拆开列示，"
        "其分值、得分栏应为空或“—”；分项行再填分值和得分，同一项分数就计了两次，各项分值之和不再是100。\n"
        "不报的情形：分项行的分值或得分为空；分项行分值与总额行不同；已识别为自评表、由F规则按评分规则核对的表格。\n"
        "示例：“年度资金总额 | 50 | 48 | 10 | 96% | 9.6”之下“其中：本年财政拨款 | 50 | 48 | 10 | 96% | 9.6”。"
    ),
    flag=(
        "| 资金情况 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 50.00 | 48.00 | 10 | 96% | 9.6 |\n"
        "| 其中：本年财政拨款 | 50.00 | 48.00 | 10 | 96% | 9.6 |\n"
        "| 其他资金 | 0 | 0 | — | — | — |\n",
    ),
    keep=(
        "| 资金情况 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 50.00 | 48.00 | 10 | 96% | 9.6 |\n"
        "| 其中：本年财政拨款 | 50.00 | 48.00 | — | 96% | — |\n",
        "| 资金情况 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 50.00 | 48.00 | 10 | 96% | 9.6 |\n"
        "| 其中：本年财政拨款 | 30.00 | 30.00 | 6 | 100% | 6 |\n"
        "| 上年结转资金 | 20.00 | 18.00 | 4 | 90% | 3.6 |\n",
    ),
)


def _points(table, row, weight_col, score_col):
    weight, score = row.number(weight_col.index), row.number(score_col.index)
    return (weight, score) if weight is not None and score is not None and weight.value > 0 else None


def check(ctx):
    for table in ctx.tables:
        weights, scores = table.columns_with("weight"), table.columns_with("score")
        if len(weights) != 1 or len(scores) != 1:
            continue
        total = None
        for row in table.body:
            if row.role != "breakdown":
                total = _points(table, row, weights[0], scores[0]) if is_funds_total(row.label) else None
                continue
            own = _points(table, row, weights[0], scores[0])
            cell = row.cell(scores[0].index)
            if total is None or own is None or cell is None or own[0].value != total[0].value:
                continue
            if inside_form(ctx, cell.start):
                continue
            weight_cell = row.cell(weights[0].index)
            start = min(weight_cell.start, cell.start) if weight_cell is not None else cell.start
            yield Finding(
                start, max(cell.end, start), RULE.code, RULE.severity,
                f"“{row.label}”是年度资金总额的分项，却又填了与总额行相同的分值{format_score(own[0].value)}"
                f"和得分{cell.text}，同一项分数计了两次；分项行的分值、得分栏应为空或“—”。",
            )

