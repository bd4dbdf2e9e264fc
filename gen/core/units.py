"""Units of measure as data: ``glossary/units.yaml``, proved by its own examples.

Which words count as a unit after a figure (万元, 人次, ‰), how many 万元 a
money unit is, which units are dates or counts: this is policy a finance
office may need to extend, so it lives in YAML, not in the number layer. Like a
glossary entry, each unit carries texts in which a figure must be read with it
(``read``) and texts in which it must not (``not_read``); the number layer runs
them once when it is imported, so a unit that the reading pattern cannot reach
(shadowed by a longer one, or mistyped) fails loudly instead of never matching.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from .datafile import read_yaml_file, string_list
from .errors import UserError
from .resources import data_dir

UNITS_FILE = "units.yaml"
KINDS = ("money", "percent", "date", "count", "score", "other")


@dataclass(frozen=True)
class Unit:
    unit: str
    kind: str
    in_wan: Optional[Decimal]  # money only: 万元 per one of this unit
    chinese: bool  # also read after a Chinese numeral (三十六人)
    read: tuple[str, ...]
    not_read: tuple[str, ...]


@dataclass(frozen=True)
class UnitTable:
    """Every unit, longest first (the order the reading pattern tries them)."""

    units: tuple[Unit, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(u.unit for u in self.units)

    def of_kind(self, kind: str) -> frozenset[str]:
        return frozenset(u.unit for u in self.units if u.kind == kind)

    @property
    def money_factors(self) -> dict[str, Decimal]:
        """Money unit -> 万元 per unit (亿元 -> 10000)."""
        return {u.unit: u.in_wan for u in self.units if u.in_wan is not None}

    @property
    def chinese_names(self) -> tuple[str, ...]:
        return tuple(u.unit for u in self.units if u.chinese)


def _fail(where: str, message: str) -> UserError:
    return UserError(f"词库文件 {UNITS_FILE}，{where}：{message}")


def _unit(raw: Any, n: int) -> Unit:
    where = f"第{n}条"
    if not isinstance(raw, dict) or not isinstance(raw.get("unit"), str) or not raw["unit"].strip():
        raise _fail(where, "每条应有 unit（单位写法）。")
    name = raw["unit"]
    where = f"第{n}条（{name}）"
    extra = sorted(set(raw) - {"unit", "kind", "in_wan", "chinese", "read", "not_read"})
    if extra:
        raise _fail(where, f"不认识的字段：{'、'.join(extra)}。")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise _fail(where, f"kind 应为 {'、'.join(KINDS)} 之一。")
    in_wan = raw.get("in_wan")
    if (kind == "money") != (in_wan is not None):
        raise _fail(where, "货币单位（kind: money）须且只有它须填写 in_wan（折合多少万元）。")
    factor = None
    if in_wan is not None:
        try:
            factor = Decimal(str(in_wan))
        except InvalidOperation:
            factor = None
        if isinstance(in_wan, bool) or factor is None or factor <= 0:
            raise _fail(where, "in_wan 应为正数。")
    chinese = raw.get("chinese", False)
    if not isinstance(chinese, bool):
        raise _fail(where, "chinese 应为 true 或 false。")
    read = string_list(raw, "read", f"词库文件 {UNITS_FILE}，{where}（read：其中的数字应读出这个单位）")
    return Unit(name, kind, factor, chinese, read, string_list(raw, "not_read", f"词库文件 {UNITS_FILE}，{where}", required=False))


def load_units(path: Path) -> UnitTable:
    """Read and validate a units file; the examples are run by :func:`verify`."""
    doc = read_yaml_file(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("units"), list) or not doc["units"]:
        raise _fail("文件顶层", "应包含 units 列表。")
    units = [_unit(raw, n) for n, raw in enumerate(doc["units"], 1)]
    seen: set[str] = set()
    for u in units:
        if u.unit in seen:
            raise _fail(f"单位“{u.unit}”", "与前面的条目重复。")
        seen.add(u.unit)
    # Longest first, file order among equals: the reading pattern is deterministic.
    ordered = sorted(range(len(units)), key=lambda i: (-len(units[i].unit), i))
    return UnitTable(tuple(units[i] for i in ordered))


def builtin_units() -> UnitTable:
    return load_units(data_dir("glossary") / UNITS_FILE)


def verify(table: UnitTable, arabic: Callable[[str], Iterable[str]], chinese: Callable[[str], Iterable[str]]) -> None:
    """Run every unit's examples through the number layer's readers (text -> units of the figures read).

    A unit marked ``chinese`` must also be read after a Chinese numeral in one
    of its examples, so the flag cannot claim what the pattern does not do.
    """
    for u in table.units:
        where = f"单位“{u.unit}”"
        for text in u.read:
            if u.unit not in {*arabic(text), *chinese(text)}:
                raise _fail(where, f"示例“{text}”中的数字应读出单位“{u.unit}”，实际没有。")
        for text in u.not_read:
            if u.unit in {*arabic(text), *chinese(text)}:
                raise _fail(where, f"示例“{text}”中的数字不应读出单位“{u.unit}”，却读出了。")
        if u.chinese and not any(u.unit in set(chinese(text)) for text in u.read):
            raise _fail(where, "标为 chinese: true，但没有一个 read 示例用中文数字读出这个单位（如“三十六人”）。")
