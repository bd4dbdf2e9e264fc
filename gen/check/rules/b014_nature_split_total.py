"""B014: a 自评表's funds split by nature (按收入性质分 / 按支出性质分) whose total is none of the row's amounts.

The 部门整体支出绩效自评表 of several provinces prints, under its 年度资金总额
row, the same money split two ways: 按收入性质分 (一般公共预算, 政府性基金拨款,
纳入专户管理的非税收入拨款, 其他资金) and 按支出性质分 (基本支出, 项目支出). Each
split is the whole money of the row seen from one side, so its total is one of
the row's own amounts: the budget (年初 or 全年预算数) or what was spent (全年执行数);
forms fill it either way. A total that is none of them (the row says 2030.12,
the split 1925.67), or a split whose parts do not make its own total, is a
figure copied from another form or mistyped. Read only in a funds block whose
rows flat_funds.py could read, within a short reach after its total row.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import tolerance
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import FundsBlock, funds_blocks
from ..numbers_text import closes
from ..registry import Rule
from ..tables import parse_cell

RULE = Rule(
    code="B014",
    name="nature-split-total",
    severity="warning",
    summary="自评表“按收入性质分”“按支出性质分”的合计与年度资金总额行的金额都不相符，或与其分项之和不符",
    doc=(
        "检查什么：部门整体支出绩效自评表在“年度资金总额”一行之下，按收入性质（一般公共预算、政府性基金拨款、"
        "纳入专户管理的非税收入拨款、其他资金）和按支出性质（基本支出、项目支出）把同一笔钱各分一次。"
        "每种分法的合计应等于总额一行的某个金额（年初预算数、全年预算数或全年执行数，各地填法不一）；"
        "按支出性质分写出合计且基本支出、项目支出都已填写的，二者之和也应等于该合计。\n"
        "为什么：两种分法分的是同一笔钱，合计与总额一行的哪个金额都对不上，说明抄自别的表或录入有误。\n"
        "不报的情形：合计未填；总额一行未能按表头读出；与任一金额在打印精度内相符。\n"
        "示例：年度资金总额 861.10 2030.12 2030.12，按支出性质分：1925.67（与三个金额都不符）。"
    ),
    flag=(
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 600.00 900.00 900.00 10 100% 10 "
        "按收入性质分：900.00 按支出性质分：850.00 其中：一般公共预算：700.00 其中：基本支出：400.00 "
        "项目支出：450.00 其他资金：200.00 年度总体目标",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 600.00 900.00 900.00 10 100% 10 "
        "按收入性质分：900.00 按支出性质分：900.00 其中：一般公共预算：700.00 其中：基本支出：400.00 "
        "项目支出：450.00 其他资金：200.00 年度总体目标",
    ),
    keep=(
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 600.00 900.00 900.00 10 100% 10 "
        "按收入性质分：900.00 按支出性质分：900.00 其中：一般公共预算：700.00 其中：基本支出：450.00 "
        "项目支出：450.00 其他资金：200.00 年度总体目标",
        # the split of what was spent: the 执行数
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 200 200 150 10 75% 7.5 "
        "按收入性质分：200 按支出性质分：150 其中：基本支出：120",
        # the totals left blank
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 600.00 900.00 900.00 10 100% 10 "
        "按收入性质分： 按支出性质分： 其中：一般公共预算：700.00 其中：基本支出：400.00 项目支出：500.00",
    ),
)

REACH = 160  # characters after the total row where the split's lines stand
_SPLIT = regex_cache.compile(r"按(收入|支出)性质分[ \u3000]{0,2}[:：][ \u3000]{0,2}(\d[\d,.]{0,20}(?:万元|元)?)")
_PART = regex_cache.compile(r"(基本支出|项目支出)[ \u3000]{0,2}[:：][ \u3000]{0,2}(\d[\d,.]{0,20}(?:万元|元)?)")


def _amounts(block: FundsBlock) -> list:
    n = block.amount_columns
    return [c.number for c in block.total.cells[:n] if c.number is not None]


def _agrees(value, others) -> bool:
    return any(closes(value.value, o.value, tolerance(max(value.decimals, o.decimals)) * 2)
               for o in others)


def _judge(text: str, block: FundsBlock) -> Iterable[Finding]:
    row = _amounts(block)
    if len(row) != block.amount_columns or not row:
        return
    lo, hi = block.total.end, block.total.end + REACH
    for m in _SPLIT.finditer(text, lo, hi):
        total = parse_cell(m.group(2))
        if total is None:
            continue
        if not _agrees(total, row):
            shown = "、".join(f"{h}{c.text}" for h, c in zip(block.headers, block.total.cells[:len(row)]))
            yield Finding(
                m.start(2), m.end(2), RULE.code, RULE.severity,
                f"“按{m.group(1)}性质分”的合计{m.group(2)}与年度资金总额一行的金额（{shown}）都不相符，"
                "两种分法分的是同一笔钱，请核对",
            )
        elif m.group(1) == "支出":
            yield from _parts(text, m, total, hi)


def _parts(text: str, m: re.Match, total, hi: int) -> Iterable[Finding]:
    """基本支出 and 项目支出, both filled, must make the 按支出性质分 total."""
    found: dict[str, Optional[object]] = {}
    for p in _PART.finditer(text, m.end(), hi + REACH):
        found.setdefault(p.group(1), parse_cell(p.group(2)))
    if len(found) != 2 or any(v is None for v in found.values()):
        return
    parts = list(found.values())
    summed = sum((p.value for p in parts), Decimal(0))  # type: ignore[attr-defined]
    slack = sum((tolerance(p.decimals) for p in [*parts, total]), Decimal(0))  # type: ignore[attr-defined]
    if not closes(summed, total.value, slack):
        yield Finding(
            m.start(2), m.end(2), RULE.code, RULE.severity,
            f"“按支出性质分”的合计{m.group(2)}，而基本支出与项目支出之和为{format(summed.normalize(), 'f')}，请核对",
        )


def check(ctx: CheckContext) -> Iterable[Finding]:
    if "性质分" not in ctx.text:
        return
    for block in funds_blocks(ctx):
        yield from _judge(ctx.text, block)
