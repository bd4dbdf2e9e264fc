"""F008: a 自评表 whose 年度资金总额 is less than the sum of its sources."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core.numbers import format_amount, sum_agrees
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import number
from ..forms_find import forms
from ..registry import Rule
from ._form_examples import HEAD, IND_HEAD

_SOURCES = ("fiscal", "carryover", "other")
_COLUMNS = (("initial", "年初预算数"), ("full_year", "全年预算数"), ("executed", "全年执行数"))


def _form(total: str, fiscal: str, rest: str = "") -> str:
    return (HEAD + f"| | 年度资金总额 | | {total} |\n| | 其中：当年财政拨款 | | {fiscal} |\n" + rest + IND_HEAD
            + "| | 产出指标 | 数量指标 | 培训人数 | ≥500人 | 520人 | 90 | 90 | |\n")


def _all_sources(carryover: str) -> str:
    return f"| | 上年结转资金 | | {carryover} |\n| | 其他资金 | | 0 | 0 | 0 | | |\n"


RULE = Rule(
    code="F008",
    name="funds-total",
    severity="error",
    summary="自评表年度资金总额小于其中各来源之和，或三项来源都已填写而合计不等",
    doc=(
        "“年度资金总额”是当年财政拨款、上年结转资金和其他资金之和，不能小于写出的各来源之和"
        "（年初预算数、全年预算数、全年执行数逐栏核对）；当年财政拨款、上年结转资金、其他资金三项都已填写（含0）时，"
        "总额必须等于三者之和（容差按打印精度，每个带小数的数不到半个末位单位）。"
        "总额漏填为0时，执行率和预算执行得分也会随之出错。"
        "例：年度资金总额写作0，其中本年财政拨款90万元。"
    ),
    flag=(_form("0 | 0 | 0 | 10 | 0 | 0", "90 | 89.97 | 89.97 | | |"),
          _form("100.03 | 100.03 | 95 | 10 | 94.97% | 9.5", "80.01 | 80.01 | 76 | | |", _all_sources("20.00 | 20.00 | 19 | | |"))),
    keep=(_form("90 | 89.97 | 89.97 | 10 | 100.00% | 10", "90 | 89.97 | 89.97 | | |"),
          _form("100 | 100 | 95 | 10 | 95.00% | 9.5", "60 | 60 | 60 | | |"),
          _form("100.02 | 100.02 | 95 | 10 | 94.98% | 9.5", "80.01 | 80.01 | 76 | | |", _all_sources("20.00 | 20.00 | 19 | | |"))),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for f in forms(ctx):
        total = f.money.get("total")
        if total is None:
            continue
        for key, title in _COLUMNS:
            whole = number(total.cells.get(key))
            parts = [number(f.money[s].cells.get(key)) for s in _SOURCES if s in f.money]
            given = [p for p in parts if p is not None]
            if whole is None or not given:
                continue
            summed = sum((p.value for p in given), Decimal(0))
            places = max(2, *(p.decimals for p in given))
            # every source row of the national form filled in: the total is their sum, not only at least it
            complete = len(given) == len(_SOURCES)
            if whole.value >= summed and not (complete and not sum_agrees(whole.value, summed, [
                    whole.decimals, *(p.decimals for p in given)])):
                continue
            if whole.value > summed:
                yield Finding(
                    whole.cell.start, whole.cell.end, RULE.code, RULE.severity,
                    f"{f.grid.where(whole.cell)}：年度资金总额的{title}填写为{whole.cell.text}，"
                    f"与其中当年财政拨款、上年结转资金、其他资金之和{format_amount(summed, places)}万元不符",
                    format_amount(summed, places),
                )
                continue
            yield Finding(
                whole.cell.start, whole.cell.end, RULE.code, RULE.severity,
                f"{f.grid.where(whole.cell)}：年度资金总额的{title}填写为{whole.cell.text}，"
                f"小于其中各来源之和{format_amount(summed, places)}万元",
                format_amount(summed, places),
            )
