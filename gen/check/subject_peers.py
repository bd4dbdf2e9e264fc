"""Class-level budget subjects side by side: a part named after one economic class is no part of a total
named after another, nor a part named after spending of a total of receipts (or the reverse).

A 决算 or 预算 note gives the economic classes of its spending one after the other (商品和服务支出8万元，其中
办公费…差旅费…，对个人和家庭的补助14万元，资本性支出…): the 其中 list of one class ends where the next class
is named, for that class is its sibling, not its part. Data: ``economic_classes`` of
glossary/budget_subjects.yaml, the stems of the classes' names (商品和服务 in 商品和服务支出 and 商品和服务预算).
"""

from __future__ import annotations

from typing import Optional

from ..core.datafile import read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.resources import data_dir

FILE = "budget_subjects.yaml"


@per_glossary()
def economic_classes() -> tuple[str, ...]:
    """The stems of the economic classes' names, read once per glossary."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    return tuple(string_list(doc, "economic_classes", f"科目文件 {FILE}"))


def _class(label: str) -> Optional[str]:
    return next((stem for stem in economic_classes() if stem in label), None)


def another_class(total_label: str, part_label: str) -> bool:
    """The total is named after one economic class and the part after another (其他商品和服务支出 is of the
    class 商品和服务, the same as 商品和服务预算's), or after the other side of the account (收入2854.36万元，
    其中…，支出2854.36万元: the 支出 starts the spending, no part of the receipts)."""
    total = _class(total_label)
    part = _class(part_label) if total is not None else None
    if part is not None and part != total:
        return True
    side = _side(total_label)
    return side is not None and _side(part_label) not in (None, side)


def _side(label: str) -> Optional[str]:
    """收入 or 支出 where the label names one side of the account and not the other (收支总计 names both)."""
    income, spending = "收入" in label, "支出" in label
    return "收入" if income and not spending else "支出" if spending and not income else None
