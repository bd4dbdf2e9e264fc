"""What the data says a report's figures should be: shared by the G rules.

A reviewer with the bureau's data file wants two answers: is a figure stated
for a named quantity (本年支出, 执行率, 核定编制…) the one the data gives, and
does every other figure come from somewhere. Both need the same map from the
words before a figure to the data's facts, and the same set of values the data
can produce; building them once per checked text (``ctx.memo``) keeps the
rules small and lets G002 stay silent wherever G001 already judged.

Which words name which fact is data (glossary/grounding.yaml); the facts are
:func:`gen.core.derive.derive` of the data file, the same values the generator
prints, and agreement uses :func:`gen.core.numbers.agrees`, the same tolerance the
N rules use.

The named quantities themselves (glossary/grounding.yaml) are loaded by
:mod:`gen.check.grounding_names`; which figures are no quantities at all
(dates, numbering, document numbers) is :mod:`gen.check.not_quantities`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Optional

from ..core import regex_cache
from ..core.numbers import agrees, format_amount, format_count, format_percent, format_score
from ..core.quantities import MONEY_FACTORS, UNIT_TABLE, Quantity, extract_quantities
from ..core.targets import parse_target
from .context import CheckContext
from .grounding_names import resolve_label
from .numbers_text import Item, items

COUNT_UNITS = UNIT_TABLE.of_kind("count")  # glossary/units.yaml
# Words that may follow a metric's or indicator's name before its figure
# ("筛查人数目标值10000人", "接种率实际完成96%").
_NAME_TAILS = ("目标值", "目标", "实际完成值", "实际完成", "实际值", "完成值", "完成", "实际", "原有", "现有")
_MAX_PLACES = 4  # G002 recognises a data value printed with up to this many decimals
_QUANTUM = {places: Decimal(1).scaleb(-places) for places in range(_MAX_PLACES + 1)}


def fact_values(facts: dict[str, Any], path: str) -> list[Decimal]:
    """Values at ``path`` ("income", "sources.*.use_rate"); missing values are left out."""
    head, _, rest = path.partition(".")
    value = facts.get(head)
    if not rest:
        return [Decimal(value)] if isinstance(value, (int, Decimal)) and not isinstance(value, bool) else []
    field = rest.removeprefix("*.")
    out = []
    for member in value or ():
        v = member.get(field) if isinstance(member, dict) else None
        if isinstance(v, (int, Decimal)) and not isinstance(v, bool):
            out.append(Decimal(v))
    return out


@dataclass(frozen=True)
class Expected:
    """What the data says a stated figure should be."""

    name: str  # the quantity in Chinese, for messages
    kind: str  # amount / percent / count / score, or "any" for data-named items
    values: tuple[Decimal, ...]  # amounts in 万元


def unit_fits(kind: str, q: Quantity) -> bool:
    if kind == "amount":
        return q.unit in MONEY_FACTORS
    if kind == "percent":
        return q.unit == "%"
    if kind == "count":
        return q.unit in COUNT_UNITS
    if kind == "score":
        return q.unit == "分"
    return True


def in_stated_unit(q: Quantity, kind: str, value: Decimal) -> Decimal:
    """A data value (amounts in 万元) expressed in the unit the text used."""
    return value / MONEY_FACTORS[q.unit] if kind == "amount" else value


def stated_agrees(q: Quantity, expected: Expected) -> bool:
    return any(agrees(q.value, q.decimals, in_stated_unit(q, expected.kind, v)) for v in expected.values)


def formatted(q: Quantity, expected: Expected) -> str:
    """The data's value as the generator prints it, in the unit the text used.

    A table cell's unit comes from its column header; the suggestion then
    leaves it out, like the cell does.
    """
    text = data_value_text(q, expected)
    return text if q.raw.endswith(q.unit) else text.removesuffix(q.unit)


def data_value_text(q: Quantity, expected: Expected) -> str:
    """The data's value with its unit, for messages."""
    # Several facts may hold the quantity (基本支出 of the year or of the budget
    # plan): the one nearest the stated figure is the one the text meant.
    v = min((in_stated_unit(q, expected.kind, v) for v in expected.values), key=lambda v: abs(v - q.value))
    if expected.kind == "amount":
        return format_amount(v, max(q.decimals, 2) if q.unit == "万元" else q.decimals) + q.unit
    if expected.kind == "percent":
        return format_percent(v)
    if expected.kind == "score":
        return format_score(v) + q.unit
    if expected.kind == "count":
        return format_count(v) + q.unit
    return numeral_of(v) + q.unit


def numeral_of(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


class Grounding:
    """The data's answers for one checked text: named quantities and every known value."""

    def __init__(self, spec: Any, facts: dict[str, Any]):
        self.spec = spec
        self.facts = facts
        self.year = int(facts["year"])
        self.by_name = self._data_names(facts)
        self._order = {name: i for i, name in enumerate(self.by_name)}
        self.known = self._known_values(spec, facts)
        self._sorted = sorted(v for v in self.known if v.is_finite())

    # -- named quantities (G001) --

    @staticmethod
    def _data_names(facts: dict[str, Any]) -> dict[str, list[Decimal]]:
        """Task metric and indicator names from the data, with every value they carry."""
        names: dict[str, list[Decimal]] = {}
        for task in list(facts["tasks"]) + list(facts["other_tasks"]):
            for m in task["metrics"]:
                vals = [m[k] for k in ("target", "actual", "before", "after", "change", "completion")]
                names.setdefault(m["name"], []).extend(Decimal(v) for v in vals if v is not None)
        for ind in facts["indicators"]:
            vals = [parse_target(ind[k]).value for k in ("target", "period_target", "actual")]
            vals.append(ind["completion"])
            names.setdefault(ind["name"], []).extend(Decimal(v) for v in vals if v is not None)
        return {n: v for n, v in names.items() if len(n) >= 2 and v}

    def _data_name(self, label: str) -> Optional[str]:
        """The longest data name the label ends with, or is followed by one of _NAME_TAILS in.

        Looked up from the label's side (its endings, and the label minus each
        tail) rather than by trying every name: a report has dozens of labels and
        the data dozens of names. Among names of one length the data's first wins.
        """
        by_name = self.by_name
        found = [label[i:] for i in range(len(label) - 1) if label[i:] in by_name]
        found += [label[: -len(tail)] for tail in _NAME_TAILS if label.endswith(tail) and label[: -len(tail)] in by_name]
        if not found:
            return None
        order = self._order
        return min(found, key=lambda name: (-len(name), order[name]))

    def expected(self, it: Item) -> Optional[Expected]:
        """What the data says the figure of ``it`` should be; None when no named quantity applies."""
        if it.q.comparator or not it.label:
            return None
        name = self._data_name(it.label)
        if name is not None:
            return Expected(name, "any", tuple(self.by_name[name]))
        entry = resolve_label(it.label)
        if entry is None or not unit_fits(entry.kind, it.q):
            return None
        if it.year in ("", str(self.year)):
            paths = entry.facts
        elif it.year in ("上年", str(self.year - 1)):
            paths = entry.previous
        else:
            return None
        values = tuple(v for p in paths for v in fact_values(self.facts, p))
        if not values:
            return None
        return Expected(entry.name, entry.kind, values)

    # -- every value the data can produce (G002) --

    @staticmethod
    def _known_values(spec: Any, facts: dict[str, Any]) -> frozenset[Decimal]:
        values: list[Decimal] = []
        texts: list[str] = []
        _walk(facts, values, texts)  # the facts carry every figure and text of the data ...
        values.append(Decimal(len(spec.tasks)))  # ... except these two
        if spec.finance.overspend_explanation:
            texts.append(spec.finance.overspend_explanation)
        year = int(facts["year"])
        values += [Decimal(year - 1), Decimal(year), Decimal(year + 1)]
        for text in set(texts):  # the facts repeat most of the data's texts
            values.extend(_figures_in(text))
        return frozenset(abs(v) for v in values)

    def printed_as(self, value: Decimal, places: int) -> bool:
        """Is ``value`` some known value as printed with ``places`` decimals (rounded half up or truncated)?

        Both roundings of a value v >= 0 give ``value`` exactly when v lies in
        [value - half a unit, value + one unit) and ``value`` is a whole number
        of units: one binary search in the sorted known values answers it,
        instead of rounding every known value for every precision.
        """
        quantum = _QUANTUM[places]
        if value % quantum:
            return False  # more decimals than printed: no rounding gives it
        known = self._sorted
        i = bisect_left(known, value - quantum / 2)
        return i < len(known) and known[i] < value + quantum

    def is_known(self, q: Quantity) -> bool:
        """Does the figure match some data value or derived fact at its printed precision?"""
        value = abs(q.value)
        if q.decimals <= _MAX_PLACES and self.printed_as(value, q.decimals):
            return True
        factor = MONEY_FACTORS.get(q.unit)
        if factor is not None and factor != 1:
            # Money in 元 or 亿元: known when it is exactly a data amount in 万元.
            return self.printed_as(value * factor, _MAX_PLACES)
        return False


_ASCII_DIGIT = regex_cache.compile("[0-9]")


@lru_cache(maxsize=8192)
def _figures_in(text: str) -> tuple[Decimal, ...]:
    """The values of the figures in one of the data's texts, read once per distinct text and process."""
    return tuple(q.value for q in extract_quantities(text))


def _walk(value: Any, values: list[Decimal], texts: list[str]) -> None:
    # The facts are mostly these exact types: answered first, with no chain of isinstance tests.
    kind = type(value)
    if kind is str:
        if _ASCII_DIGIT.search(value):
            texts.append(value)
        return
    if kind is Decimal:
        values.append(value)
        return
    if kind is dict:
        for v in value.values():
            _walk(v, values, texts)
        return
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, Decimal)):
        values.append(Decimal(value))
    elif isinstance(value, float):
        values.append(Decimal(str(value)))
    elif isinstance(value, str):
        if _ASCII_DIGIT.search(value):
            texts.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _walk(v, values, texts)
    elif isinstance(value, (list, tuple)):
        values.append(Decimal(len(value)))  # "内设机构8个": a count of listed items
        for v in value:
            _walk(v, values, texts)
    elif hasattr(value, "year") and hasattr(value, "month"):  # dates
        values.extend(Decimal(x) for x in (value.year, value.month, getattr(value, "day", 1)))


def _build(ctx: CheckContext) -> Grounding:
    from ..core.derive import derive

    return Grounding(ctx.data, derive(ctx.data) if ctx.facts is None else ctx.facts)


def grounding(ctx: CheckContext) -> Grounding:
    """The data's answers for ``ctx`` (``ctx.data`` must be a ReportSpec); cached per context."""
    return ctx.memo("grounding", _build)


@dataclass(frozen=True)
class Judged:
    """A figure stated for a named quantity, with what the data says it should be."""

    q: Quantity
    expected: Expected

    @property
    def agrees(self) -> bool:
        return stated_agrees(self.q, self.expected)


def judged(ctx: CheckContext) -> list[Judged]:
    """Every figure stated for a named quantity the data holds (G001's domain), in text order.

    Figures in running text are labelled by the words before them
    (gen.check.numbers_text); figures in Markdown table cells by their row.
    """

    def build(c: CheckContext) -> list[Judged]:
        g = grounding(c)
        out = []
        for it in items(c):
            exp = g.expected(it)
            if exp is not None:
                out.append(Judged(it.q, exp))
        out.extend(_table_judged(c, g))
        out.sort(key=lambda j: j.q.start)
        return out

    return ctx.memo("grounding.judged", build)


# --------------------------------------------------------------------------
# Markdown tables: "| 部门预算支出 | 基本支出 | 55,552.66 |" under "金额（万元）"
# --------------------------------------------------------------------------

_UNIT_IN_HEADER = regex_cache.compile(r"[（(](万元|元|亿元|%|人)[）)]")


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """(offset, stripped text) of each cell of a Markdown table row."""
    out = []
    pos = 1  # after the leading "|"
    body = line.strip()[1:]
    parts = body.split("|")
    if body.endswith("|"):
        parts = parts[:-1]
    for raw in parts:
        lead = len(raw) - len(raw.lstrip())
        out.append((offset + line.index("|") + pos + lead, raw.strip()))
        pos += len(raw) + 1
    return out


def _table_judged(ctx: CheckContext, g: Grounding) -> list[Judged]:
    text = ctx.text
    if "|" not in text:
        return []
    out: list[Judged] = []
    header: list[str] = []
    pos = 0
    prev_is_table = False
    for line in text.split("\n"):
        is_row = line.lstrip().startswith("|") and "\\|" not in line
        if is_row and not prev_is_table:
            header = [c for _, c in _cells(line, pos)]
        elif is_row and not set(line.replace("|", "").strip()) <= set("-: "):
            out.extend(_row_judged(g, header, _cells(line, pos)))
        prev_is_table = is_row
        pos += len(line) + 1
    return out


def _row_judged(g: Grounding, header: list[str], cells: list[tuple[int, str]]) -> list[Judged]:
    out = []
    for col, (start, cell) in enumerate(cells):
        if col == 0 or col >= len(header):
            continue
        m = _UNIT_IN_HEADER.search(header[col])
        qs = list(extract_quantities(cell))
        if not m or len(qs) != 1 or qs[0].raw != cell or qs[0].unit:
            continue
        found = qs[0]
        q = Quantity(found.value, found.decimals, m.group(1), start, start + len(cell), cell)
        item_cell = cells[col - 1][1]
        category = cells[col - 2][1] if col >= 2 else ""
        for label in (item_cell, category + item_cell):
            entry = resolve_label(label)
            if entry is None or not unit_fits(entry.kind, q):
                continue
            values = tuple(v for p in entry.facts for v in fact_values(g.facts, p))
            if values:
                out.append(Judged(q, Expected(entry.name, entry.kind, values)))
            break
    return out
