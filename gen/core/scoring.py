"""Scoring the 自评表 by a rule set: each indicator's score, the budget score, the total.

The rules differ by province (points for budget execution, fixed level-1
points or not, qualitative bands, text limits), so they are data:
``glossary/scoring/<id>.yaml``. Like a glossary entry, every rule set carries
worked examples that are computed when it loads; a rule set whose examples do
not come out is refused, so a typo in the data cannot silently change scores.

Both pipelines use this module: generate computes (or checks) the data's ``evaluation.score``
with it, the checker recomputes a submitted form's cells. Scores are rounded once, half-up to two decimals, when shown; the total keeps
its exact value for the rating (``rating_for``), so 89.995 is 良, not 优. A rule
set names its rating scale (``grades``: a file in glossary/scales/, national by
default), and the total is rated on that scale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, Optional, Sequence

from .datafile import load_yaml
from .errors import UserError
from .numbers import agrees, rating_for, round_half_up, to_decimal
from .targets import parse_target
from .resources import data_dir
from .scales import DEFAULT_SCALE, Scale, scale as scale_named, scales

SCORE_PLACES = 2
_HUNDRED = Decimal(100)
DEFAULT_RULE_SET = "national"


@dataclass(frozen=True)
class Band:
    """One qualitative band: the words that place an actual value in it, its share of the points."""

    name: str
    match: tuple[str, ...]
    low: Decimal  # percent of the points
    high: Decimal
    default: Decimal


@dataclass(frozen=True)
class RuleSet:
    id: str
    name: str
    sources: tuple[dict, ...]
    total_points: Decimal
    budget_points: Decimal
    explain_below: Optional[Decimal]  # execution rate (%) under which a reason is required
    level1_points: Optional[dict[str, Decimal]]
    bands: tuple[Band, ...]
    not_applicable: tuple[str, ...]
    text_limits: dict[str, int]
    examples: tuple[dict, ...] = field(default=(), repr=False)
    province: Optional[str] = None  # a provincial rule set names its province (a form read alone needs it)
    grades: str = DEFAULT_SCALE  # the rating scale (glossary/scales/<grades>.yaml)

    @property
    def indicator_points(self) -> Decimal:
        return self.total_points - self.budget_points

    @property
    def scale(self) -> Scale:
        """The rating scale this rule set names."""
        return scale_named(self.grades)


@dataclass(frozen=True)
class ItemScore:
    """The computed score of one row; ``score`` is None when the row does not apply or cannot be judged."""

    label: str
    points: Optional[Decimal]
    score: Optional[Decimal]  # exact, not rounded
    method: str  # Chinese: how it was computed
    applicable: bool = True
    band: Optional[Band] = None  # qualitative: a given score anywhere in the band is accepted

    @property
    def shown(self) -> Optional[Decimal]:
        return None if self.score is None else round_half_up(self.score, SCORE_PLACES)

    def accepts(self, given: Decimal, decimals: int) -> bool:
        """Whether a score written on the form (with ``decimals`` places) agrees with the rules."""
        if self.points is not None and given > self.points:
            return False
        if self.band is not None and self.points is not None:
            low = self.points * self.band.low / _HUNDRED
            high = self.points * self.band.high / _HUNDRED
            return low - Decimal("0.005") <= given <= high
        return self.score is None or agrees(given, decimals, self.score)


@dataclass(frozen=True)
class FormScore:
    budget: Optional[ItemScore]
    indicators: tuple[ItemScore, ...]
    total_exact: Optional[Decimal]
    scale: Decimal = Decimal(1)  # full points ÷ points of the rows that apply (1 unless rows were dropped)
    grades: str = DEFAULT_SCALE  # the rating scale of the rule set

    @property
    def total(self) -> Optional[Decimal]:
        return None if self.total_exact is None else round_half_up(self.total_exact, SCORE_PLACES)

    @property
    def rating(self) -> Optional[str]:
        return rating_for(self.total_exact, self.grades)

    def total_range(self) -> Optional[tuple[Decimal, Decimal]]:
        """Lowest and highest total the rules allow: qualitative rows may score anywhere in their band."""
        if self.total_exact is None:
            return None
        low = high = Decimal(0)
        for r in ([self.budget] if self.budget else []) + list(self.indicators):
            if not r.applicable or r.score is None:
                continue
            if r.band is not None and r.points is not None:
                low += r.points * r.band.low / _HUNDRED
                high += r.points * r.band.high / _HUNDRED
            else:
                low += r.score
                high += r.score
        return low * self.scale, high * self.scale

    def accepts_total(self, given: Decimal, decimals: int) -> bool:
        if self.total_exact is None:
            return False
        if agrees(given, decimals, self.total_exact):
            return True
        low, high = self.total_range()  # type: ignore[misc]
        return agrees(given, decimals, low) or agrees(given, decimals, high) or low <= given <= high


# -- loading -------------------------------------------------------------------


def _dec(value: Any, where: str) -> Decimal:
    d = to_decimal(value)
    if d is None:
        raise UserError(f"{where}：应为数字，现为“{value}”")
    return d


def _merge(base: dict, over: dict) -> dict:
    merged = dict(base)
    for key, value in over.items():
        merged[key] = {**base.get(key, {}), **value} if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return merged


def _grades(raw: dict, where: str) -> str:
    """The rule set's rating scale: a name in glossary/scales/ (national when not given)."""
    name = raw.get("grades", DEFAULT_SCALE)
    known = scales()
    if not isinstance(name, str) or name not in known:
        raise UserError(f"{where}：字段 grades（等级标准）：“{name}”不存在，可选：{'、'.join(known)}"
                        "（每个等级标准是 glossary/scales/ 中的一个文件）")
    return name


def _build(raw: dict, where: str) -> RuleSet:
    grades = _grades(raw, where)
    try:
        bands = tuple(
            Band(b["band"], tuple(b["match"]), _dec(b["range"][0], where), _dec(b["range"][1], where), _dec(b["default"], where))
            for b in raw["qualitative"]
        )
        level1 = raw.get("level1_points")
        return RuleSet(
            id=raw["id"], name=raw["name"], sources=tuple(raw["source"]),
            total_points=_dec(raw["total_points"], where), budget_points=_dec(raw["budget"]["points"], where),
            explain_below=None if raw["budget"].get("explain_below") is None else _dec(raw["budget"]["explain_below"], where),
            level1_points=None if level1 is None else {k: _dec(v, where) for k, v in level1.items()},
            bands=bands, not_applicable=tuple(raw.get("not_applicable", ())),
            text_limits={k: int(v) for k, v in (raw.get("text_limits") or {}).items()},
            examples=tuple(raw.get("examples") or ()),
            province=raw.get("province") if raw.get("id") != "national" else None,
            grades=grades,
        )
    except (KeyError, TypeError, IndexError) as exc:
        raise UserError(f"{where}：评分规则集缺少或写错了项目（{exc}）") from None


def _read(path: Any) -> dict:
    raw = load_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise UserError(f"{path}：评分规则集应为键值对象")
    return raw


@lru_cache(maxsize=1)
def rule_sets() -> dict[str, RuleSet]:
    """Every rule set in glossary/scoring/, each proven by its own examples."""
    folder = data_dir("glossary") / "scoring"
    raws = {p.stem: (p, _read(p)) for p in sorted(folder.glob("*.yaml"))}
    out: dict[str, RuleSet] = {}
    for stem, (path, raw) in raws.items():
        if raw.get("id") != stem:
            raise UserError(f"{path}：id 应与文件名相同（{stem}）")
        if not raw.get("source") or not raw.get("examples"):
            raise UserError(f"{path}：评分规则集必须写明来源（source）并带有算例（examples）")
        parent = raw.get("extends")
        if parent:
            if parent not in raws or raws[parent][1].get("extends"):
                raise UserError(f"{path}：extends 应为另一个不再继承的规则集，现为“{parent}”")
            raw = _merge(raws[parent][1], raw)
        rs = _build(raw, str(path))
        _prove(rs, str(path))
        out[stem] = rs
    return out


def rule_set(name: Optional[str]) -> RuleSet:
    sets = rule_sets()
    key = name or DEFAULT_RULE_SET
    if key not in sets:
        raise UserError(f"评分规则集“{key}”不存在，可选：{'、'.join(sets)}")
    return sets[key]


@dataclass(frozen=True)
class _Row:
    """A plain indicator for the examples (the model's Indicator has the same attributes)."""

    level1: str
    name: str
    target: str
    actual: Optional[str]
    points: Optional[Decimal] = None
    score: Optional[Decimal] = None


def _prove(rs: RuleSet, where: str) -> None:
    """Compute every worked example; refuse the rule set if one does not come out as written."""
    for ex in rs.examples:
        rows = [_Row(i["level1"], i["name"], str(i["target"]), None if i.get("actual") is None else str(i["actual"]),
                     to_decimal(i.get("points"))) for i in ex["indicators"]]
        b = ex.get("budget") or {}
        result = score_form(rs, rows, to_decimal(b.get("full_year")), to_decimal(b.get("executed")))
        expect = ex["expect"]
        got = {
            "budget": None if result.budget is None else result.budget.shown,
            "indicators": [i.shown for i in result.indicators],
            "total": result.total, "rating": result.rating,
        }
        want = {
            "budget": to_decimal(expect.get("budget")),
            "indicators": [to_decimal(v) for v in expect["indicators"]],
            "total": to_decimal(expect["total"]), "rating": expect["rating"],
        }
        if got != want:
            raise UserError(f"{where}：算例“{ex['name']}”算得 {_plain(got)}，算例写的是 {_plain(want)}")


def _plain(d: dict) -> str:
    def fmt(v: Any) -> str:
        if isinstance(v, list):
            return "[" + ", ".join(fmt(x) for x in v) + "]"
        return "无" if v is None else (format(v.normalize(), "f") if isinstance(v, Decimal) else str(v))
    return "，".join(f"{k} {fmt(v)}" for k, v in d.items())


# -- scoring -------------------------------------------------------------------


def execution_rate(full_year: Optional[Decimal], executed: Optional[Decimal]) -> Optional[Decimal]:
    """执行率 B/A in percent, exact; None without a positive budget."""
    if full_year is None or executed is None or full_year <= 0:
        return None
    return executed / full_year * _HUNDRED


def score_budget(rs: RuleSet, full_year: Optional[Decimal], executed: Optional[Decimal],
                 points: Optional[Decimal] = None) -> ItemScore:
    """得分 = min(B/A, 100%) × 分值; without a budget the row does not apply."""
    pts = rs.budget_points if points is None else points
    rate = execution_rate(full_year, executed)
    if rate is None:
        return ItemScore("预算执行率", pts, None, "无全年预算数，不计分", applicable=False)
    return ItemScore("预算执行率", pts, min(rate, _HUNDRED) / _HUNDRED * pts,
                     "执行率（全年执行数÷全年预算数，超过100%按100%计）×分值")


def _band(rs: RuleSet, target: str, actual: str) -> Optional[Band]:
    if actual.strip() == target.strip():
        return rs.bands[-1]  # the value reached is the value set: the top band
    return next((b for b in rs.bands if any(w in actual for w in b.match)), None)


_SCALE = {"万": Decimal(10000), "亿": Decimal(10) ** 8}


def _same_unit(t_value: Decimal, t_unit: str, a_value: Decimal, a_unit: str) -> Optional[tuple[Decimal, Decimal]]:
    """Target and actual in one unit: 1万人 against 12000人, 5亿元 against 64700万元; None if they differ."""
    if t_unit == a_unit or not t_unit or not a_unit:
        return t_value, a_value

    def base(unit: str) -> tuple[Decimal, str]:
        if len(unit) > 1 and unit[0] in _SCALE:
            return _SCALE[unit[0]], unit[1:]
        return Decimal(1), unit

    (tf, tu), (af, au) = base(t_unit), base(a_unit)
    return (t_value * tf, a_value * af) if tu == au else None


NO_TARGET = "未填写年度指标值，无法计分"  # nothing to score the actual value against: never a qualitative band


def score_indicator(rs: RuleSet, target: Optional[str], actual: Optional[str], points: Decimal, label: str = "") -> ItemScore:
    """One indicator: by completion (capped), by band, not applicable, or (no target) not scored."""
    if not (target or "").strip():
        return ItemScore(label, points, None, NO_TARGET)
    actual_text = (actual or "").strip()
    if not actual_text:
        return ItemScore(label, points, None, "未填写实际完成值，无法计分")
    if any(w in actual_text for w in rs.not_applicable):
        return ItemScore(label, points, None, "不适用，不计分", applicable=False)
    t, a = parse_target(target), parse_target(actual_text)
    values = None if t.qualitative or a.qualitative else _same_unit(t.value, t.unit, a.value, a.unit)
    if values is not None:
        tv, av = values
        if t.comparator in ("≤", "<"):
            ratio = Decimal(1) if av <= tv else tv / av
            method = "反向指标：年度指标值÷实际完成值×分值（不超过分值）"
        else:
            ratio = Decimal(1) if tv == 0 or av >= tv else av / tv
            method = "正向指标：实际完成值÷年度指标值×分值（不超过分值）"
        return ItemScore(label, points, min(ratio, Decimal(1)) * points, method)
    band = _band(rs, target, actual_text)
    if band is None:
        return ItemScore(label, points, None, "定性指标：实际完成值无法判定档次，须在表中填写得分")
    return ItemScore(label, points, band.default / _HUNDRED * points,
                     f"定性指标：{band.name}（得分为分值的{band.low.normalize():f}%至{band.high.normalize():f}%）", band=band)


def indicator_points(rs: RuleSet, indicators: Sequence[Any]) -> list[Decimal]:
    """Each indicator's 分值: as given, else its level-1 points (or the indicator total) shared equally."""
    given = [to_decimal(getattr(i, "points", None)) for i in indicators]
    if all(g is not None for g in given):
        return given  # type: ignore[return-value]
    if any(g is not None for g in given):
        missing = [i.name for i, g in zip(indicators, given) if g is None]
        raise UserError(f"部分指标写了分值、部分没有写：请为“{'、'.join(missing)}”填写分值（points）")
    if rs.level1_points is None:
        share = rs.indicator_points / len(indicators)
        return [share] * len(indicators)
    counts: dict[str, int] = {}
    for i in indicators:
        counts[i.level1] = counts.get(i.level1, 0) + 1
    out = []
    for i in indicators:
        if i.level1 not in rs.level1_points:
            raise UserError(f"评分规则集“{rs.name}”没有一级指标“{i.level1}”的分值，请为每个指标填写分值（points）")
        out.append(rs.level1_points[i.level1] / counts[i.level1])
    return out


def score_form(rs: RuleSet, indicators: Sequence[Any], full_year: Optional[Decimal], executed: Optional[Decimal],
               budget_points: Optional[Decimal] = None) -> FormScore:
    """Budget row, every indicator, and the total rescaled to ``total_points`` over the rows that apply.

    A score written on the form is used for a row without a target, a qualitative row the rules cannot
    band, or one inside its band (the band's default is for a blank row: the form prints what was scored)."""
    budget = score_budget(rs, full_year, executed, budget_points)
    items = []
    for ind, pts in zip(indicators, indicator_points(rs, indicators) if indicators else []):
        item = score_indicator(rs, ind.target, ind.actual, pts, ind.name)
        given = to_decimal(getattr(ind, "score", None))
        if (item.applicable and given is not None and given <= pts
                and (item.score is None or (item.band is not None and item.accepts(given, 2)))):
            how = item.method if item.band else "定性指标" if (ind.target or "").strip() else "未填写年度指标值"
            item = ItemScore(item.label, pts, given, f"{how}：采用表中填写的得分", applicable=True)
        items.append(item)
    rows = [budget, *items]
    if any(r.applicable and r.score is None for r in rows):
        return FormScore(budget, tuple(items), None, grades=rs.grades)
    applicable = [r for r in rows if r.applicable]
    weight = sum((r.points for r in applicable), Decimal(0))
    if weight == 0:
        return FormScore(budget, tuple(items), None, grades=rs.grades)
    earned = sum((r.score for r in applicable), Decimal(0))
    scale = rs.total_points / weight
    return FormScore(budget, tuple(items), earned * scale, scale, rs.grades)


def describe(result: FormScore) -> list[str]:
    """One Chinese line per row: how each score was computed (shown when a given score differs)."""
    lines = []
    for r in ([result.budget] if result.budget else []) + list(result.indicators):
        score = "不计分" if r.score is None else f"{r.shown.normalize():f}分"
        pts = "" if r.points is None else f"（分值{round_half_up(r.points, SCORE_PLACES).normalize():f}）"
        lines.append(f"{r.label}{pts}：{score}，{r.method}")
    return lines

