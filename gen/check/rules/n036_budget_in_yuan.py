"""N036: a budget or its execution stated in 元 at a size no budget has (年初预算数100元, 执行数33.78元).

The amounts of a project or a department are kept in 万元; a unit of 元 kept
with the figure of 万元 (100 for 100万元) makes a budget of a hundred yuan, and
its execution of 33.78元 — a sum no project is budgeted at. The slip is in the
unit, not the figure: the rate beside it (执行率33.78%) still agrees. Only the
names of a whole budget and what was spent of it are read (年初预算数, 全年预算数,
预算资金, 全年执行数), under a floor no budget falls below; a rate per head
or a standard (每人, 人均, 标准, 单价) is no budget.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import items
from ..registry import Rule

RULE = Rule(
    code="N036",
    name="budget-in-yuan",
    severity="warning",
    summary="预算数、执行数以“元”为单位且小得不合常理，疑为“万元”",
    doc=(
        "检查什么：项目或部门的年初预算数、全年预算数、预算资金、全年执行数（名称以年初、全年、年度、项目起首）写成不足1000元（“年初预算资金数100元”"
        "“全年执行数33.78元”）。\n"
        "为什么：项目、部门预算以万元计，几十、几百元的预算不合常理，多半是把万元误写成元。\n"
        "同一句中以万元计的总数之后，增减额写成几十元、带角分的（“收入总计520.52万元，……减少51.48元”）同样报告。\n"
        "不报的情形：单价、标准、人均（每人、人均、标准、单价）；以万元、亿元为单位；1000元及以上；不带小数的整元增减额。\n"
        "示例：年初预算资金数100元，全年执行数33.78元，执行率为33.78%（应为万元）。"
    ),
    flag=(
        "项目年初预算资金数100元，全年预算数100元，全年执行数33.78元，执行率为33.78%。",
        "2021年收入预算286.40元，其中：财政拨款收入286.40万元。",
        # a change of a total in 万元 written in 元
        "本部门2017年度收入总计520.52万元，与2016年决算数相比，减少51.48元，下降9.00%。",
    ),
    keep=(
        "项目年初预算资金数100万元，全年预算数100万元，全年执行数33.78万元，执行率为33.78%。",
        "每人年初预算标准300元，全年执行数按实际人数结算。",
        "项目全年预算数12000元，全年执行数11800元。",
        "人均预算数800元。",
        "2021年收入预算286.40万元，其中：财政拨款收入286.40万元。",
        "会议费支出预算800元，实际支出760元。",
        # a small purchase's own budget is not the budget of a project
        "购买慰问品预算500元，实际支出480元。",
        "本部门2017年度收入总计520.52万元，与2016年决算数相比，减少51.48万元；人均补助标准较上年增加120元。",
    ),
)

# The name of a whole budget, or of what was spent of it, ending the label.
_BUDGET = regex_cache.compile(r"(?:年初|全年|调整后|年度|项目)(?:预算(?:资金)?(?:数|总额|金额)?|预算资金|执行数|决算数)$"
                              # a whole year's income or spending budget (2020年收入预算), not an item's (会议费支出预算)
                              r"|(?:\d年|年度|部门|单位)(?:收入|支出)预算(?:数|总额)?$")
_PER_UNIT = regex_cache.compile(r"每|人均|户均|标准|单价|单位成本|平均")
FLOOR = Decimal(1000)  # 元: no project or department is budgeted below this
# A change stated after the figure it changes (收入总计520.52万元，与2016年相比，减少51.48元).
_CHANGE = regex_cache.compile(r"(?:增加|减少|增长|下降|上升|降低)了?$")


def _changed_whole(all_items, k: int, label: str):
    """The figure in 万元 of the same sentence that a change in 元 with cents (51.48元) is the change of, or None:
    a change of a few yuan to a total of hundreds of 万元 is the 万 lost, not a change."""
    it = all_items[k]
    if not _CHANGE.search(label) or it.q.decimals == 0:
        return None
    before = [x for x in all_items[max(0, k - 3):k] if x.seg_start == it.seg_start and x.q.unit in ("万元", "亿元")]
    if not before or before[-1].money is None or before[-1].money <= it.q.value:
        return None
    return None if _PER_UNIT.search(before[-1].raw_label + it.raw_label) else before[-1]


def check(ctx: CheckContext) -> Iterable[Finding]:
    seen: set[int] = set()  # one finding a sentence: the budget and its execution share the slip
    all_items = items(ctx)
    for k, it in enumerate(all_items):
        if it.seg_start in seen or it.q.unit != "元" or it.q.comparator or it.q.value >= FLOOR or it.q.value <= 0:
            continue
        label = "".join(it.raw_label.split()).rstrip("为是：:")
        whole = _changed_whole(all_items, k, label)
        if whole is not None:
            seen.add(it.seg_start)
            yield Finding(it.q.start, it.q.end, RULE.code, RULE.severity,
                          f"{whole.q.raw}{label}{it.q.raw}：本句的总数以万元计，增减额却只有{it.q.raw}，"
                          "请核对单位是否应为“万元”")
            continue
        if not _BUDGET.search(label) or _PER_UNIT.search(it.raw_label):
            continue
        seen.add(it.seg_start)
        yield Finding(it.q.start, it.q.end, RULE.code, RULE.severity,
                      f"{label}{it.q.raw}：项目、部门预算以万元计，不足1000元的预算或执行数不合常理，请核对单位是否应为“万元”")
