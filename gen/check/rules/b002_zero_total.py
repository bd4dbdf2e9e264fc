"""B002: a total row of zeros over parts that are not zero."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..table_sums import all_total_checks

RULE = Rule(
    code="B002",
    name="table-zero-total",
    severity="error",
    summary="表格合计为0，而分项不为0",
    doc=(
        "合计（小计、总计）行填0或0.00，而它汇总的各行（任何一种读法）都不为0：多为模板未填或公式丢失，"
        "表格的合计不可信。分项本身都为0时不报告。"
        "例：基本支出592.78、项目支出100.00，合计0.00。"
    ),
    flag=(
        "| 项目 | 金额（万元） |\n|---|---|\n| 基本支出 | 592.78 |\n| 项目支出 | 100.00 |\n| 合计 | 0.00 |",
        "项目\t预算数\t执行数\n人员经费\t550.11\t550.11\n公用经费\t42.67\t42.67\n合计\t592.78\t0",
    ),
    keep=(
        "| 项目 | 金额（万元） |\n|---|---|\n| 基本支出 | 0.00 |\n| 项目支出 | 0 |\n| 合计 | 0.00 |",
        "| 项目 | 金额（万元） |\n|---|---|\n| 基本支出 | 592.78 |\n| 项目支出 | 100.00 |\n| 合计 | 692.78 |",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for chk in all_total_checks(ctx):
        if chk.total.value != 0 or any(s == 0 for s in chk.sums()):
            continue
        yield Finding(
            chk.cell.start, chk.cell.end, RULE.code, RULE.severity,
            f"表格“{chk.row.label}”行为{chk.cell.text}，但所汇总的分项不为0（"
            + "＋".join(c.text for c in chk.readings[0]) + "）",
        )
