"""N011: a percentage truncated where the report rounds (half-up) elsewhere."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core.numbers import ratio_percent, ratio_percent_exact, round_half_up, truncate
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import PercentClaim, comparable, num, percent_claims
from ..registry import Rule

RULE = Rule(
    code="N011",
    name="truncated-share",
    severity="warning",
    summary="占比（比率）是截断而不是四舍五入所得",
    doc=(
        "占比、执行率等百分数应按打印的小数位数四舍五入：719.96÷1000.00＝71.996%，两位小数应写72.00%，"
        "写成71.99%是截断。截断值与四舍五入值不同时提示。"
        "若全文可判别的百分数（至少两处）都是截断所得、没有一处是四舍五入，视为本文统一截断，不提示；"
        "审核单位统一按截断口径时，可在配置中写 rounding = \"truncate\"。"
        "与文中金额明显不符的百分数由 N001、N002 报告，本规则只看舍入方式。"
    ),
    flag=(
        "本年支出1000.00万元，其中基本支出280.04万元，占本年支出的28.00%；项目支出719.96万元，占本年支出的71.99%。",
        "本年支出719.08万元，其中基本支出592.78万元，占本年支出的82.43%；项目支出126.30万元，占比17.56%。",
    ),
    keep=(
        "本年支出719.08万元，其中基本支出592.78万元，占本年支出的82.44%；项目支出126.30万元，占比17.56%。",
        "本年支出719.08万元，其中基本支出592.78万元，占本年支出的82.43%；"
        "项目支出126.33万元，占本年支出的17.56%。",
        "本年收入325,399.34万元，本年支出322,145.23万元，总体支出进度99%。",
    ),
)


def how_rounded(claim: PercentClaim) -> str:
    """"half-up", "truncate", "either" (both give the printed value) or "" (neither: another rule's)."""
    q = claim.stated
    found = ""
    for part, whole in claim.pairs:
        vals = comparable(part, whole)
        exact = ratio_percent_exact(*vals) if vals else None
        if exact is None:
            continue
        twice = ratio_percent(*vals)  # the generator rounds once to two places, then prints
        rounds = round_half_up(exact, q.decimals) == q.value or (
            twice is not None and round_half_up(twice, q.decimals) == q.value)
        truncs = truncate(exact, q.decimals) == q.value
        if rounds and truncs:
            return "either"
        if rounds:
            return "half-up"
        if truncs:
            found = "truncate"
    return found


def _rounded(claim: PercentClaim) -> Optional[Decimal]:
    for part, whole in claim.pairs:
        vals = comparable(part, whole)
        exact = ratio_percent_exact(*vals) if vals else None
        if exact is not None and truncate(exact, claim.stated.decimals) == claim.stated.value:
            return round_half_up(exact, claim.stated.decimals)
    return None


def check(ctx: CheckContext) -> Iterable[Finding]:
    claims = [c for c in percent_claims(ctx) if not c.stated.comparator]
    ways = [(c, how_rounded(c)) for c in claims]
    truncated = [c for c, how in ways if how == "truncate"]
    if not truncated or ctx.config.get("rounding") == "truncate":
        return
    if len(truncated) >= 2 and not any(how == "half-up" for _, how in ways):
        return  # the whole report truncates: a convention, not a slip
    for claim in truncated:
        right = _rounded(claim)
        q = claim.stated
        p, w = claim.pairs[0]
        yield Finding(q.start, q.end, RULE.code, RULE.severity,
                      f"{q.raw}是截断所得：{num(p.q)}÷{num(w.q)}按{q.decimals}位小数四舍五入应为{right}%",
                      None if right is None else f"{right}%")
