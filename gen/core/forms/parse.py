"""Recognise a 自评表 in a grid: which cell holds which field.

Labels are matched loosely (see :func:`layout.key`) and with the names the
provincial variants use (四川: 调整后预算数, 预算执行数, 权重, 完成值, 未完成原因分析;
湖北: 预算数, 执行数), so a form retyped by an officer or filled in a
province's layout is still read. The result keeps the cells themselves, so
every consumer can say where a value came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import layout as L
from .grid import Grid, GridCell

# column role -> label keys (layout.key form), national label first
MONEY_HEADS = {
    "initial": ("年初预算数", "年初预算"),
    "full_year": ("全年预算数", "调整后预算数", "调整后预算", "预算数"),
    "executed": ("全年执行数", "预算执行数", "执行数"),
    "points": ("分值", "权重"),
    "rate": ("执行率", "预算执行率", "执行率B"),
    "score": ("得分",),
    "reason": ("原因", "偏差原因", "执行偏差原因", "未达到原因", "原因说明"),
}
MONEY_ROW_KEYS = {
    "total": ("年度资金总额", "总额", "资金总额", "年度财政资金总额"),
    "fiscal": ("其中当年财政拨款", "当年财政拨款", "其中本年财政拨款", "本年财政拨款", "其中财政资金", "财政资金", "财政拨款"),
    "carryover": ("上年结转资金", "其中上年结转资金", "上年结转"),
    "other": ("其他资金", "其中其他资金"),
}
INDICATOR_HEADS = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "name": ("三级指标",),
    "target": ("年度指标值", "指标值", "年初目标值", "年度目标值"),
    "actual": ("实际完成值", "完成值", "全年实际值", "实际值"),
    "points": ("分值", "权重"),
    "score": ("得分",),
    "deviation": ("偏差原因分析及改进措施", "未完成原因分析", "未完成原因分析及改进措施", "偏差原因分析"),
}
TOTAL_KEYS = ("总分", "合计", "总计", "自评总分")
CONCLUSION_KEYS = ("评价结论", "存在问题", "改进措施")
GOAL_KEYS = {"expected": ("预期目标", "年初设定目标", "项目年度目标"), "actual": ("实际完成情况", "年度目标完成情况",
                                                                   "年度总体目标完成情况")}


@dataclass
class MoneyRow:
    label: GridCell
    cells: dict[str, GridCell]  # role -> cell


@dataclass
class IndicatorRow:
    level1: str
    level2: str
    cells: dict[str, GridCell]  # role -> cell (name, target, actual, points, score, deviation)

    def text(self, role: str) -> str:
        c = self.cells.get(role)
        return c.text if c is not None else ""


@dataclass
class ParsedForm:
    grid: Grid
    kind: str  # "project" or "dept"
    name: Optional[GridCell] = None
    department: Optional[GridCell] = None
    implementer: Optional[GridCell] = None
    money: dict[str, MoneyRow] = field(default_factory=dict)
    money_heads: dict[str, GridCell] = field(default_factory=dict)
    goal_expected: Optional[GridCell] = None
    goal_actual: Optional[GridCell] = None
    indicators: list[IndicatorRow] = field(default_factory=list)
    indicator_heads: dict[str, GridCell] = field(default_factory=dict)
    total_points: Optional[GridCell] = None
    total_score: Optional[GridCell] = None
    title: str = ""
    rule_set: Optional[GridCell] = None  # the 评分规则 row jixiao writes
    budget_reason: Optional[GridCell] = None  # the 预算执行偏差原因 row, or the 原因 column of the 总额 row
    conclusions: list[GridCell] = field(default_factory=list)  # 评价结论, 存在问题, 改进措施 (四川)

    def reason(self) -> Optional[GridCell]:
        """Why execution fell short: the 原因 column of the total row (四川), else the reason row."""
        total = self.money.get("total")
        cell = total.cells.get("reason") if total is not None else None
        return cell if cell is not None and cell.text.strip() else self.budget_reason


def _keys(row: list[GridCell]) -> list[str]:
    return [L.key(c.text) for c in row]


def _heads(row: list[GridCell], table: dict[str, tuple[str, ...]]) -> dict[str, GridCell]:
    found: dict[str, GridCell] = {}
    for c in row:
        k = L.key(c.text)
        for role, names in table.items():
            if role not in found and k in names:
                found[role] = c
                break
    return found


def _value_after(row: list[GridCell], col: int) -> Optional[GridCell]:
    """The first non-empty cell right of ``col`` (merged label cells leave empty cells between)."""
    for c in row[col + 1:]:
        if c.text:
            return c
    return row[col + 1] if col + 1 < len(row) else None


def parse_form(grid: Grid, title: str = "") -> Optional[ParsedForm]:
    """The form in ``grid``, or None when the grid is not a 自评表 (needs an indicator header row)."""
    form = ParsedForm(grid, "project", title=title)
    r = 0
    rows = grid.rows
    while r < len(rows):
        row = rows[r]
        keys = _keys(row)
        r = _parse_row(form, rows, r, row, keys)
    if not form.indicator_heads or not ("score" in form.indicator_heads or "points" in form.indicator_heads):
        return None
    if not form.title:
        form.title = grid.title or next((c.text for row in rows[:2] for c in row if "自评表" in c.text), "")
    if "部门整体" in form.title:
        form.kind = "dept"
    return form


def _parse_row(form: ParsedForm, rows: list[list[GridCell]], r: int, row: list[GridCell], keys: list[str]) -> int:
    """Read what starts at row ``r``; return the next row to look at."""
    for i, k in enumerate(keys):
        if k in (L.key(L.NAME_LABEL), L.key(L.DEPT_NAME_LABEL), "单位名称", "部门名称") and form.name is None:
            form.name = _value_after(row, i)
            if k != L.key(L.NAME_LABEL):
                form.kind = "dept"
        elif k == L.key(L.DEPARTMENT_LABEL) and form.department is None:
            form.department = _value_after(row, i)
        elif k in (L.key(L.IMPLEMENTER_LABEL), "实施单位盖章", "项目实施单位") and form.implementer is None:
            form.implementer = _value_after(row, i)
        elif k == L.key(L.RULE_SET_LABEL) and form.rule_set is None:
            form.rule_set = _value_after(row, i)
        elif k in (L.key(L.BUDGET_REASON_LABEL), "执行偏差原因", "预算执行率偏差原因") and form.budget_reason is None:
            form.budget_reason = _value_after(row, i)
        elif k in CONCLUSION_KEYS and i == 0:
            cell = _value_after(row, i)
            if cell is not None:
                form.conclusions.append(cell)
    heads = _heads(row, MONEY_HEADS)
    if not form.money_heads and "executed" in heads and ("full_year" in heads or "rate" in heads):
        form.money_heads = heads
        return _money_rows(form, rows, r + 1)
    heads = _heads(row, INDICATOR_HEADS)
    if not form.indicator_heads and {"level1", "name"} <= heads.keys():
        form.indicator_heads = heads
        return _indicator_rows(form, rows, r + 1)
    goal = _heads(row, GOAL_KEYS)
    if form.goal_expected is None and "expected" in goal and r + 1 < len(rows):
        below = rows[r + 1]
        form.goal_expected = _below(below, goal["expected"].col)
        if "actual" in goal:
            form.goal_actual = _below(below, goal["actual"].col)
        return r + 2
    return r + 1


def _below(row: list[GridCell], col: int) -> Optional[GridCell]:
    return row[col] if col < len(row) else None


def _money_rows(form: ParsedForm, rows: list[list[GridCell]], r: int) -> int:
    while r < len(rows):
        row = rows[r]
        role = label = None
        for c in row[:4]:
            k = L.key(c.text)
            role = next((name for name, keys in MONEY_ROW_KEYS.items() if k in keys), None)
            if role:
                label = c
                break
        if role is None:
            return r
        cells = {h: row[c.col] for h, c in form.money_heads.items() if c.col < len(row)}
        form.money.setdefault(role, MoneyRow(label, cells))
        r += 1
    return r


def _indicator_rows(form: ParsedForm, rows: list[list[GridCell]], r: int) -> int:
    heads = form.indicator_heads
    level1 = level2 = ""
    while r < len(rows):
        row = rows[r]
        first = next((c for c in row if c.text), None)
        if first is None:
            r += 1
            continue
        if L.key(first.text) in TOTAL_KEYS:
            _total(form, row)
            return r + 1
        cells = {role: row[c.col] for role, c in heads.items() if c.col < len(row)}
        name = cells.get("name")
        l1 = cells.get("level1")
        l2 = cells.get("level2")
        level1 = l1.text if l1 is not None and l1.text else level1
        level2 = l2.text if l2 is not None and l2.text else level2
        if name is None or not name.text:
            if (l1 is not None and l1.text) or (l2 is not None and l2.text):
                r += 1  # a category row with no indicator in it (an empty 经济效益指标 line): skip it
                continue
            return r
        form.indicators.append(IndicatorRow(level1, level2, cells))
        r += 1
    return r


def _total(form: ParsedForm, row: list[GridCell]) -> None:
    heads = form.indicator_heads
    if "points" in heads and heads["points"].col < len(row):
        form.total_points = row[heads["points"].col]
    if "score" in heads and heads["score"].col < len(row):
        form.total_score = row[heads["score"].col]
    if form.total_score is not None and not form.total_score.text:  # a total typed in the next filled cell
        later = [c for c in row[form.total_score.col:] if c.text]
        if later:
            form.total_score = later[0]


def guess_rule_set(forms: list[ParsedForm]) -> str:
    """The rule set a form names (the 评分规则 row), else the one its layout implies:
    权重 columns are 四川's; a 20-point budget row is 湖北's; otherwise national."""
    from ..numbers import to_decimal
    from ..scoring import rule_sets

    for f in forms:
        named = f.rule_set.text.strip() if f.rule_set is not None else ""
        for rs in rule_sets().values():
            if named in (rs.id, rs.name):
                return rs.id
        heads = (*f.money_heads.values(), *f.indicator_heads.values())
        if any(L.key(c.text) == "权重" for c in heads):
            return "sichuan"
        total = f.money.get("total")
        points = total.cells.get("points") if total is not None else None
        if points is not None and to_decimal(points.text) == 20:
            return "hubei"
    return "national"
