"""Which of a share's candidate wholes its name points to, when a 决算's 合计 and 总计 of one stem are both stated.

A 决算 note states two totals of income (and of spending): 本年收入合计 (this year's income, the 收入合计 of the
收入支出决算总表) and 收入总计 (that plus 用事业基金弥补收支差额 and 年初结转和结余). Both share the stem 收入, so
labels.names_match pairs a share 占收入合计的Y% with either, and a share computed on the wrong one (46469 ÷ 96160 =
48.33% written as 占收入合计的) passed because the 总计 agreed. When the share's own name says 合计 (or 总计) and
figures of both kinds stand among its candidates, only those of the kind it names are its whole; with one kind
only (a report that calls its single total either way) the candidates stay as they are.
"""

from __future__ import annotations

from .numbers_text import Item


def _kind(raw: str, label: str) -> str:
    raw = raw.rstrip("为是：: ")
    if raw.endswith("总计"):
        return "总计"
    return "合计" if raw.endswith("合计") or label.startswith("本年") else ""


def of_named_kind(whole_name: str, wholes: list[Item]) -> list[Item]:
    """``wholes`` without those of the other total's kind when the share's name is 合计 or 总计 and both are among them."""
    named = _kind(whole_name, whole_name)
    kinds = {_kind(w.raw_label, w.label) for w in wholes}
    if not named or not {"合计", "总计"} <= kinds:
        return wholes
    return [w for w in wholes if _kind(w.raw_label, w.label) == named]
