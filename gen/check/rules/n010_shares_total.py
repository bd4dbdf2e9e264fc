"""N010: the shares of one whole's parts that do not make 100%."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core.numbers import format_percent, sum_tolerance
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import num
from ..percent_claims import percent_claims
from ..registry import Rule
from ..sums import share_sets

RULE = Rule(
    code="N010",
    name="shares-not-100",
    severity="error",
    summary="同一总额各构成的占比相加不等于100%",
    doc=(
        "一个总额按 glossary/sums.yaml 分成的各构成（如基本支出＝人员经费＋日常公用经费），在同一段中都写了"
        "占比时，各占比之和应为100%，容差按各占比打印的小数位数累计：各占比按四舍五入打印时，真值之和恰为100%，打印值之和与100%之差必小于各自半个末位单位之和（两个一位小数的占比，和为99.9%即不可能）。"
        "只写占比、不写金额时也能核对；已由 N001 按金额判为错误的占比不重复报告。"
        "例：人员经费占基本支出的92.80%，日常公用经费占基本支出的7.80%（合计100.60%）。"
    ),
    flag=(
        "人员经费占基本支出的92.80%，日常公用经费占基本支出的7.80%。",
        "基本支出中，人员经费占比92.8%，日常公用经费占比7.1%。",
        "基本支出占本年支出的60%，项目支出占本年支出的30%。",
    ),
    keep=(
        "人员经费占基本支出的92.80%，日常公用经费占基本支出的7.20%。",
        "人员经费占基本支出的92.80%。",
        "基本支出中，人员经费占比92.8%，日常公用经费占比7.2%。",
        "基本支出占本年支出的60%，项目支出占本年支出的30%，经营支出占本年支出的10%。",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    wrong_by_amount = {c.stated.start for c in percent_claims(ctx) if not c.agrees()}
    for ident, chosen in share_sets(ctx):
        if any(s.item.q.start in wrong_by_amount for s in chosen):
            continue  # N001 already reports the share its amounts contradict
        total = sum((s.item.q.value for s in chosen), Decimal(0))
        slack = sum_tolerance(s.item.q.decimals for s in chosen)
        # Each printed share is its true value ± half a unit (rounded half-up), and the true
        # values make exactly 100: possible only when the printed sum is strictly within the slack.
        if total == 100 or abs(total - 100) < slack:
            continue
        first = chosen[0].item.q
        shown = "＋".join(f"{s.part}{num(s.item.q)}%" for s in chosen)
        yield Finding(first.start, first.end, RULE.code, RULE.severity,
                      f"{ident.whole[0]}各构成的占比之和不是100%：{shown}＝{format_percent(total)}")
