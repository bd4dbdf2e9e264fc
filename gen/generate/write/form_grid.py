"""The 自评表 as a grid of positioned cells, built from the data and the rule set.

Both form writers (``form_docx``: table XML with gridSpan/vMerge; ``form_xlsx``:
a sheet with merged ranges) draw the same grid, so the Word and Excel forms
always hold the same cells. Scores shown are those the rules compute (a score
the data gives was already checked on load and agrees with them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional

from ...core import placeholders
from ...core.forms import layout as L
from ...core.numbers import format_amount, format_score, round_half_up
from ...core.scoring import FormScore, ItemScore, execution_rate, rule_set, score_form


@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    label: bool = False  # a printed label (bold, centred), not a value
    number: Optional[Decimal] = None  # the value for a numeric cell (xlsx writes it as a number)
    kind: str = ""  # "amount", "percent" or "score" for numeric cells


@dataclass
class FormGrid:
    title: str
    sheet: str  # the xlsx sheet name (≤ 31 characters)
    name: str = ""  # the project a project form is for ("" for the 部门整体 form)
    width: int = L.WIDTH
    cells: list[Cell] = field(default_factory=list)
    header_rows: int = 0  # rows repeated at the top of every page
    rows: int = 0
    # (what, field) of each 【待补充】 cell: generate tells them with the draft's own gaps
    holes: list[tuple[str, str]] = field(default_factory=list)

    def add(self, col: int, text: str, colspan: int = 1, rowspan: int = 1, **kw: Any) -> None:
        self.cells.append(Cell(self.rows, col, text, rowspan, colspan, **kw))

    def next_row(self) -> None:
        self.rows += 1

    def hole(self, what: str, field: str) -> str:
        """A cell the data leaves empty where the form needs it: a visible gap, listed with the draft's."""
        self.holes.append((what, field))
        return placeholders.marker(what)


def _amount(value: Optional[Decimal]) -> dict:
    return {"text": "" if value is None else format_amount(value), "number": value, "kind": "amount"}


def _score_cell(value: Optional[Decimal]) -> dict:
    """A 得分 cell: computed scores are exact fractions, and a form prints them to two places."""
    shown = None if value is None else round_half_up(value, 2)
    return {"text": "" if shown is None else format_score(shown), "number": shown, "kind": "score"}


def _funds_rows(g: FormGrid, label: str, funds: Any, budget: Optional[ItemScore]) -> None:
    g.add(0, label, rowspan=1 + len(L.MONEY_ROWS), label=True)
    g.add(1, "", colspan=2, label=True)
    for i, head in enumerate(L.MONEY_COLUMNS):
        g.add(3 + i, head, label=True)
    g.next_row()
    for n, (name, title) in enumerate(L.MONEY_ROWS):
        money = getattr(funds, name) if funds is not None else None
        g.add(1, title, colspan=2, label=True)
        for i, attr in enumerate(("initial", "full_year", "executed")):
            g.add(3 + i, **_amount(getattr(money, attr, None)))
        rate = execution_rate(getattr(money, "full_year", None), getattr(money, "executed", None))
        shown = None if rate is None else round_half_up(rate, 2)
        if n == 0 and budget is not None:
            g.add(6, **_score_cell(budget.points))
            g.add(7, **{"text": "" if shown is None else f"{shown}%", "number": shown, "kind": "percent"})
            g.add(8, **_score_cell(budget.score if budget.applicable else None))
        else:
            g.add(6, "—")
            g.add(7, **{"text": "" if shown is None else f"{shown}%", "number": shown, "kind": "percent"})
            g.add(8, "—")
        g.next_row()
    if funds is not None and funds.reason:
        g.add(0, L.BUDGET_REASON_LABEL, label=True)
        g.add(1, funds.reason, colspan=8)
        g.next_row()


def _indicator_rows(g: FormGrid, indicators: list, result: Optional[FormScore], field_prefix: str) -> None:
    g.add(0, L.INDICATORS_LABEL, rowspan=1 + len(indicators), label=True)
    for i, head in enumerate(L.INDICATOR_COLUMNS):
        g.add(1 + i, head, label=True)
    g.next_row()
    items = result.indicators if result is not None else [None] * len(indicators)
    n = 0
    while n < len(indicators):
        ind = indicators[n]
        run1 = _run(indicators, n, lambda x: x.level1)
        g.add(1, ind.level1, rowspan=run1)
        m = n
        while m < n + run1:
            run2 = _run(indicators, m, lambda x: (x.level1, x.level2), limit=n + run1)
            g.add(2, indicators[m].level2, rowspan=run2)
            for k in range(m, m + run2):
                it, item = indicators[k], items[k]
                g.add(3, it.name)
                g.add(4, it.target or g.hole("年度指标值", f"{field_prefix}[].target"))  # a visible gap, not a blank
                g.add(5, it.actual or g.hole("实际完成值", f"{field_prefix}[].actual"))
                g.add(6, **_score_cell(None if item is None else item.points))
                g.add(7, **_score_cell(None if item is None or not item.applicable else item.score))
                g.add(8, it.reason or ("不适用" if item is not None and not item.applicable
                                       else g.hole("偏差原因分析及改进措施", f"{field_prefix}[].reason")
                                       if _fell_short(item) else ""))
                g.next_row()
            m += run2
        n += run1


def _fell_short(item: Optional[ItemScore]) -> bool:
    """Whether a row lost points: a quantitative one below its 分值, a qualitative one outside the top band.
    Its 偏差原因分析 cell was left blank while the narrative asked for the cause; the form asks too."""
    if item is None or not item.applicable or item.score is None or item.points is None:
        return False
    return item.band.high < 100 if item.band is not None else item.score < item.points


def _run(items: list, start: int, keyf: Any, limit: Optional[int] = None) -> int:
    """How many consecutive items from ``start`` share ``keyf``: one merged cell."""
    end = len(items) if limit is None else limit
    k = keyf(items[start])
    n = start
    while n < end and keyf(items[n]) == k:
        n += 1
    return n - start


def _total_row(g: FormGrid, result: Optional[FormScore], total_points: Decimal) -> None:
    """总分: the sum of the rows' 分值 (the full points on a complete form) and the total by the rules.

    When the rows' 分值 add up to other than the rule set's full points (the data holds only some rows),
    the rules rescale the total to the full points (F004 checks it so), and the 分值 stays the rows' sum
    (F009), so a partial form says so. A 94.44 beside a 分值 of 90 would read as a score above its
    points: the row's last cell says the total is rescaled and to what."""
    g.add(0, L.TOTAL_LABEL, colspan=6, label=True)
    points, note = total_points, ""
    if result is not None:
        rows = ([result.budget] if result.budget is not None else []) + list(result.indicators)
        if all(r.points is not None for r in rows):
            points = sum((r.points for r in rows), Decimal(0))
            if result.total_exact is not None and points != total_points:
                note = f"表中各项分值之和为{format_score(points)}分，总分按{format_score(total_points)}分制折算"
    g.add(6, **_score_cell(points))
    g.add(7, **_score_cell(None if result is None else result.total_exact))
    rating = "" if result is None or result.rating is None else f"自评等级：{result.rating}"
    g.add(8, "；".join(t for t in (note, rating) if t))
    g.next_row()


def _rule_set_row(g: FormGrid, rs: Any) -> None:
    g.add(0, L.RULE_SET_LABEL, label=True)
    g.add(1, rs.name, colspan=8)
    g.next_row()


def _goal_rows(g: FormGrid, expected: Optional[str], actual: Optional[str]) -> None:
    g.add(0, L.GOAL_LABEL, rowspan=2, label=True)
    g.add(1, L.GOAL_EXPECTED, colspan=4, label=True)
    g.add(5, L.GOAL_ACTUAL, colspan=4, label=True)
    g.next_row()
    g.add(1, expected or "", colspan=4)
    g.add(5, actual or "", colspan=4)
    g.next_row()


def project_grid(spec: Any, form: Any, n: int) -> FormGrid:
    """One 项目支出绩效自评表 (national layout)."""
    rs = rule_set(spec.forms.rule_set)
    money = form.funds.total
    result = score_form(rs, list(form.indicators), money.full_year, money.executed, form.funds.points) if form.indicators else None
    g = FormGrid(f"{L.PROJECT_TITLE}（{spec.year}年度）", f"项目自评表{n}", name=form.name)
    g.add(0, L.NAME_LABEL, label=True)
    g.add(1, form.name, colspan=8)
    g.next_row()
    g.add(0, L.DEPARTMENT_LABEL, label=True)
    g.add(1, form.department or spec.bureau.name, colspan=4)
    g.add(5, L.IMPLEMENTER_LABEL, label=True)
    g.add(6, form.implementer or spec.bureau.name, colspan=3)
    g.next_row()
    g.header_rows = 2
    _funds_rows(g, L.FUNDS_LABEL, form.funds, None if result is None else result.budget)
    _goal_rows(g, form.goal_expected, form.goal_actual)
    _indicator_rows(g, list(form.indicators), result, "forms.projects[].indicators")
    _total_row(g, result, rs.total_points)
    _rule_set_row(g, rs)
    return g


def dept_grid(spec: Any) -> FormGrid:
    """The 部门整体支出绩效自评表: funds, goal, indicators, the project list, total."""
    rs = rule_set(spec.forms.rule_set)
    funds = spec.forms.funds
    result = (score_form(rs, list(spec.indicators), funds.total.full_year, funds.total.executed, funds.points)
              if spec.indicators else None)
    g = FormGrid(f"{L.DEPT_TITLE}（{spec.year}年度）", "部门整体自评表")
    g.add(0, L.DEPT_NAME_LABEL, label=True)
    g.add(1, spec.bureau.name, colspan=8)
    g.next_row()
    g.header_rows = 1
    _funds_rows(g, L.DEPT_FUNDS_LABEL, funds, None if result is None else result.budget)
    _goal_rows(g, *_dept_goal(g, spec))
    if spec.projects:
        _project_rows(g, spec.projects)
    if spec.indicators:
        _indicator_rows(g, list(spec.indicators), result, "indicators")
    _total_row(g, result, rs.total_points)
    _rule_set_row(g, rs)
    return g


def _dept_goal(g: FormGrid, spec: Any) -> tuple[str, str]:
    """The 部门整体 form's 年度总体目标 cells: the data's overall goal, else its list of goals (the form left both
    cells blank when the data gave its goals as a list), else a visible gap, as an indicator without its target."""
    goals = [str(x).rstrip("。；;") for x in spec.goals if str(x).strip()]
    listed = goals[0] if len(goals) == 1 else "；".join(f"{i}.{x}" for i, x in enumerate(goals, 1))
    expected = spec.overall_goal or (listed + "。" if goals else "") or g.hole("年度总体目标（预期目标）", "goals")
    actual = spec.work_summary or g.hole("年度总体目标实际完成情况", "work_summary")
    return expected, actual


def _project_rows(g: FormGrid, projects: list) -> None:
    g.add(0, L.PROJECTS_LABEL, rowspan=1 + len(projects), label=True)
    spans = (4, 1, 1, 1, 1)
    col = 1
    for head, span in zip(L.PROJECT_COLUMNS, spans):
        g.add(col, head, colspan=span, label=True)
        col += span
    g.next_row()
    for p in projects:
        rate = execution_rate(p.budget, p.spent)
        shown = None if rate is None else round_half_up(rate, 2)
        g.add(1, p.name, colspan=4)
        g.add(5, **_amount(p.budget))
        g.add(6, **_amount(p.spent))
        g.add(7, **{"text": "" if shown is None else f"{shown}%", "number": shown, "kind": "percent"})
        g.add(8, **_score_cell(p.score))
        g.next_row()


def form_grids(spec: Any) -> list[FormGrid]:
    """Every form the data describes: the 部门整体 form (when it has indicators or funds), then each project's."""
    if spec.forms is None:
        return []
    grids = []
    if spec.indicators or spec.forms.funds.total.full_year is not None:
        grids.append(dept_grid(spec))
    grids += [project_grid(spec, f, n) for n, f in enumerate(spec.forms.projects, 1)]
    return grids


def form_holes(grids: list[FormGrid], asked: Any = frozenset()) -> list[dict]:
    """The 【待补充】 cells of the forms ``grids`` (:func:`form_grids`), as the draft's placeholders are listed:
    section, text, fields.

    The forms are written beside the draft (the Word appendix, the xlsx); a gap in them is the
    officer's to fill like one in the text, so ``generate`` and ``batch`` count it with the text's
    gaps. ``asked``: fields the text's own placeholders already ask for (the 部门整体 form repeats
    the text's indicator table), told once.
    """
    out = []
    for g in grids:
        section = f"自评表（项目：{g.name}）" if g.name else "部门整体自评表"
        out += [{"section": section, "text": what, "fields": [where]} for what, where in g.holes if where not in asked]
    return out
