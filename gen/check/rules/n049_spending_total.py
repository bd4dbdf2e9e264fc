"""N049: amounts spent from each source, then their total spent, that does not add up (A支出a，B支出b，总支出c).

A 自评报告's funds paragraph tells the execution of each source of a project's money in parallel clauses, each
with its own rate, and then the whole: 专项资金支出316万元，执行率61%，财政资金支出2419万元，执行率58%，总支出2939万元.
The 总支出 is the sum of the clauses before it, as 合计 would be; N004 reads 合计/总计/共计 but not a total named
by its own head (总支出, 支出合计 is N004's). Read only inside one sentence, where the total's name is 总支出 (共支出,
合计支出) and at least two money figures before it are named ``<source>支出`` (their names differ, no 其中/含/包括
between them and the total, no figure of another year, no 预算/实际/累计/上年 — those are other measures of the same
money, not its parts); a percentage between them is the clause's rate and is passed over. Any other money figure
between the first part and the total (a budget, a change) leaves the sentence alone: its figures are not one list.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import Item, closes, comparable, in_written_unit, is_change, items, num, sum_slack
from ..registry import Rule
from ..textspans import sentence_start

RULE = Rule(
    code="N049",
    name="spending-total",
    severity="error",
    summary="分别列出各来源的支出后，“总支出”与各项之和不符",
    doc=(
        "检查什么：同一句里逐项写出各来源资金的支出（专项资金支出a，执行率x；财政资金支出b，执行率y），"
        "随后写“总支出c”，而a＋b≠c。\n"
        "为什么：“总支出”是前面各项支出之和，与“合计”同义；数字对不上，说明某一项或总数写错。\n"
        "不报的情形：各项之间或其后有“其中”“含”“包括”（总数之内的细目）；某项是预算数、实际数、累计数或上年数；"
        "两项之间还有别的金额（预算、增减额）；总数之前只有一项支出。\n"
        "示例：“专项资金支出100万元，执行率50%，财政资金支出200万元，执行率80%，总支出350万元”，100＋200＝300。"
    ),
    flag=(
        "专项资金支出120.50万元，预算执行率60%，财政资金支出300.00万元，预算执行率75%，总支出450.50万元，执行率70%。",
        "中央资金支出80万元；省级资金支出40万元；市级资金支出30万元；共支出160万元。",
    ),
    keep=(
        "专项资金支出120.50万元，预算执行率60%，财政资金支出300.00万元，预算执行率75%，总支出420.50万元，执行率70%。",
        # a part broken down inside the total: 其中 names what the first part holds
        "基本支出300万元，其中人员支出200万元，项目支出100万元，总支出400万元。",
        # a budget and an actual figure are two measures, not two parts
        "预算支出500万元，实际支出450万元，总支出450万元。",
        "上年支出200万元，本年支出300万元，总支出300万元。",
        # the total tells what more it holds (含其他资金): the list is not all of it
        "财政拨款支出400万元，事业支出80万元，总支出500万元（含其他资金支出20万元）。",
        # another money figure between the parts: not one list
        "专项资金支出100万元，结余20万元，财政资金支出200万元，总支出320万元。",
        # the total in another sentence
        "专项资金支出100万元，财政资金支出200万元。全年总支出500万元。",
    ),
)

_TOTAL = regex_cache.compile(r"^(?:总|共|合计|共计)支出(?:了|为|是)?$")
_PART = regex_cache.compile(r"[\u4e00-\u9fff]{2,12}支出(?:了|为|是)?$")
_OTHER_MEASURE = regex_cache.compile(r"预算|实际|累计|上年|去年|同期|本年|全年|年初|调整|结转|结余|平均|人均|每")
_INSIDE = regex_cache.compile(r"[（(，,]?(?:其中|含|包括|包含)")
MAX_BACK = 12  # figures read back from the total within its sentence


def _is_part(it: Item) -> bool:
    return it.q.unit != "%" and bool(_PART.search(it.raw_label)) and not _OTHER_MEASURE.search(it.raw_label) \
        and not _TOTAL.search(it.raw_label)


def _parts(ctx: CheckContext, found: list[Item], k: int) -> list[Item]:
    """The money figures named ``<source>支出`` before ``found[k]`` in its sentence, nearest last; [] when any
    other money figure stands among them (the list is not plain)."""
    text, total = ctx.text, found[k]
    start = sentence_start(text, total.q.start)
    out: list[Item] = []
    before = [it for it in found[max(0, k - MAX_BACK):k] if it.q.start >= start]
    for j in range(len(before) - 1, -1, -1):
        it = before[j]
        if it.q.unit == "%":
            continue  # the clause's rate (执行率61%)
        if it.year or it.q.comparator or is_change(text, it) or comparable(total, it) is None:
            return []
        if not _is_part(it):
            if out and not any(_is_part(b) for b in before[:j]):
                break  # a figure before the list (年初预算…): the list starts after it
            return []
        out.append(it)
    out.reverse()
    if len(out) < 2 or len({p.label for p in out}) < len(out) or _INSIDE.search(text, out[0].q.start, total.q.start) \
            or _INSIDE.match(text, total.q.end, total.q.end + 4):  # 总支出c（含其他资金…）: more sources than listed
        return []
    return out


def check(ctx: CheckContext) -> Iterable[Finding]:
    found = items(ctx)
    for k, total in enumerate(found):
        if total.money is None or total.year or total.q.comparator or not _TOTAL.search(total.raw_label):
            continue
        parts = _parts(ctx, found, k)
        if not parts:
            continue
        s = sum((p.value for p in parts), Decimal(0))
        if closes(s, total.value, sum_slack([*parts, total])):
            continue
        shown = "＋".join(num(p.q) for p in parts)
        value = format(in_written_unit(s, total).normalize(), "f")
        yield Finding(
            total.q.start, total.q.end, RULE.code, RULE.severity,
            f"{total.label}{total.q.raw}与前面各项支出之和不符：{shown}＝{value}{total.q.unit}",
        )
