"""B004: a 得分 above its 分值, or a budget-execution score that is not rate × 分值."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import agrees, format_score, round_half_up, sum_tolerance
from ..context import CheckContext
from ..finding import Finding
from ..forms_find import inside_form
from ..registry import Rule
from ..tables import Number, Row, Table, roles

RULE = Rule(
    code="B004",
    name="table-score",
    severity="error",
    summary="自评表得分超过分值，或预算执行率得分不等于执行率×分值",
    doc=(
        "自评表中每个指标的得分不能超过它的分值。预算执行率（年度资金总额行，或名为预算执行率的指标）"
        "按“执行率×分值”计分（执行率达到100%及以上得满分），按所填得分的小数位数四舍五入或截断后"
        "仍不相等时报错。例：分值10、执行率95%，得分应为9.5，填成10。"
        "表中没有执行率列时，按本行执行数（B）÷预算数（A）计算执行率：用于名为年度资金总额、预算执行率的行，"
        "以及写明“执行率×分值”计分方法的表格中的各行（例：基本支出预算985.19、执行914.97、分值10，得分应为9.29，填10）。"
        "合计行（总分）由 B001 核对。识别为自评表（有一级指标、三级指标表头）的表格由 F 规则按评分规则核对，"
        "本规则不再重复报告。"
        "表中没有分值列、但得分列表头写明分值和计分方法（如“得分（20分×执行率）”）时，按表头的分值核对各行得分。"
    ),
    flag=(
        "| 指标 | 分值 | 得分 |\n|---|---|---|\n| 服务对象满意度 | 10 | 12 |",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 100.00 | 95.00 | 10 | 95% | 10 |",
        "指标\t年度指标值\t实际完成值\t分值\t得分\n预算执行率\t≥95%\t88%\t10\t9.5",
        "年度预算数 | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分\n"
        "总额 | 3.36 | 3.36 | 3.00 | 89.29% | 10 | 10",
        # no rate column: the rate is B/A of the row, and the form prints its method
        "资金来源 | 年初预算数（A） | 全年执行数（B） | 分值 | 得分 | 得分计算方法\n"
        "年度资金总额 | 500.00 | 520.00 | 10 | 10 | 执行率×该指标分值\n人员经费 | 400.00 | 370.00 | 10 | 10",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 得分 |\n|---|---|---|---|---|\n| 年度资金总额 | 200.00 | 150.00 | 10 | 10 |",
        # no 分值 column: the score header states the points and the method
        "| 资金情况 | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分×执行率) |\n|---|---|---|---|---|\n"
        "| 年度资金总额 | 200.00 | 150.00 | 75% | 16 |",
    ),
    keep=(
        "| 指标 | 分值 | 得分 |\n|---|---|---|\n| 服务对象满意度 | 10 | 9.5 |",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 100.00 | 95.00 | 10 | 95% | 9.5 |",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 100.00 | 102.00 | 10 | 102% | 10 |",
        "指标\t年度指标值\t实际完成值\t分值\t得分\n预算执行率\t≥95%\t98.56%\t10\t9.86",
        # inside a recognised 自评表 the rule set judges the score (F001), not this rule
        "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t预算执行率\t≥95%\t88%\t10\t9.5",
        "资金来源 | 年初预算数（A） | 全年执行数（B） | 分值 | 得分 | 得分计算方法\n"
        "年度资金总额 | 500.00 | 520.00 | 10 | 10 | 执行率×该指标分值\n人员经费 | 400.00 | 370.00 | 10 | 9.25",
        "| 项目 | 全年预算数 | 全年执行数 | 分值 | 得分 |\n|---|---|---|---|---|\n| 年度资金总额 | 200.00 | 150.00 | 10 | 7.5 |",
        # no stated method and a row not scored by rate: its score may follow any rule
        "| 项目 | 预算数 | 执行数 | 分值 | 得分 |\n|---|---|---|---|---|\n| 道路养护项目 | 200.00 | 150.00 | 100 | 92 |",
        "| 资金情况 | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分×执行率) |\n|---|---|---|---|---|\n"
        "| 年度资金总额 | 200.00 | 150.00 | 75% | 15 |",
        "| 资金情况 | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(执行率×20分) |\n|---|---|---|---|---|\n"
        "| 年度资金总额 | 300.00 | 31.00 | 10.33% | 2.07 |",
    ),
)

def _one(table: Table, row: Row, role: str) -> Optional[Number]:
    found = [n for c in table.columns_with(role) if (n := row.number(c.index)) is not None and not n.comparator]
    return found[0] if len(found) == 1 else None


def _rate(table: Table, row: Row) -> Optional[Number]:
    """The row's budget execution rate: its rate column, or the actual value of a 预算执行率 indicator."""
    execution_column = any("执行率" in c.header for c in table.columns_with("rate"))
    if not (execution_column or roles().rate_scored_row(row.label)):
        return None
    rate = _one(table, row, "rate")
    if rate is None and "执行率" in row.label:
        rate = _one(table, row, "value")
    return rate if rate is not None and rate.percent else None


def _expected(rate: Decimal, weight: Number) -> Decimal:
    return min(rate, Decimal(100)) / Decimal(100) * weight.value


# The form's own scoring method, printed in a cell: 执行率*该指标分值, 执行率×分值.
_RATE_TIMES_WEIGHT = regex_cache.compile(r"执行率\s{0,2}[×xX*＊乘]\s{0,2}(?:该|本)?(?:指标|项)?(?:的)?分值")


def _states_rate_scoring(table: Table) -> bool:
    """The table (or a section above it) says its scores are 执行率 × 分值."""
    return any(_RATE_TIMES_WEIGHT.search(c.text) for t in (*table.above, table) for r in t.rows for c in r.cells)


def _derived_rates(table: Table, row: Row) -> list[Decimal]:
    """B/A of the row's own budget and actual columns, when it prints no rate: the
    lettered (A)/(B) columns, else every actual column paired with every budget column."""
    a, b = table.column_lettered("A"), table.column_lettered("B")
    if a is not None and b is not None and a.role == "budget" and b.role == "actual":
        pairs = [(b, a)]
    else:
        pairs = [(n, d) for n in table.columns_with("actual") for d in table.columns_with("budget")]
    out = []
    for n, d in pairs:
        num, den = row.number(n.index), row.number(d.index)
        if num is not None and den is not None and den.value > 0 and not (num.percent or den.percent):
            out.append(num.value / den.value * Decimal(100))
    return out


def _rates(table: Table, row: Row) -> list[Decimal]:
    """The execution rates a row's score may follow: its printed rate, else B/A of its row when the
    row is scored by rate (年度资金总额, 预算执行率) or the table states the rate × 分值 method."""
    rate = _rate(table, row)
    if rate is not None:
        return [rate.value]
    if roles().rate_scored_row(row.label) or _states_rate_scoring(table):
        return _derived_rates(table, row)
    return []


# A score column whose header states its points and method: 得分（20分*执行率）, 得分(执行率×20分).
_SCORE_OF_RATE = regex_cache.compile(
    r"得分[（(]\s{0,2}(?:(\d{1,3})\s{0,2}分?\s{0,2}[×xX*＊]\s{0,2}执行率|执行率\s{0,2}[×xX*＊]\s{0,2}(\d{1,3})\s{0,2}分)"
)


def _stated_weight_scores(ctx: CheckContext) -> Iterable[Finding]:
    """Rows of a table with no 分值 column whose score header states the points (得分（20分×执行率）):
    the score is rate × those points, the rate printed in the row's 执行率 cell or B/A of its row."""
    for table in ctx.tables:
        if table.columns_with("weight") or table.columns_with("score"):
            continue
        for col in table.columns:
            m = _SCORE_OF_RATE.search(col.header)
            if m is None:
                continue
            weight = Number(Decimal(m.group(1) or m.group(2)), 0, "")
            rate_cols = [c for c in table.columns_with("rate") if c.index != col.index and "执行率" in c.header]
            for row in table.body:
                score, cell = row.number(col.index), row.cell(col.index)
                if row.role != "data" or score is None or score.percent or cell is None or inside_form(ctx, cell.start):
                    continue
                printed = [n.value for c in rate_cols if (n := row.number(c.index)) is not None and n.percent]
                yield from _rate_score(score, printed + _derived_rates(table, row), weight, cell,
                                       f"“{row.label}”按表头“{col.header}”计分，执行率{{rate}}%×{{weight}}分")


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _stated_weight_scores(ctx)
    for table in ctx.tables:
        score_cols = table.columns_with("score")
        if len(score_cols) != 1 or not table.columns_with("weight"):
            continue
        for row in table.body:
            if row.role != "data":
                continue
            score, weight = _one(table, row, "score"), _one(table, row, "weight")
            cell = row.cell(score_cols[0].index)
            if score is None or weight is None or cell is None:
                continue
            if inside_form(ctx, cell.start):
                continue  # a recognised 自评表's scores are the F rules' (F001, F002), by its rule set
            if score.value > weight.value + sum_tolerance([score.decimals, weight.decimals]):
                yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                              f"“{row.label}”的得分{cell.text}超过其分值{format_score(weight.value)}",
                              format_score(weight.value))
                continue
            yield from _rate_score(score, _rates(table, row), weight, cell, f"“{row.label}”按执行率{{rate}}%×分值{{weight}}计分")


def _rate_score(score, rates, weight, cell, said: str) -> Iterable[Finding]:
    """A finding when no rate of ``rates`` gives ``score`` as rate × ``weight``; ``said`` names the rule
    with {rate} and {weight} in it. A whole-number score claims an exact one: 10 for 9.5 is wrong, not "rounded"."""
    if not rates or any(agrees(score.value, score.decimals or 2, _expected(r, weight)) for r in rates):
        return
    shown = format_score(round_half_up(_expected(rates[0], weight), 2))
    rule = said.format(rate=format_score(round_half_up(rates[0], 2)), weight=format_score(weight.value))
    yield Finding(cell.start, cell.end, RULE.code, RULE.severity, f"{rule}应为{shown}，表中为{cell.text}", shown)
