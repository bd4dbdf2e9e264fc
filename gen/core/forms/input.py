"""A filled 自评表 (.xlsx or .docx) as data input for ``jixiao generate``.

Alone, the form is the data: the unit, year and province come from the form
(title, 实施单位/部门名称) and the rule set (a provincial rule set names its
province). With a data file (``--form``), the form fills the data's ``forms``
block, indicators and score and the data gives the rest. Every cell that
cannot be read is reported with its sheet (or table), row and column, all at
once, before anything is generated.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from .. import regex_cache
from ..errors import UserError
from ..numbers import to_decimal
from ..scoring import rule_sets
from .grid import Grid, GridCell, docx_grids, xlsx_grids
from .parse import INDICATOR_HEADS, MONEY_HEADS, ParsedForm, guess_rule_set, parse_form

FORM_SUFFIXES = (".xlsx", ".docx")
MAX_FORM_BYTES = 20 * 1024 * 1024
_BLANK = {"", "—", "-", "/", "／", "无", "——"}
_YEAR = regex_cache.compile(r"(20\d{2})\s{0,2}年")
_LABELS = {**{k: v[0] for k, v in MONEY_HEADS.items()}, **{k: v[0] for k, v in INDICATOR_HEADS.items()}}


class _Cells:
    """Reads typed values out of cells, collecting located errors."""

    def __init__(self, grid: Grid, source: str):
        self.grid, self.source, self.errors = grid, source, []

    def number(self, cell: Optional[GridCell], what: str, strip: str = "") -> Optional[Decimal]:
        if cell is None or cell.text.strip() in _BLANK:
            return None
        raw = cell.text.strip()
        for s in strip:
            raw = raw.replace(s, "")
        for unit in ("万元", "分"):
            raw = raw[: -len(unit)] if raw.endswith(unit) else raw
        value = to_decimal(raw)
        if value is None or value < 0:
            self.errors.append(f"{self.source}：{self.grid.where(cell)}（{what}）：应为不小于0的数字，现为“{cell.text}”")
        return value

    def text(self, cell: Optional[GridCell]) -> Optional[str]:
        return cell.text.strip() if cell is not None and cell.text.strip() not in _BLANK else None


def _funds(form: ParsedForm, cells: _Cells) -> dict:
    out: dict[str, Any] = {}
    for role, row in form.money.items():
        money = {k: cells.number(row.cells.get(k), f"{row.label.text}·{_LABELS[k]}", ",")
                 for k in ("initial", "full_year", "executed")}
        out[role] = {k: v for k, v in money.items() if v is not None}
    reason = cells.text(form.reason())
    if reason:
        out["reason"] = reason
    total = form.money.get("total")
    if total is not None:
        for k in ("points", "score"):
            v = cells.number(total.cells.get(k), f"{total.label.text}·{_LABELS[k]}")
            if v is not None:
                out[k] = v
    return out


def _indicators(form: ParsedForm, cells: _Cells) -> list[dict]:
    from ..model_work import Indicator
    from ..load import error_message

    out = []
    for row in form.indicators:
        item: dict[str, Any] = {"level1": _bare(row.level1), "level2": _bare(row.level2), "name": row.text("name")}
        # a blank 年度指标值 is missing data (a placeholder in the draft), not an error; the form's 偏差原因 is the reason
        for key, field in (("target", "target"), ("actual", "actual"), ("deviation", "reason")):
            if cells.text(row.cells.get(key)):
                item[field] = row.text(key)
        for key in ("points", "score"):
            v = cells.number(row.cells.get(key), f"“{row.text('name')}”·{_LABELS[key]}")
            if v is not None:
                item[key] = v
        try:
            Indicator.model_validate(item)
        except ValidationError as exc:
            for err in exc.errors():
                role = str(err["loc"][0]) if err["loc"] else ("level2" if "二级指标" in str(err.get("msg")) else "name")
                where = row.cells.get(role) or row.cells.get("name")
                shown = cells.grid.where(where) if where is not None else cells.grid.name
                cells.errors.append(f"{cells.source}：{shown}（{_LABELS.get(role, role)}）：{error_message(err)}")
            continue
        out.append(item)
    return out


_POINTS_SUFFIX = regex_cache.compile(r"[（(]\s{0,3}\d{1,3}(?:\.\d{1,2})?\s{0,3}分\s{0,3}[）)]$")


def _bare(level: str) -> str:
    """产出指标（50分） → 产出指标: published forms print a category's points beside its name."""
    return _POINTS_SUFFIX.sub("", level.strip())


def _fragment(form: ParsedForm, cells: _Cells) -> dict:
    """The form's values in the data file's shape (one ``forms.projects`` entry, or the 部门整体 parts)."""
    frag: dict[str, Any] = {"funds": _funds(form, cells), "indicators": _indicators(form, cells)}
    for key, cell in (("name", form.name), ("department", form.department), ("implementer", form.implementer),
                      ("goal_expected", form.goal_expected), ("goal_actual", form.goal_actual)):
        if cells.text(cell):
            frag[key] = cells.text(cell)
    score = cells.number(form.total_score, "总分·得分")
    if score is not None:
        frag["score"] = score
    if form.kind == "project" and "name" not in frag:
        cells.errors.append(f"{cells.source}：{cells.grid.name}：自评表缺少项目名称")
    return frag


def read_forms(path: Path) -> tuple[list[tuple[ParsedForm, dict]], str]:
    """Every 自评表 in the file with its values; the rule set its layout implies."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FORM_BYTES:
            raise UserError(f"{name}：文件过大（超过{MAX_FORM_BYTES}字节的上限）")
        data = path.read_bytes()
    except OSError:
        raise UserError(f"{name}：找不到自评表文件或无法读取") from None
    grids = xlsx_grids(data, name) if path.suffix.lower() == ".xlsx" else docx_grids(data, name)
    found, errors = [], []
    for grid in grids:
        form = parse_form(grid)
        if form is None:
            continue
        cells = _Cells(grid, name)
        found.append((form, _fragment(form, cells)))
        errors += cells.errors
    if errors:
        raise UserError(errors)
    if not found:
        raise UserError(f"{name}：没有找到自评表（需要有“一级指标、二级指标、三级指标……分值、得分”表头的表格）")
    return found, guess_rule_set([f for f, _ in found])


def merge_forms(raw: dict, found: list[tuple[ParsedForm, dict]], rule_set: str) -> dict:
    """The data file ``raw`` with the forms' values: projects appended, the 部门整体 form's parts set."""
    raw = dict(raw)
    forms = dict(raw.get("forms") or {})
    forms.setdefault("rule_set", rule_set)
    projects = list(forms.get("projects") or [])
    for form, frag in found:
        if form.kind == "project":
            projects.append({k: v for k, v in frag.items()})
            continue
        forms["funds"] = frag["funds"]
        if frag["indicators"]:
            raw["indicators"] = frag["indicators"]
        if "score" in frag:
            raw["evaluation"] = {**(raw.get("evaluation") or {}), "score": frag["score"]}
        for key, field in (("goal_expected", "overall_goal"), ("goal_actual", "work_summary")):
            if key in frag:
                raw.setdefault(field, frag[key])
    if projects:
        forms["projects"] = projects
    raw["forms"] = forms
    return raw


def spec_from_forms(path: Path, found: list[tuple[ParsedForm, dict]], rule_set: str) -> dict:
    """A whole data file made from forms alone: unit, year and province read from the forms and rule set."""
    name = str(path)
    titles = " ".join(f.title for f, _ in found)
    year = _YEAR.search(titles)
    dept = next((frag for f, frag in found if f.kind == "dept"), None)
    unit = (dept or {}).get("name") or next((frag.get("implementer") or frag.get("department") for _, frag in found
                                            if frag.get("implementer") or frag.get("department")), None)
    province = rule_sets()[rule_set].province
    missing = [what for what, v in (("年度（标题中的“××××年度”）", year), ("单位名称（实施单位或部门名称）", unit),
                                    ("所在省份（全国通用格式的表格不含省份）", province)) if not v]
    if missing:
        raise UserError(f"{name}：仅凭自评表无法生成报告，缺少{'、'.join(missing)}。请用数据文件提供这些内容："
                        f"jixiao generate 数据文件.yaml --form {path.name}")
    raw: dict[str, Any] = {"year": int(year.group(1)), "bureau": {"name": unit, "region": {"province": province}}}
    if dept is None:
        raw["kind"] = "project_self_eval"
        raw["projects"] = [_project_entry(frag, name) for _, frag in found]
    else:
        raw["kind"] = "dept_self_eval"
    return merge_forms(raw, found, rule_set)


def _project_entry(frag: dict, source: str) -> dict:
    goal = frag.get("goal_expected") or frag.get("goal_actual")
    total = frag["funds"].get("total", {})
    entry = {"name": frag.get("name", "")}
    if goal:  # without one the draft shows a placeholder for it
        entry["goal"] = goal
    if "full_year" in total:
        entry["budget"] = total["full_year"]
    if "executed" in total:
        entry["spent"] = total["executed"]
    if "score" in frag:
        entry["score"] = frag["score"]
    return entry
