"""N032: one figure printed twice, the second time with two adjacent digits swapped.

"661.628093" in the plan row and "661.682093" in the spending row of one table:
a long figure copied by hand comes out with two neighbouring digits in the
wrong order. Two genuinely different amounts that agree in every digit but for
one adjacent pair swapped, with more digits agreeing after the pair, do not
occur by chance: one of them is a slip.

Read only where it is certain: figures printed with decimals (not years, phone
numbers or codes), six significant digits or more, in the same unit, the same
length, differing only by one swap of two adjacent digits that are followed by
at least two digits both figures share. The figure printed fewer times is
reported (the later one on a tie), naming the other.

Two changes of one year can differ so without a slip: 6888.38 − 4209.64 = 2678.74 and 5538.38 − 2769.64 =
2768.74 (收入总额 and 财政拨款 in one 决算). A figure that is the difference or the sum of two figures of its
own sentence in its unit is checked by that sum, so a pair whose every printing is so confirmed is no
copying slip and is left.
"""

from __future__ import annotations

from typing import Iterable

from ...core.quantities import Quantity
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import sentence_end, sentence_start

RULE = Rule(
    code="N032",
    name="transposed-digits",
    severity="warning",
    summary="同一数字在两处出现，其中一处相邻两位数字颠倒",
    doc=(
        "检查什么：两个带小数的数字（六位以上有效数字、单位相同、位数相同）只有相邻两位数字互换了位置，"
        "互换处之后至少还有两位数字相同，如661.628093与661.682093。\n"
        "为什么：抄录较长的数字时，相邻两位颠倒是常见的笔误；两个本不相同的金额恰好只差相邻两位颠倒、"
        "其余各位全同，几乎不可能是巧合。\n"
        "不报的情形：整数（年份、电话、编码）；有效数字（不计末尾的0）少于六位；颠倒的是最后两位（或其后只有一位相同）；单位不同。\n"
        "报告出现次数较少的一处（次数相同时报告后一处），并指出另一处。"
    ),
    flag=(
        "年度预算安排 | 1523.846712 |\n实际支出 | 1523.486712 |\n部门预算支出 | 1523.846712 |",
        "项目总投资3,284.5716万元，其中本年完成投资3,248.5716万元。",
    ),
    keep=(
        "年度预算安排 | 1523.846712 |\n实际支出 | 1523.846712 |",
        # the last two digits swapped: two nearby amounts may differ so by chance
        "预算数1523.8467万元，执行数1523.8476万元。",
        # fewer than six significant digits
        "执行率95.20%，上年为95.02%。",
        # a list of tables numbered right before their year
        "12.2024年渌口区一般公共预算收入总表\n21.2024年渌口区专项资金情况表\n",
        # round amounts: their trailing zeros are not digits a copy can get wrong
        "其他收入3,660.00万元，其他资金合计6,360.00万元。",
        # integers: years, codes, phone numbers
        "联系电话13990260322，传真13990206322。",
        # different units
        "本年支出1523.8467万元，人均1528.3467元。",
        # each change is its own sentence's difference: two true changes that happen to differ so
        "收入总额7999.47万元，比上年5320.73万元增加2678.74万元。其中财政拨款6538.38万元，比上年3769.64万元增加2768.74万元。",
    ),
)

MIN_DIGITS = 6
MIN_SHARED_AFTER = 2


def _digits(q: Quantity) -> str:
    return q.raw.replace(",", "").lstrip("-−")


def _swaps(a: str) -> Iterable[tuple[int, str]]:
    """Each reading of ``a`` with two adjacent differing digits swapped, and where."""
    for i in range(len(a) - 1):
        x, y = a[i], a[i + 1]
        if x != y and x.isdigit() and y.isdigit():
            yield i, a[:i] + y + x + a[i + 2:]


def _shared_after(a: str, i: int) -> int:
    return sum(c.isdigit() for c in a[i + 2:])


# A figure in 年 (月, 日) is no amount: "12.2024年…表", "21.2024年…表" are a list's numbers glued to the year.
_NOT_AMOUNTS = frozenset({"%", "年", "月", "日"})


def _eligible(q: Quantity) -> bool:
    if q.decimals <= 0 or q.comparator:
        return False  # most figures: answered before their digits are read
    # the zeros a printed .00 or a round amount ends with say nothing: 3,660.00 and 6,360.00 are two round sums
    return len("".join(c for c in _digits(q) if c.isdigit()).strip("0")) >= MIN_DIGITS


def _confirmed(ctx: CheckContext, q: Quantity) -> bool:
    """Whether ``q`` is the difference or the sum of two other figures of its sentence in its unit."""
    lo, hi = sentence_start(ctx.text, q.start), sentence_end(ctx.text, q.end)
    others = [o.value for o in ctx.quantities if lo <= o.start and o.end <= hi and o.unit == q.unit
              and o.start != q.start][:12]
    return any(x + y == q.value or abs(x - y) == q.value
               for i, x in enumerate(others) for y in others[i + 1:])


def check(ctx: CheckContext) -> Iterable[Finding]:
    seen: dict[tuple[str, str], list[Quantity]] = {}
    for q in ctx.quantities:
        if q.unit not in _NOT_AMOUNTS and _eligible(q):
            seen.setdefault((q.unit, _digits(q)), []).append(q)
    for (unit, a), qa in seen.items():
        for i, b in _swaps(a):
            qb = seen.get((unit, b))
            if qb is None or _shared_after(a, i) < MIN_SHARED_AFTER:
                continue
            # each pair once, from the figure printed fewer times (the later one on a tie)
            if len(qa) > len(qb) or (len(qa) == len(qb) and qa[0].start < qb[0].start):
                continue
            if all(_confirmed(ctx, q) for q in qa + qb):
                continue
            for q in qa:
                yield Finding(
                    q.start, q.end, RULE.code, RULE.severity,
                    f"“{q.raw}”与文中的“{qb[0].raw}”只差相邻两位数字颠倒，其余各位全同，"
                    "疑为同一数字抄录有误，请核对",
                )
